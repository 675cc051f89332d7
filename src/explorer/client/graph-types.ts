/** The graph shapes the explorer draws and downloads: the API's GraphNode and GraphEdge. */
import type {
  ExplorerGraphEdgeFragment,
  ExplorerGraphNodeFragment,
} from '../../generated/explorer-operations.ts';

export type GraphNode = ExplorerGraphNodeFragment;
export type GraphEdge = ExplorerGraphEdgeFragment;

export interface VisibleGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}
