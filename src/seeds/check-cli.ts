/**
 * `npm run check-seeds`: checks the curated seeds against the source report and prints what
 * is missing or unlinked, with coverage figures. Exit code 1 on errors (quotes not in the
 * source, invalid seeds, actions, action parts or landsdelen missing); unlinked mentions and
 * unused entities are printed as warnings only, because the report names many entities in
 * passing and a curator decides which of them deserve a relationship.
 */
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { checkSeeds, formatSeedCheckReport } from './check-seeds.ts';

const seedsDir = process.env.SEEDS_DIR ?? join(PROJECT_ROOT, 'seeds');

try {
  const report = checkSeeds(seedsDir);
  console.log(formatSeedCheckReport(report));
  if (report.failed) process.exitCode = 1;
} catch (error) {
  console.error(`check-seeds failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
