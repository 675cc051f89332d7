/**
 * Q7: full-text search over names and aliases, folded ("beta techniek" finds Platform Bèta
 * Techniek). All three use the same index and the same Lucene query our API builds from
 * the text, so the hits and their order are the same.
 */
import { list, obj, type Json, type Question } from './question.ts';

const TEXT = 'beta techniek';
/** What src/modules/nodes/node.resolvers.ts `toLuceneQuery` makes of TEXT. */
const LUCENE = '(beta OR beta*) AND (techniek OR techniek*)';
const FIRST = 10;
/** The peer's search returns a union of every node type: one fragment per member. */
const PEER_TYPES = [
  'Source',
  'Pillar',
  'Action',
  'ActionPart',
  'Organisation',
  'Programme',
  'Topsector',
  'Region',
  'Target',
  'Measurement',
  'Milestone',
];

/** Our NodeType for a label: ActionPart -> ACTION_PART. */
const nodeType = (label: string): string => label.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

const hits = (
  items: unknown[],
  type: (hit: Record<string, unknown>) => string,
  node: (hit: Record<string, unknown>) => unknown,
): Json =>
  items.map((value) => {
    const hit = obj(value, 'hit');
    const n = obj(node(hit), 'node');
    return { type: type(hit), id: String(n.id), name: String(n.name) };
  });

export const q7Search: Question = {
  id: 'Q7',
  title: 'full-text search, 10 hits',
  raw: {
    cypher: `CALL db.index.fulltext.queryNodes('node_search', $query, {limit: $first})
YIELD node, score
WITH node, score ORDER BY score DESC, node.sortName LIMIT $first
WITH node, head([l IN labels(node) WHERE l <> 'Node']) AS label
RETURN {search: collect({
  type: CASE label WHEN 'ActionPart' THEN 'ACTION_PART' ELSE toUpper(label) END,
  node: node {.id, .name}})} AS data`,
    params: { query: LUCENE, first: FIRST },
    normalise: (data) =>
      hits(
        list(obj(data, 'data').search, 'search'),
        (h) => String(h.type),
        (h) => h.node,
      ),
  },
  ours: {
    query: `query Q7($text: String!, $first: Int!) {
  search(text: $text, first: $first) { type node { id name } }
}`,
    variables: { text: TEXT, first: FIRST },
    normalise: (data) =>
      hits(
        list(obj(data, 'data').search, 'search'),
        (h) => String(h.type),
        (h) => h.node,
      ),
  },
  peer: {
    query: `query Q7($query: String!, $first: Int!) {
  search(query: $query, first: $first, scanLimit: $first) {
    __typename
    ${PEER_TYPES.map((type) => `... on ${type} { id name }`).join('\n    ')}
  }
}`,
    variables: { query: LUCENE, first: FIRST },
    normalise: (data) =>
      hits(
        list(obj(data, 'data').search, 'search'),
        (h) => nodeType(String(h.__typename)),
        (h) => h,
      ),
  },
};
