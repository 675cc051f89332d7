/**
 * The benchmark's own Neo4j: the project's embedded runtime on a free port with a fresh
 * temporary data directory, sized for the graph, removed again on stop. The generated graph
 * goes into it through the offline bulk import (src/import/bulk-import.ts), which stops
 * Neo4j, writes a new store with Neo4j's batch importer and starts Neo4j again on the same
 * data directory and port: `stopForImport` / `startAfterImport`. (`--import staged` loads
 * it through the transactional staged import instead, with Neo4j running throughout.) The
 * page cache is sized for the whole store to stay in memory while the questions run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRestartableNeo4j } from '../src/neo4j-runtime/embedded-neo4j.ts';

export interface Neo4jMemory {
  readonly heap: string;
  readonly pageCache: string;
}

export interface BenchNeo4j extends Neo4jMemory {
  readonly uri: string;
  readonly dataDir: string;
  /** For the bulk import: Neo4j stopped, data kept; startAfterImport starts it again. */
  stopForImport(): Promise<void>;
  startAfterImport(): Promise<void>;
  /** Stops Neo4j and removes its data directory. */
  stop(): Promise<void>;
}

/**
 * Heap for the staged import's batched transactions and the API's queries, page cache for
 * the whole store at 1M nodes. The bench also runs three API servers and the import child
 * on the same 24 GB machine.
 */
export function memoryFor(nodes: number): Neo4jMemory {
  if (nodes <= 20_000) return { heap: '1g', pageCache: '256m' };
  if (nodes <= 200_000) return { heap: '2g', pageCache: '1g' };
  return { heap: '4g', pageCache: '4g' };
}

/**
 * The bulk importer's JVM (it runs while Neo4j is stopped, so Neo4j's memory is free):
 * heap, its page cache over the store it writes, and its off-heap budget (node and
 * relationship caches, sorting).
 */
export function bulkImportMemoryFor(nodes: number): {
  heap: string;
  pageCache: string;
  maxOffHeap: string;
} {
  if (nodes <= 200_000) return { heap: '1g', pageCache: '512m', maxOffHeap: '1g' };
  return { heap: '2g', pageCache: '2g', maxOffHeap: '2g' };
}

export async function startBenchNeo4j(
  nodes: number,
  log: (line: string) => void,
): Promise<BenchNeo4j> {
  const memory = memoryFor(nodes);
  const dataDir = mkdtempSync(join(tmpdir(), 'techniekpact-bench-neo4j-'));
  try {
    const neo4j = await startRestartableNeo4j({ port: 0, dataDir, ...memory, log });
    return {
      ...memory,
      uri: neo4j.uri,
      dataDir,
      stopForImport: () => neo4j.stop(),
      startAfterImport: () => neo4j.start(),
      async stop() {
        try {
          await neo4j.stop();
        } finally {
          rmSync(dataDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
