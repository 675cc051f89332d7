/**
 * A browser test's setting: the real API on a free port, a headless Chromium with one page
 * whose requests may reach only this machine, and the page's uncaught errors collected.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningApp } from '../../src/app.ts';
import { isLocalUrl, launchChromium } from './browser.ts';
import { startTestApi } from './test-api.ts';

export interface ExplorerSession {
  readonly app: RunningApp;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly pageErrors: string[];
  close(): Promise<void>;
}

export async function openExplorerSession(viewport: {
  readonly width: number;
  readonly height: number;
}): Promise<ExplorerSession> {
  const browser = await launchChromium();
  const app = await startTestApi();
  const context = await browser.newContext({ viewport });
  await context.route('**/*', (route) =>
    isLocalUrl(route.request().url()) ? route.continue() : route.abort('internetdisconnected'),
  );
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    app,
    browser,
    context,
    page,
    pageErrors,
    async close() {
      await context.close();
      await browser.close();
      await app.close();
    },
  };
}
