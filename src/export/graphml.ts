/**
 * GraphML (yEd, Cytoscape desktop, Gephi, networkx, igraph). graphology-graphml 0.5 only
 * parses, so the writer is here: a fixed skeleton, one <key> per attribute with its
 * GraphML type inferred over all elements, and every text escaped by xmlText() (which also
 * drops characters XML 1.0 cannot carry). Tests read the output back with graphology-graphml
 * and networkx.
 */
import {
  attributeNames,
  scalar,
  type AttributeValue,
  type ExportEdge,
  type ExportGraph,
  type ExportNode,
} from './export-graph.ts';
import { xmlText } from './xml-text.ts';

type GraphmlType = 'boolean' | 'int' | 'long' | 'double' | 'string';

function typeOf(value: AttributeValue): GraphmlType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return 'double';
    return Math.abs(value) <= 0x7fffffff ? 'int' : 'long';
  }
  return 'string';
}

/** The widest type any element needs: int < long < double; anything else mixed is string. */
function widen(a: GraphmlType, b: GraphmlType): GraphmlType {
  if (a === b) return a;
  const numeric: GraphmlType[] = ['int', 'long', 'double'];
  if (numeric.includes(a) && numeric.includes(b))
    return numeric[Math.max(numeric.indexOf(a), numeric.indexOf(b))]!;
  return 'string';
}

interface Key {
  readonly id: string;
  readonly name: string;
  readonly type: GraphmlType;
}

function keysFor(elements: readonly (ExportNode | ExportEdge)[], prefix: string): Key[] {
  return attributeNames(elements).map((name, index) => {
    let type: GraphmlType | undefined;
    for (const element of elements) {
      const value = element.attributes[name];
      if (value === undefined) continue;
      const own = typeOf(value);
      type = type ? widen(type, own) : own;
    }
    return { id: `${prefix}${index}`, name, type: type ?? 'string' };
  });
}

/** One <data> per attribute with a value (an empty list or string is left out, as in GEXF). */
function dataLines(attributes: Readonly<Record<string, AttributeValue>>, keys: readonly Key[]) {
  const lines: string[] = [];
  for (const key of keys) {
    const value = attributes[key.name];
    if (value === undefined) continue;
    const text = String(scalar(value));
    if (text !== '') lines.push(`      <data key="${key.id}">${xmlText(text)}</data>`);
  }
  return lines;
}

export function writeGraphml(graph: ExportGraph): string {
  const nodeKeys = keysFor(graph.nodes, 'n');
  const edgeKeys = keysFor(graph.edges, 'e');
  const keyLine = (domain: string) => (key: Key) =>
    `  <key id="${key.id}" for="${domain}" attr.name="${xmlText(key.name)}" attr.type="${key.type}"/>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <!-- ${xmlText(graph.title).replace(/--/g, '- -')} -->`,
    ...nodeKeys.map(keyLine('node')),
    ...edgeKeys.map(keyLine('edge')),
    '  <graph id="G" edgedefault="directed">',
  ];
  for (const node of graph.nodes) {
    lines.push(
      `    <node id="${xmlText(node.id)}">`,
      ...dataLines(node.attributes, nodeKeys),
      '    </node>',
    );
  }
  for (const edge of graph.edges) {
    const directed = edge.directed ? '' : ' directed="false"';
    lines.push(
      `    <edge id="${xmlText(edge.id)}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}"${directed}>`,
      ...dataLines(edge.attributes, edgeKeys),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
