/**
 * Lists are Relay connections with stable keyset cursors; search folds case and accents
 * and finds aliases; relationships are navigable from both ends with their evidence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { foldText } from '../../src/graph/text-folding.ts';
import { postGraphQL, query, startTestApi } from '../support/test-api.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApi();
});
afterAll(async () => {
  await app?.close();
});

/**
 * Every node of a root connection, page by page through its cursors, and the totalCount the
 * last page gave. `document` declares `$after` and selects `pageInfo`.
 */
async function pageThrough<T>(
  field: string,
  document: string,
  variables: Record<string, unknown> = {},
): Promise<{ nodes: T[]; totalCount: number | undefined }> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const data: any = await query(app, document, { ...variables, after });
    const connection = data[field];
    nodes.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage) return { nodes, totalCount: connection.totalCount };
    after = connection.pageInfo.endCursor;
  }
}

describe('cursor connections', () => {
  it('pages through all organisations with stable cursors, matching one big page', async () => {
    const all = await query(app, `{ organisations(first: 100) { totalCount nodes { id } } }`);
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await query(
        app,
        `query($after: String) { organisations(first: 7, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      ids.push(...page.organisations.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!page.organisations.pageInfo.hasNextPage) break;
      after = page.organisations.pageInfo.endCursor;
    }
    expect(ids).toEqual(all.organisations.nodes.map((n: { id: string }) => n.id));
    expect(ids).toHaveLength(all.organisations.totalCount);
  });

  it('filters actions by pillar, in number order, with a totalCount of the filter', async () => {
    const data = await query(
      app,
      `{ actions(filter: { pillar: 3 }) { totalCount nodes { number pillar { number } } } }`,
    );
    expect(data.actions.nodes.map((a: { number: number }) => a.number)).toEqual([21, 22]);
    expect(data.actions.totalCount).toBe(2);
  });

  it('filters actions by programme, topsector (directly or through a focused programme), region and lead', async () => {
    const data = await query(
      app,
      `{ byProgramme: actions(filter: { programme: "prog-toptechniek-in-bedrijf" }) { nodes { number } }
         byTopsector: actions(filter: { topsector: "topsector-htsm" }) { nodes { number } }
         byRegion: actions(filter: { region: "region-noord" }) { nodes { number } }
         ledBySbb: actions(filter: { actors: ["org-sbb"], involvement: [LEADS] }) { nodes { number } } }`,
    );
    const numbers = (key: string) => data[key].nodes.map((a: { number: number }) => a.number);
    expect(numbers('byProgramme')).toEqual([6]);
    expect(numbers('byTopsector')).toEqual([20]);
    // Noord-Nederland's servicepunt (21) and actors active in Noord's provinces
    expect(numbers('byRegion')).toEqual(expect.arrayContaining([21]));
    expect(numbers('byRegion')).not.toContain(16);
    // 16 itself, and 17 through its part 17a ("SBB heeft een meldpunt ingericht ...")
    expect(numbers('ledBySbb')).toEqual([16, 17]);
  });

  it('filters actions by the kind of an involved organisation, as their leads say', async () => {
    const data = await query(
      app,
      `{ ledByMinistry: actions(filter: { organisationKinds: [MINISTRY], involvement: [LEADS] }) {
           totalCount nodes { number } }
         all: actions(first: 100) { nodes { number leads { actor { ... on Organisation { kind } } } } } }`,
    );
    const expected = data.all.nodes
      .filter((a: { leads: { actor: { kind?: string } }[] }) =>
        a.leads.some((lead) => lead.actor.kind === 'MINISTRY'),
      )
      .map((a: { number: number }) => a.number);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(data.all.nodes.length);
    expect(data.ledByMinistry.nodes.map((a: { number: number }) => a.number)).toEqual(expected);
    expect(data.ledByMinistry.totalCount).toBe(expected.length);
  });

  it('filters regions by level and actors by organisation kind', async () => {
    const regions = await query(
      app,
      `{ regions(filter: { levels: [LANDSDEEL] }) { nodes { name } } }`,
    );
    expect(regions.regions.nodes.map((r: { name: string }) => r.name)).toEqual([
      'Landsdeel Noord',
      'Landsdeel Noordvleugel',
      'Landsdeel Oost',
      'Landsdeel Zuidoost',
      'Landsdeel Zuidwest',
    ]);
    const ministries = await query(
      app,
      `{ actors(filter: { types: [ORGANISATION], organisationKinds: [MINISTRY] }, first: 50) { nodes { id } } }`,
    );
    expect(ministries.actors.nodes.map((n: { id: string }) => n.id)).toEqual(
      expect.arrayContaining(['org-ocw', 'org-ez', 'org-szw']),
    );
  });
});

describe('entity lists filtered by kind or level', () => {
  const names = (connection: { nodes: { name: string }[] }) => connection.nodes.map((n) => n.name);

  it('pages through regions of one level and of two, as the whole list filtered says', async () => {
    const { nodes: all } = await pageThrough<{ name: string; level: string }>(
      'regions',
      `query($after: String) { regions(first: 100, after: $after) {
         nodes { name level } pageInfo { hasNextPage endCursor } } }`,
    );
    for (const levels of [['LANDSDEEL'], ['LANDSDEEL', 'SUBREGION']]) {
      const expected = all.filter((r) => levels.includes(r.level)).map((r) => r.name);
      expect(expected.length, levels.join()).toBeGreaterThan(2);
      const { nodes, totalCount } = await pageThrough<{ name: string }>(
        'regions',
        `query($levels: [RegionLevel!], $after: String) {
           regions(filter: { levels: $levels }, first: 2, after: $after) {
             totalCount nodes { name } pageInfo { hasNextPage endCursor } } }`,
        { levels },
      );
      const seen = nodes.map((n) => n.name);
      expect(seen, levels.join()).toEqual(expected);
      expect(totalCount, levels.join()).toBe(expected.length);
    }
  });

  it('lists actors of the asked types only, as the whole actor list filtered says', async () => {
    const { nodes: whole, totalCount } = await pageThrough<{ __typename: string; id: string }>(
      'actors',
      `query($after: String) { actors(first: 100, after: $after) {
         totalCount nodes { __typename id } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(whole.length).toBeGreaterThan(100);
    expect(whole).toHaveLength(totalCount!);
    for (const types of [['PROGRAMME', 'TOPSECTOR'], ['REGION']]) {
      const typenames = types.map((t) => t.charAt(0) + t.slice(1).toLowerCase());
      const expected = whole.filter((n) => typenames.includes(n.__typename)).map((n) => n.id);
      const data = await query(
        app,
        `query($types: [ActorType!]) { actors(filter: { types: $types }, first: 100) {
           totalCount nodes { id } } }`,
        { types },
      );
      expect(expected.length, types.join()).toBeGreaterThan(2);
      expect(
        data.actors.nodes.map((n: { id: string }) => n.id),
        types.join(),
      ).toEqual(expected.slice(0, 100));
      expect(data.actors.totalCount, types.join()).toBe(expected.length);
    }
  });

  it('lists what is in or under a region, as the regions and their parts say', async () => {
    const regions = await query(
      app,
      `{ regions(first: 100) { totalCount nodes { id partOf { region { id } } } } }`,
    );
    expect(regions.regions.totalCount).toBeLessThanOrEqual(100);
    const parents = new Map<string, string[]>(
      regions.regions.nodes.map((r: { id: string; partOf: { region: { id: string } }[] }) => [
        r.id,
        r.partOf.map((link) => link.region.id),
      ]),
    );
    // Within `hops` PART_OF steps of `target` (0 hops: the region itself).
    const under = (id: string, target: string, hops: number): boolean =>
      id === target ||
      (hops > 0 && (parents.get(id) ?? []).some((p) => under(p, target, hops - 1)));
    const { nodes: organisations } = await pageThrough<{
      id: string;
      activeIn: { region: { id: string } }[];
    }>(
      'organisations',
      `query($after: String) { organisations(first: 100, after: $after) {
         nodes { id activeIn { region { id } } } pageInfo { hasNextPage endCursor } } }`,
    );
    for (const target of ['region-zuidoost', 'region-noord', 'region-brabant']) {
      const expectedOrganisations = organisations
        .filter((o) => o.activeIn.some((link) => under(link.region.id, target, 3)))
        .map((o) => o.id);
      const expectedParts = regions.regions.nodes
        .map((r: { id: string }) => r.id)
        .filter((id: string) => id !== target && under(id, target, 3));
      const data = await query(
        app,
        `query($target: ID!) {
           organisations(filter: { region: $target }, first: 100) { totalCount nodes { id } }
           regions(filter: { partOf: $target }, first: 100) { totalCount nodes { id } } }`,
        { target },
      );
      expect(expectedOrganisations.length + expectedParts.length, target).toBeGreaterThan(0);
      const ids = (c: { nodes: { id: string }[] }) => c.nodes.map((n) => n.id);
      expect(ids(data.organisations), target).toEqual(expectedOrganisations);
      expect(data.organisations.totalCount, target).toBe(expectedOrganisations.length);
      expect(ids(data.regions), target).toEqual(expectedParts);
      expect(data.regions.totalCount, target).toBe(expectedParts.length);
    }
  });

  it('lists organisations of one kind in name order, with their count', async () => {
    const all = await query(app, `{ organisations(first: 100) { nodes { name kind } } }`);
    const expected = all.organisations.nodes
      .filter((o: { kind: string }) => o.kind === 'MINISTRY')
      .map((o: { name: string }) => o.name);
    const data = await query(
      app,
      `{ organisations(filter: { kinds: [MINISTRY] }, first: 100) { totalCount nodes { name } } }`,
    );
    expect(expected.length).toBeGreaterThan(1);
    expect(names(data.organisations)).toEqual(expected);
    expect(data.organisations.totalCount).toBe(expected.length);
  });
});

describe('milestone lists', () => {
  interface Milestone {
    id: string;
    name: string;
    date: string;
    endDate: string | null;
    dateText: string;
    evidence: { quote: string };
    action: { number: number } | null;
    part: { action: { number: number } } | null;
    concerns: { node: { id: string } }[];
  }
  type MilestoneFilter = Partial<Record<'on' | 'from' | 'to' | 'concerns' | 'text', string>> & {
    action?: number;
  };
  // The filters as the schema describes them, over the whole list.
  const matches = (m: Milestone, f: MilestoneFilter): boolean =>
    (f.on === undefined || m.date.startsWith(f.on)) &&
    (f.from === undefined || (m.endDate ?? m.date) >= f.from) &&
    (f.to === undefined || m.date <= f.to || m.date.startsWith(f.to)) &&
    (f.action === undefined ||
      m.action?.number === f.action ||
      m.part?.action.number === f.action) &&
    (f.concerns === undefined || m.concerns.some((c) => c.node.id === f.concerns)) &&
    (f.text === undefined ||
      foldText(f.text)
        .split(' ')
        .every((word) => foldText(`${m.name} ${m.evidence.quote} ${m.dateText}`).includes(word)));

  it('answers each filter and pairs of them as the whole list filtered says, page by page', async () => {
    const fields = `id name date endDate dateText evidence { quote } action { number }
      part { action { number } } concerns { node { id } }`;
    const { nodes: all } = await pageThrough<Milestone>(
      'milestones',
      `query($after: String) { milestones(first: 100, after: $after) {
         nodes { ${fields} } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(all.length).toBeGreaterThan(20);
    // An action with milestones of its own parts: those count as the action's.
    const ofPart = all.find((m) => m.part !== null)?.part?.action.number;
    expect(ofPart).toBeDefined();
    const filters: MilestoneFilter[] = [
      { on: '2014' },
      { on: '2014-04' },
      { from: '2014-06', to: '2015' },
      { action: 16 },
      { action: 3, on: '2014' },
      { action: ofPart },
      { concerns: 'org-sbb' },
      { concerns: 'org-ocw', from: '2014-03' },
      { text: 'rapport' },
    ];
    for (const filter of filters) {
      const expected = all.filter((m) => matches(m, filter)).map((m) => m.id);
      const label = JSON.stringify(filter);
      expect(expected.length, label).toBeGreaterThan(0);
      const { nodes, totalCount } = await pageThrough<{ id: string }>(
        'milestones',
        `query($filter: MilestoneFilter, $after: String) {
           milestones(filter: $filter, first: 3, after: $after) {
             totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { filter },
      );
      const seen = nodes.map((n) => n.id);
      expect(seen, label).toEqual(expected);
      expect(totalCount, label).toBe(expected.length);
    }
  });
});

describe('search', () => {
  it('finds Platform Bèta Techniek for "beta techniek" (accents and case folded) and for its alias "PBT"', async () => {
    for (const text of ['beta techniek', 'PBT', 'platform BÈTA']) {
      const data = await query(
        app,
        `query($text: String!) { search(text: $text, first: 5) { type node { id } } }`,
        { text },
      );
      expect(data.search[0], text).toEqual({ type: 'ORGANISATION', node: { id: 'org-pbt' } });
    }
  });

  it('treats Lucene and Cypher syntax in the text as plain words', async () => {
    const response = await postGraphQL(
      app,
      `query($text: String!) { search(text: $text) { node { id } } }`,
      {
        text: `") OR 1=1 MATCH (n) DETACH DELETE n // AND:* ~[{`,
      },
    );
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    const count = await query(app, `{ actions(first: 1) { totalCount } }`);
    expect(count.actions.totalCount).toBe(22);
  });

  it('narrows results to the given node types', async () => {
    const data = await query(
      app,
      `{ search(text: "techniek", first: 20, types: [PROGRAMME]) { type } }`,
    );
    expect(data.search.length).toBeGreaterThan(0);
    expect(new Set(data.search.map((hit: { type: string }) => hit.type))).toEqual(
      new Set(['PROGRAMME']),
    );
  });
});

describe('relationships in both directions', () => {
  it('shows SBB leading action 16 from the action and from SBB, with the same evidence', async () => {
    const data = await query(
      app,
      `{ action(number: 16) { leads { actor { id } relation { id evidence { quote } } } }
         organisation(id: "org-sbb") { leads { action { number } relation { id evidence { quote } } } } }`,
    );
    const fromAction = data.action.leads.find(
      (l: { actor: { id: string } }) => l.actor.id === 'org-sbb',
    );
    const fromSbb = data.organisation.leads.find(
      (l: { action: { number: number } }) => l.action.number === 16,
    );
    expect(fromAction.relation).toEqual(fromSbb.relation);
    expect(fromAction.relation.id).toBe('LEADS:org-sbb->action-16');
  });

  it('resolves node(id) and nodes(ids) to typed nodes, null for unknown ids, in the order asked', async () => {
    const data = await query(
      app,
      `{ nodes(ids: ["region-noord", "nope", "action-03"]) { __typename id } node(id: "org-slo") { __typename ... on Organisation { kind } } }`,
    );
    expect(data.nodes).toEqual([
      { __typename: 'Region', id: 'region-noord' },
      null,
      { __typename: 'Action', id: 'action-03' },
    ]);
    expect(data.node).toEqual({ __typename: 'Organisation', kind: 'FOUNDATION' });
  });
});
