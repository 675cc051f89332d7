/**
 * The Reconciliation API 0.2 (what OpenRefine speaks), for the `extraRoutes` option of the
 * HTTP server. Reads only, public:
 *
 *   GET  /reconcile                      the service manifest
 *   GET  /reconcile?queries=<json>       a batch of reconciliation queries (also POST,
 *   POST /reconcile  (form: queries=…)   form-encoded, as OpenRefine sends them)
 *   GET  /reconcile?extend=<json>        data extension (also POST form-encoded)
 *   GET  /reconcile/suggest/entity?prefix=…[&type=…]   suggest entities
 *   GET  /reconcile/suggest/type?prefix=…              suggest types
 *   GET  /reconcile/suggest/property?prefix=…[&type=…] suggest properties
 *   GET  /reconcile/properties?type=…[&limit=n]        properties to extend a type with
 *   GET  /reconcile/preview?id=…                       an HTML card with the quote
 *
 * Errors are JSON `{ error, code, parameter, query? }` with 400 (404 for a preview of an
 * unknown id, 405 for other methods, 413 for a body over the limit, 503/504 for database
 * faults), each also logged as one line.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Neo4jGateway } from '../db/gateway.ts';
import { databaseFaultOf } from '../errors.ts';
import type { ExtraRoutes } from '../export/export-routes.ts';
import { send, sendJson } from '../http/reply.ts';
import type { Logger } from '../logger.ts';
import {
  DEFAULT_TYPES,
  extendData,
  parseQueryBatch,
  previewData,
  proposeProperties,
  reconcileBatch,
  ReconcileInputError,
  RECONCILE_PROPERTIES,
  suggestEntities,
  suggestProperties,
  suggestTypes,
  type PreviewData,
} from '../modules/reconcile/reconcile-service.ts';

/** A batch of 100 queries with types and properties fits in well under this. */
export const MAX_RECONCILE_BODY_BYTES = 200_000;
const PATH = /^\/reconcile(?:\/(.*))?$/;
/** Stable, host-independent: OpenRefine keys a column's reconciliation by these. */
export const IDENTIFIER_SPACE = 'urn:techniekpact-graph:node';
export const SCHEMA_SPACE = 'urn:techniekpact-graph:type';

class BodyTooLarge extends Error {}

function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_RECONCILE_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => {
      if (size > MAX_RECONCILE_BODY_BYTES) return reject(new BodyTooLarge());
      resolveBody(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
    });
    request.on('error', reject);
  });
}

/** The base URL a client reached us at (behind a proxy: its X-Forwarded-Proto). */
function baseUrlOf(request: IncomingMessage): string {
  const forwarded = request.headers['x-forwarded-proto'];
  const protocol = forwarded === 'https' ? 'https' : 'http';
  const host = /^[\w.:[\]-]+$/.test(request.headers.host ?? '')
    ? request.headers.host
    : 'localhost';
  return `${protocol}://${host}`;
}

