/**
 * The API's subgraph models (network reads) as the export shape of export-graph.ts: every
 * stored property of a node except the search helpers, and an edge's relationship
 * properties and evidence.
 */
import type { GraphEdgeModel, GraphNodeModel, SubgraphModel } from '../modules/network/subgraph.ts';
import type { AttributeValue, ExportEdge, ExportGraph, ExportNode } from './export-graph.ts';

/** Search helpers the import adds for the API; they are not facts of the report. */
const INTERNAL_PROPERTIES = new Set(['sortName', 'foldedNames', 'searchText', 'searchAliases']);
/** Written first, in this order; the rest follow alphabetically. */
const LEADING_PROPERTIES = new Set(['id', 'name', 'aliases', 'quote', 'source']);

function isAttributeValue(value: unknown): value is AttributeValue {
  if (Array.isArray(value)) return value.every((item) => typeof item === 'string');
  return ['string', 'number', 'boolean'].includes(typeof value);
}

export function toExportNode({ node, depth }: GraphNodeModel): ExportNode {
  const attributes: Record<string, AttributeValue> = {
    label: node.name,
    nodeType: node.__label,
    name: node.name,
    aliases: [...(node.aliases ?? [])],
    quote: node.quote,
    quoteSource: node.source,
  };
  for (const key of Object.keys(node).sort()) {
    if (key.startsWith('__') || INTERNAL_PROPERTIES.has(key) || LEADING_PROPERTIES.has(key))
      continue;
    const value = node[key];
    if (isAttributeValue(value)) attributes[key] = value;
  }
  if (depth !== null) attributes.depth = depth;
  return { id: node.id, attributes };
}

export function toExportEdge(edge: GraphEdgeModel): ExportEdge {
  const relation = edge.relation;
  const attributes: Record<string, AttributeValue> = {
    label: edge.type,
    relationship: edge.type,
  };
  for (const key of ['role', 'amount', 'unit', 'period', 'note'] as const) {
    const value = relation?.[key];
    if (value !== null && value !== undefined) attributes[key] = value;
  }
  if (relation) {
    attributes.quote = relation.quote;
    attributes.quoteSource = relation.source;
    if (typeof relation.quoteStart === 'number') attributes.quoteStart = relation.quoteStart;
  }
  if (!edge.directed || edge.weight !== 1) attributes.weight = edge.weight;
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    directed: edge.directed,
    attributes,
  };
}

export function toExportGraph(subgraph: SubgraphModel, title: string): ExportGraph {
  return {
    title,
    nodes: subgraph.nodes.map(toExportNode),
    edges: subgraph.edges.map(toExportEdge),
    truncated: subgraph.truncated,
  };
}
