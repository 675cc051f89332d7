/**
 * Questions about the whole (issue 23, part 5): entity lists ranked by a count, with keyset
 * cursors that page through every order without a gap or a repeat, count filters, and
 * grouped counts that agree with the lists they summarise, both ways: each group is its
 * list's totalCount, and every item of the lists is in exactly one group.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
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
