/**
 * Q4: a relationship filter. The first 25 actions led (on the action or one of its parts)
 * by an organisation of a given kind (ActionFilter.organisationKinds with involvement
 * LEADS). Q4b filters by one given organisation instead.
 */
import { list, obj, type Json, type Question } from './question.ts';

const KIND = 'ministry';
const FIRST = 25;

const actions = (value: unknown): Json =>
  list(value, 'actions').map((a) => {
    const action = obj(a, 'action');
    return { number: Number(action.number), title: String(action.title) };
  });

export const q4LedByKind: Question = {
  id: 'Q4',
  title: 'relationship filter: actions led by an organisation kind',
  raw: {
    // Actions in number order (index order), each kept when some lead has the kind:
    // the scan stops after 25 hits, so the cost does not grow with the graph.
    cypher: `MATCH (a:Action) WHERE a.number IS NOT NULL
  AND (EXISTS { MATCH (o:Organisation)-[:LEADS]->(a) WHERE o.kind = $kind }
    OR EXISTS { MATCH (o:Organisation)-[:LEADS]->(:ActionPart)-[:PART_OF]->(a) WHERE o.kind = $kind })
WITH a ORDER BY a.number LIMIT $first
RETURN {actions: collect(a {.number, .title})} AS data`,
    params: { kind: KIND, first: FIRST },
    normalise: (data) => actions(obj(data, 'data').actions),
  },
  ours: {
    query: `query Q4($first: Int!) {
  actions(filter: { organisationKinds: [MINISTRY], involvement: [LEADS] }, first: $first) {
    nodes { number title }
  }
}`,
    variables: { first: FIRST },
    normalise: (data) => actions(obj(obj(data, 'data').actions, 'actions').nodes),
  },
  peer: {
    query: `query Q4($kind: String!, $first: Int!) {
  actions(
    where: { OR: [
      { leadOrganisations: { some: { kind: { eq: $kind } } } }
      { parts: { some: { leadOrganisations: { some: { kind: { eq: $kind } } } } } }
    ] }
    limit: $first
    sort: [{ number: ASC }]
  ) { number title }
}`,
    variables: { kind: KIND, first: FIRST },
    normalise: (data) => actions(obj(data, 'data').actions),
  },
};
