/**
 * The Cypher of the import. Labels and relationship types cannot be parameters in Cypher,
 * so each statement is built once per entry of the fixed tables in seed-schema.ts, never
 * from input. Values always travel as $parameters.
 */
import {
  NODE_LABEL_NAMES,
  RELATIONSHIP_TYPE_NAMES,
  type NodeLabel,
  type RelationshipType,
} from '../seeds/seed-schema.ts';

/** Nodes whose label changed in the seeds are removed first, then merged afresh. */
export const DELETE_RELABELLED_NODES = `
UNWIND $rows AS row
MATCH (n:Node {id: row.id})
WHERE NOT row.label IN labels(n)
DETACH DELETE n`;

export const MERGE_NODES: Readonly<Record<NodeLabel, string>> = Object.fromEntries(
  NODE_LABEL_NAMES.map((label) => [
    label,
    `UNWIND $rows AS row
MERGE (n:Node {id: row.id})
SET n = row.properties
SET n:${label}`,
  ]),
) as Record<NodeLabel, string>;

/**
 * Into an empty database: CREATE, with no look-up before each write. Only when the import's
 * own transaction found no :Node at its start (see importSeedGraph), so ids stay unique
 * (the seeds have no duplicate ids or triples; the constraint would refuse one anyway).
 */
export const CREATE_NODES: Readonly<Record<NodeLabel, string>> = Object.fromEntries(
  NODE_LABEL_NAMES.map((label) => [
    label,
    `UNWIND $rows AS row
CREATE (n:Node:${label})
SET n = row.properties`,
  ]),
) as Record<NodeLabel, string>;

export const DELETE_STALE_NODES = `
MATCH (n:Node) WHERE NOT n.id IN $ids
DETACH DELETE n`;

/** One statement per relationship type; the verb is one of two literals, never input. */
function relationshipStatements(verb: 'MERGE' | 'CREATE'): Record<RelationshipType, string> {
  return Object.fromEntries(
    RELATIONSHIP_TYPE_NAMES.map((type) => [
      type,
      `UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
${verb} (a)-[r:${type}]->(b)
SET r = row.properties`,
    ]),
  ) as Record<RelationshipType, string>;
}

export const MERGE_RELATIONSHIPS: Readonly<Record<RelationshipType, string>> =
  relationshipStatements('MERGE');

/** Into an empty database: nothing to match, so CREATE (see importSeedGraph). */
export const CREATE_RELATIONSHIPS: Readonly<Record<RelationshipType, string>> =
  relationshipStatements('CREATE');

export const DELETE_STALE_RELATIONSHIPS = `
MATCH (:Node)-[r]->(:Node) WHERE r.id IS NULL OR NOT r.id IN $keys
DELETE r`;

export const COUNT_NODES_BY_LABEL = `
MATCH (n:Node)
UNWIND [l IN labels(n) WHERE l <> 'Node'] AS label
RETURN label, count(*) AS count ORDER BY label`;

export const COUNT_RELATIONSHIPS_BY_TYPE = `
MATCH (:Node)-[r]->(:Node)
RETURN type(r) AS type, count(*) AS count ORDER BY type`;

export const COUNT_ALL_NODES = 'MATCH (n:Node) RETURN count(n) AS count';

export const READ_ALL_NODES_FOR_CHECKSUM = `
MATCH (n:Node)
RETURN n.id AS id, [l IN labels(n) | l] AS labels, properties(n) AS properties
ORDER BY id`;

export const READ_ALL_RELATIONSHIPS_FOR_CHECKSUM = `
MATCH (a:Node)-[r]->(b:Node)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties
ORDER BY from, type, to`;
