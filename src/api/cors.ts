/**
 * Cross-origin reads for pages served elsewhere (a dashboard, a notebook): the origins in
 * CORS_ORIGINS (none by default) may call /graphql, /export and /reconcile from a browser.
 *
 * - A preflight (OPTIONS with Access-Control-Request-Method) from a listed origin gets 204
 *   with that origin echoed, the methods and headers we take, and a max-age; from any other
 *   origin 403 `CORS_ORIGIN_NOT_ALLOWED` and a log line, so the browser sends nothing more.
 * - A request from a listed origin gets its origin echoed (and our own headers exposed).
 * - A request the browser marks as coming from another origin (Sec-Fetch-Site `cross-site`
 *   or `same-site`, which a page cannot forge) from an unlisted origin gets the same 403
 *   and log line: a simple GET would otherwise be served, and only the browser would keep
 *   the answer from the page.
 * - Never credentials: the API has no cookies, and `Access-Control-Allow-Credentials` is
 *   never sent, so a browser does not send cookies or HTTP auth of its own accord.
 *
 * Apollo's CSRF guard stays on for every request, listed origins included (they send JSON,
 * which passes it); it still refuses a simple request that carries an operation.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../http/reply.ts';
import type { Logger } from '../logger.ts';

export const CORS_PATHS = /^\/(?:graphql|export|reconcile)(?:\/|$)/;

export const CORS_ALLOWED_METHODS = 'GET, HEAD, POST, OPTIONS';
/**
 * content-type for JSON bodies, authorization for clients that send a token, Apollo's CSRF
 * headers, and the bookmark a client sends back to read its own edit.
 */
export const CORS_ALLOWED_HEADERS =
  'content-type, authorization, apollo-require-preflight, x-apollo-operation-name, x-request-id, x-neo4j-bookmark';
/** What a page may read of our answers besides the CORS-safelisted headers. */
export const CORS_EXPOSED_HEADERS =
  'x-request-id, x-neo4j-queries, x-neo4j-bookmark, x-subgraph-truncated, content-disposition';
/** Ten minutes: a browser asks again soon after CORS_ORIGINS changes. */
export const CORS_MAX_AGE_SECONDS = 600;

const CROSS_ORIGIN_FETCH_SITES = new Set(['cross-site', 'same-site']);

export interface CorsPolicy {
  readonly origins: ReadonlySet<string>;
  readonly logger: Logger;
}

export function corsPolicy(origins: readonly string[] | undefined, logger: Logger): CorsPolicy {
  return { origins: new Set(origins ?? []), logger };
}

/**
 * Applies the policy to one request. True when the request has been answered here (a
 * preflight, or a refusal); false when routing goes on, with the CORS headers set.
 */
export function applyCors(
  policy: CorsPolicy,
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
): boolean {
  if (!CORS_PATHS.test(path)) return false;
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  // The answer depends on the Origin header: caches must keep one per origin.
  appendVary(response, 'Origin');
  const allowed = policy.origins.has(origin);
  const preflight =
    request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined;
  if (allowed) {
    response.setHeader('access-control-allow-origin', origin);
    if (!preflight) {
      response.setHeader('access-control-expose-headers', CORS_EXPOSED_HEADERS);
      return false;
    }
    response.setHeader('access-control-allow-methods', CORS_ALLOWED_METHODS);
    response.setHeader('access-control-allow-headers', CORS_ALLOWED_HEADERS);
    response.setHeader('access-control-max-age', String(CORS_MAX_AGE_SECONDS));
    response.statusCode = 204;
    response.end();
    return true;
  }
  const fetchSite = request.headers['sec-fetch-site'];
  if (!preflight && !(typeof fetchSite === 'string' && CROSS_ORIGIN_FETCH_SITES.has(fetchSite)))
    return false;
  policy.logger.info(
    `cors: refused ${preflight ? 'preflight' : 'request'} ${request.method} ${path} from origin ` +
      `${JSON.stringify(origin.slice(0, 200))}: not in CORS_ORIGINS`,
  );
  sendJson(response, 403, {
    error: `origin ${origin.slice(0, 200)} may not call this API from a browser: CORS_ORIGINS does not list it`,
    code: 'CORS_ORIGIN_NOT_ALLOWED',
    origin: origin.slice(0, 200),
  });
  return true;
}

function appendVary(response: ServerResponse, name: string): void {
  const current = response.getHeader('vary');
  response.setHeader('vary', current ? `${String(current)}, ${name}` : name);
}
