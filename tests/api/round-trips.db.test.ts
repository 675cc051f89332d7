/**
 * Database round trips per request, counted at our gateway (the x-neo4j-queries header):
 * bounded by the depth of the query, never by the number of results. DataLoader batches
 * each relationship field of a level into one UNWIND query.
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
  it('costs 3 queries for an action with its leads, contributors, programmes and their regions', async () => {
    const { queries, data } = await roundTrips(`{
      action(number: 4) {
        leads { actor { name activeIn { region { name } } } }
        contributors { actor { name activeIn { region { name } } } }
        programmes { actor { name activeIn { region { name } } } }
      } }`);
    expect(data.action.programmes.length).toBeGreaterThanOrEqual(4);
    // the action; its involvements (one query serves all three fields); every actor's regions
    expect(queries).toBe(3);
  });

  it('costs 2 queries for all 22 actions with all their actors', async () => {
    const { queries, data } = await roundTrips(`{
      actions(first: 25) { nodes { number actors { kind actor { id name } relation { role } } } } }`);
    expect(data.actions.nodes).toHaveLength(22);
    const involvements = data.actions.nodes.reduce(
      (sum: number, a: { actors: unknown[] }) => sum + a.actors.length,
      0,
    );
    expect(involvements).toBeGreaterThan(100);
    expect(queries).toBe(2);
  });

  it('adds one query for totalCount, and only when it is asked for', async () => {
    const without = await roundTrips(`{ organisations(first: 5) { nodes { id } } }`);
    const withCount = await roundTrips(`{ organisations(first: 5) { totalCount nodes { id } } }`);
    expect(without.queries).toBe(1);
    expect(withCount.queries).toBe(2);
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

  it('costs 4 queries for four levels: landsdeel, parts, their initiatives, their actions', async () => {
    const { queries, data } = await roundTrips(`{
      region(name: "Landsdeel Oost") {
        parts { region { name initiatives { actor { name actions { action { number } } } } } }
      } }`);
    expect(data.region.parts.length).toBeGreaterThan(2);
    expect(queries).toBe(4);
  });
});
