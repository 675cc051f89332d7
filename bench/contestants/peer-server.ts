/**
 * Contestant "peer": @neo4j/graphql 7 on Apollo Server 5 (startStandaloneServer), with type
 * definitions equivalent to ours (peer-type-defs.ts), on the same database. Set up as its
 * documentation shows: the driver handed to the Neo4jGraphQL constructor, deprecated
 * generated fields excluded (smaller schema, less to validate), mutations off.
 */
// As `npm start` runs (src/production-env.ts), for all three contestants alike.
import '../../src/production-env.ts';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { serveContestant } from './contestant-child.ts';
import { PEER_TYPE_DEFS } from './peer-type-defs.ts';

/** The same pool size our driver has (src/db/driver.ts). */
const MAX_CONNECTION_POOL_SIZE = 50;

await serveContestant(async (uri, record) => {
  const driver = record(
    neo4j.driver(uri, undefined, { maxConnectionPoolSize: MAX_CONNECTION_POOL_SIZE }),
  );
  const neoSchema = new Neo4jGraphQL({
    typeDefs: PEER_TYPE_DEFS,
    driver,
    features: {
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  const apollo = new ApolloServer({ schema: await neoSchema.getSchema() });
  const { url } = await startStandaloneServer(apollo, { listen: { port: 0, host: '127.0.0.1' } });
  return {
    url,
    close: async () => {
      await apollo.stop();
      await driver.close();
    },
  };
});
