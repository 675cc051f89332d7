/**
 * The database as the server and the export expect it: the graph schema (constraints,
 * indexes) in place, and the seed graph imported into an empty database; a database with
 * data is left as it is.
 */
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import type { Neo4jGateway } from '../db/gateway.ts';
import { ensureGraphSchema } from '../db/graph-schema.ts';
import type { Logger } from '../logger.ts';
import { loadSeedGraph } from '../seeds/load-seeds.ts';
import { importSeedGraph, isGraphEmpty } from './import-graph.ts';

export async function prepareDatabase(gateway: Neo4jGateway, logger: Logger): Promise<void> {
  await ensureGraphSchema(gateway);
  if (await isGraphEmpty(gateway)) {
    logger.info('the database is empty: importing the seed graph');
    const graph = loadSeedGraph({ seedsDir: join(PROJECT_ROOT, 'seeds') });
    const report = await importSeedGraph(gateway, graph, { log: (line) => logger.info(line) });
    const nodes = Object.values(report.nodesByLabel).reduce((a, b) => a + b, 0);
    const relationships = Object.values(report.relationshipsByType).reduce((a, b) => a + b, 0);
    logger.info(
      `imported ${nodes} nodes and ${relationships} relationships in ${(report.durationMs / 1000).toFixed(1)} s`,
    );
  }
}
