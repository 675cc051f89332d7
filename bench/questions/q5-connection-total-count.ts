/**
 * Q5: a cursor connection page with totalCount: the first 25 organisations by name and how
 * many there are. Counting is where a connection gets expensive on a large graph.
 * Cursors are left out of the comparison: each API has its own (ours are keyset cursors,
 * the peer's are offsets).
 */
import { list, obj, type Json, type Question } from './question.ts';

const FIRST = 25;

/** Ours, raw and the peer share the Relay shape. */
function fromConnection(connection: unknown): Json {
  const c = obj(connection, 'connection');
  return {
    totalCount: Number(c.totalCount),
    hasNextPage: Boolean(obj(c.pageInfo, 'pageInfo').hasNextPage),
    nodes: list(c.edges, 'edges').map((edge) => {
      const node = obj(obj(edge, 'edge').node, 'node');
      return { id: String(node.id), name: String(node.name) };
    }),
  };
}

export const q5ConnectionTotalCount: Question = {
  id: 'Q5',
  title: 'connection page of 25 with totalCount',
  raw: {
    // count(n) over a bare label comes from the count store; the page walks the sortName
    // index in order and stops after first + 1 rows.
    cypher: `CALL () { MATCH (n:Organisation) RETURN count(n) AS total }
CALL () {
  MATCH (n:Organisation) WHERE n.sortName IS NOT NULL
  WITH n ORDER BY n.sortName, n.id LIMIT $first + 1
  RETURN collect(n {.id, .name}) AS page
}
RETURN {organisations: {totalCount: total,
  edges: [x IN page[0..$first] | {node: x}],
  pageInfo: {hasNextPage: size(page) > $first}}} AS data`,
    params: { first: FIRST },
    normalise: (data) => fromConnection(obj(data, 'data').organisations),
  },
  ours: {
    query: `query Q5($first: Int!) {
  organisations(first: $first) {
    totalCount
    edges { node { id name } }
    pageInfo { hasNextPage }
  }
}`,
    variables: { first: FIRST },
    normalise: (data) => fromConnection(obj(data, 'data').organisations),
  },
  peer: {
    query: `query Q5($first: Int!) {
  organisationsConnection(first: $first, sort: [{ sortName: ASC }, { id: ASC }]) {
    totalCount
    edges { node { id name } }
    pageInfo { hasNextPage }
  }
}`,
    variables: { first: FIRST },
    normalise: (data) => fromConnection(obj(data, 'data').organisationsConnection),
  },
};
