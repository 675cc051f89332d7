/**
 * Q8: the depth-2 neighbourhood of a node as our `neighbourhood` query defines it
 * (schema/network.graphql): every node within 2 hops, and every relationship between two
 * of those nodes. org-slo's has well under the default limit of 200 nodes, so nothing is
 * truncated and the answer does not depend on which of the farthest nodes a limit keeps.
 * The peer has no generic neighbourhood without a hand-written `@cypher` field, which
 * would only time our Cypher through another server, so it is not asked. While our schema
 * lacks the query, the runner reports ours as not expressible (the validation message
 * says why) and times raw alone.
 */
import { canonicalSet, list, obj, type Json, type Question } from './question.ts';

const ID = 'org-slo';
const DEPTH = 2;
const LIMIT = 200;

function canonical(graph: unknown): Json {
  const g = obj(graph, 'neighbourhood');
  return {
    truncated: Boolean(g.truncated),
    nodes: canonicalSet(list(g.nodes, 'nodes').map((n) => String(obj(n, 'node').id))),
    edges: canonicalSet(list(g.edges, 'edges').map((e) => String(obj(e, 'edge').id))),
  };
}

export const q8Neighbourhood: Question = {
  id: 'Q8',
  title: 'depth-2 neighbourhood',
  raw: {
    cypher: `MATCH (s:Node {id: $id})
CALL (s) {
  MATCH (s)-[*1..2]-(m:Node)
  RETURN collect(DISTINCT m) AS reached
}
WITH [s] + [y IN reached WHERE y <> s] AS members
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r]->(b) WHERE b IN members
  RETURN collect(r) AS rels
}
RETURN {neighbourhood: {
  nodes: [x IN members | x {.id, .name}],
  edges: [r IN rels | {id: r.id}],
  truncated: size(members) > $limit}} AS data`,
    params: { id: ID, limit: LIMIT },
    normalise: (data) => canonical(obj(data, 'data').neighbourhood),
  },
  ours: {
    query: `query Q8($id: ID!, $depth: Int!, $limit: Int!) {
  neighbourhood(id: $id, depth: $depth, limit: $limit) { nodes { id name } edges { id } truncated }
}`,
    variables: { id: ID, depth: DEPTH, limit: LIMIT },
    normalise: (data) => canonical(obj(data, 'data').neighbourhood),
  },
  peer: {
    unsupported:
      'not generated: @neo4j/graphql has no variable-depth neighbourhood; a hand-written @cypher field would time our Cypher, not the library',
  },
};
