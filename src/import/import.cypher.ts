/**
 * The Cypher of the import. Labels and relationship types cannot be parameters in Cypher,
 * so each statement is built once per entry of the fixed tables in src/graph/contract.ts, never
 * from input. Values always travel as $parameters.
 */
import {
  NODE_LABEL_NAMES,
  RELATIONSHIP_TYPE_NAMES,
  type NodeLabel,
  type RelationshipType,
} from '../graph/contract.ts';

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

/**
 * The staged import's node batches: CREATE as above, and each new node's element id back,
 * so that its relationships can find both ends by element id (NodeByElementIdSeek) instead
 * of seeking the id index once per end.
 */
export const CREATE_NODES_RETURNING_ELEMENT_IDS: Readonly<Record<NodeLabel, string>> =
  Object.fromEntries(
    NODE_LABEL_NAMES.map((label) => [
      label,
      `UNWIND $rows AS row
CREATE (n:Node:${label})
SET n = row.properties
RETURN row.id AS id, elementId(n) AS elementId`,
    ]),
  ) as Record<NodeLabel, string>;

/** The staged import's relationship batches: both ends by the element ids the nodes got. */
export const CREATE_RELATIONSHIPS_BY_ELEMENT_ID: Readonly<Record<RelationshipType, string>> =
  Object.fromEntries(
    RELATIONSHIP_TYPE_NAMES.map((type) => [
      type,
      `UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
CREATE (a)-[r:${type}]->(b)
SET r = row.properties`,
    ]),
  ) as Record<RelationshipType, string>;

/**
 * The journal of a staged import: committed before its first batch, removed after its
 * last. Not a :Node, so no API statement (they all start from :Node labels or from nodes
 * reached through relationships, and the journal has none) and no count sees it. It exists
 * only while an import into an empty database runs, or after one was interrupted.
 * Created only when there is no :Node (count store), in the same statement as that check.
 */
export const BEGIN_IMPORT_JOURNAL = `
CALL { MATCH (n:Node) RETURN count(n) AS existing }
WITH existing
WHERE existing = 0
CREATE (j:ImportJournal {startedAt: $startedAt, nodes: $nodes, relationships: $relationships,
  relationshipBatches: 0})
RETURN elementId(j) AS journal`;

export const READ_IMPORT_JOURNALS = `
MATCH (j:ImportJournal)
RETURN j.startedAt AS startedAt, j.nodes AS nodes, j.relationships AS relationships
ORDER BY startedAt`;

/**
 * How many relationship batches of this import have committed, and the counter moved on by
 * one: a batch the driver retries after its commit went through (the connection broke
 * while the commit's answer was on its way) is then skipped instead of written twice.
 * Node batches need no counter: a node written twice breaks the id constraint, and the
 * import fails and is removed as a whole.
 */
export const READ_RELATIONSHIP_BATCHES = `
MATCH (j:ImportJournal) WHERE elementId(j) = $journal
RETURN j.relationshipBatches AS committed`;

export const COUNT_RELATIONSHIP_BATCH = `
MATCH (j:ImportJournal) WHERE elementId(j) = $journal
SET j.relationshipBatches = j.relationshipBatches + 1`;

export const END_IMPORT_JOURNAL = `
MATCH (j:ImportJournal) WHERE elementId(j) = $journal
DELETE j`;

/**
 * Removal of a failed or interrupted staged import, a batch of nodes (with their
 * relationships) per transaction, so that removing a large graph needs no more memory than
 * writing it did. Only ever run when a journal proves the database held no :Node before.
 */
export const DELETE_NODES_BATCH = `
MATCH (n:Node)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted`;

export const DELETE_IMPORT_JOURNALS = 'MATCH (j:ImportJournal) DELETE j';

export const COUNT_IMPORT_JOURNALS = 'MATCH (j:ImportJournal) RETURN count(j) AS count';

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

/** Edits made through the API since the seeds were imported (src/modules/curation/). */
export const COUNT_CURATED_EDITS = `
OPTIONAL MATCH (rev:Revision)
RETURN count(rev) AS revisions, min(rev.number) AS first, max(rev.number) AS last`;

/**
 * Only when the import is told to discard the curated edits: their revisions and retracted
 * facts go, with the review queue and the files of sources registered at run time (their
 * Source nodes are edits too), in the import's own transaction (so a failed import keeps
 * them), and the import then makes the graph the seeds again.
 */
export const DISCARD_CURATED_EDITS = `
MATCH (n)
WHERE n:Revision OR n:FactChange OR n:Retracted OR n:RevisionCounter OR n:Proposal OR n:SourceFile
DETACH DELETE n`;
