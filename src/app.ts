/**
 * The main job, composed: database (embedded or external), schema, seed import when the
 * database is empty, then the HTTP API. `npm start` (src/main.ts) and the test suite both
 * start the product through here, so tests exercise what users run.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApolloServer } from './api/apollo-server.ts';
import { createHttpServer } from './api/http-server.ts';
import { createEditLimiter } from './auth/edit-limiter.ts';
import { createTokenVerifier } from './auth/tokens.ts';
import { startWarmUp } from './api/warm-up.ts';
import type { AppConfig } from './config.ts';
import { openDatabase, type OpenDatabase } from './db/database.ts';
import type { Neo4jGateway } from './db/gateway.ts';
import { createExportRoutes } from './export/export-routes.ts';
import { DEFAULT_PUBLIC_BASE_URL } from './export/rdf-vocabulary.ts';
import { composeRoutes, createExplorerRoutes } from './explorer/explorer-routes.ts';
import { prepareDatabase } from './import/prepare-database.ts';
import { createReconcileRoutes } from './reconcile/reconcile-routes.ts';
import { consoleLogger, type Logger } from './logger.ts';

export interface RunningApp {
  readonly url: string;
  readonly graphqlUrl: string;
  readonly gateway: Neo4jGateway;
  readonly database: OpenDatabase;
  readonly server: Server;
  /** The start-up warm-up (src/api/warm-up.ts), begun once the server listens; never rejects. */
  readonly warmedUp: Promise<void>;
  close(): Promise<void>;
}

export async function startApp(
  config: AppConfig,
  logger: Logger = consoleLogger,
): Promise<RunningApp> {
  const database = await openDatabase(
    config,
    (line) => logger.info(line),
    config.transactionTimeoutMs,
    { logError: (line) => logger.error(line) },
  );
  try {
    await prepareDatabase(database.gateway, logger);
    return await serveApi(config, database, logger);
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Starts the HTTP API on an open database (tests use this with their own Neo4j). */
export async function serveApi(
  config: AppConfig,
  database: OpenDatabase,
  logger: Logger,
): Promise<RunningApp> {
  const apollo = createApolloServer(logger);
  await apollo.start();
  // The explorer's bundle builds while the server starts; a failure is logged and answered
  // with a 500 on its routes, but never keeps the API down.
  const explorer = createExplorerRoutes({
    dev: config.explorerDev,
    log: (line) => logger.error(line),
  });
  const server = createHttpServer({
    apollo,
    gateway: database.gateway,
    verifier: createTokenVerifier(config.auth),
    editLimiter: createEditLimiter(config.mutationsPerMinute),
    logger,
    corsOrigins: config.corsOrigins,
    extraRoutes: composeRoutes(
      explorer.routes,
      createExportRoutes(database.gateway, {
        publicBaseUrl: config.publicBaseUrl ?? DEFAULT_PUBLIC_BASE_URL,
      }),
      createReconcileRoutes(
        database.gateway,
        logger,
        config.publicBaseUrl ?? DEFAULT_PUBLIC_BASE_URL,
      ),
    ),
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  // After listen, so that /health/ready answers at once; requests are served meanwhile.
  const warmUp = startWarmUp(apollo, database.gateway);
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    gateway: database.gateway,
    database,
    server,
    warmedUp: warmUp.done,
    async close() {
      warmUp.stop();
      // Stop accepting, let in-flight requests finish, then the driver, then Neo4j.
      await new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeIdleConnections();
      });
      await apollo.stop();
      await database.close();
    },
  };
}
