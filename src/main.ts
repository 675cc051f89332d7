/**
 * `npm start`: the embedded Neo4j (or the one NEO4J_URI names), the seed graph, and the
 * GraphQL API at http://localhost:4000/graphql, with the explorer at /. Ctrl-C or SIGTERM stops all of it cleanly.
 * When the embedded Neo4j's supervisor gives up restarting it, the process stops the API
 * and exits with code 1 and the supervisor's message, so that whatever runs `npm start`
 * (systemd, a container runtime) restarts or reports it, instead of a process that
 * answers 503 for as long as it runs.
 */
import './production-env.ts';
import { readConfig } from './config.ts';
import { startApp } from './app.ts';
import { consoleLogger } from './logger.ts';

const config = readConfig();
try {
  const app = await startApp(config, consoleLogger);
  console.log(`database: ${app.database.description}`);
  console.log(
    `GraphQL API: ${app.graphqlUrl} (GraphiQL in a browser; health: ${app.url}/health/ready)`,
  );
  console.log(`Explorer: ${app.url}/`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the API and the database...`);
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`error while stopping: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  void app.database.lost?.then((error) => {
    if (stopping) return;
    stopping = true;
    console.error(`stopping: the database is gone: ${error.message}`);
    const exit = () => process.exit(1);
    app.close().then(exit, exit);
  });
} catch (error) {
  console.error(`could not start: ${(error as Error).message}`);
  process.exit(1);
}
