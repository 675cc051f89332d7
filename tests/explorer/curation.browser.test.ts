/**
 * Curation in the explorer (issue 21), in a real Chromium against the real API: a visitor
 * sees no edit control; a forged token is refused by the server with a clear message and
 * signs the tab out; a curator signs in with a token, adds a relationship from the node in
 * view with a quote picked from the source text, sees it drawn, retracts it with a reason
 * (after a CONFLICT with someone else's edit, and a reload), and finds both edits in its
 * history. HTML and script in a role, comment or quote are shown as text and create no
 * element. (The page's CSP would stop an injected handler from running anyway, so the test
 * looks for the elements themselves, not only for the handler's effect.) The edits change
 * the suite's shared graph: afterAll imports the seeds again, discarding them.
 */
import { SignJWT } from 'jose';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { signToken } from '../../src/auth/tokens.ts';
import { guardSharedGraph, type SharedGraphGuard } from '../support/shared-graph.ts';
import { openExplorerSession, type ExplorerSession } from '../support/explorer-session.ts';
import { postGraphQL, query, testAppConfig } from '../support/test-api.ts';

const SLOW = { timeout: 30_000 };
const SOURCE = 'src-techniekpact-bijlage-1-2014';
const QUOTE =
  'Op 25 maart heeft de SBB de minister van OCW geadviseerd om zes indicatoren in de studiebijsluiters op te nemen.';
const FIND = 'Op 25 maart heeft de SBB';
const EDGE = 'COMMISSIONS:org-ocw->action-16';
const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';
const ROLE = `adviesvrager ${IMG}`;
const COMMENT = `rij 16 ${SCRIPT} ${IMG}`;

interface ExplorerHook {
  view?: { graph?: { edgesOf(id: string): { edge: { id: string } }[] } };
}

