/**
 * The explorer in a real headless Chromium against the real API and the seed graph, as an
 * analyst uses it: search "PBT" with the keyboard, open Platform Bèta Techniek, expand a
 * neighbour by clicking it on the canvas, read an edge's evidence, find the paths between
 * two nodes, open action 12 and region Noord, download the view as GEXF (read back by
 * networkx). Every step asserts what is on screen. Requests to anywhere but this machine
 * are aborted and recorded (the page must work offline). Screenshots of the main views go
 * to tests/.artifacts/ (git-ignored).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { isLocalUrl, launchChromium } from '../support/browser.ts';
import { readWithNetworkx } from '../support/python-readers.ts';
import { SOURCE_TEXT } from '../support/source-text.ts';
import { postGraphQL, startTestApi } from '../support/test-api.ts';

const ARTIFACTS = fileURLToPath(new URL('../.artifacts/', import.meta.url));

interface ExplorerHook {
  view?: {
    graph?: {
      renderedPosition(id: string): { x: number; y: number } | null;
      counts(): { nodes: number; edges: number };
      edgesOf(id: string): { other: { id: string; type: string; name: string } }[];
      has(id: string): boolean;
    };
  };
}

/** The explorer's test hook, read in the page. */
function graphCounts(page: Page): Promise<{ nodes: number; edges: number } | undefined> {
  return page.evaluate(() =>
    (
      globalThis as unknown as { techniekpactExplorer?: ExplorerHook }
    ).techniekpactExplorer?.view?.graph?.counts(),
  );
}

