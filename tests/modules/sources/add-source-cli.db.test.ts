/**
 * Issue 22: `npm run add-source -- <file> --title --date --language` registers a report file
 * in the configured database through the kernel addSource uses, with a revision of its own;
 * a bad file exits 1 with the reason and stores nothing; missing options exit 2 with usage.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.ts';
import { PROJECT_ROOT } from '../../../src/config.ts';
import { guardSharedGraph, type SharedGraphGuard } from '../../support/shared-graph.ts';
import { INVENTED_EDITION_FILE } from '../../support/editions.ts';
import { latin1Bytes, pdfOf } from '../../support/report-files.ts';
import { query, startTestApi, testNeo4jEnv } from '../../support/test-api.ts';

const run = promisify(execFile);
const TSX = join(PROJECT_ROOT, 'node_modules/.bin/tsx');
const folder = mkdtempSync(join(tmpdir(), 'techniekpact-add-source-'));

let app: RunningApp;
let sharedGraph: SharedGraphGuard;

beforeAll(async () => {
  app = await startTestApi();
  sharedGraph = await guardSharedGraph(app.gateway);
});

afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  if (!app) return;
  try {
    await sharedGraph?.restore();
  } finally {
    await app.close();
  }
});

async function addSource(args: readonly string[]) {
  try {
    const { stdout, stderr } = await run(TSX, ['src/modules/sources/add-source-cli.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...testNeo4jEnv() },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const META = ['--title', 'Voortgang 2015 (verzonnen)', '--date', '2015-06', '--language', 'nl'];

describe('npm run add-source', () => {
  it('registers a Markdown file and a PDF, each with a revision by the CLI', async () => {
    const markdown = await addSource([
      INVENTED_EDITION_FILE,
      ...META,
      '--id',
      'src-cli-md',
      '--series',
      'techniekpact-voortgangsrapportage',
      '--edition',
      '2',
    ]);
    expect(markdown.code, markdown.stderr).toBe(0);
    expect(markdown.stdout).toContain('as source src-cli-md (revision');
    const pdfFile = join(folder, 'voortgang.pdf');
    writeFileSync(
      pdfFile,
      await pdfOf('Een verzonnen verslag.\n\nDe SBB ontwikkelt een meldpunt voor stages.'),
    );
    const pdf = await addSource([pdfFile, ...META, '--id', 'src-cli-pdf']);
    expect(pdf.code, pdf.stderr).toBe(0);
    const sources = await query(
      app,
      `{ sources { id mediaType series edition text } history(id: "src-cli-pdf") { operation author } }`,
    );
    const byId = new Map(sources.sources.map((s: { id: string }) => [s.id, s]));
    expect(byId.get('src-cli-md')).toMatchObject({
      mediaType: 'text/markdown',
      series: 'techniekpact-voortgangsrapportage',
      edition: 2,
    });
    expect(byId.get('src-cli-pdf')).toMatchObject({ mediaType: 'application/pdf' });
    expect((byId.get('src-cli-pdf') as { text: string }).text).toContain(
      'De SBB ontwikkelt een meldpunt voor stages.',
    );
    expect(sources.history[0]).toMatchObject({ operation: 'ADD_SOURCE' });
    expect(sources.history[0].author).toMatch(/^add-source CLI \(/);
  });

  it('a file that is not UTF-8 exits 1 with the reason and where, and stores nothing', async () => {
    const bad = join(folder, 'latin1.txt');
    writeFileSync(bad, latin1Bytes('Bèta Techniek'));
    const before = await query(app, '{ sources { id } }');
    const result = await addSource([bad, ...META, '--id', 'src-cli-bad']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('latin1.txt: not UTF-8');
    expect(result.stderr).toContain('line 1, column 2');
    expect(result.stderr).toContain('nothing was stored');
    expect((await query(app, '{ sources { id } }')).sources).toEqual(before.sources);
  });

  it('missing options exit 2 with the usage', async () => {
    const result = await addSource([INVENTED_EDITION_FILE, '--title', 'x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage: npm run add-source');
  });
});
