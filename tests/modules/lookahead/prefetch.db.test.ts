/**
 * The look-ahead prefetch may only save round trips: every query below is answered twice
 * through the real schema and resolvers on the suite's Neo4j, read ahead and level by
 * level, and both answers must be equal, while the prefetched one costs fewer statements.
 */
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApolloServer } from '../../../src/api/apollo-server.ts';
import { createRequestContext, type RequestContext } from '../../../src/modules/kernel/context.ts';
import { WARM_UP_OPERATIONS } from '../../../src/api/warm-up.ts';
import type { Neo4jGateway } from '../../../src/db/gateway.ts';
import { MAX_LEVELS } from '../../../src/modules/lookahead/prefetch.ts';
import { QUESTIONS } from '../../../bench/questions/index.ts';
import {
  EXPLORER_ACTION,
  EXPLORER_INDEX,
  EXPLORER_REGION,
  EXPLORER_SEARCH,
  EXPLORER_STARTING_POINTS,
} from '../../../src/explorer/client/operations.ts';
import { recordStatements } from '../../support/record-statements.ts';
import { testGateway } from '../../support/test-api.ts';

let apollo: ApolloServer<RequestContext>;
let gateway: Neo4jGateway;

beforeAll(async () => {
  gateway = testGateway();
  apollo = createApolloServer({ info: () => {}, error: () => {} });
  await apollo.start();
});
afterAll(async () => {
  await apollo?.stop();
  await gateway?.driver.close();
});

interface Answer {
  readonly data: unknown;
  readonly errors: unknown;
  readonly queries: number;
}

async function ask(
  query: string,
  variables: Record<string, unknown>,
  prefetch: boolean,
): Promise<Answer> {
  const context = createRequestContext(gateway, 'test', { prefetch });
  const response = await apollo.executeOperation({ query, variables }, { contextValue: context });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return { data, errors, queries: context.queries.queries };
}

async function bothWays(query: string, variables: Record<string, unknown> = {}) {
  const ahead = await ask(query, variables, true);
  const levelByLevel = await ask(query, variables, false);
  expect(ahead.errors).toBeUndefined();
  expect(levelByLevel.errors).toBeUndefined();
  expect(ahead.data).toEqual(levelByLevel.data);
  return { ahead, levelByLevel };
}

const INVOLVEMENT =
  'kind part { code } actor { __typename id name } relation { role evidence { quote } }';

