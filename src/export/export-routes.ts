/**
 * HTTP exports, for the `extraRoutes` option of the HTTP server:
 *
 *   GET /export/{format}                                   the whole graph
 *   GET /export/{format}?root=<id>&depth=<1..3>[&limit=n]  a neighbourhood
 *   ...&asOf=<YYYY[-MM[-DD]]>                               as the sources up to that day state it
 *   GET /id/<id>                                           a node's IRI: 303 by Accept
 *                                                          (node-iri-routes.ts)
 *
 * Answers with the format's content type and a Content-Disposition file name. Errors are
 * JSON, `{ error, code, parameter? }`: 400 BAD_USER_INPUT for an unknown format or a bad,
 * unknown or repeated parameter; 404 NOT_FOUND for a root no node has; 405 for other
 * methods; 503/504 when the database is down or too slow (by class name, as in errors.ts).
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PROJECT_ROOT } from '../config.ts';
import { databaseFaultOf } from '../errors.ts';
import { sendJson } from '../http/reply.ts';
import type { Neo4jGateway, QueryCounter } from '../db/gateway.ts';
import {
  buildExport,
  ExportParameterError,
  parseExportRequest,
  type ExportSettings,
} from './export-request.ts';
import { answerNodeIri } from './node-iri-routes.ts';

const PARAMETERS = ['root', 'depth', 'limit', 'asOf'] as const;
const EXPORT_PATH = /^\/export(?:\/([^/]*))?\/?$/;

export type ExtraRoutes = (
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
) => Promise<boolean>;

function parametersOf(url: URL): Record<(typeof PARAMETERS)[number], string | null> {
  for (const name of new Set(url.searchParams.keys())) {
    if (!(PARAMETERS as readonly string[]).includes(name)) {
      throw new ExportParameterError(
        `unknown parameter "${name}"; exports take ${PARAMETERS.join(', ')}`,
        name,
      );
    }
    if (url.searchParams.getAll(name).length > 1)
      throw new ExportParameterError(`"${name}" is given more than once`, name);
  }
  return {
    root: url.searchParams.get('root'),
    depth: url.searchParams.get('depth'),
    limit: url.searchParams.get('limit'),
    asOf: url.searchParams.get('asOf'),
  };
}

/**
 * The vocabulary and the SHACL shape the linked-data exports name (`<base>vocab#`,
 * `dct:conformsTo <base>shapes`), as the files in schema/rdf/: their relative IRIs resolve
 * against the address they are fetched from, so they name the exports' terms.
 */
const RDF_FILES: Readonly<Record<string, string>> = {
  '/vocab': 'schema/rdf/vocabulary.ttl',
  '/shapes': 'schema/rdf/shapes.ttl',
};

export function createExportRoutes(gateway: Neo4jGateway, settings: ExportSettings): ExtraRoutes {
  const rdfFiles = new Map(
    Object.entries(RDF_FILES).map(([path, file]) => [
      path,
      readFileSync(`${PROJECT_ROOT}/${file}`),
    ]),
  );
  return async (request, response, url) => {
    // The exports' node IRIs resolve here (node-iri-routes.ts).
    if (answerNodeIri(request, response, url)) return true;
    const rdfFile = rdfFiles.get(url.pathname);
    if (rdfFile && (request.method === 'GET' || request.method === 'HEAD')) {
      response.statusCode = 200;
      response.setHeader('content-type', 'text/turtle; charset=utf-8');
      response.setHeader('content-length', String(rdfFile.byteLength));
      response.end(request.method === 'HEAD' ? undefined : rdfFile);
      return true;
    }
    const match = EXPORT_PATH.exec(url.pathname);
    if (!match) return false;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('allow', 'GET, HEAD');
      sendJson(response, 405, { error: `exports answer GET, not ${request.method}` });
      return true;
    }
    const counter: QueryCounter = { queries: 0 };
    response.setHeader('cache-control', 'no-store');
    try {
      const exportRequest = parseExportRequest(match[1] ?? '', parametersOf(url));
      const result = await buildExport(gateway.forRequest(counter), exportRequest, settings);
      response.setHeader('x-neo4j-queries', String(counter.queries));
      if (!result) {
        sendJson(response, 404, {
          error: `no node has the id "${exportRequest.root}"`,
          code: 'NOT_FOUND',
          parameter: 'root',
        });
        return true;
      }
      const body = typeof result.body === 'string' ? Buffer.from(result.body) : result.body;
      response.statusCode = 200;
      response.setHeader('content-type', result.contentType);
      response.setHeader('content-disposition', `attachment; filename="${result.fileName}"`);
      response.setHeader('content-length', String(body.byteLength));
      if (exportRequest.root) response.setHeader('x-subgraph-truncated', String(result.truncated));
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      if (error instanceof ExportParameterError) {
        sendJson(response, 400, {
          error: error.message,
          code: 'BAD_USER_INPUT',
          parameter: error.parameter,
        });
        return true;
      }
      const fault = databaseFaultOf(error);
      if (!fault) throw error;
      sendJson(response, fault.status, { error: fault.message, code: fault.code });
    }
    return true;
  };
}
