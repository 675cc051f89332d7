/**
 * Report editions in the explorer (issue 22), in a real Chromium against the real API: the
 * source viewer marks a quote where its selector says (also after characters outside the
 * BMP, whose positions count code points) and links each highlight back to the graph; a
 * source's Review tab accepts one proposal and rejects one with a reason, says a coded
 * refusal in words next to the proposal, and updates the list; the action page shows the
 * status per edition with its quote; the edition picker draws the graph as of an edition
 * and keeps it in the hash. The invented second edition is registered and read through the
 * API first; afterAll makes the shared graph the seeds again.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { signToken } from '../../src/auth/tokens.ts';
import {
  ADD_SOURCE,
  addSourceInput,
  gqlAs,
  INVENTED_EDITION,
  SEED_SOURCE,
} from '../support/editions.ts';
import { openExplorerSession, type ExplorerSession } from '../support/explorer-session.ts';
import { guardSharedGraph, type SharedGraphGuard } from '../support/shared-graph.ts';
import { SOURCE_TEXT } from '../support/source-text.ts';
import { query, testAppConfig } from '../support/test-api.ts';

const SLOW = { timeout: 30_000 };
const ARTIFACTS = fileURLToPath(new URL('../.artifacts/', import.meta.url));
const EDITION = 'src-voortgang-2015-invented';
/** A tiny source whose quote follows characters outside the BMP (two UTF-16 units each). */
const ASTRAL = 'src-astral-test';
const ASTRAL_QUOTE = 'Het Platform Bèta Techniek werkt mee.';
const ASTRAL_TEXT = `# Astral 😀\n\n😀 𝔘 🚀 ${ASTRAL_QUOTE} En verder 🎉.\n`;
const EDGE = 'LEADS:org-sbb->action-16';
const REASON = 'A mention only: the sentence names <b>no role</b>.';

interface Proposal {
  id: string;
  kind: string;
  summary: string;
  selector: { exact: string; start: number; end: number };
  edits: { id: string; nodeType: string | null }[];
}

function graphState(page: Page, id: string) {
  return page.evaluate(`(() => {
    const graph = globalThis.techniekpactExplorer?.view?.graph;
    return graph ? { ...graph.counts(), has: graph.has(${JSON.stringify(id)}) } : null;
  })()`) as Promise<{ nodes: number; edges: number; has: boolean } | null>;
}

/** Where the current highlight starts in the viewer's text, counted in code points. */
function currentMarkPosition(page: Page) {
  return page.evaluate(`(() => {
    const body = document.querySelector('.source-reading');
    const mark = body.querySelector('.quote-mark.current');
    const range = document.createRange();
    range.setStart(body, 0);
    range.setEndBefore(mark);
    const rect = mark.getBoundingClientRect();
    return {
      start: Array.from(range.toString()).length,
      text: mark.textContent,
      inViewport: rect.top >= 0 && rect.bottom <= window.innerHeight,
    };
  })()`) as Promise<{ start: number; text: string; inViewport: boolean }>;
}

