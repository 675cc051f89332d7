/**
 * Questions about the whole (issue 23, part 5): entity lists ranked by a count, with keyset
 * cursors that page through every order without a gap or a repeat, count filters, and
 * grouped counts that agree with the lists they summarise, both ways: each group is its
 * list's totalCount, and every item of the lists is in exactly one group.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { RunningApp } from '../../src/app.ts';
import { SEEDS_DIR } from '../support/seed-fixtures.ts';
import { postGraphQL, query, startTestApi } from '../support/test-api.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApi();
});
afterAll(async () => {
  await app?.close();
});

const STATED = '[LEADS, COMMISSIONS, CONTRIBUTES_TO, IMPLEMENTS, FUNDS]';

interface Entry {
  readonly id: string;
  readonly name: string;
  readonly orderValue: number | null;
}

/** Every entry of a list in an order, page by page of `size`. */
async function allPages(
  list: string,
  orderBy: string,
  size: number,
  filter = '{}',
): Promise<{ entries: Entry[]; totalCount: number; pages: number }> {
  const entries: Entry[] = [];
  let after: string | null = null;
  let totalCount = 0;
  let pages = 0;
  for (;;) {
    const data: Record<string, any> = await query(
      app,
      `query ($after: String) { list: ${list}(filter: ${filter}, orderBy: ${orderBy}, first: ${size}, after: $after) {
        totalCount edges { cursor orderValue node { id name } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    pages += 1;
    totalCount = data.list.totalCount;
    for (const edge of data.list.edges)
      entries.push({ id: edge.node.id, name: edge.node.name, orderValue: edge.orderValue });
    if (!data.list.pageInfo.hasNextPage) break;
    after = data.list.pageInfo.endCursor;
  }
  return { entries, totalCount, pages };
}

describe('lists ranked by a count', () => {
  it.each([
    ['organisations', 'ACTIONS_DRIVEN'],
    ['actors', 'ACTIONS_INVOLVED'],
    ['regions', 'INITIATIVES'],
    ['actors', 'DEGREE'],
    ['programmes', 'NAME'],
    ['topsectors', 'DEGREE'],
  ])(
    '%s by %s: pages of 7 give the same entries as pages of 100, none twice, all of totalCount',
    async (list, order) => {
      const small = await allPages(list, order, 7);
      const large = await allPages(list, order, 100);
      expect(small.entries).toEqual(large.entries);
      expect(small.pages).toBeGreaterThan(1);
      expect(new Set(small.entries.map((entry) => entry.id)).size).toBe(small.entries.length);
      expect(small.entries).toHaveLength(small.totalCount);
      if (order === 'NAME') {
        expect(small.entries.every((entry) => entry.orderValue === null)).toBe(true);
        return;
      }
      // Highest first; ties keep name order (the folded name, so compare as the API folds).
      for (let i = 1; i < small.entries.length; i++) {
        const [before, entry] = [small.entries[i - 1]!, small.entries[i]!];
        expect(before.orderValue!).toBeGreaterThanOrEqual(entry.orderValue!);
      }
    },
  );

  it('counts what the lists of each actor hold: drives, stated involvements, initiatives, links', async () => {
    const { organisations } = await query(
      app,
      `{ organisations(orderBy: ACTIONS_DRIVEN, first: 100) { edges { orderValue node {
        id drives { action { number } } } } } }`,
    );
    const distinct = (involvements: { action: { number: number } }[]) =>
      new Set(involvements.map((involvement) => involvement.action.number)).size;
    for (const edge of organisations.edges)
      expect(edge.orderValue, edge.node.id).toBe(distinct(edge.node.drives));
    expect(organisations.edges[0].orderValue).toBeGreaterThan(2);

    const { actors } = await query(
      app,
      `{ actors(orderBy: ACTIONS_INVOLVED, first: 60) { edges { orderValue node { id
        actions(kinds: ${STATED}) { action { number } } } } } }`,
    );
    for (const edge of actors.edges)
      expect(edge.orderValue, edge.node.id).toBe(distinct(edge.node.actions));

    const { regions } = await query(
      app,
      `{ regions(orderBy: INITIATIVES, first: 50) { edges { orderValue node { id
        initiatives { actor { id } } } } } }`,
    );
    for (const edge of regions.edges)
      expect(edge.orderValue, edge.node.id).toBe(
        new Set(edge.node.initiatives.map((link: { actor: { id: string } }) => link.actor.id)).size,
      );
    expect(regions.edges[0].orderValue).toBeGreaterThan(0);

    const { byDegree } = await query(
      app,
      `{ byDegree: organisations(orderBy: DEGREE, first: 40) { edges { orderValue node { id links { relation { id } } } } } }`,
    );
    for (const edge of byDegree.edges)
      expect(edge.orderValue, edge.node.id).toBe(edge.node.links.length);
  });

  it('keeps exactly the actors that reach the atLeast counts', async () => {
    const everyone = await allPages('organisations', 'ACTIONS_DRIVEN', 100);
    const atLeastTwo = await allPages(
      'organisations',
      'ACTIONS_DRIVEN',
      5,
      '{ atLeast: { actionsDriven: 2 } }',
    );
    expect(atLeastTwo.entries).toEqual(everyone.entries.filter((entry) => entry.orderValue! >= 2));
    expect(atLeastTwo.totalCount).toBe(atLeastTwo.entries.length);
    // In name order too, and with two bounds at once.
    const byName = await allPages(
      'organisations',
      'NAME',
      100,
      '{ atLeast: { actionsDriven: 2, degree: 1 } }',
    );
    expect(byName.entries.map((entry) => entry.id).sort()).toEqual(
      atLeastTwo.entries.map((entry) => entry.id).sort(),
    );
  });

  it('a ranked root list with its nested fields and totalCount is one round trip', async () => {
    const response = await postGraphQL(
      app,
      `{ organisations(orderBy: ACTIONS_DRIVEN, filter: { atLeast: { actionsDriven: 1 } }, first: 10) {
        totalCount edges { orderValue node { name drives { kind action { number } } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.queries).toBe(1);
  });

  it('refuses a cursor of another order, an unknown cursor and a negative bound, naming them', async () => {
    const { organisations } = await query(
      app,
      '{ organisations(orderBy: DEGREE, first: 1) { pageInfo { endCursor } } }',
    );
    const cursor = organisations.pageInfo.endCursor;
    for (const [text, argumentName] of [
      [`{ organisations(orderBy: ACTIONS_DRIVEN, after: "${cursor}") { totalCount } }`, 'after'],
      [`{ organisations(after: "${cursor}") { totalCount } }`, 'after'],
      ['{ actors(orderBy: DEGREE, after: "bm9wZQ") { totalCount } }', 'after'],
      [
        '{ regions(filter: { atLeast: { initiatives: -1 } }) { totalCount } }',
        'filter.atLeast.initiatives',
      ],
    ] as const) {
      const response = await postGraphQL(app, text);
      expect(response.errors?.[0]?.extensions, text).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName,
      });
      expect(response.errors?.[0]?.message).toMatch(/cursor|whole number/);
    }
  });
});

