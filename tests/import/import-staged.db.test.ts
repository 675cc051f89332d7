/**
 * The staged import (into an empty database: a journal, then one transaction per batch) is
 * still all or nothing: a failure part-way removes everything it wrote and its journal, a
 * journal left by an interrupted import makes the next import remove the partial data and
 * start again, and the graph it writes is the one the one-transaction import writes.
 * On a Neo4j of its own, since every test here empties the database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.ts';
import { SCHEMA_STATEMENTS } from '../../src/db/graph-schema.ts';
import { Neo4jGateway } from '../../src/db/gateway.ts';
import {
  contentChecksum,
  countGraph,
  importSeedGraph,
  isGraphEmpty,
} from '../../src/import/import-graph.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j-runtime/embedded-neo4j.ts';
import { loadSeedGraph, type SeedGraph } from '../../src/seeds/load-seeds.ts';
import { SEEDS_DIR } from '../support/seed-fixtures.ts';
import { testGateway } from '../support/test-api.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'techniekpact-import-staged-'));
let neo4j: EmbeddedNeo4j | undefined;
let gateway: Neo4jGateway;
const graph: SeedGraph = loadSeedGraph({ seedsDir: SEEDS_DIR });
const BATCH = 40;
/** Node batches come first (per label, `BATCH` rows each), then relationship batches. */
const nodeBatches = [...new Set(graph.nodes.map((n) => n.label))]
  .map((label) => Math.ceil(graph.nodes.filter((n) => n.label === label).length / BATCH))
  .reduce((a, b) => a + b, 0);
/** The suite's database, imported by the global setup: the graph every import must give. */
let expected: { counts: Awaited<ReturnType<typeof countGraph>>; checksum: string };

beforeAll(async () => {
  const reference = testGateway();
  try {
    expected = { counts: await countGraph(reference), checksum: await contentChecksum(reference) };
  } finally {
    await reference.driver.close();
  }
  neo4j = await startEmbeddedNeo4j({ port: 0, dataDir, heap: '512m', pageCache: '64m' });
  gateway = new Neo4jGateway(createDriver({ uri: neo4j.uri }));
});

