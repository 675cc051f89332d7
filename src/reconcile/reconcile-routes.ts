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
 *   GET  /reconcile/flyout/{entity,type,property}?id=… the suggest flyout, { id, html }
 *
 * Every GET that answers JSON also answers JSONP: `&callback=name` wraps it in a call.
 *
 * Errors are JSON `{ error, code, parameter, query? }` with 400 (404 for a preview of an
 * unknown id, 405 for other methods, 413 for a body over the limit, 503/504 for database
 * faults), each also logged as one line.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Neo4jGateway } from '../db/gateway.ts';
import { databaseFaultOf } from '../errors.ts';
import type { ExtraRoutes } from '../export/export-routes.ts';
import { DEFAULT_PUBLIC_BASE_URL, ownNamespaces } from '../export/rdf-vocabulary.ts';
import { send, sendJson } from '../http/reply.ts';
import type { Logger } from '../logger.ts';
import {
  DEFAULT_TYPES,
  extendData,
  parseQueryBatch,
  previewData,
  propertyOf,
  proposeProperties,
  reconcileBatch,
  ReconcileInputError,
  RECONCILE_PROPERTIES,
  reconcileTypeOf,
  suggestEntities,
  suggestProperties,
  suggestTypes,
  type PreviewData,
} from '../modules/reconcile/reconcile-service.ts';

/** A batch of 100 queries with types and properties fits in well under this. */
export const MAX_RECONCILE_BODY_BYTES = 200_000;
const PATH = /^\/reconcile(?:\/(.*))?$/;
/**
 * A JSONP callback we call: a JavaScript name or dotted path (jQuery's `jQuery123_456`,
 * `cb.done`), nothing that could be more than a name.
 */
export const JSONP_CALLBACK = /^[A-Za-z_$][\w$.]{0,63}$/;

/**
 * The identifier and schema spaces: the linked-data exports' namespaces of nodes and of our
 * vocabulary (ownNamespaces) under PUBLIC_BASE_URL, so that a reconciled id, appended to the
 * identifier space, is the node's IRI in /export/turtle and /export/jsonld, resolvable at
 * /id/<id> (node-iri-routes.ts), and a type id appended to the schema space is its class.
 * The configured base, not the host a request came by: OpenRefine keys a column's
 * reconciliation by the identifier space.
 */
export function identifierSpaceOf(publicBaseUrl: string): string {
  return ownNamespaces(publicBaseUrl).id;
}

export function schemaSpaceOf(publicBaseUrl: string): string {
  return ownNamespaces(publicBaseUrl).tp;
}

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