describe('curation in the explorer', () => {
  let session: ExplorerSession;
  let app: RunningApp;
  let page: Page;
  let curatorToken: string;
  let sharedGraph: SharedGraphGuard;

  beforeAll(async () => {
    session = await openExplorerSession({ width: 1400, height: 900 });
    ({ app, page } = session);
    curatorToken = await signToken(testAppConfig().auth, { name: 'ana', role: 'curator', days: 1 });
    sharedGraph = await guardSharedGraph(app.gateway);
  });

  afterAll(async () => {
    if (!session) return;
    try {
      await sharedGraph?.restore();
    } finally {
      await session.close();
    }
  });

  const details = () => page.getByRole('complementary', { name: 'Details' });
  const topBar = () => page.locator('header.top-bar');

  async function openAction16(): Promise<void> {
    await page.goto(`${app.url}/#/explore/action-16`);
    await expect
      .poll(() => details().locator('h2').first().textContent(), SLOW)
      .toBe('Actie 16: studiebijsluiters voor het mbo');
  }

  function edgesInView(): Promise<string[]> {
    return page.evaluate(
      () =>
        (
          globalThis as unknown as { techniekpactExplorer?: ExplorerHook }
        ).techniekpactExplorer?.view?.graph
          ?.edgesOf('action-16')
          .map(({ edge }) => edge.id) ?? [],
    );
  }

  async function signInWith(token: string): Promise<void> {
    await topBar().getByRole('button', { name: 'Sign in' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign in to edit' });
    await dialog.getByLabel('Curator token').fill(token);
    await dialog.getByRole('button', { name: 'Sign in' }).click();
  }

  /** The add-relationship dialog filled for OCW commissions action 16, the quote picked. */
  async function fillRelationship(): Promise<ReturnType<Page['getByRole']>> {
    await details().getByRole('button', { name: 'Add relationship…' }).click();
    const dialog = page.getByRole('dialog', { name: /Add a relationship/ });
    await dialog.getByLabel('Other end').fill('OCW');
    await dialog.locator('.search-hits [data-id="org-ocw"]').click(SLOW);
    const type = dialog.getByLabel('Relationship');
    const option = type.locator('option', { hasText: 'ministerie van OCW commissions Actie 16' });
    await type.selectOption({ label: (await option.textContent())! });
    await expect.poll(() => dialog.locator('.source-text').count(), SLOW).toBe(1);
    return dialog;
  }

  it('shows a visitor no edit control, but the history', async () => {
    await openAction16();
    await expect.poll(() => topBar().getByRole('button', { name: 'Sign in' }).count()).toBe(1);
    expect(
      await details()
        .getByRole('button', { name: /Add relationship|Retract/ })
        .count(),
    ).toBe(0);
    expect(await details().locator('details.history summary').textContent()).toBe('History');
    await details().locator('details.history summary').click();
    await expect
      .poll(() => details().locator('.history-body').textContent(), SLOW)
      .toContain('No edits');
  });

  it('refuses what is no token at sign-in, and a forged token at the first edit, saying why', async () => {
    await signInWith('not-a-token');
    const dialog = page.getByRole('dialog', { name: 'Sign in to edit' });
    expect(await dialog.getByRole('alert').textContent()).toContain('not a token');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    const forged = await new SignJWT({ role: 'curator' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setIssuer('techniekpact-graph')
      .setAudience('techniekpact-graph-api')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('not the secret of this server, but long enough'));
    await signInWith(forged);
    expect(await topBar().locator('.curator-name').textContent()).toBe('mallory');
    const editor = await fillRelationship();
    await editor.getByLabel('Quote (verbatim from the source)').fill(QUOTE);
    await editor.getByRole('button', { name: 'Add relationship' }).click();
    await expect
      .poll(() => editor.locator('.form-error').textContent(), SLOW)
      .toContain('The server refused your token');
    expect(await editor.locator('.form-error').textContent()).toContain('the token is not valid');
    expect(await topBar().locator('.session-refusal').textContent()).toContain(
      'Sign in with a valid token',
    );
    expect(await topBar().getByRole('button', { name: 'Sign in' }).count()).toBe(1);
    await editor.getByRole('button', { name: 'Cancel' }).click();
    expect(
      await details()
        .getByRole('button', { name: /Add relationship|Retract/ })
        .count(),
    ).toBe(0);
    const fact = await query(app, `query { fact(id: "${EDGE}") { state } }`);
    expect(fact.fact).toBeNull();
  });

  it('signs a curator in, showing who, with the token kept in sessionStorage only', async () => {
    await signInWith(curatorToken);
    expect(await topBar().locator('.curator-name').textContent()).toBe('ana');
    expect(await topBar().locator('.curator-role').textContent()).toBe('curator');
    // Browser code as text: this file is compiled without the DOM library.
    const stored = await page.evaluate(`({
      session: Object.keys(sessionStorage).map((key) => sessionStorage.getItem(key)),
      local: localStorage.length,
    })`);
    expect(stored).toEqual({ session: [curatorToken], local: 0 });
    // The open panel gains its edit controls without being reopened.
    expect(await details().getByRole('button', { name: 'Add relationship…' }).count()).toBe(1);
  });

  it('adds a relationship with a quote picked from the source, and draws it', async () => {
    expect(await edgesInView()).not.toContain(EDGE);
    const editor = await fillRelationship();
    const quote = editor.getByLabel('Quote (verbatim from the source)');

    // HTML typed as a quote: refused next to the quote field, as text.
    await quote.fill(IMG);
    expect(await editor.locator('#edit-quote-check').textContent()).toContain('Not in the source');
    await editor.getByRole('button', { name: 'Add relationship' }).click();
    await expect
      .poll(() => editor.locator('#edit-quote-error').textContent(), SLOW)
      .toMatch(/quote/);

    // Find the passage, then widen the selection past the match to the sentence's end, as a
    // curator would with Shift+→: the quote is cut from the source by offsets.
    await editor.getByLabel('Find in the source').fill(FIND);
    await editor.getByLabel('Find in the source').press('Enter');
    await expect.poll(() => editor.locator('.find-status').textContent()).toBe('1 of 1');
    await page.evaluate(`{
      const mark = document.querySelector('.source-text mark.current');
      const range = document.createRange();
      range.setStart(mark.firstChild, 0);
      range.setEnd(mark.nextSibling, ${QUOTE.length - FIND.length});
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    }`);
    await editor.getByRole('button', { name: 'Use the selection as quote' }).click();
    expect(await quote.inputValue()).toBe(QUOTE);
    expect(await editor.locator('#edit-quote-check').textContent()).toContain('Occurs verbatim');

    await editor.getByLabel('Role (optional)').fill(ROLE);
    await editor.getByLabel(/^Comment/).fill(COMMENT);
    await editor.getByRole('button', { name: 'Add relationship' }).click();
    await expect.poll(() => page.getByRole('dialog').count(), SLOW).toBe(0);

    await expect.poll(edgesInView, SLOW).toContain(EDGE);
    expect(await details().locator('h2').first().textContent()).toBe('Evidence');
    expect(await details().locator('.statement').textContent()).toBe(
      'ministerie van OCW commissions Actie 16: studiebijsluiters voor het mbo',
    );
    expect(await details().locator('.extras').textContent()).toContain(`Role: ${ROLE}`);
    expect(await details().locator('blockquote').first().textContent()).toBe(QUOTE);

    await details().locator('details.history summary').click();
    const revision = details().locator('.revisions > li');
    await expect.poll(() => revision.count(), SLOW).toBe(1);
    expect(await revision.locator('.revision-author').textContent()).toBe('ana');
    expect(await revision.locator('.revision-operation').textContent()).toBe(
      'added the relationship',
    );
    expect(await revision.locator('.revision-comment').textContent()).toBe(COMMENT);
    const { fact } = await query(app, `query { fact(id: "${EDGE}") { state properties } }`);
    expect(fact).toMatchObject({ state: 'LIVE', properties: { quote: QUOTE, role: ROLE } });
  });

  it('retracts it with a reason, after a conflict and a reload, and shows it gone and in history', async () => {
    await details().getByRole('button', { name: 'Retract…' }).click();
    const form = details().getByRole('form', { name: 'Retract this relationship' });
    await expect
      .poll(() => form.locator('.meta').textContent(), SLOW)
      .toMatch(/^At revision \d+\.$/);

    // Someone else edits the fact after the form read its revision.
    const seen = Number((await form.locator('.meta').textContent())!.match(/\d+/)![0]);
    const other = await postGraphQL(
      app,
      `mutation ($input: UpdateRelationshipInput!) { updateRelationship(input: $input) { revision { number } } }`,
      {
        input: {
          id: EDGE,
          expectedRevision: seen,
          set: { note: 'by bob' },
          quote: QUOTE,
          source: SOURCE,
        },
      },
      { authorization: `Bearer ${curatorToken}` },
    );
    expect(other.errors).toBeUndefined();

    const reason = `Not a commission: SBB advised. ${IMG}`;
    await form.getByRole('button', { name: 'Retract' }).click();
    expect(await form.locator('#retract-reason-error').textContent()).toContain('Say why');
    await form.getByLabel('Reason (required, kept with the fact)').fill(reason);
    await form.getByRole('button', { name: 'Retract' }).click();
    await expect
      .poll(() => form.locator('.form-error').textContent(), SLOW)
      .toContain('Someone else changed this relationship');
    await form.getByRole('button', { name: 'Reload' }).click();
    await expect
      .poll(() => form.locator('.meta').textContent(), SLOW)
      .toBe(`At revision ${seen + 1}.`);
    await form.getByRole('button', { name: 'Retract' }).click();

    await expect.poll(() => details().locator('h2').first().textContent(), SLOW).toBe('Retracted');
    expect(await details().locator('.retract-reason').textContent()).toBe(reason);
    expect(await edgesInView()).not.toContain(EDGE);
    const revisions = details().locator('.revisions > li');
    await expect.poll(() => revisions.count(), SLOW).toBe(3);
    expect(await revisions.locator('.revision-operation').allTextContents()).toEqual([
      'added the relationship',
      'updated the relationship',
      'retracted',
    ]);
    expect(await revisions.nth(1).locator('.revision-changes').textContent()).toContain(
      'note: — → “by bob”',
    );
    expect(await revisions.nth(2).locator('.revision-changes').textContent()).toContain(
      'live → retracted',
    );
    const { fact } = await query(app, `query { fact(id: "${EDGE}") { state reason } }`);
    expect(fact).toEqual({ state: 'RETRACTED', reason });
  });

  it('created no element from the HTML and script it was given, and ran none of it', async () => {
    const injected = (await page.evaluate(`({
      images: document.querySelectorAll('img').length,
      scripts: [...document.querySelectorAll('script')].map((s) => s.getAttribute('src')),
      xss: window.__xss ?? null,
    })`)) as { images: number; scripts: string[]; xss: unknown };
    expect(injected.images).toBe(0);
    expect(injected.scripts).toEqual([expect.stringMatching(/^\/assets\/explorer\/explorer\.js/)]);
    expect(injected.xss).toBeNull();
    expect(await details().textContent()).toContain(IMG);
    expect(session.pageErrors).toEqual([]);
  });
});
