/**
 * Constraints and indexes, created idempotently (IF NOT EXISTS) at start-up and before
 * every import. All seed nodes carry the shared label :Node, so one uniqueness
 * constraint makes `id` unique across the whole graph, as the graph contract says.
 */
import type { Neo4jGateway } from './gateway.ts';

export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT node_id_unique IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX action_number IF NOT EXISTS FOR (n:Action) ON (n.number)',
  'CREATE INDEX node_sort_name IF NOT EXISTS FOR (n:Node) ON (n.sortName)',
  'CREATE INDEX organisation_sort_name IF NOT EXISTS FOR (n:Organisation) ON (n.sortName)',
  'CREATE INDEX programme_sort_name IF NOT EXISTS FOR (n:Programme) ON (n.sortName)',
  'CREATE INDEX topsector_sort_name IF NOT EXISTS FOR (n:Topsector) ON (n.sortName)',
  'CREATE INDEX region_sort_name IF NOT EXISTS FOR (n:Region) ON (n.sortName)',
  'CREATE INDEX milestone_date IF NOT EXISTS FOR (n:Milestone) ON (n.date)',
  // standard-folding lowercases and folds accents: "beta techniek" finds "Bèta Techniek".
  `CREATE FULLTEXT INDEX node_search IF NOT EXISTS FOR (n:Node) ON EACH [n.name, n.searchAliases]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
] as const;

export async function ensureGraphSchema(gateway: Neo4jGateway): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await gateway.schema(statement);
  await gateway.schema('CALL db.awaitIndexes(60)');
}
