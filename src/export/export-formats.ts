/**
 * Every export format, in one table: how to write it, its content type and its file name
 * extension. The HTTP route and the CLI accept exactly these names. `turtle` and `jsonld`
 * are linked data (RDF, see docs/vocabulary.md); the others are property-graph formats.
 */
import { writeCsvZip } from './csv-zip.ts';
import type { ExportGraph } from './export-graph.ts';
import { writeGexf, writeGraphologyJson } from './graphology-formats.ts';
import { writeGraphml } from './graphml.ts';
import { writeCytoscapeJson, writeKumuJson } from './json-formats.ts';
import { writeJsonLd, writeTurtle, type RdfWriteOptions } from './rdf-formats.ts';

export interface ExportFormat {
  readonly contentType: string;
  /** Appended to the file name, with its dot. */
  readonly extension: string;
  /** The options matter to the RDF formats alone (their IRIs); the others ignore them. */
  readonly write: (graph: ExportGraph, options: RdfWriteOptions) => string | Uint8Array;
}

const JSON_TYPE = 'application/json; charset=utf-8';

export const EXPORT_FORMATS = {
  gexf: {
    contentType: 'application/gexf+xml; charset=utf-8',
    extension: '.gexf',
    write: writeGexf,
  },
  graphml: {
    contentType: 'application/graphml+xml; charset=utf-8',
    extension: '.graphml',
    write: writeGraphml,
  },
  // .cyjs is the extension Cytoscape desktop gives this JSON; Cytoscape.js reads any name.
  cytoscape: { contentType: JSON_TYPE, extension: '.cyjs', write: writeCytoscapeJson },
  graphology: { contentType: JSON_TYPE, extension: '.graphology.json', write: writeGraphologyJson },
  kumu: { contentType: JSON_TYPE, extension: '.kumu.json', write: writeKumuJson },
  csv: { contentType: 'application/zip', extension: '.csv.zip', write: writeCsvZip },
  turtle: { contentType: 'text/turtle; charset=utf-8', extension: '.ttl', write: writeTurtle },
  jsonld: {
    contentType: 'application/ld+json; charset=utf-8',
    extension: '.jsonld',
    write: writeJsonLd,
  },
} as const satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormatName[];

export function isExportFormat(name: string): name is ExportFormatName {
  return Object.hasOwn(EXPORT_FORMATS, name);
}
