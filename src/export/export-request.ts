/**
 * What to export and the export itself, shared by the HTTP route and the CLI: the whole
 * graph, or the neighbourhood of `root` to `depth` hops (the same read, bounds and limit
 * as the GraphQL `neighbourhood` field, so counts match the API's subgraph).
 */
import type { Neo4jGateway } from '../db/gateway.ts';
import {
  checkDepth,
  checkLimit,
  MAX_LIMIT,
  relationshipTypesOf,
} from '../modules/network/network-args.ts';
import { readNeighbourhood, readWholeGraph } from '../modules/network/network.queries.ts';
import { sourceIdsAsOf } from '../modules/editions/editions.ts';
import { PARTIAL_DATE_PATTERN } from '../graph/contract.ts';
import { toExportGraph } from './subgraph-export.ts';
import {
  EXPORT_FORMAT_NAMES,
  EXPORT_FORMATS,
  isExportFormat,
  type ExportFormatName,
} from './export-formats.ts';

export interface ExportRequest {
  readonly format: ExportFormatName;
  /** Null: the whole graph. */
  readonly root: string | null;
  readonly depth: number;
  readonly limit: number;
  /** The graph as the sources dated up to this day state it (YYYY[-MM[-DD]]); null: now. */
  readonly asOf: string | null;
}

/** A bad format or parameter: HTTP 400, or exit code 2 in the CLI. */
export class ExportParameterError extends Error {
  override name = 'ExportParameterError';
  constructor(
    message: string,
    readonly parameter: string,
  ) {
    super(message);
  }
}

export interface ExportParameters {
  readonly root?: string | null | undefined;
  readonly depth?: string | null | undefined;
  readonly limit?: string | null | undefined;
  readonly asOf?: string | null | undefined;
}

/** A whole number from text, then the API's own range check under the same name. */
function wholeNumber(
  text: string | null | undefined,
  parameter: string,
  check: (value: number) => number,
): number | undefined {
  if (text === null || text === undefined) return undefined;
  if (!/^\d{1,6}$/.test(text))
    throw new ExportParameterError(
      `"${parameter}" must be a whole number, got "${text}"`,
      parameter,
    );
  try {
    return check(Number(text));
  } catch (error) {
    throw new ExportParameterError((error as Error).message, parameter);
  }
}

export function parseExportRequest(format: string, parameters: ExportParameters): ExportRequest {
  if (!isExportFormat(format)) {
    throw new ExportParameterError(
      `unknown export format "${format}"; one of ${EXPORT_FORMAT_NAMES.join(', ')}`,
      'format',
    );
  }
  const root = parameters.root ?? null;
  if (root === '') throw new ExportParameterError('"root" must be a node id', 'root');
  if (root === null && (parameters.depth != null || parameters.limit != null)) {
    const parameter = parameters.depth != null ? 'depth' : 'limit';
    throw new ExportParameterError(`"${parameter}" needs "root"`, parameter);
  }
  const asOf = parameters.asOf ?? null;
  if (asOf !== null && !PARTIAL_DATE_PATTERN.test(asOf)) {
    throw new ExportParameterError(
      `"asOf" must be YYYY, YYYY-MM or YYYY-MM-DD, got "${asOf}"`,
      'asOf',
    );
  }
  return {
    format,
    root,
    asOf,
    depth: wholeNumber(parameters.depth, 'depth', checkDepth) ?? checkDepth(undefined),
    // An export wants all of a neighbourhood: the largest limit unless one is asked.
    limit: wholeNumber(parameters.limit, 'limit', checkLimit) ?? MAX_LIMIT,
  };
}

export interface ExportResult {
  readonly body: string | Uint8Array;
  readonly contentType: string;
  readonly fileName: string;
  readonly nodes: number;
  readonly edges: number;
  readonly truncated: boolean;
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9-]+/g, '-');

export interface ExportSettings {
  /** The base of the RDF exports' IRIs (PUBLIC_BASE_URL), ending in `/`. */
  readonly publicBaseUrl: string;
}

/** Null when `root` names no node. */
export async function buildExport(
  gateway: Neo4jGateway,
  request: ExportRequest,
  settings: ExportSettings,
): Promise<ExportResult | null> {
  const sources = request.asOf ? await sourceIdsAsOf(gateway, request.asOf) : null;
  const subgraph = request.root
    ? await readNeighbourhood(gateway, {
        id: request.root,
        depth: request.depth,
        labels: null,
        relationshipTypes: relationshipTypesOf(null),
        limit: request.limit,
        sources,
      })
    : await readWholeGraph(gateway, sources);
  if (!subgraph) return null;
  const rootName = subgraph.nodes[0]?.node.name;
  const asOfTitle = request.asOf ? `, as of ${request.asOf}` : '';
  const title = request.root
    ? `Techniekpact graph: neighbourhood of ${rootName} (${request.root}), depth ${request.depth}${asOfTitle}`
    : `Techniekpact graph${asOfTitle}`;
  const base =
    (request.root
      ? `techniekpact-${slug(request.root)}-depth-${request.depth}`
      : 'techniekpact-graph') + (request.asOf ? `-as-of-${request.asOf}` : '');
  const format = EXPORT_FORMATS[request.format];
  return {
    body: format.write(toExportGraph(subgraph, title), {
      baseUrl: settings.publicBaseUrl,
      neighbourhood: request.root ? { root: request.root, depth: request.depth } : null,
    }),
    contentType: format.contentType,
    fileName: base + format.extension,
    nodes: subgraph.nodes.length,
    edges: subgraph.edges.length,
    truncated: subgraph.truncated,
  };
}
