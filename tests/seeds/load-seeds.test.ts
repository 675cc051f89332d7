/**
 * The seed validator: the real seeds pass, and every kind of bad input is reported with
 * its file, line and field, all problems at once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSeedGraph, SeedValidationError, type SeedProblem } from '../../src/seeds/load-seeds.ts';
import { copySeeds, SEEDS_DIR, type SeedCopy } from '../support/seed-fixtures.ts';

let copy: SeedCopy | undefined;
afterEach(() => {
  copy?.remove();
  copy = undefined;
});

function problemsOf(dir: string): SeedProblem[] {
  try {
    loadSeedGraph({ seedsDir: dir, displayRoot: join(dir, '..') });
  } catch (error) {
    if (error instanceof SeedValidationError) return [...error.problems];
    throw error;
  }
  return [];
}

/** The 1-based line of the first line containing `text` in a seed file of the copy. */
function lineOf(file: string, text: string): number {
  const lines = readFileSync(join(copy!.dir, file), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`"${text}" not in ${file}`);
  return index + 1;
}

describe('loadSeedGraph', () => {
  it('accepts the curated seeds, with every quote found verbatim in the source report', () => {
    const graph = loadSeedGraph({ seedsDir: SEEDS_DIR });
    const source = readFileSync(join(SEEDS_DIR, 'source/techniekpact-bijlage-1-2014.txt'), 'utf8');
    const quotes = [...graph.nodes, ...graph.relationships].map((item) => String(item.properties.quote));
    expect(quotes.length).toBeGreaterThan(900);
    for (const quote of quotes) expect(source.includes(quote), quote).toBe(true);
    expect(graph.nodes.filter((n) => n.label === 'Action')).toHaveLength(22);
    expect(graph.nodes.filter((n) => n.label === 'Pillar')).toHaveLength(3);
    expect(graph.nodes.filter((n) => n.label === 'Region' && n.properties.level === 'landsdeel')).toHaveLength(5);
  });

  it('reports a quote that does not occur in the source, with file, line and field', () => {
    copy = copySeeds();
    copy.edit('graph/actions/action-16.yaml', /quote: (["']?)Stichting Beroepsonderwijs/, 'quote: $1Stichting Beroepsonderwijs NIET');
    const [problem, ...rest] = problemsOf(copy.dir);
    expect(rest).toEqual([]);
    expect(problem!.file.endsWith('graph/actions/action-16.yaml')).toBe(true);
    expect(problem!.line).toBe(lineOf('graph/actions/action-16.yaml', 'Stichting Beroepsonderwijs NIET'));
    expect(problem!.field).toMatch(/\.quote$/);
    expect(problem!.message).toContain('does not occur verbatim');
  });

  it('reports a relationship to an id no node has', () => {
    copy = copySeeds();
    copy.write(
      'graph/extra.yaml',
      'relationships:\n  - type: LEADS\n    from: org-slo\n    to: action-99\n    quote: Stichting Leerplanontwikkeling\n',
    );
    const problems = problemsOf(copy.dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, field: 'relationship org-slo LEADS action-99.to' });
    expect(problems[0]!.file.endsWith('graph/extra.yaml')).toBe(true);
    expect(problems[0]!.message).toContain('no node has id action-99');
  });

  it('reports a duplicate id with the place of the first declaration', () => {
    copy = copySeeds();
    copy.write(
      'graph/extra.yaml',
      'nodes:\n  - id: org-slo\n    label: Organisation\n    name: SLO again\n    kind: foundation\n    quote: Stichting Leerplanontwikkeling\n',
    );
    const problems = problemsOf(copy.dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, field: 'node org-slo.id' });
    expect(problems[0]!.message).toMatch(/duplicate id: already declared at .*entities\/national\.yaml:\d+/);
  });

  it('reports a malformed date and a malformed number on the lines that hold them', () => {
    copy = copySeeds();
    copy.write(
      'graph/extra.yaml',
      [
        'nodes:',
        '  - id: ms-test',
        '    label: Milestone',
        '    name: test',
        '    date: 2014-13-01',
        '    dateText: in 2014',
        '    quote: Stichting Leerplanontwikkeling',
        '  - id: target-test',
        '    label: Target',
        '    name: test',
        '    indicator: test',
        '    unit: "%"',
        '    target: vijftig',
        '    quote: Stichting Leerplanontwikkeling',
        '',
      ].join('\n'),
    );
    const problems = problemsOf(copy.dir);
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [5, 'node ms-test.date'],
      [13, 'node target-test.target'],
    ]);
    expect(problems[0]!.message).toContain('YYYY, YYYY-MM or YYYY-MM-DD');
    expect(problems[1]!.message).toContain('must be a number');
  });

  it('reports schema violations: unknown label, unknown property, missing required property', () => {
    copy = copySeeds();
    copy.write(
      'graph/extra.yaml',
      [
        'nodes:',
        '  - id: x-one',
        '    label: Person',
        '    name: one',
        '    quote: Stichting Leerplanontwikkeling',
        '  - id: org-two',
        '    label: Organisation',
        '    name: two',
        '    colour: blue',
        '    quote: Stichting Leerplanontwikkeling',
        '',
      ].join('\n'),
    );
    const problems = problemsOf(copy.dir);
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [3, 'node x-one.label'],
      [9, 'node org-two.colour'],
      [6, 'node org-two.kind'],
    ]);
  });

  it('reports a relationship between labels its type does not allow', () => {
    copy = copySeeds();
    copy.write(
      'graph/extra.yaml',
      'relationships:\n  - type: IN_PILLAR\n    from: org-slo\n    to: pillar-kiezen\n    quote: Kiezen voor Techniek\n',
    );
    const problems = problemsOf(copy.dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('relationship org-slo IN_PILLAR pillar-kiezen.from');
    expect(problems[0]!.message).toContain('cannot start at a Organisation');
  });

  it('reports YAML syntax errors with their line', () => {
    copy = copySeeds();
    copy.write('graph/extra.yaml', 'nodes:\n  - id: a\n    name: "unclosed\n');
    const problems = problemsOf(copy.dir);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.field).toBe('(yaml)');
    expect(problems[0]!.file.endsWith('graph/extra.yaml')).toBe(true);
  });

  it('refuses a source report that is not byte for byte the original', () => {
    copy = copySeeds();
    copy.edit('source/techniekpact-bijlage-1-2014.txt', 'BIJLAGE 1', 'BIJLAGE 2');
    const problems = problemsOf(copy.dir);
    expect(problems.some((p) => p.field === 'sha256' && p.message.includes('differs from the original'))).toBe(true);
  });
});