afterAll(async () => {
  await gateway?.driver.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(async () => {
  await gateway.writeTransaction((tx) => tx.run('MATCH (n) DETACH DELETE n'), 0);
});

/** Everything in the database, whatever its labels: nodes, relationships, journals. */
async function everything(): Promise<{ nodes: number; relationships: number; journals: number }> {
  const [row] = await gateway.read(`
    CALL { MATCH (n) RETURN count(n) AS nodes }
    CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
    CALL { MATCH (j:ImportJournal) RETURN count(j) AS journals }
    RETURN nodes, relationships, journals`);
  return {
    nodes: Number(row?.nodes),
    relationships: Number(row?.relationships),
    journals: Number(row?.journals),
  };
}

const empty = { nodes: 0, relationships: 0, journals: 0 };

/** The staged import drops our indexes and builds them at the end; they must be back. */
async function expectSchemaComplete(): Promise<void> {
  const rows = await gateway.read('SHOW INDEXES YIELD name, state RETURN name, state');
  const online = rows.filter((r) => r.state === 'ONLINE').map((r) => String(r.name));
  for (const statement of SCHEMA_STATEMENTS) {
    const name = /(?:CONSTRAINT|INDEX) (\w+) IF NOT EXISTS/.exec(statement)![1]!;
    expect(online, name).toContain(name);
  }
}

describe('staged import into an empty database', () => {
  it('writes the same graph as the one-transaction import (counts and content checksum)', async () => {
    const oneTransaction = await importSeedGraph(gateway, graph, {
      emptyDatabase: 'one-transaction',
    });
    expect(oneTransaction.mode).toBe('one-transaction');
    const viaOneTransaction = await contentChecksum(gateway);

    await gateway.writeTransaction((tx) => tx.run('MATCH (n) DETACH DELETE n'), 0);
    // A batch size that divides nothing evenly, and two sessions for the node batches.
    const staged = await importSeedGraph(gateway, graph, { batchSize: 37, nodeSessions: 2 });
    expect(staged.mode).toBe('staged');
    expect(staged.rows).toBe(graph.nodes.length + graph.relationships.length);
    expect(await countGraph(gateway)).toEqual(expected.counts);
    expect(await contentChecksum(gateway)).toBe(viaOneTransaction);
    expect(viaOneTransaction).toBe(expected.checksum);
    expect((await everything()).journals).toBe(0);
    await expectSchemaComplete();
  }, 180_000);

  it.each([
    ['a node batch', 3],
    ['a relationship batch', nodeBatches + 2],
  ])('leaves the database empty, without its journal, when %s fails', async (_what, failAt) => {
    const log: string[] = [];
    let seen = empty;
    await expect(
      importSeedGraph(gateway, graph, {
        batchSize: BATCH,
        log: (line) => log.push(line),
        afterBatch: async (index) => {
          if (index === failAt) {
            // The batches so far are committed, under the journal.
            seen = await everything();
            throw new Error(`simulated failure after batch ${index}`);
          }
        },
      }),
    ).rejects.toThrow(`simulated failure after batch ${failAt}`);
    expect(seen.journals).toBe(1);
    expect(seen.nodes).toBeGreaterThan(1);
    if (failAt > nodeBatches) expect(seen.relationships).toBeGreaterThan(0);
    expect(await everything()).toEqual(empty);
    expect(log.join('\n')).toMatch(/the import failed; its \d+ nodes were removed/);
    await expectSchemaComplete();
  });

  it("rethrows the database's own error (a duplicate id) and removes what was written", async () => {
    const organisation = graph.nodes.find((n) => n.label === 'Organisation')!;
    // Validation would refuse this graph; here it reaches Neo4j, whose id constraint does.
    const duplicated: SeedGraph = { ...graph, nodes: [...graph.nodes, organisation] };
    await expect(importSeedGraph(gateway, duplicated, { batchSize: 100 })).rejects.toThrow(
      // Neo4j names the id, whether the constraint refuses the row or the graph at the end.
      new RegExp(`${organisation.id}`),
    );
    expect(await everything()).toEqual(empty);
    await expectSchemaComplete();
  });

  it('removes the partial data an interrupted import left (its journal) and imports again', async () => {
    // What a killed import leaves: its journal, and some committed batches.
    await gateway.writeTransaction(async (tx) => {
      await tx.run(
        "CREATE (:ImportJournal {startedAt: '2020-01-01T00:00:00.000Z', nodes: 1, relationships: 1})",
      );
      await tx.run(
        `
        CREATE (a:Node:Organisation {id: $a, name: 'partial'})
        CREATE (b:Node:Organisation {id: 'org-not-in-the-seeds', name: 'partial'})
        CREATE (a)-[:MEMBER_OF {id: 'partial'}]->(b)`,
        { a: graph.nodes.find((n) => n.label === 'Organisation')!.id },
      );
    }, 0);
    expect(await isGraphEmpty(gateway)).toBe(true);

    const log: string[] = [];
    const report = await importSeedGraph(gateway, graph, { log: (line) => log.push(line) });
    expect(report.mode).toBe('staged');
    expect(log.join('\n')).toMatch(/interrupted import \(started 2020-01-01T00:00:00.000Z\)/);
    expect(log.join('\n')).toMatch(/removed 2 nodes of the interrupted import/);
    expect(await countGraph(gateway)).toEqual(expected.counts);
    expect(await contentChecksum(gateway)).toBe(expected.checksum);
    expect((await everything()).journals).toBe(0);
    expect(await isGraphEmpty(gateway)).toBe(false);
  });

  it('counts a database with only a journal as empty, and one with the graph as not', async () => {
    expect(await isGraphEmpty(gateway)).toBe(true);
    await gateway.writeTransaction((tx) => tx.run("CREATE (:ImportJournal {startedAt: 'x'})"), 0);
    expect(await isGraphEmpty(gateway)).toBe(true);
    await importSeedGraph(gateway, graph);
    expect(await isGraphEmpty(gateway)).toBe(false);
  });
});
