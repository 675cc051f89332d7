/**
 * The benchmark's own Neo4j: the project's embedded runtime on a free port with a fresh
 * temporary data directory, sized for the graph, removed again on stop. The import into
 * an empty database commits in batches (src/import/import-graph.ts), so the heap no longer
 * has to hold the whole graph as one transaction: it holds a batch, the planner, the
 * element-id map's worth of Bolt traffic and the index population at the end. The page
 * cache is sized for the whole store to stay in memory while the questions run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedNeo4j } from '../src/neo4j-runtime/embedded-neo4j.ts';

export interface Neo4jMemory {
  readonly heap: string;
  readonly pageCache: string;
}

export interface BenchNeo4j extends Neo4jMemory {
  readonly uri: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

/**
 * Heap for batched import transactions and the API's queries, page cache for the whole
 * store at 1M nodes. The bench also runs three API servers and the
 * import child on the same 24 GB machine.
 */
export function memoryFor(nodes: number): Neo4jMemory {
  if (nodes <= 20_000) return { heap: '1g', pageCache: '256m' };
  if (nodes <= 200_000) return { heap: '2g', pageCache: '1g' };
  return { heap: '4g', pageCache: '4g' };
}

export async function startBenchNeo4j(
  nodes: number,
  log: (line: string) => void,
): Promise<BenchNeo4j> {
  const memory = memoryFor(nodes);
  const dataDir = mkdtempSync(join(tmpdir(), 'techniekpact-bench-neo4j-'));
  try {
    const neo4j = await startEmbeddedNeo4j({ port: 0, dataDir, ...memory, log });
    return {
      ...memory,
      uri: neo4j.uri,
      dataDir,
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
