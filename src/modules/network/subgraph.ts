/**
 * The models behind Subgraph, GraphNode, GraphEdge and Path: a flat nodes + edges shape
 * that Cytoscape.js, sigma/graphology, Gephi and Kumu take with little mapping. Rows of
 * network.cypher.ts become these here, at one place, as kernel/models.ts does for the rest.
 */
import {
  toNodeModel,
  toRelationModel,
  type NodeModel,
  type RelationModel,
} from '../kernel/models.ts';

export interface GraphNodeModel {
  readonly node: NodeModel;
  /** Hops from the root of a neighbourhood; null in other subgraphs. */
  readonly depth: number | null;
}

/** The type of every derived actor-to-actor edge of the co-involvement network. */
export const CO_INVOLVED = 'CO_INVOLVED';

export interface GraphEdgeModel {
  readonly id: string;
  /** A relationship type, or CO_INVOLVED. */
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly directed: boolean;
  readonly weight: number;
  /** The stored relationship itself; null for a derived edge. */
  readonly relation: RelationModel | null;
  /** The stored relationships behind the edge: [relation], or those a derived edge comes from. */
  readonly relations: readonly RelationModel[];
  /** For CO_INVOLVED: the shared actions and programmes. */
  readonly shared: readonly NodeModel[];
}

export interface SubgraphModel {
  readonly nodes: readonly GraphNodeModel[];
  readonly edges: readonly GraphEdgeModel[];
  readonly truncated: boolean;
}

export interface PathHopModel {
  readonly from: GraphNodeModel;
  readonly to: GraphNodeModel;
  readonly edge: GraphEdgeModel;
  /** The hop walks the relationship from its source to its target. */
  readonly forward: boolean;
}

export interface PathModel {
  readonly nodes: readonly GraphNodeModel[];
  readonly hops: readonly PathHopModel[];
}

interface NodeRow {
  readonly node: unknown;
  readonly labels?: unknown;
  readonly depth?: unknown;
}

/**
 * A neighbourhood fitted to its request leaves out the columns no selected field reads
 * (subgraph-projection.ts): then a node's type is `Node`, its depth null, and an edge's
 * type and ends are empty strings, none of which a resolver reads.
 */
interface EdgeRow {
  readonly rel: unknown;
  readonly type?: unknown;
  readonly from?: unknown;
  readonly to?: unknown;
}

const columnText = (value: unknown): string => (value === undefined ? '' : String(value));

export function toGraphNode(row: NodeRow): GraphNodeModel {
  return {
    node: toNodeModel(row.node, row.labels),
    depth: typeof row.depth === 'number' ? row.depth : null,
  };
}

/** A stored relationship as an edge: its own id, type and direction, weight 1. */
export function toGraphEdge(row: EdgeRow): GraphEdgeModel {
  const relation = toRelationModel(row.rel, columnText(row.type));
  return {
    id: relation.id,
    type: relation.type,
    source: columnText(row.from),
    target: columnText(row.to),
    directed: true,
    weight: 1,
    relation,
    relations: [relation],
    shared: [],
  };
}

/**
 * A subgraph from `nodes` (a list of node rows) and `edges` (a list of edge rows, or a list
 * of such lists, one per node, as the induced-edge comprehension returns them).
 */
export function toSubgraph(nodes: unknown, edges: unknown, truncated = false): SubgraphModel {
  const edgeRows = (edges as unknown[]).flat() as EdgeRow[];
  return {
    nodes: (nodes as NodeRow[]).map(toGraphNode),
    // In id order, so the same question always gives the same answer (and export file).
    edges: edgeRows.map(toGraphEdge).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    truncated,
  };
}

/** One path row of PATHS: hops in order, each with the direction it is walked in. */
export function toPath(row: { nodes: unknown; edges: unknown }): PathModel {
  const nodes = (row.nodes as NodeRow[]).map(toGraphNode);
  const edges = (row.edges as EdgeRow[]).map(toGraphEdge);
  const hops = edges.map((edge, index) => {
    const from = nodes[index]!;
    const to = nodes[index + 1]!;
    return { from, to, edge, forward: edge.source === from.node.id };
  });
  return { nodes, hops };
}
