/**
 * Import faults: Neo4j killed (SIGKILL) at random points inside the import transaction,
 * restarted, the import run again: the graph is exactly the one a clean import gives
 * (same counts, same content checksum), no duplicates.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.ts';
import { Neo4jGateway } from '../../src/db/gateway.ts';
import { contentChecksum, countGraph, importSeedGraph } from '../../src/import/import-graph.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j-runtime/embedded-neo4j.ts';
import { loadSeedGraph } from '../../src/seeds/load-seeds.ts';
import { SEEDS_DIR } from '../support/seed-fixtures.ts';
import { testGateway } from '../support/test-api.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'techniekpact-import-faults-'));
let neo4j: EmbeddedNeo4j | undefined;
afterAll(async () => {
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(port = 0): Promise<{ server: EmbeddedNeo4j; gateway: Neo4jGateway }> {
  const server = await startEmbeddedNeo4j({ port, dataDir, heap: '512m', pageCache: '64m' });
  return { server, gateway: new Neo4jGateway(createDriver({ uri: server.uri })) };
}

describe('import faults', () => {
  it('gives exactly the clean graph after Neo4j is killed mid-import twice and the import re-run', async () => {
    const graph = loadSeedGraph({ seedsDir: SEEDS_DIR });
    // The reference: the suite's database, imported cleanly by the global setup.
    const reference = testGateway();
    const expected = {
      counts: await countGraph(reference),
      checksum: await contentChecksum(reference),
    };
    await reference.driver.close();

    let { server, gateway } = await start();
    neo4j = server;
    const port = server.port;
    // Kill points drawn at random; printed so that a failing run can be replayed.
    const killPoints = [5 + Math.floor(Math.random() * 30), 40 + Math.floor(Math.random() * 60)];
    console.log(`import faults: killing Neo4j after batches ${killPoints.join(' and ')}`);
    for (const killAfter of killPoints) {
      await expect(
        importSeedGraph(gateway, graph, {
          batchSize: 5,
          afterBatch: (index) => {
            if (index === killAfter) process.kill(server.pid, 'SIGKILL');
          },
        }),
      ).rejects.toThrow();
      await server.exited;
      await gateway.driver.close();
      ({ server, gateway } = await start(port));
      neo4j = server;
    }
    await importSeedGraph(gateway, graph);
    expect(await countGraph(gateway)).toEqual(expected.counts);
    expect(await contentChecksum(gateway)).toBe(expected.checksum);
    await gateway.driver.close();
  }, 300_000);
});
