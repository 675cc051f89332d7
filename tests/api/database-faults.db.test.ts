/**
 * Database faults, with a Neo4j of this test's own: stopped, frozen (SIGSTOP) and
 * restarted. Requests answer within seconds with a coded error, /health/ready says 503,
 * the API process stays up, and service resumes by itself when Neo4j is back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApi, type RunningApp } from '../../src/app.ts';
import { prepareDatabase } from '../../src/import/prepare-database.ts';
import { createDriver } from '../../src/db/driver.ts';
import { DatabaseTimeoutError } from '../../src/db/db-errors.ts';
import { Neo4jGateway } from '../../src/db/gateway.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j-runtime/embedded-neo4j.ts';
import { formatErrorLine, type Logger } from '../../src/logger.ts';
import { postGraphQL, testAppConfig } from '../support/test-api.ts';

const quiet = { info: () => {}, error: () => {} };
/** The API's error lines as consoleLogger prints them (formatErrorLine), kept. */
const errorLines: string[] = [];
const printingLogger: Logger = {
  info: () => {},
  error: (message, error) => errorLines.push(formatErrorLine(message, error)),
};
const dataDir = mkdtempSync(join(tmpdir(), 'techniekpact-faults-'));
let neo4j: EmbeddedNeo4j;
let port: number;
let gateway: Neo4jGateway;
let app: RunningApp;

async function ready(): Promise<number> {
  return (await fetch(`${app.url}/health/ready`)).status;
}

async function waitUntilReady(timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if ((await ready()) === 200) {
      const answer = await postGraphQL(app, `{ action(number: 1) { number } }`);
      if (!answer.errors) return Date.now() - started;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`not ready again within ${timeoutMs} ms`);
}

beforeAll(async () => {
  neo4j = await startEmbeddedNeo4j({ port: 0, dataDir, heap: '512m', pageCache: '64m' });
  port = neo4j.port;
  // The production budgets of src/db/database.ts: 5 s per transaction, 6 s client deadline.
  gateway = new Neo4jGateway(createDriver({ uri: neo4j.uri }), {
    transactionTimeoutMs: 5_000,
    clientDeadlineMs: 6_000,
  });
  await prepareDatabase(gateway, quiet);
  app = await serveApi(
    testAppConfig({
      production: true,
      transactionTimeoutMs: 5_000,
      neo4j: { mode: 'external', uri: neo4j.uri, user: '', password: '', database: undefined },
    }),
    { gateway, description: 'faults', embedded: undefined, close: () => gateway.driver.close() },
    printingLogger,
  );
}, 240_000);

afterAll(async () => {
  await app?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('database faults', () => {
  it('stops a runaway query at the transaction timeout', async () => {
    const strict = new Neo4jGateway(gateway.driver, { transactionTimeoutMs: 1_000 });
    await expect(
      strict.read('UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n'),
    ).rejects.toBeInstanceOf(DatabaseTimeoutError);
  });

  it('answers DATABASE_TIMEOUT within seconds while Neo4j is frozen, and recovers when it resumes', async () => {
    process.kill(neo4j.pid, 'SIGSTOP');
    try {
      const started = Date.now();
      const response = await postGraphQL(app, `{ action(number: 2) { title } }`);
      const elapsed = Date.now() - started;
      console.log(`frozen: coded error after ${elapsed} ms`);
      expect(elapsed).toBeLessThan(10_000);
      expect(['DATABASE_TIMEOUT', 'DATABASE_UNAVAILABLE']).toContain(
        response.errors?.[0]?.extensions?.code,
      );
      expect(await ready()).toBe(503);
      expect((await fetch(`${app.url}/health/live`)).status).toBe(200);
    } finally {
      process.kill(neo4j.pid, 'SIGCONT');
    }
    const recovery = await waitUntilReady(30_000);
    console.log(`frozen: recovered ${recovery} ms after SIGCONT`);
  }, 120_000);

  it('answers a coded database error within seconds while Neo4j is stopped, and recovers after a restart', async () => {
    await neo4j.stop();
    const started = Date.now();
    const response = await postGraphQL(app, `{ action(number: 3) { title } }`);
    const elapsed = Date.now() - started;
    console.log(`stopped: coded error after ${elapsed} ms`);
    expect(elapsed).toBeLessThan(10_000);
    // UNAVAILABLE when the driver's retries give up first, TIMEOUT when our deadline does:
    // both say "the database", neither leaks a driver message.
    expect(['DATABASE_UNAVAILABLE', 'DATABASE_TIMEOUT']).toContain(
      response.errors?.[0]?.extensions?.code,
    );
    expect(response.status).toBe(200);
    expect(await ready()).toBe(503);
    // The fault is logged with its request id, its message once (it was printed twice).
    const requestId = response.errors?.[0]?.extensions?.requestId as string;
    const line = errorLines.find((logged) => logged.startsWith(`request ${requestId}: `));
    expect(line).toMatch(/Neo4j is unavailable|Neo4j did not answer/);
    const text = line!.slice(`request ${requestId}: `.length);
    expect(text.indexOf(text.slice(0, 40), 1)).toBe(-1);

    neo4j = await startEmbeddedNeo4j({ port, dataDir, heap: '512m', pageCache: '64m' });
    const recovery = await waitUntilReady(30_000);
    console.log(`stopped: recovered ${recovery} ms after Neo4j was ready again`);
    const answer = await postGraphQL(app, `{ action(number: 3) { number } }`);
    expect(answer.data).toEqual({ action: { number: 3 } });
  }, 240_000);
});