describe('grouped counts agree with the lists they summarise', () => {
  interface Group {
    key: string;
    name: string;
    count: number;
    node: { id: string; number?: number } | null;
  }
  const groups = async (by: string, filter = '{}'): Promise<Group[]> =>
    (
      await query(
        app,
        `{ counts(by: ${by}, filter: ${filter}) { key name count node { id ... on Pillar { number } } } }`,
      )
    ).counts;
  const total = async (text: string): Promise<number> =>
    (await query(app, `{ list: ${text} { totalCount } }`)).list.totalCount;

  it('PILLAR: actions per pillar, each as actions(filter: { pillar }), all actions once', async () => {
    const pillars = await groups('PILLAR');
    expect(pillars).toHaveLength(3);
    for (const group of pillars)
      expect(group.count, group.key).toBe(
        await total(`actions(filter: { pillar: ${group.node!.number} })`),
      );
    expect(pillars.reduce((sum, group) => sum + group.count, 0)).toBe(await total('actions'));
  });

  it('ORGANISATION_KIND with atLeast: each kind as organisations(filter: { kinds, atLeast }), every one once', async () => {
    const atLeast = '{ actionsInvolved: 1 }';
    const kinds = await groups('ORGANISATION_KIND', `{ atLeast: ${atLeast} }`);
    expect(kinds.length).toBeGreaterThan(3);
    for (const group of kinds)
      expect(group.count, group.key).toBe(
        await total(`organisations(filter: { kinds: [${group.key}], atLeast: ${atLeast} })`),
      );
    expect(kinds.reduce((sum, group) => sum + group.count, 0)).toBe(
      await total(`organisations(filter: { atLeast: ${atLeast} })`),
    );
    // Largest first.
    expect(kinds.map((group) => group.count)).toEqual(
      [...kinds].map((group) => group.count).sort((a, b) => b - a),
    );
  });

  it('REGION: each landsdeel as organisations(filter: { region }) plus programmes(filter: { region })', async () => {
    const regions = await groups('REGION');
    const { landsdelen } = await query(
      app,
      '{ landsdelen: regions(filter: { levels: [LANDSDEEL] }) { nodes { id } } }',
    );
    expect(regions.map((group) => group.key).sort()).toEqual(
      landsdelen.nodes.map((node: { id: string }) => node.id).sort(),
    );
    for (const group of regions) {
      const expected =
        (await total(`organisations(filter: { region: "${group.key}" })`)) +
        (await total(`programmes(filter: { region: "${group.key}" })`));
      expect(group.count, group.key).toBe(expected);
    }
    expect(regions[0]!.count).toBeGreaterThan(0);
  });

  it('RELATIONSHIP_KIND: relationships per type, as the whole-graph export has them', async () => {
    const types = await groups('RELATIONSHIP_KIND');
    const response = await fetch(`${app.url}/export/cytoscape`);
    const { elements } = (await response.json()) as {
      elements: { edges: { data: { relationship: string } }[] };
    };
    const perType = new Map<string, number>();
    for (const edge of elements.edges)
      perType.set(edge.data.relationship, (perType.get(edge.data.relationship) ?? 0) + 1);
    expect(new Map(types.map((group) => [group.key, group.count]))).toEqual(perType);
    expect(types.find((group) => group.key === 'LEADS')?.name).toBe('leads or carries out');
  });

  it('refuses a bound or levels where the grouping has no actors or regions', async () => {
    for (const [text, argumentName] of [
      ['{ counts(by: PILLAR, filter: { atLeast: { degree: 2 } }) { count } }', 'filter.atLeast'],
      [
        '{ counts(by: RELATIONSHIP_KIND, filter: { levels: [PROVINCE] }) { count } }',
        'filter.levels',
      ],
    ] as const) {
      const response = await postGraphQL(app, text);
      expect(response.errors?.[0]?.extensions, text).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName,
      });
    }
  });
});

