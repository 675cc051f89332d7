/**
 * The knowledge of the report as the API answers it (issue 19): who drives each action,
 * education sectors and institution types as actors, the report's numbers as values, and
 * the landsdelen's sections. Every expectation is read from the report
 * (seeds/source/techniekpact-bijlage-1-2014.txt), not from the seeds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { SOURCE_TEXT, expectQuotedFromSource } from '../support/source-text.ts';
import { query, startTestApi } from '../support/test-api.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApi();
});
afterAll(async () => {
  await app?.close();
});

interface Driver {
  kind: string;
  actor: { id: string };
  part: { code: string } | null;
  relation: { evidence: { quote: string; source: { id: string } } };
}

const DRIVERS = `drivers { kind actor { id } part { code } relation { evidence { quote source { id } } } }`;
const STRENGTH = ['LEADS', 'IMPLEMENTS', 'COMMISSIONS'];

describe('drivers', () => {
  it('names who carries every action, strongest first, each with a quote from the report', async () => {
    const data = await query(
      app,
      `{ actions(first: 22) { nodes { number noDriverReason ${DRIVERS}
          parts { code noDriverReason drivers { kind } } } } }`,
    );
    expect(data.actions.nodes).toHaveLength(22);
    for (const action of data.actions.nodes) {
      expect(action.drivers.length, `action ${action.number}`).toBeGreaterThan(0);
      expect(action.noDriverReason, `action ${action.number}`).toBeNull();
      const ranks = action.drivers.map((driver: Driver) => STRENGTH.indexOf(driver.kind));
      expect(ranks.every((rank: number) => rank >= 0)).toBe(true);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expectQuotedFromSource(
        action.drivers.map((driver: Driver) => ({ evidence: [driver.relation.evidence] })),
      );
      // A part the report names nobody for says why, never nothing.
      for (const part of action.parts) {
        if (part.drivers.length === 0) expect(part.noDriverReason, part.code).toBeTruthy();
        else expect(part.noDriverReason, part.code).toBeNull();
      }
    }
  });

  it('has the cabinet lead action 13 ("Het kabinet zal ...")', async () => {
    const data = await query(app, `{ action(number: 13) { ${DRIVERS} } }`);
    expect(data.action.drivers[0]).toMatchObject({ kind: 'LEADS', actor: { id: 'org-kabinet' } });
  });

  it('answers action 7 with the programme that carries it out: the digital loket', async () => {
    const data = await query(app, `{ action(number: 7) { ${DRIVERS} } }`);
    expect(data.action.drivers.map((d: Driver) => [d.kind, d.actor.id])).toEqual([
      ['IMPLEMENTS', 'prog-techniekonderwijs-nl'],
    ]);
    expect(SOURCE_TEXT).toContain('www.techniekonderwijs.nl');
  });

  it('puts the stated lead of action 15 before the bill that implements it', async () => {
    const data = await query(app, `{ action(number: 15) { ${DRIVERS} } }`);
    expect(data.action.drivers.map((d: Driver) => [d.kind, d.actor.id])).toEqual([
      ['LEADS', 'inst-mbo-instellingen'],
      ['IMPLEMENTS', 'prog-wetsvoorstel-macrodoelmatigheid-mbo'],
    ]);
  });

  it('says why nobody drives 20a, 3b, 5c and 5d, and gives 20b its topsectors', async () => {
    const data = await query(
      app,
      `{ nodes(ids: ["action-20a", "action-03b", "action-05c", "action-05d", "action-20b"]) {
          ... on ActionPart { code noDriverReason ${DRIVERS} } } }`,
    );
    const [a20, b3, c5, d5, b20] = data.nodes;
    for (const part of [a20, b3, c5, d5]) {
      expect(part.drivers, part.code).toEqual([]);
      expect(part.noDriverReason, part.code).toMatch(/\w{10}/);
    }
    // 20a is in the passive voice: "wordt verkend".
    expect(SOURCE_TEXT).toContain('wordt verkend');
    expect(b20.noDriverReason).toBeNull();
    expect(b20.drivers.map((d: Driver) => d.actor.id)).toContain('org-topsectoren');
  });

  it('shows from the actor what it drives, the reverse of Action.drivers', async () => {
    const data = await query(
      app,
      `{ organisation(id: "inst-mbo-instellingen") { drives { kind action { number } part { code } } }
         action(number: 17) { drivers { actor { id } } } }`,
    );
    const driven = data.organisation.drives.map(
      (d: { action: { number: number } }) => d.action.number,
    );
    expect(driven).toEqual(expect.arrayContaining([15, 17]));
    expect(data.organisation.drives.every((d: { kind: string }) => STRENGTH.includes(d.kind))).toBe(
      true,
    );
    expect(data.action.drivers.map((d: Driver) => d.actor.id)).toContain('inst-mbo-instellingen');
  });
});

describe('sectors as actors', () => {
  it('finds havo as an education sector, first', async () => {
    const data = await query(
      app,
      `{ search(text: "havo") { node { id ... on Organisation { kind } } } }`,
    );
    expect(data.search[0].node).toEqual({ id: 'sector-havo', kind: 'EDUCATION_SECTOR' });
  });

  it('filters organisations by sector kinds and answers which actions involve the mbo', async () => {
    const data = await query(
      app,
      `{ sectors: organisations(filter: { kinds: [EDUCATION_SECTOR] }, first: 50) { nodes { id kind } }
         types: organisations(filter: { kinds: [INSTITUTION_TYPE] }, first: 50) { nodes { id } }
         business: organisations(filter: { kinds: [BUSINESS_SECTOR] }, first: 50) { nodes { id } }
         mbo: organisation(id: "sector-mbo") { actions { action { number } } } }`,
    );
    const ids = (key: string) => data[key].nodes.map((node: { id: string }) => node.id);
    expect(ids('sectors')).toEqual(
      expect.arrayContaining([
        'sector-po',
        'sector-vmbo',
        'sector-havo',
        'sector-vwo',
        'sector-mbo',
      ]),
    );
    expect(ids('types')).toEqual(
      expect.arrayContaining([
        'inst-hogescholen',
        'inst-lerarenopleidingen',
        'inst-mbo-instellingen',
      ]),
    );
    expect(ids('business')).toContain('sector-bedrijfsleven');
    // "... de mbo-student techniek ..." (17a); the mbo takes part in action 6's routes.
    const actions = data.mbo.actions.map((i: { action: { number: number } }) => i.action.number);
    expect(actions).toEqual(expect.arrayContaining([6, 17]));
  });
});

describe('numbers as values', () => {
  const MEASUREMENT = `value unit period counts discrepancy partsSum
    parts { value segment } partOf { id } statedFor { node { id } }`;

  it('gives the 529 scholarships of 2014/15 with their per-topsector breakdown and its discrepancy', async () => {
    const data = await query(
      app,
      `{ node(id: "measure-20b-topsectorbeurzen-2014-15") { ... on Measurement { ${MEASUREMENT} } } }`,
    );
    const total = data.node;
    expect(total).toMatchObject({ value: 529, unit: 'beurzen', period: '2014/15', partOf: null });
    // 116 chemie, 100 energie, 100 agrofood, 150 HTSM, 50 Water, 3 logistiek: 519, not 529.
    expect(
      total.parts
        .map((part: { value: number }) => part.value)
        .sort((a: number, b: number) => a - b),
    ).toEqual([3, 50, 100, 100, 116, 150]);
    expect(total.partsSum).toBe(519);
    expect(total.discrepancy).toContain('519');
    expect(total.statedFor.map((link: { node: { id: string } }) => link.node.id)).toContain(
      'action-20b',
    );
    expect(SOURCE_TEXT).toContain('529');
  });

  it('gives a milestone the amount it states', async () => {
    const data = await query(
      app,
      `{ node(id: "ms-20-2014-529-beurzen") { ... on Milestone { amount unit counts } } }`,
    );
    expect(data.node).toMatchObject({ amount: 529, unit: 'beurzen' });
    expect(data.node.counts).toBeTruthy();
  });

  it('states the € 600 mln. of action 21 as a value in euro', async () => {
    const data = await query(
      app,
      `{ action(number: 21) { parts { measurements { value unit } } measurements { value unit } } }`,
    );
    const values = [
      ...data.action.measurements,
      ...data.action.parts.flatMap((part: { measurements: unknown[] }) => part.measurements),
    ];
    expect(values).toContainEqual({ value: 600_000_000, unit: 'euro' });
    expect(SOURCE_TEXT).toContain('€ 600 mln');
  });
});

describe('the measurement list', () => {
  it("filters the report's numbers by unit, period, what they are stated for and text", async () => {
    const data = await query(
      app,
      `{ euro: measurements(filter: { unit: "euro" }, first: 100) { totalCount nodes { value unit } }
         year: measurements(filter: { period: "2014/15", statedFor: "action-20b" }) { nodes { id value } }
         words: measurements(filter: { text: "topsector chemie" }) { nodes { value } }
         page: measurements(first: 2) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
    );
    // "€ 600 mln." and "ruim € 140 mln." of action 21
    const euros = data.euro.nodes.map((m: { value: number }) => m.value);
    expect(euros).toEqual(expect.arrayContaining([600_000_000, 140_000_000]));
    expect(data.euro.nodes.every((m: { unit: string }) => m.unit === 'euro')).toBe(true);
    expect(data.euro.totalCount).toBe(euros.length);
    expect(data.year.nodes).toEqual([{ id: 'measure-20b-topsectorbeurzen-2014-15', value: 529 }]);
    expect(data.words.nodes.map((m: { value: number }) => m.value)).toContain(116);
    expect(data.page.pageInfo.hasNextPage).toBe(true);
    const next = await query(
      app,
      `query ($after: String) { measurements(first: 2, after: $after) { nodes { id } } }`,
      { after: data.page.pageInfo.endCursor },
    );
    const ids = [...data.page.nodes, ...next.measurements.nodes].map((m: { id: string }) => m.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(4);
  });
});

describe('landsdelen', () => {
  it("keeps each section's header as printed, and Oost's lack of one", async () => {
    const data = await query(
      app,
      `{ regions(filter: { levels: [LANDSDEEL] }) { nodes { id sectionHeader sectionLine priorities } } }`,
    );
    const lines = SOURCE_TEXT.split('\n');
    const sections = new Map(
      data.regions.nodes.map((region: { id: string }) => [region.id, region]),
    ) as Map<string, { sectionHeader: string | null; sectionLine: number; priorities: string[] }>;
    expect(sections.get('region-oost')!.sectionHeader).toBeNull();
    for (const [id, header] of [
      ['region-zuidwest', 'LANDSDEEL ZUIDWEST'],
      ['region-zuidoost', 'LANDSDEEL ZUIDOOST'],
      ['region-noordvleugel', 'LANDSDEEL NOORDVLEUGEL'],
      ['region-noord', 'LANDSDEEL NOORD'],
    ] as const) {
      const section = sections.get(id)!;
      expect(section.sectionHeader, id).toBe(header);
      expect(lines[section.sectionLine - 1]!.trim(), id).toBe(header);
    }
    // Oost's section starts, without a header, between Zuidwest's and Zuidoost's.
    const oost = sections.get('region-oost')!.sectionLine;
    expect(oost).toBeGreaterThan(sections.get('region-zuidwest')!.sectionLine);
    expect(oost).toBeLessThan(sections.get('region-zuidoost')!.sectionLine);
    // Oost's items under "Inhoudelijke prioriteiten en voortgang" are progress, not priorities.
    for (const [id, section] of sections) {
      if (id !== 'region-oost') expect(section.priorities.length, id).toBeGreaterThan(0);
    }
  });

  it("answers Region.milestones with the landsdeel's own dated plans, oldest first", async () => {
    const data = await query(
      app,
      `{ noord: region(id: "region-noord") { milestones { id date region { id } } }
         oost: region(id: "region-oost") { milestones { id date } } }`,
    );
    for (const key of ['noord', 'oost']) {
      const milestones = data[key].milestones as { id: string; date: string }[];
      expect(milestones.length, key).toBeGreaterThan(0);
      const dates = milestones.map((m) => m.date);
      expect(dates).toEqual([...dates].sort());
      expect(new Set(milestones.map((m) => m.id)).size).toBe(milestones.length);
    }
    expect(
      data.noord.milestones.some(
        (m: { region: { id: string } | null }) => m.region?.id === 'region-noord',
      ),
    ).toBe(true);
  });
});
