/**
 * Downloads of what the explorer shows: the visible nodes and edges become the same
 * ExportGraph the server's /export route writes, through the same writers, so a GEXF from
 * the page opens in Gephi exactly as one from the API does. No DOM here: tests call it.
 */
import type { AttributeValue, ExportGraph } from '../../export/export-graph.ts';
import { writeGraphml } from '../../export/graphml.ts';
import { writeGexf } from '../../export/graphology-formats.ts';
import type { NodeType } from '../../generated/explorer-operations.ts';
import { NODE_LABEL_NAMES, enumValueOf } from '../../graph/contract.ts';
import type { GraphEdge, GraphNode, VisibleGraph } from './graph-types.ts';

/** The Neo4j label of each node type: the `nodeType` attribute of every export. */
const NEO4J_LABELS = Object.fromEntries(
  NODE_LABEL_NAMES.map((label) => [enumValueOf(label), label]),
) as Readonly<Record<NodeType, string>>;

function nodeAttributes(node: GraphNode): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = {
    label: node.name,
    nodeType: NEO4J_LABELS[node.type],
    name: node.name,
    aliases: node.aliases,
    quote: node.evidence.quote,
    quoteSource: node.evidence.source.id,
  };
  if (node.kind) attributes.kind = node.kind;
  if (typeof node.depth === 'number') attributes.depth = node.depth;
  return attributes;
}

function edgeAttributes(edge: GraphEdge): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = {
    label: edge.type,
    relationship: edge.type,
  };
  for (const key of ['role', 'amount', 'unit', 'period', 'note'] as const) {
    const value = edge[key];
    if (value !== null && value !== undefined) attributes[key] = value;
  }
  const evidence = edge.evidence[0];
  if (edge.directed && evidence) {
    attributes.quote = evidence.quote;
    attributes.quoteSource = evidence.source.id;
  }
  if (!edge.directed || edge.weight !== 1) attributes.weight = edge.weight;
  return attributes;
}

export function toViewExport(view: VisibleGraph, title: string): ExportGraph {
  return {
    title,
    nodes: view.nodes.map((node) => ({ id: node.id, attributes: nodeAttributes(node) })),
    edges: view.edges.map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      directed: edge.directed,
      attributes: edgeAttributes(edge),
    })),
    truncated: false,
  };
}

export const VIEW_FORMATS = {
  gexf: { write: writeGexf, extension: '.gexf', type: 'application/gexf+xml' },
  graphml: { write: writeGraphml, extension: '.graphml', type: 'application/graphml+xml' },
} as const;

export type ViewFormat = keyof typeof VIEW_FORMATS;

/** A file name from the view's title: lower case, ASCII, dashes. */
export function fileNameOf(title: string, extension: string): string {
  const stem = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return `${stem || 'techniekpact-graph'}${extension}`;
}
