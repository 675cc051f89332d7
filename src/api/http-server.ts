/**
 * The HTTP server: GraphQL at /graphql (Apollo's executeHTTPGraphQLRequest behind a bare
 * node:http server, no framework), GraphiQL for browsers, and the health endpoints.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Neo4jGateway } from '../db/gateway.ts';
import { send, sendJson } from '../http/reply.ts';
import type { Logger } from '../logger.ts';
import { applyCors, corsPolicy, type CorsPolicy } from './cors.ts';
import { graphiqlAsset, graphiqlHtml } from './graphiql-page.ts';
import type { TokenVerifier } from '../auth/tokens.ts';
import {
  createRequestContext,
  type EditLimiter,
  type RequestContext,
} from '../modules/kernel/context.ts';

export const MAX_BODY_BYTES = 100_000;
/**
 * An admin's request may carry a report file for addSource: the largest file a source may
 * be (DEFAULT_SOURCE_FILE_LIMITS, 20 MiB) as base64, with room for the rest of the JSON.
 */
export const MAX_ADMIN_BODY_BYTES = 28_000_000;
/**
 * A mutation answers with the bookmark of its transaction in this header; a request that
 * sends it back reads that write, from any API process, also through a neo4j:// cluster.
 */
export const BOOKMARK_HEADER = 'x-neo4j-bookmark';
const MAX_BOOKMARKS = 16;

/** The client's bookmarks: comma-separated, bounded; anything else is ignored. */
function bookmarksOf(header: string | string[] | undefined): string[] {
  const raw = Array.isArray(header) ? header.join(',') : (header ?? '');
  if (raw === '' || raw.length > 4_096) return [];
  return raw
    .split(',')
    .map((bookmark) => bookmark.trim())
    .filter((bookmark) => /^[A-Za-z0-9+/=:_-]{1,256}$/.test(bookmark))
    .slice(0, MAX_BOOKMARKS);
}
const READY_TIMEOUT_MS = 2_000;

export interface HttpServerOptions {
  readonly apollo: ApolloServer<RequestContext>;
  readonly gateway: Neo4jGateway;
  /** Checks bearer tokens; only mutations act on what it finds. */
  readonly verifier: TokenVerifier;
  readonly editLimiter: EditLimiter;
  readonly logger: Logger;
  /** Origins allowed to call the API from a browser (CORS_ORIGINS, src/api/cors.ts). */
  readonly corsOrigins?: readonly string[];
  /** Extra routes (exports, explorer); return true when handled. */
  readonly extraRoutes?: (
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
  ) => Promise<boolean>;
}

export function createHttpServer(options: HttpServerOptions): Server {
  const cors = corsPolicy(options.corsOrigins, options.logger);
  const server = createServer((request, response) => {
    handle(options, cors, request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { error: 'Internal server error.' });
      else response.destroy(error as Error);
    });
  });
  server.keepAliveTimeout = 5_000;
  return server;
}

async function handle(
  options: HttpServerOptions,
  cors: CorsPolicy,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const path = url.pathname;
  if (applyCors(cors, request, response, path)) return;
  if (path === '/health/live') return sendJson(response, 200, { status: 'ok' });
  if (path === '/health/ready') return ready(options.gateway, response);
  if (path === '/graphql' || path === '/graphql/') {
    if (request.method === 'GET' && prefersHtml(request) && !url.searchParams.has('query')) {
      return send(response, 200, 'text/html; charset=utf-8', graphiqlHtml('/graphql'));
    }
    return graphql(options, request, response, url);
  }
  const asset = request.method === 'GET' ? graphiqlAsset(path) : undefined;
  if (asset) {
    response.setHeader('cache-control', 'public, max-age=86400');
    return send(response, 200, asset.contentType, asset.body);
  }
  if (options.extraRoutes && (await options.extraRoutes(request, response, url))) return;
  sendJson(response, 404, { error: `no route for ${path}` });
}

async function ready(gateway: Neo4jGateway, response: ServerResponse): Promise<void> {
  try {
    await Promise.race([
      gateway.ping(),
      new Promise((_resolve, reject) =>
        setTimeout(
          () => reject(new Error('Neo4j did not answer within 2 s')),
          READY_TIMEOUT_MS,
        ).unref(),
      ),
    ]);
    sendJson(response, 200, { status: 'ready', database: 'up' });
  } catch (error) {
    sendJson(response, 503, {
      status: 'unavailable',
      reason: `database: ${(error as Error).message.split('\n')[0]}`,
    });
  }
}

async function graphql(
  options: HttpServerOptions,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  // The token is checked before the body is read: only an admin's request may be as large
  // as a report file registered with addSource (base64 in the JSON body).
  const authentication = await options.verifier.authenticate(request.headers.authorization);
  const bodyLimit =
    authentication.status === 'verified' && authentication.viewer.role === 'admin'
      ? MAX_ADMIN_BODY_BYTES
      : MAX_BODY_BYTES;
  let body: unknown = undefined;
  if (request.method === 'POST') {
    const raw = await readBody(request, bodyLimit);
    if (raw === 'too-large') {
      return sendJson(response, 413, {
        errors: [
          {
            message: `request body over ${bodyLimit} bytes`,
            extensions: { code: 'PAYLOAD_TOO_LARGE' },
          },
        ],
      });
    }
    const contentType = headers.get('content-type') ?? '';
    if (
      contentType.startsWith('application/json') ||
      contentType.startsWith('application/graphql-response+json')
    ) {
      try {
        body = raw.length > 0 ? JSON.parse(raw) : undefined;
      } catch {
        return sendJson(response, 400, {
          errors: [
            { message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } },
          ],
        });
      }
    } else body = raw;
  }
  const requestId =
    typeof request.headers['x-request-id'] === 'string'
      ? request.headers['x-request-id'].slice(0, 64)
      : randomUUID();
  let context: RequestContext | undefined;
  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
    context: async () =>
      (context = createRequestContext(options.gateway, requestId, {
        authentication,
        editLimiter: options.editLimiter,
        bookmarks: bookmarksOf(request.headers[BOOKMARK_HEADER]),
      })),
  });
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.setHeader('x-request-id', requestId);
  // Database round trips of this request, counted at our gateway (tests and bench read it).
  response.setHeader('x-neo4j-queries', String(context?.queries.queries ?? 0));
  // After an edit: the bookmark of its transaction, for the client to send back.
  const written = context?.gateway.lastWriteBookmarks ?? [];
  if (written.length > 0) response.setHeader(BOOKMARK_HEADER, written.join(','));
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

function readBody(request: IncomingMessage, limit: number): Promise<string | 'too-large'> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () =>
      resolveBody(tooLarge ? 'too-large' : Buffer.concat(chunks).toString('utf8')),
    );
    request.on('error', reject);
  });
}

function prefersHtml(request: IncomingMessage): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('text/html');
}
