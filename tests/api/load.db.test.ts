/**
 * Load: concurrent clients over a mix of our operations, every response body checked
 * against the answer the same query gave alone; and a client sending oversized queries
 * must not take normal traffic below half its rate. Short by default (npm test);
 * LOAD_SECONDS=30 LOAD_CLIENTS=50 gives the full run of issue 8.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { startTestApi } from '../support/test-api.ts';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 4);
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 50);

const MIX = [
  `{ action(number: 16) { title leads { actor { name } relation { evidence { quote } } } } }`,
  `{ organisation(name: "SBB") { name actions { kind action { number } part { code } } } }`,
  `{ search(text: "beta techniek", first: 5) { type node { id name } } }`,
  `{ region(name: "Landsdeel Noord") { parts { region { name } } initiatives { actor { name } } } }`,
  `{ actions(first: 10) { totalCount nodes { number leads { actor { name } } } } }`,
  `{ milestones(filter: { on: "2014-04" }) { nodes { date name } } }`,
];

/** An over-limit query: rejected with 400 before any Cypher, but parsed and measured. */
const OVERSIZED = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: organisations(first: 100) { nodes { actions { action { actors { actor { name } } } } } }`).join(' ')} }`;

let app: RunningApp;
const expected = new Map<string, string>();

async function post(query: string): Promise<{ status: number; body: string }> {
  const response = await fetch(app.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: await response.text() };
}

/** Runs `clients` loops for `seconds`; returns requests done, errors and mismatches. */
async function run(clients: number, seconds: number) {
  const until = Date.now() + seconds * 1000;
  let done = 0;
  let errors = 0;
  let mismatches = 0;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = client; Date.now() < until; i++) {
        const query = MIX[i % MIX.length]!;
        const started = performance.now();
        const { status, body } = await post(query);
        latencies.push(performance.now() - started);
        done++;
        if (status !== 200 || body.includes('"errors"')) errors++;
        else if (body !== expected.get(query)) mismatches++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const p99 = latencies[Math.floor(latencies.length * 0.99)] ?? 0;
  return { done, errors, mismatches, rate: done / seconds, p99 };
}

beforeAll(async () => {
  app = await startTestApi();
  for (const query of MIX) {
    const { status, body } = await post(query);
    expect(status, body).toBe(200);
    expected.set(query, body);
  }
});
afterAll(async () => {
  await app?.close();
});

describe('load', () => {
  it(`serves ${CLIENTS} concurrent clients for ${SECONDS} s with zero errors and zero mismatches`, async () => {
    const result = await run(CLIENTS, SECONDS);
    console.log(
      `load: ${CLIENTS} clients, ${SECONDS} s: ${result.done} requests, ${result.rate.toFixed(0)} req/s, p99 ${result.p99.toFixed(0)} ms, ${result.errors} errors, ${result.mismatches} mismatches`,
    );
    expect(result.done).toBeGreaterThan(CLIENTS);
    expect(result.errors).toBe(0);
    expect(result.mismatches).toBe(0);
  }, 120_000);

  it('keeps normal traffic above half its rate while one client sends oversized queries', async () => {
    const alone = await run(4, SECONDS);
    let abusive = true;
    let rejected = 0;
    const abuser = (async () => {
      while (abusive) {
        const { status } = await post(OVERSIZED);
        if (status === 400) rejected++;
      }
    })();
    const shared = await run(4, SECONDS);
    abusive = false;
    await abuser;
    console.log(
      `oversized: normal ${alone.rate.toFixed(0)} req/s alone, ${shared.rate.toFixed(0)} req/s beside ${rejected} rejected oversized queries`,
    );
    expect(rejected).toBeGreaterThan(0);
    expect(shared.errors).toBe(0);
    expect(shared.rate).toBeGreaterThanOrEqual(alone.rate / 2);
  }, 120_000);
});
