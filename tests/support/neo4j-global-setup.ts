/**
 * Starts one real Neo4j (the project's embedded runtime) on a free port with a fresh
 * temporary data directory, loads the seed graph, and hands the Bolt URI to the tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { prepareDatabase } from '../../src/import/prepare-database.ts';
import { createDriver } from '../../src/db/driver.ts';
import { Neo4jGateway } from '../../src/db/gateway.ts';
import { startEmbeddedNeo4j } from '../../src/neo4j-runtime/embedded-neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'techniekpact-test-neo4j-'));
  const neo4j = await startEmbeddedNeo4j({ port: 0, dataDir, heap: '1g', pageCache: '128m' });
  const driver = createDriver({ uri: neo4j.uri });
  try {
    await prepareDatabase(new Neo4jGateway(driver), { info: () => {}, error: () => {} });
  } finally {
    await driver.close();
  }
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
