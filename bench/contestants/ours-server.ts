/**
 * Contestant "ours": the real API as `npm start` serves it against a Neo4j of one's own:
 * configuration from src/config.ts `readConfig` (NEO4J_URI set, PORT 0), the database opened
 * by src/db/database.ts `openDatabase` (product driver settings, transaction budget, client
 * deadline), the HTTP API from src/app.ts `serveApi`. Only the gateway's driver is swapped
 * for the recorder's view of the same driver, so whatever src/ configures is what runs.
 */
// As `npm start` runs (src/production-env.ts), for all three contestants alike.
import '../../src/production-env.ts';
import type { Driver } from 'neo4j-driver';
import { serveApi } from '../../src/app.ts';
import { readConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/database.ts';
import { serveContestant } from './contestant-child.ts';

const logger = {
  info: () => {},
  error: (message: string, error?: unknown) =>
    console.error(`[ours] ${message}`, error instanceof Error ? error.message : (error ?? '')),
};

await serveContestant(async (uri, record) => {
  const config = readConfig({ ...process.env, NEO4J_URI: uri, PORT: '0', HOST: '127.0.0.1' });
  const database = await openDatabase(config);
  // The gateway keeps its driver in a readonly field that every per-request gateway
  // (forRequest) reuses; replacing it once covers every query the API sends.
  const recorded = record(database.gateway.driver);
  Object.defineProperty(database.gateway, 'driver', { value: recorded });
  if ((database.gateway.driver as Driver) !== recorded) {
    throw new Error('could not attach the recorder to the gateway: src/db/gateway.ts changed');
  }
  const app = await serveApi(config, database, logger);
  // The product warms its statements in the background after listening; the benchmark
  // times the steady state, so it starts once that is done (a few seconds, cold).
  await app.warmedUp;
  return { url: app.graphqlUrl, close: () => app.close() };
});
