/**
 * The GraphQL IDE at GET /graphql, in a real headless Chromium against the real API and the
 * seed graph: it loads from our own server alone (no CDN, no web fonts), and a query typed
 * into the editor runs and shows its answer. Requests to anywhere else are recorded and
 * aborted, so the page behaves as it would offline.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { isLocalUrl, launchChromium } from '../support/browser.ts';
import { startTestApi } from '../support/test-api.ts';

const SCREENSHOT = fileURLToPath(new URL('../.artifacts/graphiql.png', import.meta.url));
const QUERY = `{
  action(number: 16) {
    title
    leads { actor { name } }
  }
}`;
const LEAD_OF_ACTION_16 = 'Stichting Beroepsonderwijs Bedrijfsleven';

const GRAPHIQL_ASSETS = [
  '/assets/graphiql/graphiql.css',
  '/assets/graphiql/react.js',
  '/assets/graphiql/react-dom.js',
  '/assets/graphiql/graphiql.js',
];

interface OpenIde {
  readonly page: Page;
  /** Every URL the page requested, in order. */
  readonly requests: string[];
  /** Uncaught errors in the page. */
  readonly pageErrors: string[];
}

describe('GraphiQL at GET /graphql in Chromium', () => {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    // The browser first: without Chromium the suite fails here, with the helper's message.
    browser = await launchChromium();
    app = await startTestApi();
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** Opens the IDE the way a browser does (Accept: text/html) and waits for the editor. */
  async function openIde(): Promise<OpenIde> {
    context = await browser!.newContext({ viewport: { width: 1280, height: 800 } });
    // Offline: whatever is not this machine never leaves the browser (it is still recorded below).
    await context.route('**/*', (route) =>
      isLocalUrl(route.request().url()) ? route.continue() : route.abort('internetdisconnected'),
    );
    const page = await context.newPage();
    const requests: string[] = [];
    const pageErrors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => pageErrors.push(error.message));

    const response = await page.goto(`${app!.url}/graphql`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toContain('text/html');
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor({ state: 'visible' });
    await page.getByRole('button', { name: /execute query/i }).waitFor({ state: 'visible' });
    return { page, requests, pageErrors };
  }

  it('renders the editor from assets served by this server alone, with no CDN or web fonts', async () => {
    const { page, requests, pageErrors } = await openIde();
    await page.waitForLoadState('networkidle');

    expect(requests.filter((url) => !isLocalUrl(url))).toEqual([]);
    const paths = requests.map((url) => new URL(url).pathname);
    expect(paths).toEqual(expect.arrayContaining(['/graphql', ...GRAPHIQL_ASSETS]));
    await expect
      .poll(() => page.locator('.graphiql-query-editor').innerText())
      .toContain('WhoDrivesAction3');
    expect(pageErrors).toEqual([]);
  });

  it('runs a query typed into the editor and shows the answer from the graph in the result pane', async () => {
    const { page, requests, pageErrors } = await openIde();

    // Replace the default query the way a user does: select all, then type (insertText, so
    // that the editor's bracket auto-closing does not double the braces).
    await page.locator('.graphiql-query-editor .CodeMirror').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(QUERY);
    const typed = await page
      .locator('.graphiql-query-editor .CodeMirror')
      .evaluate((element) =>
        (element as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue(),
      );
    expect(typed).toBe(QUERY);
    // GraphiQL reads the operation name from an edit 100 ms after it (debounced); a click
    // before that would send the default query's name with our query (400, unknown
    // operation). The same handler first saves the query to localStorage: wait for that.
    await page.waitForFunction(
      (expected) =>
        (
          globalThis as unknown as { localStorage: { getItem(key: string): string | null } }
        ).localStorage.getItem('graphiql:query') === expected,
      QUERY,
    );

    const [response] = await Promise.all([
      page.waitForResponse(
        (candidate) =>
          candidate.request().method() === 'POST' &&
          new URL(candidate.url()).pathname === '/graphql' &&
          (candidate.request().postData() ?? '').includes('action(number: 16)'),
      ),
      page.getByRole('button', { name: /execute query/i }).click(),
    ]);
    expect(response.status(), await response.text()).toBe(200);

    const resultPane = page.locator('.graphiql-response .result-window');
    await expect
      .poll(() => resultPane.innerText(), { timeout: 15_000 })
      .toContain(LEAD_OF_ACTION_16);
    expect(await resultPane.innerText()).not.toContain('"errors"');

    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    expect(requests.filter((url) => !isLocalUrl(url))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
