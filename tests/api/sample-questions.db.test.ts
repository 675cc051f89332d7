/**
 * The questions of shared/eval/sample-questions.json, asked through the HTTP API as a
 * client would, against the real database with the imported seed graph. Each test asserts
 * the whole expected answer: nothing missing, nothing extra.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { PROJECT_ROOT } from '../../src/config.ts';
import { foldText } from '../../src/graph/text-folding.ts';
import { query, startTestApi } from '../support/test-api.ts';

interface SampleQuestion {
  id: string;
  expected: { names?: string[]; actions?: number[]; number?: number; unit?: string; date?: string };
}

/** The eval set lives beside the checkout (shared/eval); a copy in tests/fixtures keeps CI independent of it. */
function loadQuestions(): Map<string, SampleQuestion> {
  const shared = join(PROJECT_ROOT, '..', 'shared', 'eval', 'sample-questions.json');
  const local = join(PROJECT_ROOT, 'tests', 'fixtures', 'sample-questions.json');
  let text: string;
  try {
    text = readFileSync(shared, 'utf8');
  } catch {
    text = readFileSync(local, 'utf8');
  }
  return new Map((JSON.parse(text) as SampleQuestion[]).map((q) => [q.id, q]));
}

const questions = loadQuestions();
const expected = (id: string) => {
  const question = questions.get(id);
  if (!question) throw new Error(`sample question ${id} is missing`);
  return question.expected;
};

/** Names match by name or any alias, ignoring case and accents. */
interface Named {
  id?: string;
  name: string;
  aliases: string[];
}
function matchesName(node: Named, name: string): boolean {
  const wanted = foldText(name);
  return [node.name, ...node.aliases].some((candidate) => foldText(candidate) === wanted);
}
function expectSameEntities(actual: Named[], names: string[]): void {
  for (const name of names) {
    expect(
      actual.filter((node) => matchesName(node, name)),
      `expected "${name}" among ${actual.map((n) => n.name).join(', ')}`,
    ).toHaveLength(1);
  }
  expect(actual, `no extra entities beyond ${names.join(', ')}`).toHaveLength(names.length);
}
const unique = (nodes: Named[]): Named[] => [
  ...new Map(nodes.map((n) => [n.id ?? n.name, n])).values(),
];

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApi();
});
afterAll(async () => {
  await app?.close();
});