export function manifestOf(base: string) {
  return {
    versions: ['0.2'],
    name: 'Techniekpact graph',
    identifierSpace: IDENTIFIER_SPACE,
    schemaSpace: SCHEMA_SPACE,
    documentation: `${base}/`,
    view: { url: `${base}/#/explore/{{id}}` },
    defaultTypes: DEFAULT_TYPES.map(({ id, name }) => ({ id, name })),
    preview: { url: `${base}/reconcile/preview?id={{id}}`, width: 420, height: 220 },
    suggest: {
      entity: { service_url: base, service_path: '/reconcile/suggest/entity' },
      type: { service_url: base, service_path: '/reconcile/suggest/type' },
      property: { service_url: base, service_path: '/reconcile/suggest/property' },
    },
    extend: {
      propose_properties: { service_url: base, service_path: '/reconcile/properties' },
      property_settings: [],
    },
  };
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function previewHtml(node: PreviewData): string {
  const line = [node.type, node.detail].filter(Boolean).join(' · ');
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(node.name)}</title>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:8px;color:#222}h1{font-size:16px;margin:0 0 4px}
p{margin:4px 0}.meta{color:#666}blockquote{margin:6px 0;padding-left:8px;border-left:3px solid #999}</style>
</head><body>
<h1>${escapeHtml(node.name)}</h1>
<p class="meta">${escapeHtml(line)} · <code>${escapeHtml(node.id)}</code></p>
${node.aliases.length > 0 ? `<p class="meta">Also: ${escapeHtml(node.aliases.join(', '))}</p>\n` : ''}${
    node.quote
      ? `<blockquote>${escapeHtml(node.quote)}</blockquote>\n${
          node.sourceTitle ? `<p class="meta">${escapeHtml(node.sourceTitle)}</p>\n` : ''
        }`
      : ''
  }</body></html>
`;
}

/** One value of a parameter, from the form body (POST) or the query string. */
function single(params: URLSearchParams, name: string): string | null {
  const values = params.getAll(name);
  if (values.length > 1)
    throw new ReconcileInputError(`"${name}" is given more than once`, 'BAD_PARAMETER', name);
  return values[0] ?? null;
}

function parseJsonParameter(raw: string, name: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new ReconcileInputError(
      `"${name}" is not valid JSON: ${(error as Error).message}`,
      'INVALID_JSON',
      name,
    );
  }
}

async function answer(
  gateway: Neo4jGateway,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  sub: string,
): Promise<void> {
  const params = url.searchParams;
  if (sub === '') {
    const form = request.method === 'POST' ? await readForm(request) : new URLSearchParams();
    const merged = new URLSearchParams([...params, ...form]);
    const queries = single(merged, 'queries');
    const extend = single(merged, 'extend');
    if (queries !== null && extend !== null)
      throw new ReconcileInputError(
        'give "queries" or "extend", not both',
        'BAD_PARAMETER',
        'queries',
      );
    if (queries !== null) {
      const batch = parseQueryBatch(parseJsonParameter(queries, 'queries'));
      return sendJson(response, 200, await reconcileBatch(gateway, batch));
    }
    if (extend !== null)
      return sendJson(
        response,
        200,
        await extendData(gateway, parseJsonParameter(extend, 'extend')),
      );
    return sendJson(response, 200, manifestOf(baseUrlOf(request)));
  }
  if (sub === 'suggest/entity')
    return sendJson(
      response,
      200,
      await suggestEntities(gateway, single(params, 'prefix'), single(params, 'type')),
    );
  if (sub === 'suggest/type')
    return sendJson(response, 200, suggestTypes(single(params, 'prefix')));
  if (sub === 'suggest/property')
    return sendJson(
      response,
      200,
      suggestProperties(single(params, 'prefix'), single(params, 'type')),
    );
  if (sub === 'properties')
    return sendJson(
      response,
      200,
      proposeProperties(single(params, 'type'), single(params, 'limit')),
    );
  if (sub === 'preview') {
    const node = await previewData(gateway, single(params, 'id'));
    if (!node)
      throw new ReconcileInputError(
        `no node has the id "${(single(params, 'id') ?? '').slice(0, 100)}"`,
        'NOT_FOUND',
        'id',
      );
    return send(response, 200, 'text/html; charset=utf-8', previewHtml(node));
  }
  throw new ReconcileInputError(
    `no reconciliation route /reconcile/${sub.slice(0, 100)}; see the manifest at /reconcile`,
    'NOT_FOUND',
    'path',
  );
}

export function createReconcileRoutes(gateway: Neo4jGateway, logger: Logger): ExtraRoutes {
  return async (request, response, url) => {
    const match = PATH.exec(url.pathname);
    if (!match) return false;
    const sub = (match[1] ?? '').replace(/\/$/, '');
    if (
      request.method !== 'GET' &&
      request.method !== 'HEAD' &&
      !(request.method === 'POST' && sub === '')
    ) {
      response.setHeader('allow', sub === '' ? 'GET, HEAD, POST' : 'GET, HEAD');
      sendJson(response, 405, {
        error: `${url.pathname} answers ${sub === '' ? 'GET and POST' : 'GET'}, not ${request.method}`,
        code: 'METHOD_NOT_ALLOWED',
      });
      return true;
    }
    response.setHeader('cache-control', 'no-store');
    try {
      await answer(gateway, request, response, url, sub);
    } catch (error) {
      if (error instanceof ReconcileInputError) {
        logger.info(`reconcile: ${error.code} (${error.parameter}): ${error.message}`);
        sendJson(response, error.code === 'NOT_FOUND' ? 404 : 400, {
          error: error.message,
          code: error.code,
          parameter: error.parameter,
          ...(error.query !== undefined ? { query: error.query } : {}),
        });
        return true;
      }
      if (error instanceof BodyTooLarge) {
        logger.info(`reconcile: PAYLOAD_TOO_LARGE: body over ${MAX_RECONCILE_BODY_BYTES} bytes`);
        response.setHeader('connection', 'close');
        sendJson(response, 413, {
          error: `request body over ${MAX_RECONCILE_BODY_BYTES} bytes; send smaller batches`,
          code: 'PAYLOAD_TOO_LARGE',
          parameter: 'queries',
        });
        return true;
      }
      const fault = databaseFaultOf(error);
      if (!fault) throw error;
      logger.error(`reconcile: ${fault.code}`, error);
      sendJson(response, fault.status, { error: fault.message, code: fault.code });
    }
    return true;
  };
}

/** The property ids, for documentation and tests. */
export const RECONCILE_PROPERTY_IDS = RECONCILE_PROPERTIES.map((property) => property.id);
