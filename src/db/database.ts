/**
 * Opens the database the configuration names: the embedded Neo4j (started here) or an
 * external server (started by someone else). Returns the gateway and a close() that
 * releases both in the right order.
 */
import type { AppConfig } from '../config.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../neo4j-runtime/embedded-neo4j.ts';
import { loadOrCreateNeo4jPassword, NEO4J_USER } from '../neo4j-runtime/neo4j-password.ts';
import { createDriver } from './driver.ts';
import { Neo4jGateway } from './gateway.ts';

export interface OpenDatabase {
  readonly gateway: Neo4jGateway;
  /** Human-readable: which database this process uses. */
  readonly description: string;
  readonly embedded: EmbeddedNeo4j | undefined;
  close(): Promise<void>;
}

export async function openDatabase(
  config: AppConfig,
  log: (line: string) => void = () => {},
  transactionTimeoutMs = config.transactionTimeoutMs,
): Promise<OpenDatabase> {
  let embedded: EmbeddedNeo4j | undefined;
  let uri: string;
  let description: string;
  let password: string | undefined;
  const settings = config.neo4j;
  if (settings.mode === 'embedded') {
    // Our own Neo4j requires a login too, so that only this account can write around the API.
    password = loadOrCreateNeo4jPassword(settings.passwordFile);
    embedded = await startEmbeddedNeo4j({
      port: settings.port,
      dataDir: settings.dataDir,
      pageCache: settings.pageCache,
      passwordFile: settings.passwordFile,
      log,
    });
    uri = embedded.uri;
    description = `embedded Neo4j 5.26 at ${uri} (data in ${settings.dataDir})`;
  } else {
    uri = settings.uri;
    description = `Neo4j at ${uri}${settings.database ? ` (database ${settings.database})` : ''}`;
  }
  const driver =
    settings.mode === 'external'
      ? createDriver({
          uri,
          user: settings.user,
          password: settings.password,
          database: settings.database,
        })
      : createDriver({ uri, user: NEO4J_USER, password });
  const gateway = new Neo4jGateway(driver, {
    database: settings.mode === 'external' ? settings.database : undefined,
    transactionTimeoutMs,
    clientDeadlineMs: transactionTimeoutMs > 0 ? transactionTimeoutMs + 1_000 : undefined,
  });
  return {
    gateway,
    description,
    embedded,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}
