/**
 * CSV export: a zip (made with fflate) of nodes.csv and edges.csv, the two tables Gephi's
 * spreadsheet import, Kumu, pandas and spreadsheets expect. RFC 4180: comma separated, CRLF
 * line ends, fields with a comma, quote or line break in double quotes; UTF-8 without a
 * byte-order mark (a BOM ends up in the first column name for most CSV readers). Lists are
 * joined with " | ". nodes.csv starts with `id,label`; edges.csv with `id,source,target`.
 */
import { strToU8, zipSync } from 'fflate';
import { attributeNames, scalar, type Attributes, type ExportGraph } from './export-graph.ts';

export function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(
  leading: readonly string[],
  rows: readonly { readonly leading: readonly string[]; readonly attributes: Attributes }[],
): string {
  const names = attributeNames(rows).filter((name) => !leading.includes(name));
  const lines = [[...leading, ...names].map(csvField).join(',')];
  for (const row of rows) {
    const values = names.map((name) => {
      const value = row.attributes[name];
      return csvField(value === undefined ? undefined : scalar(value));
    });
    lines.push([...row.leading.map(csvField), ...values].join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

export function nodesCsv(graph: ExportGraph): string {
  return table(
    ['id', 'label'],
    graph.nodes.map((node) => ({
      leading: [node.id, String(node.attributes.label)],
      attributes: node.attributes,
    })),
  );
}

export function edgesCsv(graph: ExportGraph): string {
  return table(
    ['id', 'source', 'target'],
    graph.edges.map((edge) => ({
      leading: [edge.id, edge.source, edge.target],
      attributes: edge.attributes,
    })),
  );
}

export function writeCsvZip(graph: ExportGraph): Uint8Array {
  // A fixed timestamp: the same graph gives the same bytes.
  const mtime = new Date('2014-01-01T00:00:00Z');
  return zipSync(
    {
      'nodes.csv': [strToU8(nodesCsv(graph)), { mtime }],
      'edges.csv': [strToU8(edgesCsv(graph)), { mtime }],
    },
    { level: 6 },
  );
}
