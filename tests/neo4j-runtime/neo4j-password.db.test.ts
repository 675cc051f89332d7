/**
 * The embedded Neo4j started with a password file (as `npm start` and the test suite start
 * it) refuses Bolt logins without that password, accepts it, and keeps it across a restart
 * (the launcher sets it again at every start and tolerates it being unchanged). A real
 * Neo4j of its own, so that the suite's Neo4j is not restarted.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freePort,
  startEmbeddedNeo4j,
  startRestartableNeo4j,
  type RestartableNeo4j,
} from '../../src/neo4j-runtime/embedded-neo4j.ts';
import { loadOrCreateNeo4jPassword, NEO4J_USER } from '../../src/neo4j-runtime/neo4j-password.ts';

const home = mkdtempSync(join(tmpdir(), 'techniekpact-neo4j-auth-'));
const passwordFile = join(home, 'secrets', 'neo4j-password');
let password: string;
let server: RestartableNeo4j | undefined;

beforeAll(async () => {
  password = loadOrCreateNeo4jPassword(passwordFile);
  server = await startRestartableNeo4j({
    port: 0,
    dataDir: join(home, 'neo4j'),
    passwordFile,
    heap: '512m',
    pageCache: '64m',
  });
});
afterAll(async () => {
  await server?.close();
  rmSync(home, { recursive: true, force: true });
});

/** What one login gets: the answer of RETURN 1, or the server's error code. */
async function login(
  token: ReturnType<typeof neo4j.auth.basic> | undefined,
  uri = server!.uri,
): Promise<string> {
  const driver = neo4j.driver(uri, token, { connectionTimeout: 1_000, maxTransactionRetryTime: 0 });
  try {
    const { records } = await driver.executeQuery('RETURN 1 AS one');
    return `answered ${String(records[0]!.get('one'))}`;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await driver.close();
  }
}

describe('the embedded Neo4j with a password', () => {
  it('keeps its password file private (mode 0600)', () => {
    expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
    expect(server!.password).toBe(password);
  });

  it('refuses a login without credentials, with the wrong password, or the default one', async () => {
    expect(await login(undefined)).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await login(neo4j.auth.basic(NEO4J_USER, `${password}x`))).toBe(
      'Neo.ClientError.Security.Unauthorized',
    );
    expect(await login(neo4j.auth.basic(NEO4J_USER, 'neo4j'))).toBe(
      'Neo.ClientError.Security.Unauthorized',
    );
  });

  it('accepts the password from the file, also after a restart', async () => {
    expect(await login(neo4j.auth.basic(NEO4J_USER, password))).toBe('answered 1');
    // The same password set again: Neo4j refuses "the same password", the launcher accepts it.
    await server!.stop();
    await server!.start();
    expect(await login(neo4j.auth.basic(NEO4J_USER, password))).toBe('answered 1');
    expect(await login(undefined)).toBe('Neo.ClientError.Security.Unauthorized');
  });
});

describe('the first start of a new store', () => {
  it('never lets the default neo4j/neo4j log in, not even while the DBMS comes up', async () => {
    const first = mkdtempSync(join(tmpdir(), 'techniekpact-neo4j-first-'));
    const firstPasswordFile = join(first, 'secrets', 'neo4j-password');
    const firstPassword = loadOrCreateNeo4jPassword(firstPasswordFile);
    const port = await freePort();
    const uri = `bolt://127.0.0.1:${port}`;
    // Logs in as neo4j/neo4j back to back from before the JVM starts until Bolt first answers,
    // then every 6 s until the start is done (each refusal locks the user for 5 s, which
    // would also keep our own login out): every answer but a refused connection, Unauthorized
    // or that lock is a way in (CredentialsExpired is a login that may set a password).
    const answers = new Map<string, number>();
    let starting = true;
    const attacker = (async () => {
      while (starting) {
        const answer = await login(neo4j.auth.basic(NEO4J_USER, 'neo4j'), uri);
        const kind = answer === 'ServiceUnavailable' ? 'not listening' : answer;
        answers.set(kind, (answers.get(kind) ?? 0) + 1);
        if (kind !== 'not listening') await new Promise((resolve) => setTimeout(resolve, 6_000));
      }
    })();
    try {
      const started = await startEmbeddedNeo4j({
        port,
        dataDir: join(first, 'neo4j'),
        passwordFile: firstPasswordFile,
        heap: '512m',
        pageCache: '64m',
      });
      try {
        starting = false;
        await attacker;
        console.log(`first start: neo4j/neo4j attempts ${JSON.stringify([...answers])}`);
        const refusals = new Set([
          'not listening',
          'Neo.ClientError.Security.Unauthorized',
          'Neo.ClientError.Security.AuthenticationRateLimit',
        ]);
        expect([...answers.keys()].filter((kind) => !refusals.has(kind))).toEqual([]);
        expect(answers.get('Neo.ClientError.Security.Unauthorized') ?? 0).toBeGreaterThan(0);
        // Our login works, once Neo4j's lock after the failed attempts has passed.
        await expect
          .poll(() => login(neo4j.auth.basic(NEO4J_USER, firstPassword), uri), {
            timeout: 20_000,
            interval: 1_000,
          })
          .toBe('answered 1');
      } finally {
        await started.stop();
      }
    } finally {
      starting = false;
      await attacker;
      rmSync(first, { recursive: true, force: true });
    }
  }, 240_000);
});
