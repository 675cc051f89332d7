/**
 * What a subgraph statement returns of each node and relationship: the whole of them (an
 * export, or a request that selects `GraphNode.node` or `GraphEdge.relations`, whose
 * fields may read any property), or only the properties the request's GraphNode and
 * GraphEdge fields read. A neighbourhood of org-slo at depth 2 asked for `id name` of its
 * nodes and `id` of its edges sent every node's quote, description and search keys and
 * every relationship's quote: 1,500 db hits at 10k nodes against raw Cypher's 556
 * (benchmark Q8), most of them reading properties no field asked for.
 *
 * Property names come from the tables below, never from the request, so the statement
 * text stays ours; there is one text per depth and projection.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../lookahead/fitted-projection.ts';

export interface SubgraphProjection {
  /** The properties sent of each node, or null for the whole node. */
  readonly nodeProperties: readonly string[] | null;
  /** The properties sent of each relationship, or null for the whole relationship. */
  readonly relationProperties: readonly string[] | null;
}

export const WHOLE_SUBGRAPH: SubgraphProjection = {
  nodeProperties: null,
  relationProperties: null,
};

/** A field that reads the whole node or relationship (any property), or these properties. */
type Reads = readonly string[] | 'whole';

/** What each GraphNode field reads of its node (network.resolvers.ts, node-fields.ts). */
const GRAPH_NODE_READS: Readonly<Record<string, Reads>> = {
  id: [],
  type: [],
  depth: [],
  name: ['name'],
  aliases: ['aliases'],
  kind: ['kind', 'level'],
  evidence: ['quote', 'source'],
  node: 'whole',
};

/** What each GraphEdge field reads of its relationship. */
const GRAPH_EDGE_READS: Readonly<Record<string, Reads>> = {
  id: [],
  type: [],
  source: [],
  target: [],
  directed: [],
  weight: [],
  shared: [],
  role: ['role'],
  amount: ['amount'],
  unit: ['unit'],
  period: ['period'],
  note: ['note'],
  evidence: ['quote', 'source'],
  relations: 'whole',
};

/** Read whatever is selected: the id (the root check, edge ends and order use it). */
const ALWAYS = ['id'];

function fitted(
  selected: ReadonlySet<string> | undefined,
  reads: Readonly<Record<string, Reads>>,
): readonly string[] | null {
  const properties = new Set(ALWAYS);
  for (const field of selected ?? []) {
    const read = reads[field];
    // A field missing from the table (added to the schema later) may read anything.
    if (read === undefined || read === 'whole') return null;
    for (const property of read) properties.add(property);
  }
  return [...properties];
}

const cache = new WeakMap<GraphQLResolveInfo['operation'], SubgraphProjection>();

/** The projection for the GraphNode and GraphEdge fields this operation selects. */
export function fittedSubgraphProjection(info: GraphQLResolveInfo): SubgraphProjection {
  let projection = cache.get(info.operation);
  if (!projection) {
    const selected = selectedFields(info);
    projection = {
      nodeProperties: fitted(selected.get('GraphNode'), GRAPH_NODE_READS),
      relationProperties: fitted(selected.get('GraphEdge'), GRAPH_EDGE_READS),
    };
    cache.set(info.operation, projection);
  }
  return projection;
}

/**
 * `{a: e.a, b: e.b}`, or `e` itself for the whole. A map literal rather than `e {.a}`: a
 * map projection needs a variable, and `e` may be one of a list's elements (`k.node`).
 */
export function projected(expression: string, properties: readonly string[] | null): string {
  return properties === null
    ? expression
    : `{${properties.map((property) => `${property}: ${expression}.${property}`).join(', ')}}`;
}
