/**
 * Issue 19 in the explorer, in a real Chromium: an action's page says who drives it from
 * `Action.drivers` (kind, role and quote, strongest first, in the API's order) and, for
 * parts the report names nobody for, the recorded `noDriverReason`; organisations of the
 * sector kinds are badged on the page and drawn apart on the canvas.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { openExplorerSession, type ExplorerSession } from '../support/explorer-session.ts';
import { query } from '../support/test-api.ts';

/** A statement Neo4j has not planned yet takes seconds the first time on a small machine. */
const SLOW = { timeout: 30_000 };

describe('drivers and sectors in the explorer', () => {
  let session: ExplorerSession;
  let app: RunningApp;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    session = await openExplorerSession({ width: 1280, height: 800 });
    ({ app, page, pageErrors } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  async function apiDrivers(number: number) {
    const { action } = await query(
      app,
      `query ($number: Int!) { action(number: $number) {
        drivers { kind actor { id } part { code } relation { evidence { quote } } }
        parts { code noDriverReason drivers { kind } } } }`,
      { number },
    );
    return action as {
      drivers: {
        kind: string;
        actor: { id: string };
        part: { code: string } | null;
        relation: { evidence: { quote: string } };
      }[];
      parts: { code: string; noDriverReason: string | null; drivers: unknown[] }[];
    };
  }

  it("lists action 5's drivers strongest first, as the API does, and why parts have none", async () => {
    const api = await apiDrivers(5);
    expect(api.drivers.length).toBeGreaterThan(0);
    await page.goto(`${app.url}/#/action/5`);
    const section = page.getByRole('region', { name: 'Driven by' });
    await expect
      .poll(() => section.locator('li[data-actor]').count(), SLOW)
      .toBe(api.drivers.length);
    const shown = await section
      .locator('li[data-actor]')
      .evaluateAll((items) =>
        items.map((item) => [item.getAttribute('data-kind'), item.getAttribute('data-actor')]),
      );
    expect(shown).toEqual(api.drivers.map((driver) => [driver.kind, driver.actor.id]));
    // Strongest first: no lead after an implementer, no implementer after a commissioner.
    const rank = ['LEADS', 'IMPLEMENTS', 'COMMISSIONS'];
    const ranks = shown.map(([kind]) => rank.indexOf(kind!));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

    const first = section.locator('li[data-actor]').first();
    expect(await first.locator('.driver-kind').innerText()).toMatch(
      /^(leads|implements|commissions)/,
    );
    await first.locator('summary').click();
    expect(await first.locator('blockquote, .evidence').first().innerText()).toContain(
      api.drivers[0]!.relation.evidence.quote.slice(0, 40),
    );

    const without = api.parts.filter((part) => part.drivers.length === 0);
    expect(without.map((part) => part.code)).toEqual(expect.arrayContaining(['5c', '5d']));
    for (const part of without) {
      const item = section.locator(`li[data-part="${part.code}"]`);
      expect(await item.innerText()).toContain(part.noDriverReason!);
    }
  });

  it('badges a sector among the drivers of action 17, and no single organisation', async () => {
    const api = await apiDrivers(17);
    const ids = api.drivers.map((driver) => driver.actor.id);
    expect(ids).toContain('sector-bedrijfsleven');
    expect(ids).toContain('org-sbb');
    await page.goto(`${app.url}/#/action/17`);
    const section = page.getByRole('region', { name: 'Driven by' });
    const sector = section.locator('li[data-actor="sector-bedrijfsleven"]').first();
    await expect.poll(() => sector.count(), SLOW).toBe(1);
    expect(await sector.locator('.sector-badge').innerText()).toBe('Sector · business sector');
    expect(
      await section.locator('li[data-actor="org-sbb"]').first().locator('.sector-badge').count(),
    ).toBe(0);
  });

  it('draws a sector apart from organisations on the canvas and badges it in the panel', async () => {
    await page.goto(`${app.url}/#/explore/sector-bedrijfsleven?depth=1`);
    const styleOf = (id: string) =>
      page.evaluate((nodeId) => {
        const cy = (
          globalThis as unknown as {
            techniekpactExplorer?: {
              view?: {
                graph?: {
                  cy: {
                    getElementById(id: string): {
                      length: number;
                      style(name: string): string;
                    };
                  };
                };
              };
            };
          }
        ).techniekpactExplorer?.view?.graph?.cy;
        const node = cy?.getElementById(nodeId);
        return node && node.length > 0
          ? { shape: node.style('shape'), border: node.style('border-style') }
          : null;
      }, id);
    await expect
      .poll(() => styleOf('sector-bedrijfsleven'), SLOW)
      .toEqual({
        shape: 'round-octagon',
        border: 'dashed',
      });
    const { neighbourhood } = await query(
      app,
      '{ neighbourhood(id: "sector-bedrijfsleven", depth: 1) { nodes { id type kind } } }',
    );
    const organisation = neighbourhood.nodes.find(
      (node: { type: string; kind: string | null }) =>
        node.type === 'ORGANISATION' &&
        !['education-sector', 'institution-type', 'business-sector'].includes(node.kind ?? ''),
    );
    expect(organisation).toBeDefined();
    expect(await styleOf(organisation.id)).toEqual({ shape: 'ellipse', border: 'solid' });
    await expect
      .poll(() => page.locator('.sector-badge').first().innerText(), SLOW)
      .toBe('Sector · business sector');
  });

  it('threw no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
