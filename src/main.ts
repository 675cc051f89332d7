/**
 * `npm start`: the embedded Neo4j (or the one NEO4J_URI names), the seed graph, and the
 * GraphQL API at http://localhost:4000/graphql, with the explorer at /. Ctrl-C or SIGTERM stops all of it cleanly.
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
} catch (error) {
  console.error(`could not start: ${(error as Error).message}`);
  process.exit(1);
}
