/**
 * `npm run export-seeds` against the real database (issue 21): edits made through the API
 * land in a copy of the seed files, only where they changed something, and those files
 * imported into an empty database give the same graph. A fact changed in a file by hand and
 * through the API is a conflict that writes nothing. The suite's graph is the seeds again
 * after this file (afterAll imports them, discarding the edits).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { signToken } from '../../src/auth/tokens.ts';
import { PROJECT_ROOT } from '../../src/config.ts';
import { exportSeeds } from '../../src/import/export-seeds.ts';
import { importSeedGraph } from '../../src/import/import-graph.ts';
import { loadSeedGraph } from '../../src/seeds/load-seeds.ts';
import { SeedConflictError } from '../../src/seeds/seed-writer.ts';
import { guardSharedGraph, type SharedGraphGuard } from '../support/shared-graph.ts';
import { postGraphQL, startTestApi, testAppConfig, testNeo4jEnv } from '../support/test-api.ts';

const run = promisify(execFile);
const TSX = join(PROJECT_ROOT, 'node_modules/.bin/tsx');

/** A CLI of ours on the suite's Neo4j and the copied seeds: its exit code and output. */
async function cli(script: string, ...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [join(PROJECT_ROOT, script), ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...testNeo4jEnv(), SEEDS_DIR: seedsDir },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

const SOURCE = 'src-techniekpact-bijlage-1-2014';
const QUOTE_16 =
  'Op 25 maart heeft de SBB de minister van OCW geadviseerd om zes indicatoren in de studiebijsluiters op te nemen.';
const QUOTE_SLO =
  'De opdracht voor een leerlijn is in de zomer van 2013 neergelegd bij Stichting Leerplanontwikkeling (SLO).';
const REAL_SEEDS = join(PROJECT_ROOT, 'seeds');

let app: RunningApp;
let token: string;
let sharedGraph: SharedGraphGuard;
let seedsDir: string;
let originals: Map<string, string>;

function filesUnder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string): void => {
    for (const entry of readdirSync(at)) {
      const path = join(at, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

beforeAll(async () => {
  app = await startTestApi();
  token = await signToken(testAppConfig().auth, { name: 'eva', role: 'curator', days: 1 });
  sharedGraph = await guardSharedGraph(app.gateway);
  seedsDir = join(mkdtempSync(join(tmpdir(), 'techniekpact-export-seeds-')), 'seeds');
  for (const part of ['graph', 'source']) {
    cpSync(join(REAL_SEEDS, part), join(seedsDir, part), { recursive: true });
  }
  originals = filesUnder(seedsDir);
});

afterAll(async () => {
  if (!app) return;
  try {
    await sharedGraph?.restore();
  } finally {
    await app.close();
    rmSync(join(seedsDir, '..'), { recursive: true, force: true });
  }
});

async function edit(mutation: string, input: Record<string, unknown>): Promise<number> {
  const response = await postGraphQL(
    app,
    `mutation ($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { revision { number } } }`,
    { input },
    { authorization: `Bearer ${token}` },
  );
  expect(response.errors).toBeUndefined();
  return response.data?.[mutation].revision.number as number;
}

async function revisionOf(id: string): Promise<number> {
  const response = await postGraphQL(app, `query ($id: ID!) { fact(id: $id) { revision } }`, {
    id,
  });
  return response.data?.fact.revision as number;
}

/** Every live fact with its contract properties (the bookkeeping `revision` left out). */
async function liveGraph(): Promise<string[]> {
  const rows = await app.gateway.read(`
    CALL {
      MATCH (n:Node) RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
      UNION ALL
      MATCH (:Node)-[r]->(:Node) RETURN r.id AS id, [type(r)] AS labels, properties(r) AS properties
    }
    RETURN id, labels, properties ORDER BY id`);
  return rows.map((row) => {
    const { revision: _revision, ...properties } = row.properties as Record<string, unknown>;
    const sorted = Object.fromEntries(
      Object.entries(properties).sort(([a], [b]) => a.localeCompare(b)),
    );
    return JSON.stringify([row.id, [...(row.labels as string[])].sort(), sorted]);
  });
}

describe('npm run export-seeds', () => {
  it('writes nothing while the graph holds no edits', async () => {
    const report = await exportSeeds(app.gateway, { seedsDir });
    expect(report.throughRevision).toBe(0);
    expect(report.writes).toEqual([]);
    expect(filesUnder(seedsDir)).toEqual(originals);
  });

  it('writes each edit into the file of its row, changing nothing else', async () => {
    await edit('addNode', {
      id: 'org-export-test',
      type: 'ORGANISATION',
      name: 'Exporttest',
      aliases: ['ET'],
      properties: { kind: 'foundation' },
      quote: QUOTE_16,
      source: SOURCE,
    });
    await edit('addRelationship', {
      type: 'CONTRIBUTES_TO',
      from: 'org-export-test',
      to: 'action-16',
      role: 'test <b>role</b>',
      quote: QUOTE_16,
      source: SOURCE,
    });
    await edit('updateNode', {
      id: 'org-slo',
      expectedRevision: 0,
      set: { description: 'Changed by the export test' },
      quote: QUOTE_SLO,
      source: SOURCE,
    });
    await edit('updateRelationship', {
      id: 'MENTIONED_IN:org-ocw->action-16',
      expectedRevision: 0,
      set: { role: 'ontving het advies' },
      quote: QUOTE_16,
      source: SOURCE,
    });
    await edit('retract', {
      id: 'LEADS:org-sbb->prog-studiebijsluiters-mbo',
      expectedRevision: 0,
      reason: 'test: the export drops a retracted fact',
    });
    // An edit and its undo: no net change, so no write.
    const undone = await edit('updateNode', {
      id: 'org-sbb',
      expectedRevision: 0,
      set: { description: 'undone' },
      quote: QUOTE_16,
      source: SOURCE,
    });
    await edit('revert', { revision: undone });

    const report = await exportSeeds(app.gateway, { seedsDir });
    expect([...report.added].sort()).toEqual([
      'CONTRIBUTES_TO:org-export-test->action-16',
      'org-export-test',
    ]);
    expect([...report.updated].sort()).toEqual(['MENTIONED_IN:org-ocw->action-16', 'org-slo']);
    expect(report.removed).toEqual(['LEADS:org-sbb->prog-studiebijsluiters-mbo']);
    expect(report.alreadyInSeeds).toBe(1); // org-sbb, reverted
    expect(report.retractionsLogged).toBe(1);

    const now = filesUnder(seedsDir);
    const changed = [...now.keys()].filter((file) => now.get(file) !== originals.get(file)).sort();
    expect(changed).toEqual([
      'graph/actions/action-16.yaml',
      'graph/curated.yaml',
      'graph/entities/national.yaml',
      'retracted.yaml',
    ]);
    // In place: the other lines of a changed file stay as they were.
    const oldLines = originals.get('graph/entities/national.yaml')!.split('\n');
    const newLines = now.get('graph/entities/national.yaml')!.split('\n');
    expect(oldLines.filter((line) => !newLines.includes(line))).toEqual([
      '    description: Netherlands Institute for Curriculum Development',
    ]);
    expect(newLines.length).toBe(oldLines.length);
    const action16 = now.get('graph/actions/action-16.yaml')!;
    expect(action16).toContain('    role: ontving het advies\n');
    expect(action16).toContain(
      '  - type: CONTRIBUTES_TO\n    from: org-export-test\n    to: action-16\n',
    );
    expect(action16).not.toContain('to: prog-studiebijsluiters-mbo\n    role: ontwikkelt');
    const curated = parse(now.get('graph/curated.yaml')!) as { nodes: Record<string, unknown>[] };
    expect(curated.nodes).toEqual([
      {
        id: 'org-export-test',
        label: 'Organisation',
        name: 'Exporttest',
        aliases: ['ET'],
        kind: 'foundation',
        quote: QUOTE_16,
      },
    ]);
    const log = parse(now.get('retracted.yaml')!) as { retracted: Record<string, unknown>[] };
    expect(log.retracted).toMatchObject([
      {
        id: 'LEADS:org-sbb->prog-studiebijsluiters-mbo',
        kind: 'relationship',
        reason: 'test: the export drops a retracted fact',
        author: 'eva',
      },
    ]);

    const again = await exportSeeds(app.gateway, { seedsDir });
    expect(again.writes).toEqual([]);
    expect(again.retractionsLogged).toBe(0);
  });

  it('refuses, writing nothing, when a fact changed in its file and through the API', async () => {
    const national = join(seedsDir, 'graph/entities/national.yaml');
    const exported = readFileSync(national, 'utf8');
    await edit('updateNode', {
      id: 'org-slo',
      expectedRevision: await revisionOf('org-slo'),
      set: { description: 'Changed again through the API' },
      quote: QUOTE_SLO,
      source: SOURCE,
    });
    writeFileSync(
      national,
      exported.replace('Changed by the export test', 'Changed in the file by hand'),
    );
    const before = filesUnder(seedsDir);
    const refusal = await exportSeeds(app.gateway, { seedsDir }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(SeedConflictError);
    expect((refusal as SeedConflictError).conflicts).toMatchObject([
      { id: 'org-slo', file: 'graph/entities/national.yaml' },
    ]);
    expect((refusal as Error).message).toMatch(
      /graph\/entities\/national\.yaml:\d+ org-slo: .*description/,
    );
    expect(filesUnder(seedsDir)).toEqual(before);

    // The file as the export wrote it is behind the graph, not in conflict; a hand edit of
    // a fact no edit touched stays.
    writeFileSync(
      national,
      exported.replace(
        'National platform promoting science and technology education',
        'Edited in the file, not through the API',
      ),
    );
    const report = await exportSeeds(app.gateway, { seedsDir });
    expect(report.updated).toEqual(['org-slo']);
    const text = readFileSync(national, 'utf8');
    expect(text).toContain('description: Changed again through the API');
    expect(text).toContain('Edited in the file, not through the API');
    // Put the hand edit back, so the files say exactly what the graph says.
    writeFileSync(
      national,
      text.replace(
        'Edited in the file, not through the API',
        'National platform promoting science and technology education',
      ),
    );
  });

  it('is what the import names when it refuses, and says when the files hold every edit', async () => {
    const dry = await cli('src/import/export-seeds-cli.ts', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.output).toMatch(
      /0 fact\(s\) added, 0 updated, 0 removed \(retracted\), 6 already in the seeds/,
    );
    const refused = await cli('src/import/import-cli.ts');
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(
      /import refused: the database holds \d+ curated edit\(s\).*npm run export-seeds/,
    );
    expect(refused.output).toMatch(
      /already state every curated fact \(exported\): --discard-edits loses none/,
    );
  });

  it('gives files that import into an empty database as the same graph', async () => {
    const edited = await liveGraph();
    await app.gateway.writeTransaction((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    await importSeedGraph(app.gateway, loadSeedGraph({ seedsDir }));
    expect(await liveGraph()).toEqual(edited);
  });
});
