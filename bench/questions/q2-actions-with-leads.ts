/**
 * Q2: a page of 25 actions with who leads them (on the action or one of its parts). One
 * list level below the root: our API reads it ahead (the page, with the involvement batch
 * nested in the same statement), the peer and raw with one statement each too.
 */
import {
  canonicalSet,
  list,
  obj,
  str,
  TYPENAME,
  type Json,
  type Obj,
  type Question,
} from './question.ts';

const FIRST = 25;

interface Lead {
  readonly part: string | null;
  readonly type: string;
  readonly id: string;
  readonly name: string;
}

const lead = (actor: Obj, part: string | null): Lead => ({
  part,
  type: String(actor.__typename),
  id: String(actor.id),
  name: String(actor.name),
});

/** Ours and raw: `{ actions: { nodes: [{ number title leads { part { code } actor } }] } }`. */
function fromOurs(data: unknown): Json {
  const nodes = list(obj(obj(data, 'data').actions, 'actions').nodes, 'actions.nodes');
  return nodes.map((value) => {
    const action = obj(value, 'action');
    const leads = list(action.leads, 'leads').map((value) => {
      const involvement = obj(value, 'involvement');
      const part = involvement.part === null ? null : str(obj(involvement.part, 'part').code);
      return { ...lead(obj(involvement.actor, 'actor'), part) };
    });
    return {
      number: Number(action.number),
      title: String(action.title),
      leads: canonicalSet(leads),
    };
  });
}

export const q2ActionsWithLeads: Question = {
  id: 'Q2',
  title: 'a page of 25 actions with their leads',
  raw: {
    cypher: `MATCH (a:Action) WHERE a.number IS NOT NULL
WITH a ORDER BY a.number LIMIT $first
WITH collect(a {.number, .title,
  leads: COLLECT { MATCH (x:Node)-[:LEADS]->(a)
                   RETURN {part: null, actor: {__typename: ${TYPENAME('x')}, id: x.id, name: x.name}} }
       + COLLECT { MATCH (x:Node)-[:LEADS]->(p:ActionPart)-[:PART_OF]->(a)
                   RETURN {part: {code: p.code}, actor: {__typename: ${TYPENAME('x')}, id: x.id, name: x.name}} }
}) AS nodes
RETURN {actions: {nodes: nodes}} AS data`,
    params: { first: FIRST },
    normalise: fromOurs,
  },
  ours: {
    query: `query Q2($first: Int!) {
  actions(first: $first) {
    nodes { number title leads { part { code } actor { __typename id name } } }
  }
}`,
    variables: { first: FIRST },
    normalise: fromOurs,
  },
  peer: {
    query: `query Q2($first: Int!) {
  actions(limit: $first, sort: [{ number: ASC }]) {
    number title
    leads { __typename id name }
    parts { code leads { __typename id name } }
  }
}`,
    variables: { first: FIRST },
    normalise: (data) =>
      list(obj(data, 'data').actions, 'actions').map((value) => {
        const action = obj(value, 'action');
        const leads = list(action.leads, 'leads').map((actor) => lead(obj(actor, 'actor'), null));
        for (const partValue of list(action.parts, 'parts')) {
          const part = obj(partValue, 'part');
          for (const actor of list(part.leads, 'part.leads')) {
            leads.push(lead(obj(actor, 'actor'), String(part.code)));
          }
        }
        return {
          number: Number(action.number),
          title: String(action.title),
          leads: canonicalSet(leads.map((l) => ({ ...l }))),
        };
      }),
  },
};