describe('the explorer in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const pageErrors: string[] = [];

  async function screenshot(name: string): Promise<void> {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, `explorer-${name}.png`) });
  }

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startTestApi();
    context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    await context.route('**/*', (route) =>
      isLocalUrl(route.request().url()) ? route.continue() : route.abort('internetdisconnected'),
    );
    page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
  });

  it('opens at / with a search box that has the focus', async () => {
    const response = await page.goto(`${app.url}/`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
    const search = page.getByRole('combobox', { name: 'Search names and aliases' });
    await expect
      .poll(() =>
        search.evaluate(
          (element) =>
            element ===
            (globalThis as unknown as { document: { activeElement: unknown } }).document
              .activeElement,
        ),
      )
      .toBe(true);
    await expect
      .poll(() => page.locator('.details').innerText())
      .toContain('Search for an organisation');
    // Starting points for who does not know a name: the API's best-connected actors, as links.
    const api = await postGraphQL(app, `{ centrality(first: 10) { actor { name } } }`);
    const startingPoints = page.getByRole('region', { name: 'Starting points' });
    await expect
      .poll(() => startingPoints.getByRole('link').allInnerTexts())
      .toEqual(api.data!.centrality.map((c: { actor: { name: string } }) => c.actor.name));
    await screenshot('home');
  });

  it('finds Platform Bèta Techniek by its abbreviation and opens it with the keyboard', async () => {
    const search = page.getByRole('combobox', { name: 'Search names and aliases' });
    await search.pressSequentially('PBT', { delay: 30 });
    const firstHit = page.getByRole('listbox').getByRole('option').first();
    await expect.poll(() => firstHit.innerText()).toContain('Platform Bèta Techniek');
    await expect.poll(() => firstHit.innerText()).toContain('PBT');
    await search.press('ArrowDown');
    expect(await firstHit.getAttribute('aria-selected')).toBe('true');
    await search.press('Enter');

    await page.waitForURL(/#\/explore\/org-pbt/);
    const details = page.locator('.details');
    await expect.poll(() => details.locator('h2').innerText()).toBe('Platform Bèta Techniek');
    expect(await details.innerText()).toContain('Also: PBT');
    const quote = await details.locator('blockquote').first().innerText();
    expect(SOURCE_TEXT).toContain(quote);
    await expect.poll(async () => (await graphCounts(page))?.nodes ?? 0).toBeGreaterThan(1);

    // The legend counts what is drawn, per type, and the canvas holds as many nodes as the API's neighbourhood.
    const api = await postGraphQL(
      app,
      `{ neighbourhood(id: "org-pbt", depth: 1) { nodes { id } } }`,
    );
    const apiNodes = (api.data!.neighbourhood.nodes as unknown[]).length;
    expect((await graphCounts(page))?.nodes).toBe(apiNodes);
    await expect.poll(() => page.locator('.summary').innerText()).toContain(`${apiNodes} nodes`);
    await screenshot('neighbourhood');
  });

  it('expands a neighbour clicked on the canvas, keeping what was drawn', async () => {
    const before = (await graphCounts(page))!.nodes;
    // A neighbour that has neighbours of its own beyond PBT's: the action part 1c.
    const neighbour = await page.evaluate(() => {
      const graph = (globalThis as unknown as { techniekpactExplorer: ExplorerHook })
        .techniekpactExplorer.view!.graph!;
      const other = graph.edgesOf('org-pbt').find((e) => e.other.type === 'ACTION_PART')!.other;
      return { ...other, position: graph.renderedPosition(other.id)! };
    });
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(box.x + neighbour.position.x, box.y + neighbour.position.y);

    await expect.poll(() => page.locator('.details h2').innerText()).toBe(neighbour.name);
    await expect.poll(async () => (await graphCounts(page))!.nodes).toBeGreaterThan(before);
    expect(await page.locator('.summary').innerText()).toMatch(/\d+ new/);
    const stillThere = await page.evaluate(() =>
      (
        globalThis as unknown as { techniekpactExplorer: ExplorerHook }
      ).techniekpactExplorer.view!.graph!.has('org-pbt'),
    );
    expect(stillThere).toBe(true);
    await screenshot('expanded');
  });

  it("shows an edge's evidence: the relationship in words and its verbatim quote", async () => {
    const connection = page.locator('.details .connections button[data-edge]').first();
    const label = await connection.innerText();
    await connection.click();
    const details = page.locator('.details');
    await expect.poll(() => details.locator('h2').innerText()).toBe('Evidence');
    const statement = await details.locator('.statement').innerText();
    const words = label.replace(/[←→]/g, '').trim().split(/\s+/).slice(0, 2).join(' ');
    expect(statement).toContain(words);
    const quote = await details.locator('blockquote').first().innerText();
    expect(quote.length).toBeGreaterThan(10);
    expect(SOURCE_TEXT).toContain(quote);
    expect(await details.locator('figcaption').first().innerText()).toContain('stand van zaken');
    await screenshot('evidence');
  });

  it('walks from the evidence to a node and on to its neighbours with the keyboard alone', async () => {
    const end = page.locator('.details .statement button[data-node]').first();
    const name = await end.innerText();
    await end.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.details h2').innerText()).toBe(name);
    const neighbour = page.locator('.details .connections button[data-node]').first();
    const neighbourName = await neighbour.innerText();
    await neighbour.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.details h2').innerText()).toBe(neighbourName);
  });

  it('hides node types and other pillars with the filters, and shows them again', async () => {
    const before = (await graphCounts(page))!.nodes;
    const organisations = page.locator('.legend input[data-type="ORGANISATION"]');
    await organisations.uncheck();
    await expect.poll(async () => (await graphCounts(page))!.nodes).toBeLessThan(before);
    await organisations.check();
    await expect.poll(async () => (await graphCounts(page))!.nodes).toBe(before);
    // Action 1c is in pillar 1: choosing pillar 3 hides it (and what hangs under pillar 1's actions).
    await page.locator('#pillar-filter').selectOption('3');
    await expect.poll(async () => (await graphCounts(page))!.nodes).toBeLessThan(before);
    await page.locator('#pillar-filter').selectOption('0');
    await expect.poll(async () => (await graphCounts(page))!.nodes).toBe(before);
  });

  it('downloads the current view as GEXF that networkx reads with the same nodes and edges', async () => {
    const counts = (await graphCounts(page))!;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'GEXF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^platform-beta-techniek-depth-1\.gexf$/);
    const file = join(tmpdir(), `explorer-${process.pid}.gexf`);
    await download.saveAs(file);
    expect(readFileSync(file, 'utf8')).toContain('<gexf');
    const graph = readWithNetworkx('gexf', file);
    expect(Object.keys(graph.nodes)).toHaveLength(counts.nodes);
    expect(Object.keys(graph.edges)).toHaveLength(counts.edges);
    expect(graph.nodes['org-pbt']).toMatchObject({
      label: 'Platform Bèta Techniek',
      nodeType: 'Organisation',
    });
    for (const [, , attributes] of Object.values(graph.edges)) {
      if (attributes.quote) expect(SOURCE_TEXT).toContain(attributes.quote as string);
    }
  });

  it('fills the path form with names when it is opened from a node', async () => {
    await page.goto(`${app.url}/#/paths?from=org-pbt`);
    await expect
      .poll(() => page.getByRole('combobox', { name: 'From' }).inputValue())
      .toBe('Platform Bèta Techniek');
    await page.goto(`${app.url}/#/explore/org-pbt`);
    await expect.poll(async () => (await graphCounts(page))?.nodes ?? 0).toBeGreaterThan(1);
  });

  it('finds the paths between two nodes, each hop with its evidence', async () => {
    await page.getByRole('link', { name: 'Paths', exact: true }).click();
    const from = page.getByRole('combobox', { name: 'From' });
    await from.pressSequentially('PBT', { delay: 30 });
    await page
      .getByRole('option', { name: /Platform Bèta Techniek/ })
      .first()
      .click();
    const to = page.getByRole('combobox', { name: 'To' });
    await to.pressSequentially('SBB', { delay: 30 });
    await page
      .getByRole('option', { name: /Stichting Beroepsonderwijs Bedrijfsleven/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Find paths' }).click();

    await page.waitForURL(/#\/paths\?from=org-pbt&to=org-sbb/);
    const heading = page.locator('.path-list h2');
    await expect
      .poll(() => heading.innerText(), { timeout: 20_000 })
      .toMatch(/paths?; the shortest has \d hops?/);
    const api = await postGraphQL(
      app,
      `{ paths(from: "org-pbt", to: "org-sbb", first: 10) { length } }`,
    );
    const shortest = api.data!.paths[0].length as number;
    expect(await heading.innerText()).toContain(`the shortest has ${shortest} hop`);
    const firstPath = page.locator('article.path').first();
    const hops = firstPath.locator('button.hop');
    expect(await hops.count()).toBe(shortest);
    expect(await firstPath.innerText()).toContain('Platform Bèta Techniek');
    expect(await firstPath.innerText()).toContain('Stichting Beroepsonderwijs Bedrijfsleven');
    for (const quote of await firstPath.locator('blockquote').allInnerTexts())
      expect(SOURCE_TEXT).toContain(quote);
    expect((await graphCounts(page))!.nodes).toBeGreaterThanOrEqual(shortest + 1);
    await screenshot('paths');
  });

  it('opens action 12 with its leads, contributors, milestones on a timeline and URLs', async () => {
    await page.getByRole('link', { name: 'Actions', exact: true }).click();
    await page.getByRole('link', { name: /^Action 12:/ }).click();
    await page.waitForURL(/#\/action\/12$/);
    const article = page.locator('article.action-page');
    await expect
      .poll(() => article.locator('h1').innerText())
      .toBe('Action 12: Meer investeren in publiek-private samenwerking in het beroepsonderwijs');
    const api = await postGraphQL(
      app,
      `{ action(number: 12) { leads { actor { name } } contributors { actor { name } } milestones { name } urls targets { id } } }`,
    );
    const action = api.data!.action;
    const leads = article.getByRole('region', { name: 'Leads' });
    for (const lead of action.leads) expect(await leads.innerText()).toContain(lead.actor.name);
    const contributors = article.getByRole('region', { name: 'Contributors' });
    for (const contributor of action.contributors)
      expect(await contributors.innerText()).toContain(contributor.actor.name);
    const timeline = article.getByRole('region', { name: 'Milestones' });
    expect(await timeline.locator('h3').innerText()).toBe(
      `Milestones (${action.milestones.length})`,
    );
    expect(await timeline.locator('svg circle, svg rect').count()).toBe(action.milestones.length);
    expect(await timeline.locator('ol li').count()).toBe(action.milestones.length);
    for (const url of action.urls)
      expect(await article.locator('.urls').innerText()).toContain(url);
    expect(await article.locator('figure.target').count()).toBe(action.targets.length);
    // A lead's quote opens under its name.
    await leads.locator('summary').first().click();
    expect(SOURCE_TEXT).toContain(await leads.locator('blockquote').first().innerText());
    await screenshot('action-12');
  });

  it('draws a target as baseline → current → target', async () => {
    const api = await postGraphQL(
      app,
      `{ actions(first: 25) { nodes { number targets { baseline target measurements { segment } } } } }`,
    );
    const withTarget = (
      api.data!.actions.nodes as {
        number: number;
        targets: { baseline: number | null; measurements: unknown[] }[];
      }[]
    ).find((a) => a.targets.some((t) => t.baseline !== null && t.measurements.length > 0))!;
    await page.goto(`${app.url}/#/action/${withTarget.number}`);
    const target = page.locator('figure.target').first();
    await expect
      .poll(() => target.locator('.target-words').innerText())
      .toMatch(/^baseline .+ → .+ → target /);
    expect(await target.locator('svg line.baseline').count()).toBe(1);
    expect(await target.locator('svg line.target').count()).toBe(1);
    expect(await target.locator('svg line.current').count()).toBeGreaterThan(0);
    await target.scrollIntoViewIfNeeded();
    await screenshot('targets');
  });

  it('opens region Noord with its parts and its network', async () => {
    await page.getByRole('link', { name: 'Regions', exact: true }).click();
    await page.getByRole('link', { name: 'Landsdeel Noord', exact: true }).click();
    await page.waitForURL(/#\/region\/region-noord$/);
    await expect.poll(() => page.locator('.region-info h1').innerText()).toBe('Landsdeel Noord');
    const parts = page.getByRole('region', { name: 'Parts' });
    for (const province of ['Groningen', 'Friesland', 'Drenthe'])
      expect(await parts.innerText()).toContain(province);
    const api = await postGraphQL(
      app,
      `{ regionNetwork(id: "region-noord") { nodes { id } edges { id } } }`,
    );
    await expect
      .poll(async () => (await graphCounts(page))?.nodes)
      .toBe(api.data!.regionNetwork.nodes.length);
    expect((await graphCounts(page))!.edges).toBe(api.data!.regionNetwork.edges.length);
    await expect
      .poll(() => page.locator('.summary').innerText())
      .toContain('network of Landsdeel Noord');
    await screenshot('region-noord');
  });

  it('fits a narrow screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}/#/explore/org-pbt`);
    await expect.poll(async () => (await graphCounts(page))?.nodes ?? 0).toBeGreaterThan(1);
    const overflow = await page.evaluate(() => {
      const { document, innerWidth } = globalThis as unknown as {
        document: { documentElement: { scrollWidth: number } };
        innerWidth: number;
      };
      return document.documentElement.scrollWidth - innerWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator('#graph').isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-narrow.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('loaded nothing from outside this server and threw no errors', () => {
    expect(requests.filter((url) => !isLocalUrl(url))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
