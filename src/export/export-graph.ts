/**
 * The one flat, format-neutral shape every export is written from: nodes and edges with
 * string keys and scalar (or string list) attributes, provenance included. Attribute names
 * are the same in every format:
 *
 * - nodes: `label` (the name, which tools display), `nodeType` (the Neo4j label), `name`,
 *   `aliases`, `quote`, `quoteSource`, then the label's own properties (`kind`, `level`,
 *   `number`, `date`, ...) and, in a neighbourhood, `depth`;
 * - edges: `label` and `relationship` (the relationship type), `role`, `amount`, `unit`,
 *   `period`, `note`, `quote`, `quoteSource`.
 *
 * Why `nodeType`, `relationship` and `quoteSource` rather than `type` and `source`: in the
 * tools these files are for, `source`/`target` are an edge's ends (Cytoscape.js, graphology,
 * Gephi's edge table, CSV edge lists) and `type` selects a renderer (sigma) or an edge's
 * directedness (Gephi), so the graph's own `type` and `source` would collide with them.
 */
import type { GraphEdgeModel, GraphNodeModel, SubgraphModel } from '../modules/network/subgraph.ts';

export type AttributeValue = string | number | boolean | readonly string[];
export type Attributes = Readonly<Record<string, AttributeValue>>;

export interface ExportNode {
  readonly id: string;
  readonly attributes: Attributes;
}

export interface ExportEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly directed: boolean;
  readonly attributes: Attributes;
}

export interface ExportGraph {
  /** A human title, e.g. "Techniekpact graph: neighbourhood of org-sbb, depth 2". */
  readonly title: string;
  readonly nodes: readonly ExportNode[];
  readonly edges: readonly ExportEdge[];
  readonly truncated: boolean;
}

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

/** Lists as one string, for formats whose attributes are scalars (XML, CSV). */
export const LIST_SEPARATOR = ' | ';

export function scalar(value: AttributeValue): string | number | boolean {
  return Array.isArray(value) ? value.join(LIST_SEPARATOR) : (value as string | number | boolean);
}

/** Every attribute name of the elements, in first-seen order (the leading ones first). */
export function attributeNames(elements: readonly { attributes: Attributes }[]): string[] {
  const names = new Set<string>();
  for (const element of elements)
    for (const name of Object.keys(element.attributes)) names.add(name);
  return [...names];
}
