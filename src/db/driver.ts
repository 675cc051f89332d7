/**
 * One neo4j-driver Driver per process. Short budgets: a request should fail in seconds
 * with a coded error when the database is gone, not hang for the driver's 60 s defaults.
 */
import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jConnection {
  readonly uri: string;
  readonly user?: string;
  readonly password?: string;
  readonly database?: string | undefined;
}

export function createDriver(connection: Neo4jConnection): Driver {
  const auth =
    connection.user && connection.password
      ? neo4j.auth.basic(connection.user, connection.password)
      : undefined;
  return neo4j.driver(connection.uri, auth, {
    // Neo4j integers come back as JS numbers: every integer in our graph is far below 2^53.
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: 3_000,
    maxConnectionPoolSize: 50,
    userAgent: 'techniekpact-graph',
  });
}