describe('report editions in the explorer', () => {
  let session: ExplorerSession;
  let app: RunningApp;
  let page: Page;
  let sharedGraph: SharedGraphGuard;
  let curatorToken: string;
  let curator: ReturnType<typeof gqlAs>;
  let proposals: Proposal[];

  async function screenshot(name: string): Promise<void> {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, `editions-${name}.png`) });
  }

  const details = () => page.getByRole('complementary', { name: 'Details' });
  const queue = () => page.getByRole('region', { name: 'Review queue' });
  const proposalItem = (id: string) => queue().locator(`li.proposal[data-proposal="${id}"]`);
  const proposalOf = (kind: string, words: string): Proposal => {
    const found = proposals.find((p) => p.kind === kind && p.summary.includes(words));
    if (!found) throw new Error(`no ${kind} proposal "${words}"`);
    return found;
  };

  beforeAll(async () => {
    session = await openExplorerSession({ width: 1400, height: 900 });
    ({ app, page } = session);
    const { auth } = testAppConfig();
    const admin = gqlAs(app, await signToken(auth, { name: 'root', role: 'admin', days: 1 }));
    curatorToken = await signToken(auth, { name: 'ana', role: 'curator', days: 1 });
    curator = gqlAs(app, curatorToken);
    sharedGraph = await guardSharedGraph(app.gateway);
    for (const input of [
      addSourceInput(INVENTED_EDITION, 'voortgang-2015-invented.md'),
      addSourceInput(ASTRAL_TEXT, 'astral.txt', {
        id: ASTRAL,
        title: 'Astral test source',
        date: '2015-01',
        series: null,
        edition: null,
        quote: ASTRAL_QUOTE,
      }),
    ]) {
      const added = await admin(ADD_SOURCE, { input });
      expect(added.errors).toBeUndefined();
    }
    const run = await curator(
      `mutation ($source: ID!) { proposeFacts(input: {source: $source}) {
        proposals { id kind summary selector { exact start end } edits { id nodeType } } } }`,
      { source: EDITION },
    );
    expect(run.errors).toBeUndefined();
    proposals = run.data!.proposeFacts.proposals;
    expect(proposals.length).toBeGreaterThan(4);
  }, 120_000);

  afterAll(async () => {
    if (!session) return;
    try {
      await sharedGraph?.restore();
    } finally {
      await session.close();
    }
  });

  it('opens a node’s quote in the source viewer at its place, and links the highlight back', async () => {
    const { node } = await query(
      app,
      `{ node(id: "org-sbb") { name evidence { quote selector { start end } } } }`,
    );
    const { start, end } = node.evidence.selector;
    expect(Array.from(SOURCE_TEXT).slice(start, end).join('')).toBe(node.evidence.quote);

    await page.goto(`${app.url}/#/explore/org-sbb`);
    await expect.poll(() => details().locator('h2').first().textContent(), SLOW).toBe(node.name);
    await details().getByRole('link', { name: 'Show in source' }).click();
    await expect.poll(() => page.locator('.quote-mark.current').count(), SLOW).toBeGreaterThan(0);
    expect(new URL(page.url()).hash).toBe(
      `#/source/${SEED_SOURCE}?at=${start}&end=${end}&fact=org-sbb`,
    );
    const mark = await currentMarkPosition(page);
    expect(mark).toEqual({ start, text: node.evidence.quote, inViewport: true });
    expect(await page.locator('.quoted-here').textContent()).toContain(node.name);
    await screenshot('source-viewer');

    await page.locator('.quote-mark.current').first().click();
    await expect.poll(() => page.url(), SLOW).toMatch(/#\/explore\/org-sbb$/);
    await expect.poll(() => details().locator('h2').first().textContent(), SLOW).toBe(node.name);
  });

  it('links a relationship’s highlight to the edge, opened in the explore view', async () => {
    await page.goto(`${app.url}/#/source/${SEED_SOURCE}?fact=${encodeURIComponent(EDGE)}`);
    const mark = page.locator(`.quote-mark.current[data-fact="${EDGE}"]`).first();
    // (first: a quote overlapping it cuts the passage into several marked runs)
    await expect.poll(() => mark.count(), SLOW).toBe(1);
    await mark.click();
    await expect.poll(() => details().locator('h2').first().textContent(), SLOW).toBe('Evidence');
    expect(new URL(page.url()).hash).toBe(`#/explore/org-sbb?edge=${encodeURIComponent(EDGE)}`);
    expect(await details().locator('.statement').textContent()).toContain('Actie 16');
  });

  it('counts positions in code points: a quote after emoji is marked exactly', async () => {
    const { node } = await query(
      app,
      `{ node(id: "${ASTRAL}") { evidence { quote selector { start end } } ... on Source { text } } }`,
    );
    expect(node.text).toBe(ASTRAL_TEXT);
    // The API counts code points: in UTF-16 units the quote starts 4 further on.
    expect(node.evidence.selector.start).toBe(Array.from(ASTRAL_TEXT).indexOf('H'));
    expect(node.evidence.selector.start).toBe(ASTRAL_TEXT.indexOf(ASTRAL_QUOTE) - 4);
    await page.goto(`${app.url}/#/source/${ASTRAL}?fact=${ASTRAL}`);
    await expect.poll(() => page.locator('.quote-mark.current').count(), SLOW).toBe(1);
    expect(await currentMarkPosition(page)).toMatchObject({
      start: node.evidence.selector.start,
      text: ASTRAL_QUOTE,
    });
  });

  it('shows the review queue read-only to a visitor, each quote in context', async () => {
    await page.goto(`${app.url}/#/source/${EDITION}/review`);
    await expect.poll(() => queue().locator('li.proposal').count(), SLOW).toBe(proposals.length);
    expect(
      await queue()
        .getByRole('button', { name: /Accept|Reject/ })
        .count(),
    ).toBe(0);
    const status = proposalOf('STATUS', 'actie 1: done');
    const item = proposalItem(status.id);
    expect(await item.locator('.in-context mark').textContent()).toBe(status.selector.exact);
    expect(await item.locator('.confidence').textContent()).toMatch(/^confidence [01]\.\d\d$/);
    expect(await page.locator('.tabs [aria-current="page"]').textContent()).toBe('Review');
    await screenshot('review-queue');
  });

  it('accepts one proposal and rejects one with a reason, and the list follows', async () => {
    await page.locator('header.top-bar').getByRole('button', { name: 'Sign in' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign in to edit' });
    await dialog.getByLabel('Curator token').fill(curatorToken);
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    const status = proposalOf('STATUS', 'actie 1: done');
    const mention = proposals.find((p) => p.kind === 'MENTION')!;
    await expect.poll(() => proposalItem(status.id).getByRole('button').count()).toBe(2);

    await proposalItem(status.id).getByRole('button', { name: 'Accept' }).click();
    await expect
      .poll(() => queue().locator('.queue-status').textContent(), SLOW)
      .toMatch(/^Accepted: .*actie 1: done.*\(revision #\d+\)\.$/);
    await expect
      .poll(() => queue().locator('li.proposal').count(), SLOW)
      .toBe(proposals.length - 1);
    expect(await proposalItem(status.id).count()).toBe(0);

    await proposalItem(mention.id).getByRole('button', { name: 'Reject…' }).click();
    const form = proposalItem(mention.id).getByRole('form', { name: 'Reject this proposal' });
    await form.getByRole('button', { name: 'Reject' }).click();
    expect(await form.locator('.field-error').textContent()).toContain('Say why');
    await form.getByLabel('Reason (required)').fill(REASON);
    await form.getByRole('button', { name: 'Reject' }).click();
    await expect
      .poll(() => queue().locator('li.proposal').count(), SLOW)
      .toBe(proposals.length - 2);
    expect(await queue().locator('.queue-status').textContent()).toMatch(/^Rejected: /);

    await queue().getByLabel('Status').selectOption('rejected');
    await expect.poll(() => new URL(page.url()).hash).toContain('status=rejected');
    await expect.poll(() => queue().locator('li.proposal').count(), SLOW).toBe(1);
    expect(await proposalItem(mention.id).locator('.reject-reason').textContent()).toBe(REASON);
    await queue().getByLabel('Status').selectOption('accepted');
    await expect.poll(() => queue().locator('li.proposal').count(), SLOW).toBe(1);
    expect(await proposalItem(status.id).locator('.decided').textContent()).toMatch(
      /^Accepted by ana .*in revision #\d+\.$/,
    );

    const decided = await query(
      app,
      `{ a: proposal(id: "${status.id}") { status } r: proposal(id: "${mention.id}") { status reason decidedBy } }`,
    );
    expect(decided).toEqual({
      a: { status: 'ACCEPTED' },
      r: { status: 'REJECTED', reason: REASON, decidedBy: 'ana' },
    });
  });

  it('says a coded refusal in words next to the proposal (decided meanwhile by someone else)', async () => {
    await queue().getByLabel('Status').selectOption('pending');
    const other = proposals.find((p) => p.kind === 'AMOUNT')!;
    await expect.poll(() => proposalItem(other.id).getByRole('button').count(), SLOW).toBe(2);
    const elsewhere = await curator(
      `mutation ($id: ID!) { rejectProposal(input: {id: $id, reason: "decided elsewhere"}) { proposal { status } } }`,
      { id: other.id },
    );
    expect(elsewhere.errors).toBeUndefined();
    await proposalItem(other.id).getByRole('button', { name: 'Accept' }).click();
    await expect
      .poll(() => proposalItem(other.id).locator('.proposal-error').textContent(), SLOW)
      .toContain('Someone has decided this proposal already');
    const pending = await queue().locator('li.proposal').count();
    await proposalItem(other.id).getByRole('button', { name: 'Reload the queue' }).click();
    await expect.poll(() => queue().locator('li.proposal').count(), SLOW).toBe(pending - 1);
    expect(await proposalItem(other.id).count()).toBe(0);
  });

  it('shows the action’s status per edition, with the quote linked to the source viewer', async () => {
    const status = proposalOf('STATUS', 'actie 1: done');
    await page.goto(`${app.url}/#/action/1`);
    const section = page.getByRole('region', { name: 'Status per edition' });
    const items = section.locator('li.edition-status');
    await expect.poll(() => items.count(), SLOW).toBe(2);
    expect(await items.evaluateAll((li) => li.map((e) => e.getAttribute('data-status')))).toEqual([
      'UNKNOWN',
      'DONE',
    ]);
    await items.nth(1).scrollIntoViewIfNeeded();
    await screenshot('action-statuses');
    expect(await items.nth(0).locator('time').textContent()).toBe('2014-05');
    expect(await items.nth(0).textContent()).toContain('the edition states no status');
    expect(await items.nth(1).locator('time').textContent()).toBe('2015-06');
    expect(await items.nth(1).locator('.status-value').textContent()).toBe('done');
    expect(await items.nth(1).locator('blockquote').textContent()).toContain(status.selector.exact);
    await items.nth(1).getByRole('link', { name: 'Show in source' }).click();
    await expect.poll(() => page.locator('.quote-mark.current').count(), SLOW).toBeGreaterThan(0);
    expect(new URL(page.url()).hash).toMatch(new RegExp(`^#/source/${EDITION}\\?at=`));
    const mark = await currentMarkPosition(page);
    expect(mark.start).toBe(status.selector.start);
  });

  it('draws the graph as of an edition from the picker, and keeps it in the hash', async () => {
    const statusNode = proposalOf('STATUS', 'actie 1: done').edits.find(
      (edit) => edit.nodeType === 'STATUS',
    )!.id;
    await page.goto(`${app.url}/#/explore/action-01`);
    await expect.poll(async () => (await graphState(page, statusNode))?.has, SLOW).toBe(true);
    const all = (await graphState(page, statusNode))!;

    const picker = page.getByLabel('Edition');
    await expect.poll(() => picker.locator('option').count(), SLOW).toBe(3);
    await picker.selectOption('2014-05');
    await expect
      .poll(() => new URL(page.url()).hash, SLOW)
      .toBe('#/explore/action-01?depth=1&asOf=2014-05');
    // Drawn (the root is in) before anything is compared: an empty canvas lacks the status too.
    await expect.poll(async () => (await graphState(page, 'action-01'))?.has, SLOW).toBe(true);
    const early = (await graphState(page, statusNode))!;
    expect(early.has).toBe(false);
    expect(early.nodes).toBeLessThan(all.nodes);
    expect(await page.locator('.summary').textContent()).toContain('As of 2014-05.');
    expect(await page.getByLabel('Edition').inputValue()).toBe('2014-05');
    await screenshot('explore-as-of');

    await page.getByLabel('Edition').selectOption('');
    await expect.poll(() => new URL(page.url()).hash, SLOW).toBe('#/explore/action-01?depth=1');
    await expect.poll(async () => (await graphState(page, statusNode))?.has, SLOW).toBe(true);
    expect(session.pageErrors).toEqual([]);
  });
});
