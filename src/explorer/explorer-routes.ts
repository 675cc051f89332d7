/**
 * The explorer's routes, for the HTTP server's `extraRoutes`:
 *
 *   GET /, /explore                    the page
 *   GET /assets/explorer/explorer.js   the bundle (and .map), built at start-up
 *   GET /assets/explorer/explorer.css  the style sheet
 *
 * The page fetches nothing but these and /graphql: its Content-Security-Policy says so,
 * and the browser enforces it.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { send, sendJson } from '../http/reply.ts';
import type { ExtraRoutes } from '../export/export-routes.ts';
import { bundleExplorer, type ExplorerBundle } from './explorer-bundle.ts';
import { explorerHtml } from './explorer-page.ts';

const CSS_FILE = new URL('./client/explorer.css', import.meta.url);

export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  // Cytoscape.js and our views set style attributes; no style sheet comes from elsewhere.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

interface Asset {
  readonly body: Buffer;
  readonly gzipped: Buffer;
  readonly contentType: string;
  readonly etag: string;
}

function asset(body: Buffer, contentType: string): Asset {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  return { body, gzipped: gzipSync(body), contentType, etag };
}

function serveAsset(request: IncomingMessage, response: ServerResponse, file: Asset): void {
  response.setHeader('etag', file.etag);
  response.setHeader('cache-control', 'no-cache');
  response.setHeader('vary', 'accept-encoding');
  if (request.headers['if-none-match'] === file.etag) {
    response.statusCode = 304;
    response.end();
    return;
  }
  if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
    response.setHeader('content-encoding', 'gzip');
    return send(
      response,
      200,
      file.contentType,
      request.method === 'HEAD' ? Buffer.alloc(0) : file.gzipped,
    );
  }
  send(response, 200, file.contentType, request.method === 'HEAD' ? Buffer.alloc(0) : file.body);
}

export interface ExplorerRoutes {
  readonly routes: ExtraRoutes;
  /** Resolves when the bundle is built; rejects with esbuild's message when it cannot be. */
  readonly ready: Promise<void>;
}

export interface ExplorerOptions {
  /** Rebuild the bundle (unminified) and re-read the style sheet at every page load. */
  readonly dev?: boolean;
  readonly log?: (message: string) => void;
}

type ExplorerAssets = Awaited<ReturnType<typeof bundleAssets>>;

/**
 * The production bundle, once per process: the code cannot change under a running process,
 * and a process that serves several APIs (the test suite) should not bundle for each.
 */
let productionAssets: Promise<ExplorerAssets> | undefined;

function buildAssets(dev: boolean, log: (message: string) => void): Promise<ExplorerAssets> {
  if (dev) return bundleAssets(true, log);
  productionAssets ??= bundleAssets(false, log);
  return productionAssets;
}

function bundleAssets(dev: boolean, log: (message: string) => void) {
  const assets = bundleExplorer({ minify: !dev }).then((bundle: ExplorerBundle) => ({
    hash: bundle.hash,
    js: asset(bundle.js, 'text/javascript; charset=utf-8'),
    map: asset(bundle.map, 'application/json; charset=utf-8'),
    css: asset(readFileSync(CSS_FILE), 'text/css; charset=utf-8'),
  }));
  assets.catch((error: unknown) =>
    log(`explorer: the bundle failed to build: ${(error as Error).message}`),
  );
  return assets;
}

export function createExplorerRoutes(options: ExplorerOptions = {}): ExplorerRoutes {
  const dev = options.dev ?? false;
  const log = options.log ?? (() => undefined);
  let assets = buildAssets(dev, log);

  const routes: ExtraRoutes = async (request, response, url) => {
    const path = url.pathname;
    const isPage = path === '/' || path === '/explore' || path === '/explore/';
    const isAsset = path.startsWith('/assets/explorer/');
    if (!isPage && !isAsset) return false;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('allow', 'GET, HEAD');
      sendJson(response, 405, { error: `the explorer answers GET, not ${request.method}` });
      return true;
    }
    if (dev && isPage) assets = buildAssets(dev, log);
    let built: Awaited<typeof assets>;
    try {
      built = await assets;
    } catch {
      sendJson(response, 500, { error: 'The explorer could not be built; see the server log.' });
      return true;
    }
    if (isPage) {
      response.setHeader('content-security-policy', EXPLORER_CSP);
      response.setHeader('cache-control', 'no-cache');
      response.setHeader('x-content-type-options', 'nosniff');
      response.setHeader('referrer-policy', 'no-referrer');
      send(response, 200, 'text/html; charset=utf-8', explorerHtml(built.hash));
      return true;
    }
    const file =
      path === '/assets/explorer/explorer.js'
        ? built.js
        : path === '/assets/explorer/explorer.js.map'
          ? built.map
          : path === '/assets/explorer/explorer.css'
            ? built.css
            : undefined;
    if (!file) {
      sendJson(response, 404, { error: `no route for ${path}` });
      return true;
    }
    response.setHeader('x-content-type-options', 'nosniff');
    serveAsset(request, response, file);
    return true;
  };
  return { routes, ready: assets.then(() => undefined) };
}

/** Several route sets as one `extraRoutes`: the first that handles a request wins. */
export function composeRoutes(...sets: readonly ExtraRoutes[]): ExtraRoutes {
  return async (request, response, url) => {
    for (const routes of sets) if (await routes(request, response, url)) return true;
    return false;
  };
}
