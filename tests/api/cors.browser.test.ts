/**
 * CORS in a real headless Chromium: a page served by a tiny server of its own on another
 * port (another origin) calls the API with fetch. The origin listed in CORS_ORIGINS reads
 * /graphql, /export and /reconcile; a page on an unlisted origin is blocked by the browser,
 * its preflight refused by us (and logged). Every request the pages make must stay on this machine.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { isLocalUrl, launchChromium } from '../support/browser.ts';
import { recordingLogger, startTestApi } from '../support/test-api.ts';

/** A page of another origin: an empty document whose script the test runs with evaluate. */
async function startPageServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end('<!doctype html><html><head><title>dashboard</title></head><body></body></html>');
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

interface FetchOutcome {
  readonly status?: number;
  readonly body?: string;
  readonly requestId?: string | null;
  readonly contentDisposition?: string | null;
  readonly failed?: string;
}

/** fetch() inside the page, as a dashboard's script would call the API. */
function fetchInPage(page: Page, url: string, init?: RequestInit): Promise<FetchOutcome> {
  return page.evaluate(
    async ([target, options]) => {
      try {
        const response = await fetch(target, options);
        return {
          status: response.status,
          body: await response.text(),
          requestId: response.headers.get('x-request-id'),
          contentDisposition: response.headers.get('content-disposition'),
        };
      } catch (error) {
        return { failed: String(error) };
      }
    },
    [url, init ?? {}] as const,
  );
}

const GRAPHQL_POST: RequestInit = {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ action(number: 16) { title } }' }),
};

describe('CORS in Chromium, from pages on other origins', () => {
  let browser: Browser;
  let context: BrowserContext;
  let app: RunningApp;
  let allowedPage: { server: Server; origin: string };
  let otherPage: { server: Server; origin: string };
  const logger = recordingLogger();
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    allowedPage = await startPageServer();
    otherPage = await startPageServer();
    app = await startTestApi({ config: { corsOrigins: [allowedPage.origin] }, logger });
    context = await browser.newContext();
    // No context.route here: with any route set, Playwright intercepts every request and
    // answers CORS preflights itself, so they would never reach the API. The pages load
    // nothing but themselves; every request is recorded and checked to stay on this machine.
    context.on('request', (request) => requests.push(request.url()));
  });

  afterAll(async () => {
    expect(requests.filter((url) => !isLocalUrl(url))).toEqual([]);
    await context?.close();
    await browser?.close();
    await app?.close();
    allowedPage?.server.close();
    otherPage?.server.close();
  });

  async function openAt(origin: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    return page;
  }

  it('lets the listed origin read /graphql with a JSON POST and our headers', async () => {
    const page = await openAt(allowedPage.origin);
    const outcome = await fetchInPage(page, app.graphqlUrl, GRAPHQL_POST);
    expect(outcome.failed).toBeUndefined();
    expect(outcome.status).toBe(200);
    expect(JSON.parse(outcome.body ?? '')).toEqual({
      data: { action: { title: 'SBB ontwikkelt studiebijsluiters voor het mbo' } },
    });
    expect(outcome.requestId).toMatch(/\S/);
    await page.close();
  });

  it('lets the listed origin download an export and read its file name', async () => {
    const page = await openAt(allowedPage.origin);
    const outcome = await fetchInPage(page, `${app.url}/export/cytoscape?root=org-sbb&depth=1`);
    expect(outcome.failed).toBeUndefined();
    expect(outcome.status).toBe(200);
    expect(outcome.contentDisposition).toBe(
      'attachment; filename="techniekpact-org-sbb-depth-1.cyjs"',
    );
    expect(JSON.parse(outcome.body ?? '').elements.nodes.length).toBeGreaterThan(1);
    await page.close();
  });

  it('lets the listed origin reconcile a name with a form-encoded POST, as OpenRefine would', async () => {
    const page = await openAt(allowedPage.origin);
    const outcome = await fetchInPage(page, `${app.url}/reconcile`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ queries: JSON.stringify({ q0: { query: 'SBB' } }) }).toString(),
    });
    expect(outcome.failed).toBeUndefined();
    expect(JSON.parse(outcome.body ?? '').q0.result[0]).toMatchObject({
      id: 'org-sbb',
      match: true,
    });
    await page.close();
  });

  it('blocks a page on an unlisted origin: its preflight is refused and logged, fetch fails', async () => {
    logger.lines.length = 0;
    const page = await openAt(otherPage.origin);
    const outcome = await fetchInPage(page, app.graphqlUrl, GRAPHQL_POST);
    expect(outcome.status).toBeUndefined();
    expect(outcome.failed).toMatch(/TypeError: Failed to fetch/);
    expect(logger.lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`cors: refused preflight OPTIONS /graphql from origin "${otherPage.origin}"`),
      ),
    );
    await page.close();
  });

  it('blocks an unlisted origin also where no preflight is sent (a simple GET of an export)', async () => {
    logger.lines.length = 0;
    const page = await openAt(otherPage.origin);
    const outcome = await fetchInPage(page, `${app.url}/export/cytoscape`);
    expect(outcome.failed).toMatch(/TypeError: Failed to fetch/);
    expect(logger.lines).toContainEqual(
      expect.stringMatching(/cors: refused request GET \/export\/cytoscape from origin/),
    );
    await page.close();
  });
});
