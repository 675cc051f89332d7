/**
 * `npm run neo4j`: the embedded Neo4j alone, in the foreground, for Neo4j Browser or
 * cypher-shell sessions (bolt://127.0.0.1:7687, user neo4j, the password in
 * data/secrets/neo4j-password). Ctrl-C stops it cleanly.
 */
import { readConfig } from '../config.ts';
import { startEmbeddedNeo4j } from './embedded-neo4j.ts';
import { loadOrCreateNeo4jPassword, NEO4J_USER } from './neo4j-password.ts';

const config = readConfig();
if (config.neo4j.mode !== 'embedded') {
  console.error('NEO4J_URI is set: there is no embedded Neo4j to start.');
  process.exit(1);
}
try {
  const { passwordFile } = config.neo4j;
  loadOrCreateNeo4jPassword(passwordFile);
  const server = await startEmbeddedNeo4j({
    port: config.neo4j.port,
    dataDir: config.neo4j.dataDir,
    pageCache: config.neo4j.pageCache,
    passwordFile,
    log: (line) => console.log(line),
  });
  // The password is not printed (logs get shared); the commands read it from its file.
  console.log(
    [
      `user ${NEO4J_USER}, password in ${passwordFile} (readable by this account only)`,
      `  cypher-shell: cypher-shell -a ${server.uri} -u ${NEO4J_USER} -p "$(cat '${passwordFile}')"`,
      `  Neo4j Browser: connect URL ${server.uri}, authentication "Username / Password",`,
      `    user ${NEO4J_USER}, password: the file's content (cat '${passwordFile}')`,
    ].join('\n'),
  );
  const stop = () => void server.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await server.exited;
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
