/**
 * The offline bulk import (src/import/bulk-import.ts): writes the same graph as the staged
 * import (the suite's shared database, imported at set-up, is the reference: counts, the
 * content checksum over every property, the indexes and constraints), and is all or
 * nothing: bad input, or a failure after the new store is in place, leaves the database
 * empty and Neo4j answering, with an error that says at which step and for which seed
 * node. On a Neo4j of its own, since the bulk import stops and starts it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.ts';
import { Neo4jGateway } from '../../src/db/gateway.ts';
import { BulkImportError, bulkImportSeedGraph } from '../../src/import/bulk-import.ts';
import { contentChecksum, countGraph } from '../../src/import/import-graph.ts';
import {
  startRestartableNeo4j,
  type RestartableNeo4j,
} from '../../src/neo4j-runtime/embedded-neo4j.ts';
import { loadSeedGraph, type SeedGraph, type SeedNode } from '../../src/seeds/load-seeds.ts';
import { SEEDS_DIR } from '../support/seed-fixtures.ts';
import { testGateway } from '../support/test-api.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'techniekpact-bulk-import-'));
let neo4j: RestartableNeo4j | undefined;
const graph: SeedGraph = loadSeedGraph({ seedsDir: SEEDS_DIR });

interface Reference {
  counts: Awaited<ReturnType<typeof countGraph>>;
  checksum: string;
  schema: unknown;
}
let expected: Reference;

/** Indexes and constraints as SHOW lists them, without ids (names are ours or Neo4j's). */
async function schemaOf(gateway: Neo4jGateway): Promise<unknown> {
  const indexes = await gateway.read(`
    SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, indexProvider,
      owningConstraint, options, state
    RETURN name, type, entityType, labelsOrTypes, properties, indexProvider, owningConstraint,
      options, state ORDER BY name`);
  const constraints = await gateway.read(`
    SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties, ownedIndex
    RETURN name, type, entityType, labelsOrTypes, properties, ownedIndex ORDER BY name`);
  return { indexes, constraints };
}

async function withGateway<T>(work: (gateway: Neo4jGateway) => Promise<T>): Promise<T> {
  const driver = createDriver({ uri: neo4j!.uri });
  try {
    return await work(new Neo4jGateway(driver));
  } finally {
    await driver.close();
  }
}

async function nodeCount(): Promise<number> {
  return withGateway(async (gateway) => {
    const [row] = await gateway.read('MATCH (n) RETURN count(n) AS count');
    return Number(row?.count);
  });
}

/** Empty, and usable: a write commits and reads back. */
async function expectEmptyAndUsable(): Promise<void> {
  expect(neo4j!.current).toBeDefined();
  expect(await nodeCount()).toBe(0);
  await withGateway(async (gateway) => {
    await gateway.writeTransaction((tx) => tx.run('CREATE (:Probe {value: 1})'), 0);
    const [row] = await gateway.read('MATCH (p:Probe) RETURN p.value AS value');
    expect(row?.value).toBe(1);
    await gateway.writeTransaction((tx) => tx.run('MATCH (p:Probe) DELETE p'), 0);
  });
  expect(existsSync(join(dataDir, 'bulk-import'))).toBe(false);
}

beforeAll(async () => {
  const reference = testGateway();
  try {
    expected = {
      counts: await countGraph(reference),
      checksum: await contentChecksum(reference),
      schema: await schemaOf(reference),
    };
  } finally {
    await reference.driver.close();
  }
  neo4j = await startRestartableNeo4j({ port: 0, dataDir, heap: '512m', pageCache: '64m' });
});

afterAll(async () => {
  await neo4j?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('bulk import into an empty database', () => {
  it('fails on a value Neo4j cannot store, naming the seed node, and leaves the database empty', async () => {
    const victim = graph.nodes[17]!;
    const bad: SeedNode = {
      ...victim,
      properties: { ...victim.properties, note: { nested: 'map' } as unknown as string },
    };
    const nodes = graph.nodes.map((n) => (n === victim ? bad : n));
    // The input streamed to the importer's stdin (the comparison mode), so that this path runs too.
    const error: unknown = await bulkImportSeedGraph({ ...graph, nodes }, neo4j!, {
      input: 'stream',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BulkImportError);
    expect((error as BulkImportError).step).toBe('running the bulk importer');
    expect((error as Error).message).toContain(
      `bulk import failed while running the bulk importer: node input line 18: ` +
        `property 'note': a map cannot be stored as a property value ` +
        `(node '${victim.id}', ${victim.file}:${victim.line})`,
    );
    expect((error as Error).message).toMatch(/the empty database put back and Neo4j started/);
    await expectEmptyAndUsable();
  }, 180_000);

  it('undoes a failure after the new store is in place: empty again, Neo4j started', async () => {
    const error: unknown = await bulkImportSeedGraph(graph, neo4j!, {
      afterStep: (step) => {
        if (step === 'starting Neo4j on the new store') throw new Error('simulated failure');
      },
    }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /^bulk import failed while starting Neo4j on the new store: simulated failure; the new store was removed/,
    );
    expect((error as Error).cause).toBeInstanceOf(Error);
    await expectEmptyAndUsable();
  }, 180_000);

  it('refuses a database that holds data, or a graph with a dangling end, without stopping Neo4j', async () => {
    const pid = neo4j!.current!.pid;
    await withGateway((gateway) => gateway.writeTransaction((tx) => tx.run('CREATE (:Probe)'), 0));
    await expect(bulkImportSeedGraph(graph, neo4j!)).rejects.toThrow(
      /checking that the database is empty: the bulk import writes a new store and needs an empty database, but it holds 1 nodes; Neo4j was not stopped/,
    );
    await withGateway((gateway) =>
      gateway.writeTransaction((tx) => tx.run('MATCH (p:Probe) DELETE p'), 0),
    );

    const [first, ...rest] = graph.relationships;
    const dangling = { ...graph, relationships: [{ ...first!, to: 'no-such-node' }, ...rest] };
    await expect(bulkImportSeedGraph(dangling, neo4j!)).rejects.toThrow(
      `checking the graph: relationship ${first!.key} (${first!.file}:${first!.line}) refers to no node 'no-such-node'`,
    );
    expect(neo4j!.current!.pid).toBe(pid);
    await expectEmptyAndUsable();
  }, 60_000);

  it('writes the graph the staged import writes: counts, every property, indexes and constraint', async () => {
    const progress: string[] = [];
    const report = await bulkImportSeedGraph(graph, neo4j!, {
      onProgress: (line) => progress.push(line),
    });
    expect(report.mode).toBe('bulk');
    expect(report.rows).toBe(graph.nodes.length + graph.relationships.length);
    expect({
      nodesByLabel: report.nodesByLabel,
      relationshipsByType: report.relationshipsByType,
    }).toEqual(expected.counts);
    await withGateway(async (gateway) => {
      expect(await countGraph(gateway)).toEqual(expected.counts);
      expect(await contentChecksum(gateway)).toBe(expected.checksum);
      expect(await schemaOf(gateway)).toEqual(expected.schema);
    });
    expect(progress).toContain('building the indexes');
    expect(existsSync(join(dataDir, 'bulk-import'))).toBe(false);
  }, 180_000);
});
