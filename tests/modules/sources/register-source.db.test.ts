/**
 * Issue 22, "Sources at run time" and "Evidence with positions": addSource for each file
 * type (the invented second edition as text, Markdown, HTML and a PDF made here), what it
 * stores, the bad files it refuses while storing nothing, and the selectors of quotes. Adds
 * sources to the suite's shared graph: afterAll makes it the seeds again.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.ts';
import { signToken } from '../../../src/auth/tokens.ts';
import { guardSharedGraph, type SharedGraphGuard } from '../../support/shared-graph.ts';
import { startTestApi, testAppConfig } from '../../support/test-api.ts';
import {
  ADD_SOURCE,
  addSourceInput,
  gqlAs,
  INVENTED_EDITION,
  SEED_SOURCE,
} from '../../support/editions.ts';
import { htmlOf, imageOnlyPdf, latin1Bytes, pdfOf } from '../../support/report-files.ts';

const SENTENCE =
  'Stichting Leerplanontwikkeling (SLO) heeft de leerlijn in januari 2015 opgeleverd aan de PO-raad.';

let app: RunningApp;
let sharedGraph: SharedGraphGuard;
let admin: ReturnType<typeof gqlAs>;
let curator: ReturnType<typeof gqlAs>;

beforeAll(async () => {
  app = await startTestApi();
  const { auth } = testAppConfig();
  admin = gqlAs(app, await signToken(auth, { name: 'root', role: 'admin', days: 1 }));
  curator = gqlAs(app, await signToken(auth, { name: 'ana', role: 'curator', days: 1 }));
  sharedGraph = await guardSharedGraph(app.gateway);
});

afterAll(async () => {
  if (!app) return;
  try {
    await sharedGraph?.restore();
  } finally {
    await app.close();
  }
});

const sourceCount = async () =>
  Number((await app.gateway.read('MATCH (s:Source) RETURN count(s) AS n'))[0]!.n);
const fileCount = async () =>
  Number((await app.gateway.read('MATCH (f:SourceFile) RETURN count(f) AS n'))[0]!.n);
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

const TEXT_OF = `query ($id: ID!) { node(id: $id) { ... on Source { text textSha256 mediaType } } }`;

describe('addSource', () => {
  it('registers the invented edition as Markdown: the file and its text stored with their sha256, one revision, quotes checked against the text', async () => {
    const bytes = Buffer.from(INVENTED_EDITION, 'utf8');
    const response = await admin(ADD_SOURCE, {
      input: addSourceInput(bytes, 'voortgang-2015-invented.md'),
    });
    expect(response.errors).toBeUndefined();
    const { revision, node } = response.data!.addSource;
    expect(revision.operation).toBe('ADD_SOURCE');
    expect(revision.author).toBe('root');
    expect(node).toMatchObject({
      id: 'src-voortgang-2015-invented',
      date: '2015-06',
      sha256: sha256(bytes),
      mediaType: 'text/markdown',
      fileName: 'voortgang-2015-invented.md',
      series: 'techniekpact-voortgangsrapportage',
      edition: 2,
      path: null,
    });
    const { data } = await admin(TEXT_OF, { id: node.id });
    expect(data!.node.text).toContain(SENTENCE);
    // Markdown markup is gone from the text the quotes occur in.
    expect(data!.node.text).not.toContain('## ');
    expect(data!.node.textSha256).toBe(sha256(data!.node.text));
    const [stored] = await app.gateway.read(
      'MATCH (f:SourceFile {sha256: $sha}) RETURN f.bytes AS bytes, f.text AS text',
      { sha: sha256(bytes) },
    );
    expect(Buffer.from(stored!.bytes as Uint8Array).equals(bytes)).toBe(true);
    expect(stored!.text).toBe(data!.node.text);
  });

  it('a curator may quote the new source in an edit, and only what its text holds', async () => {
    const ok = await curator(
      `mutation ($input: AddRelationshipInput!) { addRelationship(input: $input) { revision { number } } }`,
      {
        input: {
          type: 'LEADS',
          from: 'org-slo',
          to: 'action-02',
          quote: SENTENCE,
          source: 'src-voortgang-2015-invented',
        },
      },
    );
    expect(ok.errors).toBeUndefined();
    const refused = await curator(
      `mutation ($input: AddRelationshipInput!) { addRelationship(input: $input) { revision { number } } }`,
      {
        input: {
          type: 'LEADS',
          from: 'org-slo',
          to: 'action-03',
          quote: 'DE STAND VAN ZAKEN PER MAATREGEL VAN HET TECHNIEKPACT',
          source: 'src-voortgang-2015-invented',
        },
      },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.quote',
    });
  });

  it('registers the same edition as plain text, as HTML and as a PDF, each with its text', async () => {
    const plain = INVENTED_EDITION.replace(/^#+ /gm, '');
    const files: [string, Uint8Array | string, string][] = [
      ['voortgang.txt', plain, 'text/plain'],
      ['voortgang.html', htmlOf(INVENTED_EDITION), 'text/html'],
      ['voortgang.pdf', await pdfOf(plain), 'application/pdf'],
    ];
    for (const [fileName, bytes, mediaType] of files) {
      const id = `src-voortgang-${fileName.split('.')[1]}`;
      const response = await admin(ADD_SOURCE, {
        input: addSourceInput(bytes, fileName, { id, series: null, edition: null }),
      });
      expect(response.errors, fileName).toBeUndefined();
      expect(response.data!.addSource.node.mediaType).toBe(mediaType);
      const { data } = await admin(TEXT_OF, { id });
      expect(data!.node.text, fileName).toContain(SENTENCE);
      expect(data!.node.text, fileName).not.toContain('<script');
    }
  });

  it('refuses bad files with the reason, and stores nothing', async () => {
    const before = [await sourceCount(), await fileCount()];
    const cases: [string, Uint8Array | string, string][] = [
      ['latin1.txt', latin1Bytes('Bèta Techniek in één oogopslag'), 'NOT_UTF8'],
      ['empty.md', '  \n\n ', 'EMPTY'],
      ['scan.pdf', await imageOnlyPdf(), 'NO_TEXT_LAYER'],
      ['locked.pdf', await pdfOf('Geheim verslag', { encryptWithPassword: 'x' }), 'ENCRYPTED_PDF'],
      ['broken.pdf', '%PDF-1.7\nthis is no pdf', 'MALFORMED_PDF'],
      ['slides.pptx', 'PK\u0003\u0004', 'UNSUPPORTED_TYPE'],
    ];
    for (const [fileName, bytes, reason] of cases) {
      const response = await admin(ADD_SOURCE, {
        input: addSourceInput(bytes, fileName, { id: 'src-bad' }),
      });
      expect(response.errors?.[0]?.extensions, fileName).toMatchObject({
        code: 'INVALID_SOURCE_FILE',
        reason,
        field: 'input.content',
      });
      expect(response.errors![0]!.message, fileName).toContain(fileName);
      if (reason === 'NOT_UTF8') {
        expect(response.errors![0]!.extensions).toMatchObject({
          line: 1,
          column: 2,
          byteOffset: 1,
        });
      }
    }
    const duplicate = await admin(ADD_SOURCE, {
      input: addSourceInput(INVENTED_EDITION, 'again.md', { id: 'src-again' }),
    });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_SOURCE_FILE',
      reason: 'DUPLICATE',
      source: 'src-voortgang-2015-invented',
    });
    // A report file is larger than any other request: only an admin's body may be (the
    // token is checked before the body is read); a curator's is cut at 100 kB.
    const large = addSourceInput(`${'Een regel van een verslag.\n'.repeat(8000)}`, 'groot.txt', {
      id: 'src-groot',
    });
    expect((await curator(ADD_SOURCE, { input: large })).status).toBe(413);
    const byAdmin = await admin(ADD_SOURCE, { input: large });
    expect(byAdmin.errors, JSON.stringify(byAdmin.errors)).toBeUndefined();
    // The bad files stored nothing; the large good one is one source with its file.
    expect([await sourceCount(), await fileCount()]).toEqual(before.map((count) => count + 1));
  });

  it('needs an admin: a curator is FORBIDDEN and nothing is stored', async () => {
    const before = await sourceCount();
    const response = await curator(ADD_SOURCE, {
      input: addSourceInput('Een ander verslag.', 'ander.txt', { id: 'src-ander' }),
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await sourceCount()).toBe(before);
  });
});

describe('evidence with positions', () => {
  const EVIDENCE = `query ($id: ID!) { node(id: $id) { evidence { quote validFrom selector { exact prefix suffix start end } source { id text } } } }`;

  it('every quote has W3C selectors that point at it in the source text', async () => {
    const { data } = await admin(EVIDENCE, { id: 'org-slo' });
    const { quote, selector, source, validFrom } = data!.node.evidence;
    expect(source.id).toBe(SEED_SOURCE);
    expect(validFrom).toBe('2014-05');
    expect(selector.exact).toBe(quote);
    expect(source.text.slice(selector.start, selector.end)).toBe(quote);
    expect(source.text.slice(selector.start - selector.prefix.length, selector.start)).toBe(
      selector.prefix,
    );
    expect(source.text.slice(selector.end, selector.end + selector.suffix.length)).toBe(
      selector.suffix,
    );
    expect(selector.prefix.length).toBeLessThanOrEqual(32);
  });

  it('a quote that occurs twice in the report points at the passage meant (the second occurrence for action 5)', async () => {
    const stored = await app.gateway.read(
      `MATCH (:Node {id: 'prog-midterm-review-meer-betere-betas'})-[r:MENTIONED_IN]->(a:Action)
       WHERE a.id IN ['action-01', 'action-05']
       RETURN a.id AS action, r.quoteStart AS start ORDER BY action`,
    );
    expect(stored).toEqual([
      { action: 'action-01', start: 2565 },
      { action: 'action-05', start: 7463 },
    ]);
    const unique = await app.gateway.read(
      'MATCH (n:Node) WHERE n.quoteStart IS NULL RETURN count(n) AS n',
    );
    expect(unique[0]!.n).toBe(0);
  });

  it('an edit whose quote occurs twice needs quoteStart, and a wrong one is refused', async () => {
    const ADD = `mutation ($input: AddRelationshipInput!) { addRelationship(input: $input) { revision { number changes { after { properties } } } } }`;
    const input = {
      type: 'MENTIONED_IN',
      from: 'sector-po',
      to: 'action-02',
      quote: 'scholen in het primair onderwijs',
      source: SEED_SOURCE,
    };
    const ambiguous = await curator(ADD, { input });
    expect(ambiguous.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.quoteStart',
    });
    expect(ambiguous.errors![0]!.message).toContain('2867, 3145');
    const wrong = await curator(ADD, { input: { ...input, quoteStart: 100 } });
    expect(wrong.errors?.[0]?.extensions?.field).toBe('input.quoteStart');
    const right = await curator(ADD, { input: { ...input, quoteStart: 3145 } });
    expect(right.errors).toBeUndefined();
    expect(right.data!.addRelationship.revision.changes[0].after.properties.quoteStart).toBe(3145);
  });
});

describe('replaceSourceFile', () => {
  const REPLACE = `mutation ($input: ReplaceSourceFileInput!) { replaceSourceFile(input: $input) {
    revision { number operation changes { id after { properties } } } node { ... on Source { sha256 textSha256 revision } } } }`;
  const SOURCE_REVISION = `{ node(id: "src-voortgang-2015-invented") { revision } }`;
  const replacement = (text: string) => Buffer.from(text, 'utf8').toString('base64');

  it('re-anchors every quote that moved, in one revision with the new hashes', async () => {
    const { revision } = (await admin(SOURCE_REVISION)).data!.node;
    const corrected = `Inleiding (gecorrigeerde uitgave).\n\n${INVENTED_EDITION}`;
    const response = await admin(REPLACE, {
      input: {
        id: 'src-voortgang-2015-invented',
        expectedRevision: revision,
        fileName: 'voortgang-2015-invented-v2.md',
        content: replacement(corrected),
      },
    });
    expect(response.errors).toBeUndefined();
    const { revision: replaced, node } = response.data!.replaceSourceFile;
    expect(replaced.operation).toBe('REPLACE_SOURCE');
    expect(node.sha256).toBe(sha256(corrected));
    const ids = replaced.changes.map((c: { id: string }) => c.id);
    expect(ids).toEqual(
      expect.arrayContaining(['src-voortgang-2015-invented', 'LEADS:org-slo->action-02']),
    );
    const evidence = (
      await admin(
        `{ action(number: 2) { leads { actor { id } relation { evidence { selector { start exact } source { text } } } } } }`,
      )
    ).data!.action.leads.find((l: { actor: { id: string } }) => l.actor.id === 'org-slo').relation
      .evidence;
    expect(evidence.selector.exact).toBe(SENTENCE);
    expect(evidence.source.text.slice(evidence.selector.start).startsWith(SENTENCE)).toBe(true);
    expect(evidence.source.text.startsWith('Inleiding (gecorrigeerde uitgave).')).toBe(true);
  });

  it('refuses a file that lacks a quote of a fact citing the source, naming the fact, and changes nothing', async () => {
    const { revision } = (await admin(SOURCE_REVISION)).data!.node;
    const response = await admin(REPLACE, {
      input: {
        id: 'src-voortgang-2015-invented',
        expectedRevision: revision,
        fileName: 'voortgang-short.md',
        content: replacement(INVENTED_EDITION.replace(SENTENCE, 'De leerlijn is er.')),
      },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions!.problems).toContainEqual(
      expect.objectContaining({ field: 'LEADS:org-slo->action-02' }),
    );
    expect((await admin(SOURCE_REVISION)).data!.node.revision).toBe(revision);
    const stale = await admin(REPLACE, {
      input: {
        id: 'src-voortgang-2015-invented',
        expectedRevision: revision - 1,
        fileName: 'x.md',
        content: replacement('x'),
      },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it("the seeds' source is changed in the repository, not here", async () => {
    const response = await admin(REPLACE, {
      input: {
        id: SEED_SOURCE,
        expectedRevision: 0,
        fileName: 'x.txt',
        content: replacement('iets anders'),
      },
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.id',
    });
    expect(response.errors![0]!.message).toContain('seeds/source/techniekpact-bijlage-1-2014.txt');
  });
});
