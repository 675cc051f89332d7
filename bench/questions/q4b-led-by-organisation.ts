/**
 * Q4b: the relationship filter our API has. The first 25 actions that a given organisation
 * leads, on the action or one of its parts (`actions(filter: { actors, involvement })`).
 */
import { list, obj, type Json, type Question } from './question.ts';

const ID = 'org-kabinet';
const FIRST = 25;

const actions = (value: unknown): Json =>
  list(value, 'actions').map((a) => {
    const action = obj(a, 'action');
    return { number: Number(action.number), title: String(action.title) };
  });

export const q4bLedByOrganisation: Question = {
  id: 'Q4b',
  title: 'relationship filter: actions led by a given organisation',
  raw: {
    // From the organisation outwards: its few LEADS relationships, whatever the graph size.
    cypher: `MATCH (o:Node {id: $id})-[:LEADS]->(t:Node) WHERE t:Action OR t:ActionPart
OPTIONAL MATCH (t)-[:PART_OF]->(parent:Action)
WITH DISTINCT coalesce(parent, t) AS a
WITH a ORDER BY a.number LIMIT $first
RETURN {actions: {nodes: collect(a {.number, .title})}} AS data`,
    params: { id: ID, first: FIRST },
    normalise: (data) => actions(obj(obj(data, 'data').actions, 'actions').nodes),
  },
  ours: {
    query: `query Q4b($id: ID!, $first: Int!) {
  actions(filter: { actors: [$id], involvement: [LEADS] }, first: $first) {
    nodes { number title }
  }
}`,
    variables: { id: ID, first: FIRST },
    normalise: (data) => actions(obj(obj(data, 'data').actions, 'actions').nodes),
  },
  peer: {
    query: `query Q4b($id: ID!, $first: Int!) {
  actions(
    where: { OR: [
      { leads: { some: { id: { eq: $id } } } }
      { parts: { some: { leads: { some: { id: { eq: $id } } } } } }
    ] }
    limit: $first
    sort: [{ number: ASC }]
  ) { number title }
}`,
    variables: { id: ID, first: FIRST },
    normalise: (data) => actions(obj(data, 'data').actions),
  },
};
