/**
 * The supervised embedded Neo4j, as `npm start` runs it: killed with SIGKILL (as the
 * out-of-memory killer does) under reads and curator edits, it is restarted on the same
 * port and data directory, /health/ready goes 503 and back to 200, and every acknowledged
 * edit is there with its revision. When every restart fails (its port taken), `npm start`
 * gives up with one clear message and exits 1. A Neo4j of this file's own.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../src/app.ts';
import { signToken } from '../../src/auth/tokens.ts';
import { PROJECT_ROOT } from '../../src/config.ts';
import { formatErrorLine, type Logger } from '../../src/logger.ts';
import { freePort } from '../../src/neo4j-runtime/embedded-neo4j.ts';
import { postGraphQL, testAppConfig } from '../support/test-api.ts';

const SOURCE = 'src-techniekpact-bijlage-1-2014';
const QUOTE =
  'In het schooljaar 2015/16 zal de Onderwijsinspectie in samenwerking met SLO een peiling (laten) uitvoeren van het leergebied Wetenschap en Technologie.';
const UPDATE_NODE = `mutation ($input: UpdateNodeInput!) { updateNode(input: $input) { revision { number } } }`;

const home = mkdtempSync(join(tmpdir(), 'techniekpact-supervisor-'));
const dataDir = join(home, 'neo4j');
const passwordFile = join(home, 'secrets', 'neo4j-password');
const lines: string[] = [];
const logger: Logger = {
  info: (message) => lines.push(message),
  error: (message, error) => lines.push(formatErrorLine(message, error)),
};
let app: RunningApp | undefined;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  app = await startApp(
    testAppConfig({
      transactionTimeoutMs: 5_000,
      neo4j: { mode: 'embedded', port: 0, dataDir, pageCache: '64m', passwordFile },
    }),
    logger,
  );
}, 300_000);

afterAll(async () => {
  await app?.close();
  rmSync(home, { recursive: true, force: true });
});

async function ready(): Promise<number> {
  return (await fetch(`${app!.url}/health/ready`)).status;
}

describe('the supervised embedded Neo4j', () => {
  it('comes back after a SIGKILL under load, with every acknowledged edit and its revision', async () => {
    const running = app!;
    const token = await signToken(testAppConfig().auth, {
      name: 'ana',
      role: 'curator',
      days: 1,
    });
    const ids = (
      await running.gateway.read(
        'MATCH (n:Node) WHERE NOT n:Source RETURN n.id AS id ORDER BY n.id LIMIT $limit',
        { limit: 400 },
      )
    ).map((row) => String(row.id));
    const acknowledged: { id: string; number: number }[] = [];
    const refusals = new Map<string, number>();
    let slowest = 0;
    let loading = true;
    const queue = [...ids];
    const editor = async () => {
      while (loading && queue.length > 0) {
        const id = queue.shift()!;
        const began = Date.now();
        const answer = await postGraphQL(
          running,
          UPDATE_NODE,
          {
            input: {
              id,
              expectedRevision: 0,
              set: { aliases: [`supervised ${id}`] },
              quote: QUOTE,
              source: SOURCE,
            },
          },
          { authorization: `Bearer ${token}` },
        );
        slowest = Math.max(slowest, Date.now() - began);
        if (answer.data?.updateNode) {
          acknowledged.push({ id, number: answer.data.updateNode.revision.number });
        } else {
          const code = String(answer.errors?.[0]?.extensions?.code);
          refusals.set(code, (refusals.get(code) ?? 0) + 1);
        }
      }
    };
    const reads = new Map<string, number>();
    const reader = async () => {
      while (loading) {
        const answer = await postGraphQL(running, `{ action(number: 1) { number title } }`);
        const kind = answer.errors ? String(answer.errors[0]!.extensions?.code) : 'ok';
        reads.set(kind, (reads.get(kind) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const load = Promise.all([
      ...Array.from({ length: 6 }, editor),
      ...Array.from({ length: 3 }, reader),
    ]);

    await expect
      .poll(() => acknowledged.length, { timeout: 60_000, interval: 50 })
      .toBeGreaterThan(20);
    const killed = running.database.embedded!.current!.pid;
    const beforeKill = acknowledged.length;
    process.kill(killed, 'SIGKILL');
    const killedAt = Date.now();
    await expect.poll(ready, { timeout: 10_000, interval: 100 }).toBe(503);
    await expect.poll(ready, { timeout: 120_000, interval: 250 }).toBe(200);
    const backAfter = Date.now() - killedAt;
    // Edits resume after the restart, then the load stops.
    const afterBack = acknowledged.length;
    await expect
      .poll(() => acknowledged.length, { timeout: 60_000, interval: 50 })
      .toBeGreaterThan(afterBack + 10);
    loading = false;
    await load;
    console.log(
      `SIGKILL to ready: ${backAfter} ms; acknowledged ${beforeKill} before the kill, ` +
        `${acknowledged.length} in all; refused ${JSON.stringify([...refusals])}; ` +
        `reads ${JSON.stringify([...reads])}; slowest edit ${slowest} ms`,
    );
    // Faults other than "unavailable" and "timed out", for the reader of a failure.
    const otherFaults = new Set(
      lines
        .filter((line) => /^request /.test(line))
        .map((line) => line.replace(/^request \S+: /, '').slice(0, 300))
        .filter((text) => !/Neo4j is unavailable|did not answer|time budget/.test(text)),
    );
    if (otherFaults.size > 0) console.log(`other faults:\n${[...otherFaults].join('\n')}`);

    expect(isAlive(killed)).toBe(false);
    // Ready can answer while the supervisor still verifies the new process's login.
    await expect.poll(() => running.database.embedded!.restarts, { timeout: 30_000 }).toBe(1);
    expect(running.database.embedded!.current!.pid).not.toBe(killed);
    expect(lines.join('\n')).toContain(`embedded Neo4j (pid ${killed}) exited unexpectedly after`);
    expect(lines.find((line) => line.includes(`(pid ${killed}) exited`))).toContain(
      'killed by SIGKILL',
    );
    expect(lines.some((line) => /^embedded Neo4j: restart 1 succeeded in/.test(line))).toBe(true);
    // Refused edits and reads were coded database errors, never a hang or an internal error.
    for (const code of [...refusals.keys(), ...reads.keys()])
      expect(['ok', 'DATABASE_UNAVAILABLE', 'DATABASE_TIMEOUT']).toContain(code);
    expect(slowest).toBeLessThan(30_000);

    // Every acknowledged edit: the node at that revision, its change in that revision.
    const rows = await running.gateway.read(
      `UNWIND $acks AS ack
       MATCH (n:Node {id: ack.id})
       OPTIONAL MATCH (:Revision {number: ack.number})-[:CHANGED]->(c:FactChange {factId: ack.id})
       RETURN ack.id AS id, n.revision AS revision, n.aliases AS aliases, count(c) AS changes`,
      { acks: acknowledged },
    );
    const byId = new Map(acknowledged.map((ack) => [ack.id, ack.number]));
    expect(rows).toHaveLength(acknowledged.length);
    for (const row of rows) {
      expect(row).toEqual({
        id: row.id,
        revision: byId.get(String(row.id)),
        aliases: [`supervised ${String(row.id)}`],
        changes: 1,
      });
    }
  }, 300_000);

  it('gives up with one clear message when every restart fails, and npm start exits 1', async () => {
    // The store of the first test, started by `npm start` itself this time.
    await app?.close();
    app = undefined;
    const neo4jPort = await freePort();
    const child = spawn(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['src/main.ts'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        PORT: '0',
        NEO4J_URI: '',
        NEO4J_PORT: String(neo4jPort),
        NEO4J_DATA_DIR: dataDir,
        NEO4J_PASSWORD_FILE: passwordFile,
        NEO4J_PAGE_CACHE: '64m',
        AUTH_SECRET_FILE: testAppConfig().auth.secretFile,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const output: string[] = [];
    const exited = new Promise<number | null>((resolveExit) =>
      child.once('close', (code) => resolveExit(code)),
    );
    let blocker: Server | undefined;
    try {
      const started = new Promise<number>((resolvePid, reject) => {
        const onLine = (line: string) => {
          output.push(line);
          const match = /embedded Neo4j ready at \S+ \(pid (\d+),/.exec(line);
          if (match) resolvePid(Number(match[1]));
        };
        createInterface({ input: child.stdout! }).on('line', onLine);
        createInterface({ input: child.stderr! }).on('line', onLine);
        void exited.then((code) => reject(new Error(`exited ${code}:\n${output.join('\n')}`)));
      });
      const javaPid = await started;
      await expect
        .poll(() => output.some((line) => line.startsWith('GraphQL API: ')), { timeout: 120_000 })
        .toBe(true);
      process.kill(javaPid, 'SIGKILL');
      // Another listener takes the Bolt port the moment it is free: every restart fails.
      blocker = createServer();
      await expect
        .poll(
          () =>
            new Promise<boolean>((resolveListen) => {
              blocker!.once('error', () => resolveListen(false));
              blocker!.listen(neo4jPort, '127.0.0.1', () => resolveListen(true));
            }),
          { timeout: 10_000, interval: 20 },
        )
        .toBe(true);
      const began = Date.now();
      const code = await Promise.race([
        exited,
        new Promise<string>((resolveTimeout) =>
          setTimeout(() => resolveTimeout('timeout'), 180_000),
        ),
      ]);
      console.log(`gave up and exited ${Date.now() - began} ms after the kill`);
      expect(code).toBe(1);
      const text = output.join('\n');
      expect(text).toContain('killed by SIGKILL');
      expect(
        output.filter((line) => /restart \d failed after .* is already in use/.test(line)),
      ).toHaveLength(5);
      const giveUps = output.filter((line) =>
        line.includes('embedded Neo4j: giving up after 5 failed restarts in a row'),
      );
      expect(giveUps.length).toBeGreaterThanOrEqual(1);
      expect(giveUps.join('\n')).toContain(`port ${neo4jPort} on 127.0.0.1 is already in use`);
      expect(text).toMatch(/stopping: the database is gone: embedded Neo4j: giving up/);
      for (const attempt of [1, 2, 3, 4, 5])
        expect(text).toContain(`embedded Neo4j: restart ${attempt} failed after`);
      expect(isAlive(javaPid)).toBe(false);
    } finally {
      blocker?.close();
      if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
    }
  }, 300_000);
});
