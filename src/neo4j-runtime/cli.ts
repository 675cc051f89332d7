/**
 * `npm run neo4j`: the embedded Neo4j alone, in the foreground, for Neo4j Browser or
 * cypher-shell sessions (bolt://127.0.0.1:7687, no auth). Ctrl-C stops it cleanly.
 */
import { readConfig } from '../config.ts';
import { startEmbeddedNeo4j } from './embedded-neo4j.ts';

const config = readConfig();
if (config.neo4j.mode !== 'embedded') {
  console.error('NEO4J_URI is set: there is no embedded Neo4j to start.');
  process.exit(1);
}
try {
  const server = await startEmbeddedNeo4j({
    port: config.neo4j.port,
    dataDir: config.neo4j.dataDir,
    pageCache: config.neo4j.pageCache,
    log: (line) => console.log(line),
  });
  const stop = () => void server.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await server.exited;
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
