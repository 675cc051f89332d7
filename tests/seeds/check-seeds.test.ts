import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkSeeds,
  formatSeedCheckReport,
  type SeedCheckReport,
} from '../../src/seeds/check-seeds.ts';

const PROJECT_ROOT = join(import.meta.dirname, '../..');
const SEEDS_DIR = join(PROJECT_ROOT, 'seeds');

/** A copy of the seeds folder, named `seeds` so that messages name the same paths. */
function copySeeds(root: string, name: string): string {
  const dir = join(root, name, 'seeds');
  cpSync(SEEDS_DIR, dir, { recursive: true });
  return dir;
}

function edit(path: string, from: string, to: string): void {
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`test setup: ${from} not in ${path}`);
  writeFileSync(path, text.replace(from, to));
}

function editAll(path: string, from: string, to: string): void {
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`test setup: ${from} not in ${path}`);
  writeFileSync(path, text.replaceAll(from, to));
}

describe('checkSeeds on the curated seeds', () => {
  const report = checkSeeds(SEEDS_DIR);

  it('finds every quote in the source and no validation problem', () => {
    expect(report.valid).toBe(true);
    expect(report.quoteErrors).toEqual([]);
    expect(report.validationErrors).toEqual([]);
    expect(report.coverage.quotes.total).toBeGreaterThan(0);
    expect(report.coverage.quotes.count).toBe(report.coverage.quotes.total);
  });

  it('misses no action, action part or landsdeel of the report', () => {
    expect(report.missingActions).toEqual([]);
    expect(report.missingActionParts).toEqual([]);
    expect(report.missingLandsdelen).toEqual([]);
    expect(report.coverage.actions).toEqual({ count: 22, total: 22 });
    expect(report.coverage.landsdelen).toEqual({ count: 5, total: 5 });
    expect(report.failed).toBe(false);
  });

  it('counts mentions and entities consistently with the lists it reports', () => {
    const { mentions, entities } = report.coverage;
    expect(mentions.total).toBeGreaterThan(0);
    expect(mentions.total - mentions.count).toBe(report.unlinkedMentions.length);
    expect(entities.total - entities.count).toBe(report.unusedEntities.length);
  });

  it('prints the coverage figures', () => {
    const text = formatSeedCheckReport(report);
    expect(text).toMatch(/actions covered\s+22\/22/);
    expect(text).toMatch(/landsdelen\s+5\/5/);
    expect(text).toMatch(/mentions linked\s+\d+\/\d+ \(\d+\.\d%\)/);
    expect(text).toMatch(/entities used\s+\d+\/\d+/);
    expect(text).toMatch(/quotes verified\s+(\d+)\/\1/);
    expect(text).toContain('Result: OK');
  });
});