/** `base`: where this request reached us (the services); `publicBaseUrl`: the IRIs' base. */
export function manifestOf(base: string, publicBaseUrl: string) {
  const suggest = (kind: 'entity' | 'type' | 'property') => ({
    service_url: base,
    service_path: `/reconcile/suggest/${kind}`,
    flyout_service_path: `/reconcile/flyout/${kind}?id=\${id}`,
  });
  return {
    versions: ['0.2'],
    name: 'Techniekpact graph',
    identifierSpace: identifierSpaceOf(publicBaseUrl),
    schemaSpace: schemaSpaceOf(publicBaseUrl),
    documentation: `${base}/`,
    // The node's IRI: a browser is sent on to the explorer, an RDF client to its data.
    view: { url: `${identifierSpaceOf(publicBaseUrl)}{{id}}` },
    defaultTypes: DEFAULT_TYPES.map(({ id, name }) => ({ id, name })),
    preview: { url: `${base}/reconcile/preview?id={{id}}`, width: 420, height: 220 },
    suggest: { entity: suggest('entity'), type: suggest('type'), property: suggest('property') },
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

/**
 * The suggest flyout of an entity, type or property (the manifest's flyout_service_path):
 * `{ id, html }`, as the protocol's flyout-response example; a small HTML snippet that
 * OpenRefine shows beside a suggestion. Null for another kind (a 404 of the route).
 */
async function flyoutOf(
  gateway: Neo4jGateway,
  kind: string,
  id: string | null,
): Promise<{ id: string; html: string } | null> {
  if (kind !== 'entity' && kind !== 'type' && kind !== 'property') return null;
  if (id === null || id === '' || id.length > 200)
    throw new ReconcileInputError(`"id" is required (the ${kind}'s id)`, 'BAD_PARAMETER', 'id');
  const unknown = () =>
    new ReconcileInputError(`no ${kind} has the id "${id.slice(0, 100)}"`, 'NOT_FOUND', 'id');
  const card = (title: string, lines: readonly (string | null)[]) =>
    `<p style="font-size: 0.9em; margin: 0"><strong>${escapeHtml(title)}</strong></p>${lines
      .filter((line): line is string => Boolean(line))
      .map(
        (line) => `<p style="font-size: 0.8em; margin: 2px 0; color: #444">${escapeHtml(line)}</p>`,
      )
      .join('')}`;
  if (kind === 'entity') {
    const node = await previewData(gateway, id);
    if (!node) throw unknown();
    const quote =
      node.quote && node.quote.length > 160 ? `${node.quote.slice(0, 157)}…` : node.quote;
    return {
      id: node.id,
      html: card(node.name, [[node.type, node.detail].filter(Boolean).join(' · '), quote]),
    };
  }
  if (kind === 'type') {
    const type = reconcileTypeOf(id);
    if (!type) throw unknown();
    return { id: type.id, html: card(type.name, ['a type of node in the Techniekpact graph']) };
  }
  const property = propertyOf(id);
  if (!property) throw unknown();
  return {
    id: property.id,
    html: card(property.name, [property.description, `of ${property.types.join(', ')}`]),
  };
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

/** Writes a JSON answer: as JSON, or for a JSONP request as a call of its callback. */
type JsonReply = (status: number, body: unknown) => void;

async function answer(
  gateway: Neo4jGateway,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  sub: string,
  reply: JsonReply,
  publicBaseUrl: string,
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
      return reply(200, await reconcileBatch(gateway, batch));
    }
    if (extend !== null)
      return reply(200, await extendData(gateway, parseJsonParameter(extend, 'extend')));
    return reply(200, manifestOf(baseUrlOf(request), publicBaseUrl));
  }
  if (sub === 'suggest/entity')
    return reply(
      200,
      await suggestEntities(gateway, single(params, 'prefix'), single(params, 'type')),
    );
  if (sub === 'suggest/type') return reply(200, suggestTypes(single(params, 'prefix')));
  if (sub === 'suggest/property')
    return reply(200, suggestProperties(single(params, 'prefix'), single(params, 'type')));
  if (sub === 'properties')
    return reply(200, proposeProperties(single(params, 'type'), single(params, 'limit')));
  if (sub.startsWith('flyout/')) {
    const flyout = await flyoutOf(gateway, sub.slice('flyout/'.length), single(params, 'id'));
    if (flyout) return reply(200, flyout);
  }
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

/**
 * `publicBaseUrl`: the base of the linked-data IRIs (PUBLIC_BASE_URL), which the manifest's
 * identifier and schema spaces and `view` are under.
 */
export function createReconcileRoutes(
  gateway: Neo4jGateway,
  logger: Logger,
  publicBaseUrl: string = DEFAULT_PUBLIC_BASE_URL,
): ExtraRoutes {
  return async (request, response, url) => {
    const match = PATH.exec(url.pathname);
    if (!match) return false;
    const sub = (match[1] ?? '').replace(/\/$/, '');
    const refuse = (status: number, body: Record<string, unknown>) => {
      logger.info(
        `reconcile: ${String(body.code)} (${String(body.parameter)}): ${String(body.error)}`,
      );
      sendJson(response, status, body);
      return true;
    };
    // JSONP (OpenRefine's suggest widget and older clients): a GET with `callback` gets the
    // JSON as a call of it. Checked first, so no answer is written with a name we refused.
    const callbacks = url.searchParams.getAll('callback');
    if (callbacks.length > 0 && request.method === 'POST')
      return refuse(400, {
        error: '"callback" (JSONP) is for GET; a POST is answered as JSON',
        code: 'BAD_PARAMETER',
        parameter: 'callback',
      });
    if (callbacks.length > 1 || (callbacks.length === 1 && !JSONP_CALLBACK.test(callbacks[0]!)))
      return refuse(400, {
        error: `"callback" must be one JavaScript name (letters, digits, _, $ and dots, at most 64), got ${JSON.stringify(callbacks.join(',').slice(0, 80))}`,
        code: 'INVALID_CALLBACK',
        parameter: 'callback',
      });
    const [callback] = callbacks;
    const reply: JsonReply = (status, body) => {
      if (callback === undefined) return sendJson(response, status, body);
      // The leading comment keeps the body from starting with bytes a plug-in could take for
      // another format (the Rosetta Flash attack); nosniff keeps it from being read as other.
      response.setHeader('x-content-type-options', 'nosniff');
      send(
        response,
        status,
        'text/javascript; charset=utf-8',
        `/**/${callback}(${JSON.stringify(body)});`,
      );
    };
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
      await answer(gateway, request, response, url, sub, reply, publicBaseUrl);
    } catch (error) {
      if (error instanceof ReconcileInputError) {
        logger.info(`reconcile: ${error.code} (${error.parameter}): ${error.message}`);
        reply(error.code === 'NOT_FOUND' ? 404 : 400, {
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
      reply(fault.status, { error: fault.message, code: fault.code });
    }
    return true;
  };
}

/** The property ids, for documentation and tests. */
export const RECONCILE_PROPERTY_IDS = RECONCILE_PROPERTIES.map((property) => property.id);
