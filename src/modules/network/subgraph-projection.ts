/**
 * What a subgraph statement returns of each node and relationship: the whole of them (an
 * export, or a request that selects `GraphNode.node` or `GraphEdge.relations`, whose
 * fields may read any property), or only the properties the request's GraphNode and
 * GraphEdge fields read. A neighbourhood of org-slo at depth 2 asked for `id name` of its
 * nodes and `id` of its edges sent every node's quote, description and search keys and
 * every relationship's quote: 1,500 db hits at 10k nodes against raw Cypher's 556
 * (benchmark Q8), most of them reading properties no field asked for. The same holds for
 * the columns beside them (labels, depth, an edge's type and ends): leaving out those no
 * field reads took that statement from 850 to 661 db hits at 100k nodes, and its p50 from
 * 2.95 to 2.49 ms.
 *
 * Property names come from the tables below, never from the request, so the statement
 * text stays ours; there is one text per depth and projection.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { operationOf } from '../kernel/operation.ts';

/** What a row carries of a node besides its properties. */
export type NodeColumn = 'labels' | 'depth';
/** What a row carries of a relationship besides its properties: its type, its ends' ids. */
export type EdgeColumn = 'type' | 'ends';

export interface SubgraphProjection {
  /** The properties sent of each node, or null for the whole node. */
  readonly nodeProperties: readonly string[] | null;
  /** The properties sent of each relationship, or null for the whole relationship. */
  readonly relationProperties: readonly string[] | null;
  /** The other columns of a node row that some field reads (subgraph.ts leaves the rest unset). */
  readonly nodeColumns: readonly NodeColumn[];
  /** The other columns of an edge row that some field reads. */
  readonly edgeColumns: readonly EdgeColumn[];
}

const NODE_COLUMNS: readonly NodeColumn[] = ['labels', 'depth'];
const EDGE_COLUMNS: readonly EdgeColumn[] = ['type', 'ends'];

export const WHOLE_SUBGRAPH: SubgraphProjection = {
  nodeProperties: null,
  relationProperties: null,
  nodeColumns: NODE_COLUMNS,
  edgeColumns: EDGE_COLUMNS,
};

/**
 * What a field reads: some properties and columns, or the whole node or relationship with
 * every column (a `Node` resolves its type from the labels; a `Relation` carries its type).
 */
type Reads<Column> =
  { readonly properties?: readonly string[]; readonly columns?: readonly Column[] } | 'whole';

/** What each GraphNode field reads of its row (network.resolvers.ts, node-fields.ts). */
const GRAPH_NODE_READS: Readonly<Record<string, Reads<NodeColumn>>> = {
  id: {},
  type: { columns: ['labels'] },
  depth: { columns: ['depth'] },
  name: { properties: ['name'] },
  aliases: { properties: ['aliases'] },
  kind: { properties: ['kind', 'level'] },
  evidence: { properties: ['quote', 'quoteStart', 'source', 'revision'] },
  node: 'whole',
};

/** What each GraphEdge field reads of its row. */
const GRAPH_EDGE_READS: Readonly<Record<string, Reads<EdgeColumn>>> = {
  id: {},
  type: { columns: ['type'] },
  source: { columns: ['ends'] },
  target: { columns: ['ends'] },
  directed: {},
  weight: {},
  shared: {},
  role: { properties: ['role'] },
  amount: { properties: ['amount'] },
  unit: { properties: ['unit'] },
  period: { properties: ['period'] },
  note: { properties: ['note'] },
  evidence: { properties: ['quote', 'quoteStart', 'source', 'revision'] },
  relations: 'whole',
};

/** Read whatever is selected: the id (the root check, edge ends and order use it). */
const ALWAYS = ['id'];

interface Fitted<Column> {
  readonly properties: readonly string[] | null;
  readonly columns: readonly Column[];
}

function fitted<Column extends string>(
  selected: ReadonlySet<string> | undefined,
  reads: Readonly<Record<string, Reads<Column>>>,
  allColumns: readonly Column[],
): Fitted<Column> {
  const properties = new Set(ALWAYS);
  const columns = new Set<Column>();
  for (const field of selected ?? []) {
    const read = reads[field];
    // A field missing from the table (added to the schema later) may read anything.
    if (read === undefined || read === 'whole') return { properties: null, columns: allColumns };
    for (const property of read.properties ?? []) properties.add(property);
    for (const column of read.columns ?? []) columns.add(column);
  }
  // In one fixed order, so that one selection gives one statement text.
  return {
    properties: [...properties],
    columns: allColumns.filter((column) => columns.has(column)),
  };
}

/** The projection for the GraphNode and GraphEdge fields this operation selects. */
export function fittedSubgraphProjection(info: GraphQLResolveInfo): SubgraphProjection {
  return operationOf(info).derive('subgraph projection', ({ selectedByType }) => {
    const nodes = fitted(selectedByType.get('GraphNode'), GRAPH_NODE_READS, NODE_COLUMNS);
    const edges = fitted(selectedByType.get('GraphEdge'), GRAPH_EDGE_READS, EDGE_COLUMNS);
    return {
      nodeProperties: nodes.properties,
      relationProperties: edges.properties,
      nodeColumns: nodes.columns,
      edgeColumns: edges.columns,
    };
  });
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