describe('checkSeeds on broken copies of the seeds', () => {
  let root: string;
  let broken: SeedCheckReport;
  let brokenDir: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'check-seeds-'));
    brokenDir = copySeeds(root, 'broken');
    rmSync(join(brokenDir, 'graph/actions/action-09.yaml'));
    edit(
      join(brokenDir, 'graph/actions/action-01.yaml'),
      'quote: "Het eindrapport staat gepland voor maart 2016."',
      'quote: "Het eindrapport staat gepland voor april 2016."',
    );
    broken = checkSeeds(brokenDir);
  });

  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('reports the altered quote with its file, rather than throwing', () => {
    expect(broken.valid).toBe(false);
    expect(broken.quoteErrors).toHaveLength(1);
    expect(broken.quoteErrors[0]).toMatchObject({
      file: join('seeds', 'graph', 'actions', 'action-01.yaml'),
      field: 'node ms-01-2016-03-eindrapport-peiling.quote',
    });
    expect(broken.validationErrors).toEqual([]);
    expect(broken.coverage.quotes.count).toBe(broken.coverage.quotes.total - 1);
  });

  it('reports the action whose file was removed', () => {
    expect(broken.missingActions).toEqual([9]);
    expect(broken.coverage.actions).toEqual({ count: 21, total: 22 });
    expect(broken.failed).toBe(true);
  });

  it('names both problems in the printout', () => {
    const text = formatSeedCheckReport(broken);
    expect(text).toContain('actie 9: no Action node with number 9 (action-09)');
    expect(text).toContain('Het eindrapport staat gepland voor april 2016.');
    expect(text).toContain('Result: FAILED');
  });

  it('reports a missing action part', () => {
    const dir = copySeeds(root, 'part');
    const path = join(dir, 'graph/actions/action-05.yaml');
    const text = readFileSync(path, 'utf8');
    // Rename the part and everything that points at it: the graph stays valid.
    writeFileSync(path, text.replaceAll('action-05d', 'action-05-loopbaanorientatie'));
    const report = checkSeeds(dir);
    expect(report.valid).toBe(true);
    expect(report.missingActionParts).toEqual([{ action: 5, letter: 'd', id: 'action-05d' }]);
    expect(report.missingActions).toEqual([]);
    expect(report.failed).toBe(true);
  });

  it('reports a landsdeel whose region is not at level landsdeel', () => {
    const dir = copySeeds(root, 'landsdeel');
    edit(join(dir, 'graph/landsdelen/noord.yaml'), 'level: landsdeel', 'level: area');
    const report = checkSeeds(dir);
    expect(report.missingLandsdelen).toEqual([{ key: 'noord', name: 'Landsdeel Noord' }]);
    expect(report.coverage.landsdelen).toEqual({ count: 4, total: 5 });
    expect(report.failed).toBe(true);
  });

  it('fails when an entity named in a row is never linked (the mentions gate)', () => {
    const dir = copySeeds(root, 'unlinked');
    writeFileSync(
      join(dir, 'graph/entities/extra.yaml'),
      [
        'nodes:',
        '  - id: prog-hogere-prijsfactor',
        '    label: Programme',
        '    name: hogere prijsfactor',
        '    kind: regulation',
        '    quote: "instellingen een hogere prijsfactor blijven ontvangen"',
        '',
      ].join('\n'),
    );
    const report = checkSeeds(dir);
    expect(report.valid).toBe(true);
    expect(report.unlinkedMentions).toContainEqual(
      expect.objectContaining({
        section: { kind: 'action', number: 14 },
        nodeId: 'prog-hogere-prijsfactor',
        line: 134,
      }),
    );
    expect(report.unusedEntities.map((e) => e.id)).toContain('prog-hogere-prijsfactor');
    expect(report.failed).toBe(true);
    expect(report.gatesMissed).toContainEqual(expect.stringMatching(/^mentions linked/));
  });

  it('fails when a number the report states loses its structured value, and names where', () => {
    const dir = copySeeds(root, 'number-lost');
    editAll(join(dir, 'graph/actions/action-21.yaml'), '600000000', '700000000');
    const report = checkSeeds(dir);
    expect(report.valid).toBe(true);
    expect(report.completeness?.numbers.gaps).toContainEqual(
      expect.objectContaining({ check: 'number', section: 'action-21', text: expect.stringContaining('600') }),
    );
    expect(report.gatesMissed).toContainEqual(expect.stringMatching(/^numbers structured/));
    expect(report.failed).toBe(true);
  });

  it('fails when an action loses its only driver', () => {
    const dir = copySeeds(root, 'driver-lost');
    edit(join(dir, 'graph/actions/action-07.yaml'), 'type: IMPLEMENTS', 'type: CONTRIBUTES_TO');
    const report = checkSeeds(dir);
    expect(report.valid).toBe(true);
    expect(report.completeness?.drivers.gaps).toContainEqual(
      expect.objectContaining({ check: 'driver', section: 'action-07' }),
    );
    expect(report.gatesMissed).toContainEqual(expect.stringMatching(/^actions with drivers 21\/22/));
    expect(report.failed).toBe(true);
  });

  it('fails on a coverage exception that matches nothing, naming its file and line', () => {
    const dir = copySeeds(root, 'stale-exception');
    writeFileSync(
      join(dir, 'coverage-exceptions/stale.yaml'),
      [
        'exceptions:',
        '  - check: number',
        '    section: action-03',
        '    text: "4711"',
        '    reason: no such number in the row',
        '',
      ].join('\n'),
    );
    const report = checkSeeds(dir);
    expect(report.completeness?.staleExceptions).toContainEqual(
      expect.objectContaining({ text: '4711', file: expect.stringContaining('stale.yaml'), line: 2 }),
    );
    expect(report.failed).toBe(true);
  });



  it('links a landsdeel mention through a body tied to the region, not through any relationship', () => {
    const dir = copySeeds(root, 'landsdeel-rule');
    writeFileSync(
      join(dir, 'graph/entities/extra.yaml'),
      [
        'nodes:',
        '  - id: prog-programmalijnen-noord',
        '    label: Programme',
        '    name: programmalijnen',
        '    kind: programme',
        '    quote: "Dit startdocument bevat 2 programmalijnen"',
        '  - id: prog-doelmatige-infrastructuur',
        '    label: Programme',
        '    name: doelmatige infrastructuur',
        '    kind: programme',
        '    quote: "Een doelmatige infrastructuur voor de techniek in het onderwijs."',
        'relationships:',
        // One hop: part of the Techniekpact Noord-Nederland, which is tied to region-noord.
        '  - type: PART_OF',
        '    from: prog-programmalijnen-noord',
        '    to: prog-techniekpact-noord-nederland',
        '    quote: "Dit startdocument bevat 2 programmalijnen"',
        // Tied to another landsdeel only: no link to Noord.
        '  - type: ACTIVE_IN',
        '    from: prog-doelmatige-infrastructuur',
        '    to: region-zuidwest',
        '    quote: "Een doelmatige infrastructuur voor de techniek in het onderwijs."',
        '',
      ].join('\n'),
    );
    const report = checkSeeds(dir);
    expect(report.valid).toBe(true);
    const unlinkedInNoord = report.unlinkedMentions
      .filter((m) => m.section.kind === 'landsdeel' && m.section.key === 'noord')
      .map((m) => m.nodeId);
    expect(unlinkedInNoord).toContain('prog-doelmatige-infrastructuur');
    expect(unlinkedInNoord).not.toContain('prog-programmalijnen-noord');
  });
});

describe('npm run check-seeds', () => {
  let root: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'check-cli-'));
  });

  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  const run = (seedsDir: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/seeds/check-cli.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, SEEDS_DIR: seedsDir },
      encoding: 'utf8',
    });

  it('exits 0 on the curated seeds and prints the coverage', () => {
    const result = run(SEEDS_DIR);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/actions covered\s+22\/22/);
  }, 60_000);

  it('exits 1 when a quote is not in the source', () => {
    const dir = copySeeds(root, 'quote');
    edit(
      join(dir, 'graph/pillars.yaml'),
      'quote: "Kiezen voor Techniek"',
      'quote: "Kiezen voor techniek!"',
    );
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Quote errors: 1');
  }, 60_000);
});
