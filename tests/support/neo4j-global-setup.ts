/**
 * Starts one real Neo4j (the project's embedded runtime) on a free port with a fresh
 * temporary data directory, loads the seed graph, and hands the Bolt URI and the `neo4j`
 * user's password to the tests. It requires a password, as the product's embedded Neo4j
 * does, so that a test connecting without one fails here as it would in production.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { prepareDatabase } from '../../src/import/prepare-database.ts';
import { createDriver } from '../../src/db/driver.ts';
import { Neo4jGateway } from '../../src/db/gateway.ts';
import { startEmbeddedNeo4j } from '../../src/neo4j-runtime/embedded-neo4j.ts';
import { loadOrCreateNeo4jPassword, NEO4J_USER } from '../../src/neo4j-runtime/neo4j-password.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    /** The password of user `neo4j` (NEO4J_USER) on the suite's Neo4j. */
    neo4jPassword: string;
  }
}

export default async function setup(project: TestProject) {
  const home = mkdtempSync(join(tmpdir(), 'techniekpact-test-neo4j-'));
  const dataDir = join(home, 'neo4j');
  const passwordFile = join(home, 'secrets', 'neo4j-password');
  const password = loadOrCreateNeo4jPassword(passwordFile);
  const neo4j = await startEmbeddedNeo4j({
    port: 0,
    dataDir,
    passwordFile,
    heap: '1g',
    pageCache: '128m',
  });
  const driver = createDriver({ uri: neo4j.uri, user: NEO4J_USER, password });
  try {
    await prepareDatabase(new Neo4jGateway(driver), { info: () => {}, error: () => {} });
  } finally {
    await driver.close();
  }
  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jPassword', password);
  return async () => {
    await neo4j.stop();
    rmSync(home, { recursive: true, force: true });
  };
}
