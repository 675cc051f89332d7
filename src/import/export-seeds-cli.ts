/**
 * `npm run export-seeds [-- --dry-run]`: writes the edits made through the API into
 * seeds/graph/ (see export-seeds.ts) and says what it changed. Exit code 1 on a conflict (a
 * fact changed both in a seed file and through the API), with each one by file and line;
 * nothing is written then.
 */
import { join } from 'node:path';
import { PROJECT_ROOT, readConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { SeedValidationError } from '../seeds/load-seeds.ts';
import { SeedConflictError } from '../seeds/seed-writer.ts';
import { exportSeeds, RETRACTED_LOG } from './export-seeds.ts';

const dryRun = process.argv.includes('--dry-run');
const seedsDir = process.env.SEEDS_DIR ?? join(PROJECT_ROOT, 'seeds');

try {
  const database = await openDatabase(readConfig(), (line) => console.log(line), 0);
  try {
    console.log(`reading the curated edits of ${database.description}`);
    const report = await exportSeeds(database.gateway, { seedsDir, dryRun });
    const verb = dryRun ? 'would write' : 'wrote';
    console.log(
      `edits through revision ${report.throughRevision}: ${report.added.length} fact(s) added, ` +
        `${report.updated.length} updated, ${report.removed.length} removed (retracted), ` +
        `${report.alreadyInSeeds} already in the seeds`,
    );
    for (const write of report.writes) console.log(`  ${verb} seeds/${write.file}`);
    if (report.retractionsLogged > 0) {
      console.log(
        `  ${verb} seeds/${RETRACTED_LOG} (${report.retractionsLogged} retraction(s) with their reasons)`,
      );
    }
    if (!dryRun && report.throughRevision > 0) {
      console.log(
        'review the changes with git diff seeds/; the database keeps the edits and their history ' +
          '(npm run import -- --discard-edits would make the graph these files again, without the history).',
      );
    }
  } finally {
    await database.close();
  }
} catch (error) {
  if (error instanceof SeedConflictError || error instanceof SeedValidationError) {
    console.error(error.message);
    console.error('nothing was written.');
  } else {
    console.error(`export-seeds failed: ${(error as Error).message}`);
  }
  process.exitCode = 1;
}
