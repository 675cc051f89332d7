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
 *
 * This module and the writers depend on nothing of the server, so the explorer's browser
 * bundle writes its downloads with them; subgraph-export.ts makes this shape from the API's
 * subgraph models.
 */
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
