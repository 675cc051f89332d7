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
async function login(token: ReturnType<typeof neo4j.auth.basic> | undefined): Promise<string> {
  const driver = neo4j.driver(server!.uri, token);
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
