/**
 * Opens the database the configuration names: the embedded Neo4j (started here, and
 * restarted when it dies: src/neo4j-runtime/neo4j-supervisor.ts) or an external server
 * (started and kept running by someone else). Returns the gateway and a close() that
 * releases both in the right order.
 */
import type { AppConfig } from '../config.ts';
import { loadOrCreateNeo4jPassword, NEO4J_USER } from '../neo4j-runtime/neo4j-password.ts';
import {
  startSupervisedNeo4j,
  type SupervisedNeo4j,
  type SupervisionPolicy,
} from '../neo4j-runtime/neo4j-supervisor.ts';
import { createDriver } from './driver.ts';
import { Neo4jGateway } from './gateway.ts';

export interface OpenDatabase {
  readonly gateway: Neo4jGateway;
  /** Human-readable: which database this process uses. */
  readonly description: string;
  readonly embedded: SupervisedNeo4j | undefined;
  /**
   * Resolves when the database is gone for good (the embedded Neo4j's supervisor gave up),
   * with the message that says why; never for an external server, which its owner restarts.
   */
  readonly lost?: Promise<Error>;
  close(): Promise<void>;
}

export interface SupervisionOptions {
  /** Where the embedded Neo4j's deaths, restarts and giving up are logged (else `log`). */
  readonly logError?: (line: string) => void;
  /** Over the supervisor's defaults (DEFAULT_SUPERVISION). */
  readonly policy?: Partial<SupervisionPolicy>;
}

export async function openDatabase(
  config: AppConfig,
  log: (line: string) => void = () => {},
  transactionTimeoutMs = config.transactionTimeoutMs,
  supervision: SupervisionOptions = {},
): Promise<OpenDatabase> {
  let embedded: SupervisedNeo4j | undefined;
  let uri: string;
  let description: string;
  let password: string | undefined;
  const settings = config.neo4j;
  if (settings.mode === 'embedded') {
    // Our own Neo4j requires a login too, so that only this account can write around the API.
    password = loadOrCreateNeo4jPassword(settings.passwordFile);
    embedded = await startSupervisedNeo4j({
      port: settings.port,
      dataDir: settings.dataDir,
      pageCache: settings.pageCache,
      passwordFile: settings.passwordFile,
      log,
      logError: supervision.logError ?? log,
      policy: supervision.policy,
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
    ...(embedded ? { lost: embedded.gaveUp } : {}),
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}