describe('sample questions through the GraphQL API', () => {
  it('q01: names SLO as the organisation that was given the WenT learning line (action 1a)', async () => {
    const data = await query(
      app,
      `{ action(number: 1) { parts { code leads { actor { id name aliases } relation { evidence { quote } } } } } }`,
    );
    const part = data.action.parts.find((p: { code: string }) => p.code === '1a');
    expectSameEntities(
      part.leads.map((l: { actor: Named }) => l.actor),
      expected('q01').names!,
    );
    expect(part.leads[0].relation.evidence.quote).toContain('Stichting Leerplanontwikkeling (SLO)');
  });

  it('q02: names SBB as the organisation that develops the studiebijsluiters (action 16)', async () => {
    const data = await query(app, `{ action(number: 16) { leads { actor { id name aliases } } } }`);
    expectSameEntities(
      unique(data.action.leads.map((l: { actor: Named & { id: string } }) => l.actor)),
      expected('q02').names!,
    );
  });

  it('q07: finds exactly the actions in which both Jet-Net and Technet are named', async () => {
    const ids = await query(
      app,
      `{ a: programme(name: "Jet-Net") { id } b: programme(name: "TechNet") { id } }`,
    );
    const data = await query(
      app,
      `query($ids: [ID!]) { actions(filter: { actors: $ids }) { nodes { number } } }`,
      {
        ids: [ids.a.id, ids.b.id],
      },
    );
    expect(data.actions.nodes.map((a: { number: number }) => a.number)).toEqual(
      expected('q07').actions,
    );
  });

  it('q10: lists the six subregions of Landsdeel Zuidwest', async () => {
    const data = await query(
      app,
      `{ region(name: "Landsdeel Zuidwest") { parts(levels: [SUBREGION]) { region { id name aliases } } } }`,
    );
    expectSameEntities(
      data.region.parts.map((p: { region: Named }) => p.region),
      expected('q10').names!,
    );
  });

  it('q11: lists the three provinces of Landsdeel Noord', async () => {
    const data = await query(
      app,
      `{ region(name: "Noord") { parts(levels: [PROVINCE]) { region { id name aliases } } } }`,
    );
    expectSameEntities(
      data.region.parts.map((p: { region: Named }) => p.region),
      expected('q11').names!,
    );
  });

  it('q13: names the ministry represented in the Commissie Arbeidsmarktaanpak Zuidoost Nederland', async () => {
    const data = await query(
      app,
      `{ organisation(name: "Commissie Arbeidsmarktaanpak Zuidoost Nederland") {
          members { actor { id name aliases ... on Organisation { kind } } } } }`,
    );
    const ministries = data.organisation.members
      .map((m: { actor: Named & { kind?: string } }) => m.actor)
      .filter((actor: { kind?: string }) => actor.kind === 'MINISTRY');
    expectSameEntities(ministries, expected('q13').names!);
  });

  it('q24: gives the number of topsector scholarships intended for 2014/15', async () => {
    const data = await query(
      app,
      `{ action(number: 20) { targets { unit current measurements { period value unit } } } }`,
    );
    const scholarships = data.action.targets.filter(
      (t: { unit: string }) => t.unit === expected('q24').unit,
    );
    expect(scholarships).toHaveLength(1);
    expect(scholarships[0].current).toBe(expected('q24').number);
    const measurement = scholarships[0].measurements.find(
      (m: { period: string | null }) => m.period === '2014/15',
    );
    expect(measurement.value).toBe(expected('q24').number);
  });

  it('q28: says which school type already reached the natuurprofiel target of action 3', async () => {
    const data = await query(
      app,
      `{ action(number: 3) { targets { baseline target targetYear measurements { segment reachesTarget } } } }`,
    );
    const target = data.action.targets.find(
      (t: { baseline: number; target: number }) => t.baseline === 45 && t.target === 55,
    );
    expect(target.targetYear).toBe(2015);
    const reached = target.measurements
      .filter((m: { reachesTarget: boolean }) => m.reachesTarget)
      .map((m: { segment: string }) => ({ name: m.segment, aliases: [] }));
    expectSameEntities(reached, expected('q28').names!);
  });

  it('q33: tells what happened on 23 April 2014', async () => {
    const data = await query(
      app,
      `{ milestones(filter: { on: "2014-04-23" }) { nodes { date action { number } concerns { node { id name aliases } } } } }`,
    );
    const nodes = data.milestones.nodes;
    expect(nodes.map((m: { action: { number: number } }) => m.action.number)).toEqual(
      expected('q33').actions,
    );
    expectSameEntities(
      unique(
        nodes.flatMap((m: { concerns: { node: Named & { id: string } }[] }) =>
          m.concerns.map((c) => c.node),
        ),
      ),
      expected('q33').names!,
    );
  });

  it('q35: gives the date the Commissie Van der Touw delivered its report', async () => {
    const data = await query(app, `{ organisation(name: "Commissie Van der Touw") { id } }`);
    const milestones = await query(
      app,
      `query($id: ID!) { milestones(filter: { concerns: $id, text: "rapport opgeleverd" }) { nodes { date precision evidence { quote } } } }`,
      { id: data.organisation.id },
    );
    expect(milestones.milestones.nodes).toHaveLength(1);
    expect(milestones.milestones.nodes[0]).toMatchObject({
      date: expected('q35').date,
      precision: 'DAY',
    });
  });

  it('q37: names the two programmes that recruit university-educated students into teaching (action 8)', async () => {
    const data = await query(
      app,
      `{ action(number: 8) { programmes { actor { id name aliases } relation { evidence { quote } } } } }`,
    );
    const recruiting = data.action.programmes.filter(
      (p: { relation: { evidence: { quote: string } } }) =>
        p.relation.evidence.quote.includes('universitair opgeleide'),
    );
    expectSameEntities(
      unique(recruiting.map((p: { actor: Named & { id: string } }) => p.actor)),
      expected('q37').names!,
    );
  });

  it('q40: names the topsectors that each provide exactly 100 scholarships', async () => {
    const data = await query(
      app,
      `{ topsectors(first: 100) { nodes { id name aliases funds { relation { amount unit } } } } }`,
    );
    const hundred = data.topsectors.nodes.filter(
      (t: { funds: { relation: { amount: number; unit: string } }[] }) =>
        t.funds.some((f) => f.relation.amount === 100 && f.relation.unit === 'beurzen'),
    );
    expectSameEntities(hundred, expected('q40').names!);
  });
});