describe('look-ahead prefetch', () => {
  it.each(
    QUESTIONS.flatMap((question) =>
      'query' in question.ours
        ? [[question.id, question.ours.query, question.ours.variables] as const]
        : [],
    ),
  )(
    'answers benchmark question %s as the resolvers do level by level',
    async (_id, query, variables) => {
      const { ahead, levelByLevel } = await bothWays(query, variables);
      expect(ahead.queries).toBeLessThanOrEqual(levelByLevel.queries);
    },
  );

  it.each(WARM_UP_OPERATIONS.map((operation, index) => [index, operation] as const))(
    'answers start-up operation %i as the resolvers do',
    async (_index, operation) => {
      await bothWays(operation);
    },
  );

  it.each([
    ['index', EXPLORER_INDEX, {}],
    ['action page', EXPLORER_ACTION, { number: 12 }],
    ['action page without parts', EXPLORER_ACTION, { number: 22 }],
    ['region page', EXPLORER_REGION, { id: 'region-noord' }],
    ['search', EXPLORER_SEARCH, { text: 'PBT', first: 8 }],
    ['starting points', EXPLORER_STARTING_POINTS, { first: 10 }],
  ] as const)(
    "answers the explorer's %s operation as the resolvers do",
    async (_name, query, variables) => {
      await bothWays(query, variables);
    },
  );

  it('reads four levels below regions in one statement, with the same answer', async () => {
    const { ahead, levelByLevel } = await bothWays(`{
      regions(filter: { levels: [LANDSDEEL] }, first: 2) { totalCount nodes { id
        parts { region { id name initiatives { actor { __typename id name
          milestones { id date } } } } } } } }`);
    expect(ahead.queries).toBe(1);
    expect(levelByLevel.queries).toBe(5);
  });

  it('reads nothing ahead for the row a page reads past its end', async () => {
    const landsdelen = `{ regions(filter: { levels: [LANDSDEEL] }, first: 3) { nodes { id } } }`;
    const three = (await ask(landsdelen, {}, true)).data as any;
    const ids = three.regions.nodes.map((node: { id: string }) => node.id) as string[];
    expect(ids).toHaveLength(3);
    const context = createRequestContext(gateway, 'test', { prefetch: true });
    const response = await apollo.executeOperation(
      {
        query: `{ regions(filter: { levels: [LANDSDEEL] }, first: 2) {
          pageInfo { hasNextPage } nodes { id parts { region { id } } } } }`,
      },
      { contextValue: context },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors).toBeUndefined();
    expect((response.body.singleResult.data as any).regions.pageInfo.hasNextPage).toBe(true);
    expect(context.queries.queries).toBe(1);
    // The two shown landsdelen's parts were read ahead (answered at once); the third, read
    // only to know that a next page exists, has nothing primed and would be loaded.
    const parts = context.links('parts');
    expect(Array.isArray(parts.loadNow(ids[0]!))).toBe(true);
    expect(Array.isArray(parts.loadNow(ids[1]!))).toBe(true);
    const extra = parts.loadNow(ids[2]!);
    expect(extra).toBeInstanceOf(Promise);
    expect((await extra).length).toBeGreaterThan(0);
    expect(context.queries.queries).toBe(2);
  });

  it("reads an actor's involvements of the asked kinds only, and answers each field with its own", async () => {
    const sent = recordStatements();
    const { ahead } = await bothWays(`{ organisation(id: "org-slo") {
      leads { kind action { number } }
      funded: actions(kinds: [FUNDS]) { kind }
      all: actions { kind action { number } part { code } } } }`);
    expect(ahead.queries).toBe(1);
    // One batch per field (kinds differ), each following only its own relationship types.
    expect(sent[0]).toContain('-[r:LEADS]->(t:Node)');
    expect(sent[0]).toContain('-[r:FUNDS]->(t:Node)');
    const answer = (ahead.data as any).organisation;
    const all = answer.all as { kind: string; action: { number: number } }[];
    expect(all.some((involvement) => involvement.kind !== 'LEADS')).toBe(true);
    expect(answer.leads).toEqual(
      all
        .filter((involvement) => involvement.kind === 'LEADS')
        .map(({ kind, action }) => ({ kind, action })),
    );
    expect(answer.funded).toEqual(
      all.filter((involvement) => involvement.kind === 'FUNDS').map(({ kind }) => ({ kind })),
    );
  });

  it("reads a programme's implements ahead, as its IMPLEMENTS involvements", async () => {
    const { ahead } = await bothWays(`{ programme(id: "prog-school-aan-zet") {
      implements { kind part { code } action { number } }
      all: actions { kind part { code } action { number } } } }`);
    expect(ahead.queries).toBe(1);
    const answer = (ahead.data as any).programme;
    expect(answer.implements.length).toBeGreaterThan(0);
    expect(answer.implements).toEqual(
      answer.all.filter((involvement: { kind: string }) => involvement.kind === 'IMPLEMENTS'),
    );
  });

  it('follows fragments, aliases with their own arguments, and edges', async () => {
    const { ahead } = await bothWays(
      `
      query ($id: ID!) {
        organisation(id: $id) { ...Work }
        organisations(first: 3) { edges { cursor node { id ... on Organisation { runs { programme { id name } } } } } }
      }
      fragment Work on Organisation {
        leading: actions(kinds: [LEADS]) { ${INVOLVEMENT}
          action { number helpers: actors(kinds: [CONTRIBUTES_TO]) { ${INVOLVEMENT} } } }
        all: actions { kind action { number pillar { number name } } }
        ... on Actor { activeIn { region { id level } } }
      }`,
      { id: 'org-slo' },
    );
    expect(ahead.queries).toBe(2);
  });

  it('fits properties per type: a field asked of one type is read for that type, and of interfaces for their types', async () => {
    const sent = recordStatements();
    // `name` is asked of actors only (through the Actor interface), `title` of actions
    // only; evidence, precision and reachesTarget read properties under other names, the
    // latter of the measurement's target; relation asks for whole relationships.
    const { ahead } = await bothWays(`{
      actions(first: 4) { nodes { number title
        leads { kind relation { type evidence { quote } } part { code } actor { ... on Actor { name } id } }
        contributors { actor { __typename ... on Organisation { kind evidence { quote source { title } } } } }
        targets { unit measurements { segment reachesTarget } }
        milestones { precision dateText }
        pillar { evidence { quote } }
      } } }`);
    // Evidence.source loads its Source by id, which is not read ahead (2 levels of it).
    expect(ahead.queries).toBe(3);
    const [statement] = sent;
    // The page's actions: title asked, name not; the leads' actors: name asked.
    expect(statement).toMatch(/RETURN a \{[^}]*\.title[^}]*\} AS node/);
    expect(statement).not.toMatch(/RETURN a \{[^}]*\.name[^}]*\} AS node/);
    expect(statement).toMatch(/x \{[^}]*\.name[^}]*\} AS actor/);
    // The measurement's target is read with what reachesTarget compares.
    expect(statement).toMatch(/\.baseline/);
  });

  it('leaves out fields under @skip and @include(if: false), and reads them when included', async () => {
    const query = `query ($with: Boolean!) {
      action(number: 12) { number leads @include(if: $with) { ${INVOLVEMENT} }
        parts @skip(if: $with) { code } } }`;
    for (const value of [true, false]) {
      const { ahead } = await bothWays(query, { with: value });
      expect(ahead.queries).toBe(1);
    }
  });

  it('reads action pages by filter and cursor the same way', async () => {
    const first = await bothWays(`{ actions(filter: { pillar: 2 }, first: 3) {
      totalCount pageInfo { endCursor hasNextPage } nodes { number leads { ${INVOLVEMENT} }
        targets { id measurements { value reachesTarget } } milestones { id concerns { node { id } } } } } }`);
    const cursor = (first.ahead.data as any).actions.pageInfo.endCursor as string;
    await bothWays(
      `query ($after: String) { actions(filter: { pillar: 2 }, first: 3, after: $after) {
        totalCount nodes { number funders { ${INVOLVEMENT} } parts { code leads { ${INVOLVEMENT} } } } } }`,
      { after: cursor },
    );
  });

  it('gives an empty list to every node without links, and null for a missing root', async () => {
    const { ahead } = await bothWays(`{
      organisation(id: "no-such-organisation") { id actions { kind } }
      region(name: "Landsdeel Noord") { id coordinatedBy { organisation { id members { actor { id } } } } mentions { actor { id } } } }`);
    expect((ahead.data as any).organisation).toBeNull();
  });

  it(`stops reading ahead after ${MAX_LEVELS} batches and loads the rest level by level`, async () => {
    const fields = Array.from(
      { length: MAX_LEVELS },
      (_, index) => `f${index}: actions(kinds: [LEADS]) { kind }`,
    ).join(' ');
    const { ahead } = await bothWays(
      `{ organisation(id: "org-slo") { ${fields} activeIn { region { id } } } }`,
    );
    // one statement for the root and its first MAX_LEVELS fields, one batch for activeIn
    expect(ahead.queries).toBe(2);
  });
});
