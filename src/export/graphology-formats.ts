/**
 * The exports made through graphology: GEXF (for Gephi), written by graphology-gexf, and
 * graphology's own serialized JSON (for sigma.js: `graph.import(json)`). The graph is a
 * multigraph: two actors can be linked by two relationship types (RUNS and FUNDS).
 */
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { write as writeGexfXml } from 'graphology-gexf';
import { scalar, type AttributeValue, type ExportGraph } from './export-graph.ts';
import { xmlSafe } from './xml-text.ts';

type Flatten = (value: AttributeValue) => unknown;

const CREATOR = 'techniekpact-graph';

export function toGraphology(
  graph: ExportGraph,
  flatten: Flatten = (value) => value,
): MultiDirectedGraph {
  const result = new MultiDirectedGraph();
  result.replaceAttributes({ creator: CREATOR, description: graph.title });
  const mapped = (attributes: Readonly<Record<string, AttributeValue>>) =>
    Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, flatten(value)]));
  for (const node of graph.nodes) result.addNode(node.id, mapped(node.attributes));
  for (const edge of graph.edges) {
    result.addEdgeWithKey(edge.id, edge.source, edge.target, mapped(edge.attributes));
  }
  return result;
}

/**
 * GEXF 1.2: what Gephi reads and also networkx (which does not read 1.3). Lists are joined
 * into strings, since GEXF 1.2 list values are a Gephi-only extension. `label` becomes the
 * GEXF label of nodes and edges; every other attribute an attvalue with a declared type.
 * graphology-gexf escapes markup but keeps control characters, which XML cannot carry.
 */
export function writeGexf(graph: ExportGraph): string {
  const flatten = (value: AttributeValue) => {
    const flat = scalar(value);
    return typeof flat === 'string' ? xmlSafe(flat) : flat;
  };
  return writeGexfXml(toGraphology(graph, flatten), { version: '1.2', pedantic: true });
}

/** Node colours by type: sigma draws a node only with a colour, position and size. */
const TYPE_COLOURS: Readonly<Record<string, string>> = {
  Source: '#7f7f7f',
  Pillar: '#17becf',
  Action: '#1f77b4',
  ActionPart: '#aec7e8',
  Organisation: '#ff7f0e',
  Programme: '#2ca02c',
  Topsector: '#d62728',
  Region: '#9467bd',
  Target: '#8c564b',
  Measurement: '#c49c94',
  Milestone: '#e377c2',
  Status: '#bcbd22',
  Objective: '#dbdb8d',
};

/**
 * graphology's serialized JSON, ready for sigma.js: every node gets x/y on a circle
 * (grouped by type, so a first render is readable before a ForceAtlas2 run), a size by
 * degree and a colour by type. `type` is left unset on purpose: sigma reads it as the name
 * of a rendering program.
 */
export function writeGraphologyJson(graph: ExportGraph): string {
  const result = toGraphology(graph);
  const ordered = [...graph.nodes].sort(
    (a, b) =>
      String(a.attributes.nodeType).localeCompare(String(b.attributes.nodeType)) ||
      (a.id < b.id ? -1 : 1),
  );
  ordered.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / Math.max(ordered.length, 1);
    result.mergeNodeAttributes(node.id, {
      x: Math.round(Math.cos(angle) * 1000) / 10,
      y: Math.round(Math.sin(angle) * 1000) / 10,
      size: Math.round((3 + Math.sqrt(result.degree(node.id)) * 2) * 10) / 10,
      color: TYPE_COLOURS[String(node.attributes.nodeType)] ?? '#999999',
    });
  });
  const serialized: SerializedGraph = result.export();
  return JSON.stringify(serialized);
}
