/**
 * The JSON exports that are plain mappings of the export graph:
 *
 * - Cytoscape: the .cyjs document Cytoscape desktop writes and reads, whose `elements`
 *   Cytoscape.js takes as is (`cytoscape({ elements: json.elements })`); every attribute is
 *   in an element's `data`, where `id`, `source` and `target` are Cytoscape's own.
 * - Kumu: a blueprint (`elements` + `connections`); elements carry our ids, which
 *   connections refer to, since names are not unique enough for Kumu's label matching.
 *   Kumu's own fields get our values: `type` (node type / relationship), `description`.
 */
import type { Attributes, ExportGraph } from './export-graph.ts';

export function writeCytoscapeJson(graph: ExportGraph): string {
  return JSON.stringify({
    format_version: '1.0',
    generated_by: 'techniekpact-graph',
    target_cytoscapejs_version: '~3',
    data: { name: graph.title, truncated: graph.truncated },
    elements: {
      nodes: graph.nodes.map((node) => ({ data: { id: node.id, ...node.attributes } })),
      edges: graph.edges.map((edge) => ({
        data: { id: edge.id, source: edge.source, target: edge.target, ...edge.attributes },
      })),
    },
  });
}

/** Our attributes minus those a Kumu field of its own already shows. */
function without(attributes: Attributes, names: readonly string[]): Attributes {
  return Object.fromEntries(Object.entries(attributes).filter(([name]) => !names.includes(name)));
}

export function writeKumuJson(graph: ExportGraph): string {
  return JSON.stringify({
    elements: graph.nodes.map((node) => ({
      id: node.id,
      label: node.attributes.label,
      type: node.attributes.nodeType,
      ...(node.attributes.description ? { description: node.attributes.description } : {}),
      ...without(node.attributes, ['label', 'nodeType', 'description']),
    })),
    connections: graph.edges.map((edge) => ({
      id: edge.id,
      from: edge.source,
      to: edge.target,
      direction: edge.directed ? 'directed' : 'undirected',
      type: edge.attributes.relationship,
      ...without(edge.attributes, ['label', 'relationship']),
    })),
  });
}
