/**
 * For test files that edit the suite's shared graph (one Neo4j for all files, run one file
 * at a time): its checksum before the edits, and a restore that makes it the seeds again
 * (the import, discarding the edits) and checks that it is, so later files read the seeds.
 */
import { expect } from 'vitest';
import type { Neo4jGateway } from '../../src/db/gateway.ts';
import { importSeedGraph } from '../../src/import/import-graph.ts';
import { factsChecksum } from '../../src/modules/curation/replay.ts';
import { loadSeedGraph } from '../../src/seeds/load-seeds.ts';
import { SEEDS_DIR } from './seed-fixtures.ts';

export interface SharedGraphGuard {
  /** The checksum of the seed graph, taken before any edit of this file. */
  readonly seedChecksum: string;
  /** Imports the seeds over the edits and expects the seed graph's checksum. */
  restore(): Promise<void>;
}

export async function guardSharedGraph(gateway: Neo4jGateway): Promise<SharedGraphGuard> {
  const seedChecksum = await factsChecksum(gateway);
  return {
    seedChecksum,
    async restore() {
      await importSeedGraph(gateway, loadSeedGraph({ seedsDir: SEEDS_DIR }), {
        curatedEdits: 'discard',
      });
      expect(await factsChecksum(gateway)).toBe(seedChecksum);
    },
  };
}
