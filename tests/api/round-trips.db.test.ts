/**
 * Database round trips per request, counted at our gateway (the x-neo4j-queries header):
 * a root field that reads ahead (src/modules/kernel/read-ahead.ts) answers its whole tree in one
 * statement; what it cannot read ahead costs one batched query per level (DataLoader), so
 * round trips stay bounded by the depth of the query, never by the number of results.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { postGraphQL, startTestApi } from '../support/test-api.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApi();
});
afterAll(async () => {
  await app?.close();
});

async function roundTrips(query: string): Promise<{ queries: number; data: any }> {
  const response = await postGraphQL(app, query);
  expect(response.errors).toBeUndefined();
  return { queries: response.queries, data: response.data };
}

describe('database round trips per request', () => {
  it('costs 1 query for an action with its leads, contributors, programmes and their regions', async () => {
    const { queries, data } = await roundTrips(`{
      action(number: 4) {
        leads { actor { name activeIn { region { name } } } }
        contributors { actor { name activeIn { region { name } } } }
        programmes { actor { name activeIn { region { name } } } }
      } }`);
    expect(data.action.programmes.length).toBeGreaterThanOrEqual(4);
    // the action, its involvements and every actor's regions: read ahead in one statement
    expect(queries).toBe(1);
  });

  it('costs 1 query for all 22 actions with all their actors', async () => {
    const { queries, data } = await roundTrips(`{
      actions(first: 25) { nodes { number actors { kind actor { id name } relation { role } } } } }`);
    expect(data.actions.nodes).toHaveLength(22);
    const involvements = data.actions.nodes.reduce(
      (sum: number, a: { actors: unknown[] }) => sum + a.actors.length,
      0,
    );
    expect(involvements).toBeGreaterThan(100);
    expect(queries).toBe(1);
  });

  it("counts in the page's own statement, and only when totalCount is asked for", async () => {
    const without = await roundTrips(`{ organisations(first: 5) { nodes { id } } }`);
    const withCount = await roundTrips(`{ organisations(first: 5) { totalCount nodes { id } } }`);
    expect(without.queries).toBe(1);
    expect(withCount.queries).toBe(1);
    expect(withCount.data.organisations.totalCount).toBeGreaterThan(5);
  });

  it('costs 1 query for a search, and 3 for a search with two levels of neighbours', async () => {
    const plain = await roundTrips(
      `{ search(text: "techniek", first: 20) { type node { id name } } }`,
    );
    expect(plain.data.search.length).toBeGreaterThan(5);
    expect(plain.queries).toBe(1);
    const deep = await roundTrips(`{ search(text: "techniek", first: 20) {
      node { id ... on Actor { actions { action { number } } activeIn { region { name } } } } } }`);
    expect(deep.queries).toBe(3);
  });

  it('costs 1 query for four levels: landsdeel, parts, their initiatives, their actions', async () => {
    const { queries, data } = await roundTrips(`{
      region(name: "Landsdeel Oost") {
        parts { region { name initiatives { actor { name actions { action { number } } } } } }
      } }`);
    expect(data.region.parts.length).toBeGreaterThan(2);
    expect(queries).toBe(1);
  });

  it('loads level by level below a field it cannot read ahead (targets of a milestone owner)', async () => {
    // Milestone.action (the owner look-up) is not read ahead: the milestones list costs one
    // statement, the owners one batch, and the owners' leads one more.
    const { queries, data } = await roundTrips(`{
      milestones(first: 10) { nodes { date action { number leads { actor { name } } } } } }`);
    expect(data.milestones.nodes).toHaveLength(10);
    expect(queries).toBe(3);
  });
});
