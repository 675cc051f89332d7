/**
 * The explorer's HTTP side: the page with its Content-Security-Policy, the bundle and
 * style sheet (gzip, ETag, 304), refusals; and every GraphQL operation the page sends,
 * run against the real API with the variables the page uses, within the query limits.
 */
import { get } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import * as operations from '../../src/explorer/client/operations.ts';
import { postGraphQL, startTestApi } from '../support/test-api.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApi();
});
afterAll(async () => {
  await app?.close();
});

describe('explorer routes', () => {
  it('serves the page at / and /explore with a CSP that allows this server only', async () => {
    for (const path of ['/', '/explore']) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const csp = response.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      const html = await response.text();
      expect(html).toMatch(
        /<script src="\/assets\/explorer\/explorer\.js\?v=[\w+/=-]+"><\/script>/,
      );
      expect(html).not.toMatch(/(src|href)="https?:/);
    }
  });

  it('serves the bundle gzipped with an ETag, and answers 304 to a matching If-None-Match', async () => {
    const response = await fetch(`${app.url}/assets/explorer/explorer.js`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const body = await response.text(); // fetch decodes gzip
    expect(body.length).toBeGreaterThan(100_000);
    expect(body).toContain('/graphql');
    const again = await fetch(`${app.url}/assets/explorer/explorer.js`, {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    const css = await fetch(`${app.url}/assets/explorer/explorer.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toContain('.layout-three');
    // The compressed bytes as sent (node's http module does not decode).
    const raw = await new Promise<Buffer>((resolve, reject) => {
      get(
        `${app.url}/assets/explorer/explorer.js`,
        { headers: { 'accept-encoding': 'gzip' } },
        (res) => {
          expect(res.headers['content-encoding']).toBe('gzip');
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve(Buffer.concat(chunks)));
          res.on('error', reject);
        },
      ).on('error', reject);
    });
    expect(raw.length).toBeLessThan(body.length / 2);
    expect(gunzipSync(raw).toString('utf8')).toBe(body);
  });

  it('refuses other methods and unknown assets', async () => {
    const post = await fetch(`${app.url}/`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const missing = await fetch(`${app.url}/assets/explorer/../../package.json`);
    expect(missing.status).toBe(404);
    const unknown = await fetch(`${app.url}/assets/explorer/other.js`);
    expect(unknown.status).toBe(404);
  });
});

describe("the explorer's operations", () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['index', operations.EXPLORER_INDEX, {}],
    ['search', operations.EXPLORER_SEARCH, { text: 'PBT', first: 12 }],
    [
      'neighbourhood at the deepest',
      operations.EXPLORER_NEIGHBOURHOOD,
      { id: 'org-pbt', depth: 3, limit: 150 },
    ],
    [
      'paths at the longest',
      operations.EXPLORER_PATHS,
      { from: 'org-pbt', to: 'org-sbb', maxHops: 6, first: 10 },
    ],
    ['action', operations.EXPLORER_ACTION, { number: 12 }],
    ['region', operations.EXPLORER_REGION, { id: 'region-noord' }],
    ['node names', operations.EXPLORER_NODE_NAMES, { ids: ['org-pbt', 'org-sbb'] }],
    ['starting points', operations.EXPLORER_STARTING_POINTS, { first: 10 }],
    ['sources', operations.EXPLORER_SOURCES, {}],
    ['source text', operations.EXPLORER_SOURCE_TEXT, { id: 'src-techniekpact-bijlage-1-2014' }],
    ['fact', operations.EXPLORER_FACT, { id: 'LEADS:org-sbb->action-16' }],
    ['history', operations.EXPLORER_HISTORY, { id: 'org-sbb' }],
    ['direct edges', operations.EXPLORER_DIRECT_EDGES, { from: 'org-sbb', to: 'action-16' }],
    [
      'neighbourhood as of an edition',
      operations.EXPLORER_NEIGHBOURHOOD,
      { id: 'org-pbt', depth: 3, limit: 150, asOf: '2014-05' },
    ],
    ['editions', operations.EXPLORER_EDITIONS, {}],
    ['source view', operations.EXPLORER_SOURCE_VIEW, { id: 'src-techniekpact-bijlage-1-2014' }],
    [
      'review queue',
      operations.EXPLORER_PROPOSALS,
      { source: 'src-techniekpact-bijlage-1-2014', status: 'PENDING', first: 50 },
    ],
  ];
  for (const [name, query, variables] of cases) {
    it(`${name}: answers without errors, within the query limits`, async () => {
      const response = await postGraphQL(app, query, variables);
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      expect(response.status).toBe(200);
      expect(response.data).toBeDefined();
    });
  }

  it('the index maps every action, part, target and milestone to its pillar', async () => {
    const response = await postGraphQL(app, operations.EXPLORER_INDEX);
    const actions = response.data!.actions.nodes as {
      number: number;
      pillar: { number: number };
    }[];
    expect(actions.map((a) => a.number).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 22 }, (_, i) => i + 1),
    );
    expect(response.data!.regions.nodes).toHaveLength(5);
  });
});
