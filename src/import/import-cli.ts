/**
 * `npm run import [-- --dry-run | --discard-edits]`: validates the seeds, then (unless --dry-run) loads them
 * into the configured Neo4j, all or nothing (staged into an empty database, one transaction
 * otherwise: see import-graph.ts). Exit code 1 on any problem, with every problem listed by
 * file, line and field; the database is as it was in that case.
 */
import { join } from 'node:path';
import { PROJECT_ROOT, readConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { loadSeedGraph, SeedValidationError } from '../seeds/load-seeds.ts';
import { exportSeeds } from './export-seeds.ts';
import { CuratedEditsError, importSeedGraph } from './import-graph.ts';

const dryRun = process.argv.includes('--dry-run');
const discardEdits = process.argv.includes('--discard-edits');
const seedsDir = process.env.SEEDS_DIR ?? join(PROJECT_ROOT, 'seeds');

try {
  const graph = loadSeedGraph({ seedsDir });
  console.log(
    `seeds valid: ${graph.nodes.length} nodes, ${graph.relationships.length} relationships, every quote found in the source`,
  );
  if (!dryRun) {
    const database = await openDatabase(readConfig(), (line) => console.log(line), 0);
    try {
      console.log(`importing into ${database.description}`);
      const report = await importSeedGraph(database.gateway, graph, {
        onProgress: (line) => process.stdout.write(`  ${line}\n`),
        log: (line) => console.log(line),
        curatedEdits: discardEdits ? 'discard' : 'refuse',
      }).catch(async (error: unknown) => {
        if (error instanceof CuratedEditsError) {
          // Say whether the files already hold the edits, so that discarding loses no fact.
          const pending = await exportSeeds(database.gateway, { seedsDir, dryRun: true });
          const left = pending.writes.length + pending.retractionsLogged;
          error.message +=
            left === 0
              ? '\nthe seed files already state every curated fact (exported): --discard-edits loses none of them, only their history.'
              : `\n${pending.added.length + pending.updated.length + pending.removed.length} curated fact(s) are not in the seed files yet: npm run export-seeds writes them there.`;
        }
        throw error;
      });
      console.log(
        `imported ${report.rows} rows in ${(report.durationMs / 1000).toFixed(2)} s (${report.mode})`,
      );
      console.table(report.nodesByLabel);
      console.table(report.relationshipsByType);
    } finally {
      await database.close();
    }
  }
} catch (error) {
  if (error instanceof SeedValidationError) {
    console.error(error.message);
    console.error('nothing was imported: the database is as it was.');
  } else if (error instanceof CuratedEditsError) {
    console.error(`import refused: ${error.message}`);
    console.error('nothing was imported: the database is as it was.');
  } else {
    console.error(`import failed: ${(error as Error).message}`);
  }
  process.exitCode = 1;
}