describe('the actions list ordered and bounded by counts', () => {
  interface ActionEntry {
    readonly number: number;
    readonly orderValue: number | null;
  }
  const actionPages = async (
    orderBy: string,
    size: number,
    filter = '{}',
  ): Promise<{ entries: ActionEntry[]; totalCount: number; pages: number }> => {
    const entries: ActionEntry[] = [];
    let after: string | null = null;
    let totalCount = 0;
    let pages = 0;
    for (;;) {
      const data: Record<string, any> = await query(
        app,
        `query ($after: String) { actions(filter: ${filter}, orderBy: ${orderBy}, first: ${size}, after: $after) {
          totalCount edges { orderValue node { number } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      pages += 1;
      totalCount = data.actions.totalCount;
      for (const edge of data.actions.edges)
        entries.push({ number: edge.node.number, orderValue: edge.orderValue });
      if (!data.actions.pageInfo.hasNextPage) break;
      after = data.actions.pageInfo.endCursor;
    }
    return { entries, totalCount, pages };
  };

  it.each(['NUMBER', 'TITLE', 'DRIVERS', 'INVOLVED', 'MILESTONES', 'TARGETS'])(
    'by %s: pages of 4 give the same actions as one page, none twice, all 22',
    async (order) => {
      const small = await actionPages(order, 4);
      const large = await actionPages(order, 100);
      expect(small.entries).toEqual(large.entries);
      expect(small.pages).toBeGreaterThan(1);
      expect(new Set(small.entries.map((entry) => entry.number)).size).toBe(22);
      expect(small.totalCount).toBe(22);
      for (let i = 1; i < small.entries.length; i++) {
        const [before, entry] = [small.entries[i - 1]!, small.entries[i]!];
        if (order === 'NUMBER') expect(before.number).toBeLessThan(entry.number);
        else if (order !== 'TITLE') {
          expect(before.orderValue!).toBeGreaterThanOrEqual(entry.orderValue!);
          if (before.orderValue === entry.orderValue)
            expect(before.number).toBeLessThan(entry.number);
        }
      }
      if (order === 'NUMBER' || order === 'TITLE')
        expect(small.entries.every((entry) => entry.orderValue === null)).toBe(true);
    },
  );

  it('TITLE is the titles in order, ignoring case and accents', async () => {
    const { actions } = await query(
      app,
      '{ actions(orderBy: TITLE, first: 100) { nodes { number title } } }',
    );
    const key = (title: string) => title.normalize('NFD').toLowerCase();
    const titles = actions.nodes.map((node: { title: string }) => key(node.title));
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(actions.nodes.map((node: { number: number }) => node.number)).not.toEqual(
      [...Array(22).keys()].map((i) => i + 1),
    );
  });

  it("counts what each action's own fields list: drivers, stated involvements, milestones, targets", async () => {
    const distinct = (items: { id: string }[]) => new Set(items.map((item) => item.id)).size;
    for (const [order, field, count] of [
      [
        'DRIVERS',
        'drivers { actor { id } }',
        (node: any) => distinct(node.drivers.map((d: any) => d.actor)),
      ],
      [
        'INVOLVED',
        `actors(kinds: ${STATED}) { actor { id } }`,
        (node: any) => distinct(node.actors.map((d: any) => d.actor)),
      ],
      ['MILESTONES', 'milestones { id }', (node: any) => distinct(node.milestones)],
      ['TARGETS', 'targets { id }', (node: any) => distinct(node.targets)],
    ] as const) {
      const { actions } = await query(
        app,
        `{ actions(orderBy: ${order}, first: 100) { edges { orderValue node { number ${field} } } } }`,
      );
      for (const edge of actions.edges)
        expect(edge.orderValue, `${order} of ${edge.node.number}`).toBe(count(edge.node));
      expect(actions.edges[0].orderValue, order).toBeGreaterThan(1);
    }
  });

  it('keeps exactly the actions that reach the atLeast counts, in any order', async () => {
    const everyone = await actionPages('DRIVERS', 100);
    const atLeastThree = await actionPages('DRIVERS', 3, '{ atLeast: { drivers: 3 } }');
    expect(atLeastThree.entries).toEqual(
      everyone.entries.filter((entry) => entry.orderValue! >= 3),
    );
    expect(atLeastThree.totalCount).toBe(atLeastThree.entries.length);
    expect(atLeastThree.entries.length).toBeGreaterThan(0);
    expect(atLeastThree.entries.length).toBeLessThan(22);
    const byNumber = await actionPages('NUMBER', 5, '{ atLeast: { drivers: 3, milestones: 1 } }');
    const byMilestones = await actionPages('MILESTONES', 100);
    const withMilestone = new Set(
      byMilestones.entries.filter((entry) => entry.orderValue! >= 1).map((entry) => entry.number),
    );
    expect(byNumber.entries.map((entry) => entry.number)).toEqual(
      atLeastThree.entries
        .map((entry) => entry.number)
        .filter((number) => withMilestone.has(number))
        .sort((a, b) => a - b),
    );
  });

  it('an ordered page with nested fields and totalCount is one round trip', async () => {
    const response = await postGraphQL(
      app,
      `{ actions(orderBy: INVOLVED, filter: { atLeast: { involved: 2 } }, first: 5) {
        totalCount edges { orderValue node { number drivers { actor { name } } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.queries).toBe(1);
  });

  it('refuses a cursor of another order, a forged cursor and a negative bound, naming them', async () => {
    const cursorOf = async (order: string) =>
      (await query(app, `{ actions(orderBy: ${order}, first: 2) { pageInfo { endCursor } } }`))
        .actions.pageInfo.endCursor as string;
    const [byNumber, byTitle, byDrivers] = await Promise.all(
      ['NUMBER', 'TITLE', 'DRIVERS'].map(cursorOf),
    );
    for (const [text, argumentName, message] of [
      [
        `{ actions(orderBy: INVOLVED, after: "${byDrivers}") { totalCount } }`,
        'after',
        /order DRIVERS, not of INVOLVED/,
      ],
      [`{ actions(after: "${byTitle}") { totalCount } }`, 'after', /order TITLE, not of NUMBER/],
      [
        `{ actions(orderBy: DRIVERS, after: "${byNumber}") { totalCount } }`,
        'after',
        /order NUMBER, not of DRIVERS/,
      ],
      ['{ actions(orderBy: TITLE, after: "bm9wZQ") { totalCount } }', 'after', /not a cursor/],
      [
        '{ actions(filter: { atLeast: { targets: -2 } }) { totalCount } }',
        'filter.atLeast.targets',
        /whole number/,
      ],
    ] as const) {
      const response = await postGraphQL(app, text);
      expect(response.errors?.[0]?.extensions, text).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName,
      });
      expect(response.errors?.[0]?.message).toMatch(message);
    }
  });
});

describe('how many actions per pillar have a stated driver', () => {
  /**
   * Per pillar number, the numbers of the actions whose seed file (the report's row, as
   * curated) states a relationship of these kinds to the action or one of its parts: read
   * from the files, not through the API.
   */
  function fromSeeds(kinds: readonly string[]): Map<number, Set<number>> {
    const pillarNumbers = new Map<string, number>(
      (parse(readFileSync(join(SEEDS_DIR, 'graph/pillars.yaml'), 'utf8')).nodes as any[])
        .filter((node) => node.label === 'Pillar')
        .map((node) => [node.id, node.number]),
    );
    const perPillar = new Map<number, Set<number>>(
      [...pillarNumbers.values()].map((n) => [n, new Set()]),
    );
    const dir = join(SEEDS_DIR, 'graph/actions');
    for (const file of readdirSync(dir)) {
      const seed = parse(readFileSync(join(dir, file), 'utf8'));
      const action = (seed.nodes as any[]).find((node) => node.label === 'Action');
      const ownIds = new Set<string>(
        (seed.nodes as any[])
          .filter((n) => n.label === 'Action' || n.label === 'ActionPart')
          .map((n) => n.id),
      );
      const pillar = (seed.relationships as any[]).find((r) => r.type === 'IN_PILLAR').to;
      const driven = (seed.relationships as any[]).some(
        (r) => kinds.includes(r.type) && ownIds.has(r.to),
      );
      if (driven) perPillar.get(pillarNumbers.get(pillar)!)!.add(action.number);
    }
    return perPillar;
  }
  const pillarCounts = async (filter: string) =>
    new Map<number, number>(
      (
        await query(
          app,
          `{ counts(by: PILLAR, filter: ${filter}) { count node { ... on Pillar { number } } } }`,
        )
      ).counts.map((group: any) => [group.node.number, group.count]),
    );
  const listed = async (filter: string): Promise<number[]> =>
    (
      await query(app, `{ actions(filter: ${filter}, first: 100) { totalCount nodes { number } } }`)
    ).actions.nodes.map((node: { number: number }) => node.number);

  it.each([
    ['any driver', '', ['LEADS', 'IMPLEMENTS', 'COMMISSIONS']],
    ['a stated lead', ', driverKinds: [LEADS]', ['LEADS']],
    ['a commissioner', ', driverKinds: [COMMISSIONS]', ['COMMISSIONS']],
  ] as const)(
    '%s: counts(by: PILLAR) = the seeds = actions(filter: { pillar, hasStatedDriver }), and with false the rest',
    async (_name, kinds, types) => {
      const seeds = fromSeeds(types);
      const withDriver = await pillarCounts(`{ hasStatedDriver: true${kinds} }`);
      const without = await pillarCounts(`{ hasStatedDriver: false${kinds} }`);
      const all = await pillarCounts('{}');
      for (const [pillar, numbers] of seeds) {
        expect(withDriver.get(pillar), `pillar ${pillar}`).toBe(numbers.size);
        expect(
          (await listed(`{ pillar: ${pillar}, hasStatedDriver: true${kinds} }`)).sort(
            (a, b) => a - b,
          ),
        ).toEqual([...numbers].sort((a, b) => a - b));
        expect(without.get(pillar)).toBe(all.get(pillar)! - numbers.size);
        expect(await listed(`{ pillar: ${pillar}, hasStatedDriver: false${kinds} }`)).toHaveLength(
          without.get(pillar)!,
        );
      }
    },
  );

  it('every action has a driver, a stated lead is missing in pillar 1 only, and the action lists say the same', async () => {
    expect([...(await pillarCounts('{ hasStatedDriver: false }')).values()]).toEqual([0, 0, 0]);
    const withoutLead = await listed('{ hasStatedDriver: false, driverKinds: [LEADS] }');
    expect(withoutLead.length).toBeGreaterThan(0);
    const { actions } = await query(
      app,
      `{ actions(filter: { numbers: [${withoutLead.join(', ')}] }, first: 100) { nodes { pillar { number } drivers { kind } } } }`,
    );
    for (const node of actions.nodes) {
      expect(node.pillar.number).toBe(1);
      expect(node.drivers.length).toBeGreaterThan(0);
      expect(node.drivers.some((driver: { kind: string }) => driver.kind === 'LEADS')).toBe(false);
    }
  });

  it('bounds counted actions as the list does, and refuses action fields where no actions are counted', async () => {
    const bounded = await pillarCounts('{ actionsAtLeast: { drivers: 3 } }');
    for (const [pillar, count] of bounded)
      expect(count).toBe((await listed(`{ pillar: ${pillar}, atLeast: { drivers: 3 } }`)).length);
    for (const [text, argumentName] of [
      [
        '{ counts(by: REGION, filter: { hasStatedDriver: true }) { count } }',
        'filter.hasStatedDriver',
      ],
      [
        '{ counts(by: PILLAR, filter: { driverKinds: [FUNDS], hasStatedDriver: true }) { count } }',
        'filter.driverKinds',
      ],
      ['{ actions(filter: { driverKinds: [LEADS] }) { totalCount } }', 'filter.driverKinds'],
      [
        '{ counts(by: PILLAR, filter: { actionsAtLeast: { drivers: -1 } }) { count } }',
        'filter.actionsAtLeast.drivers',
      ],
    ] as const) {
      const response = await postGraphQL(app, text);
      expect(response.errors?.[0]?.extensions, text).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName,
      });
    }
  });
});
