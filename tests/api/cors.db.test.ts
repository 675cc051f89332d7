/**
 * CORS over plain HTTP (tests/api/cors.browser.test.ts has the same rules in Chromium):
 * preflight answers for a listed origin, a coded refusal and a log line for any other,
 * the origin echoed on real requests, nothing for requests without an Origin header, and
 * Apollo's CSRF guard still on for listed origins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { recordingLogger, startTestApi } from '../support/test-api.ts';

const ALLOWED = 'http://dashboard.test:8080';
const OTHER = 'http://elsewhere.test:9090';
const logger = recordingLogger();
let app: RunningApp;

beforeAll(async () => {
  app = await startTestApi({
    config: { corsOrigins: [ALLOWED, 'https://notebook.test'] },
    logger,
  });
});
afterAll(async () => {
  await app?.close();
});

function preflight(path: string, origin: string, method = 'POST'): Promise<Response> {
  return fetch(`${app.url}${path}`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': method,
      'access-control-request-headers': 'content-type, authorization',
    },
  });
}

describe('CORS preflights', () => {
  it.each(['/graphql', '/export/gexf', '/reconcile'])(
    'answers a listed origin at %s with 204, the origin echoed, methods, headers and max-age',
    async (path) => {
      const response = await preflight(path, ALLOWED);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
      const methods = response.headers.get('access-control-allow-methods')?.split(/,\s*/);
      expect(methods).toEqual(expect.arrayContaining(['GET', 'POST']));
      const headers = response.headers.get('access-control-allow-headers')?.split(/,\s*/);
      expect(headers).toEqual(expect.arrayContaining(['content-type', 'authorization']));
      expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      expect(await response.text()).toBe('');
    },
  );

  it('refuses an unlisted origin with 403 CORS_ORIGIN_NOT_ALLOWED, no CORS headers, and a log line', async () => {
    logger.lines.length = 0;
    const response = await preflight('/graphql', OTHER);
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(await response.json()).toEqual({
      error: expect.stringContaining(OTHER),
      code: 'CORS_ORIGIN_NOT_ALLOWED',
      origin: OTHER,
    });
    expect(logger.lines).toEqual([
      expect.stringMatching(/cors: refused preflight OPTIONS \/graphql/),
    ]);
    expect(logger.lines[0]).toContain(OTHER);
  });

  it('compares whole origins: another scheme or port of a listed host is another origin', async () => {
    for (const origin of ['https://dashboard.test:8080', 'http://dashboard.test', 'null']) {
      expect((await preflight('/graphql', origin)).status).toBe(403);
    }
    expect((await preflight('/graphql', 'https://notebook.test')).status).toBe(204);
  });

  it('leaves other paths alone: no CORS headers for the explorer or health', async () => {
    const response = await fetch(`${app.url}/health/live`, { headers: { origin: ALLOWED } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS on requests', () => {
  const body = JSON.stringify({ query: '{ action(number: 16) { title } }' });

  it('echoes a listed origin and exposes our headers; the answer is the same as without one', async () => {
    const response = await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: {
        origin: ALLOWED,
        'content-type': 'application/json',
        'sec-fetch-site': 'cross-site',
      },
      body,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-expose-headers')).toContain('x-request-id');
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
    expect(await response.json()).toEqual({
      data: { action: { title: 'SBB ontwikkelt studiebijsluiters voor het mbo' } },
    });
  });

  it('sends no CORS headers without an Origin header (curl, scripts)', async () => {
    const response = await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a request the browser marks as cross-site from an unlisted origin, and logs it', async () => {
    logger.lines.length = 0;
    const response = await fetch(`${app.url}/export/cytoscape`, {
      headers: { origin: OTHER, 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'cors' },
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { code: string }).code).toBe('CORS_ORIGIN_NOT_ALLOWED');
    expect(logger.lines).toEqual([
      expect.stringMatching(/cors: refused request GET \/export\/cytoscape/),
    ]);
  });

  it('serves the same origin (the explorer, GraphiQL) as before', async () => {
    const response = await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: {
        origin: app.url,
        'content-type': 'application/json',
        'sec-fetch-site': 'same-origin',
      },
      body,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("keeps Apollo's CSRF guard for listed origins: a simple GET with an operation is refused", async () => {
    const response = await fetch(
      `${app.graphqlUrl}?query=${encodeURIComponent('{ action(number: 16) { title } }')}`,
      { headers: { origin: ALLOWED } },
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });
});
