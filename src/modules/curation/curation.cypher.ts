/**
 * The Cypher of the write path. Labels and relationship types cannot be parameters, so
 * each statement is built once per entry of the contract's fixed tables, never from input;
 * values always travel as $parameters.
 *
 * How facts are stored, and why:
 * - a live node is (:Node:<Label>), a live relationship (:Node)-[:<TYPE>]->(:Node), as the
 *   import writes them, with `revision` (absent: 0, the seeds) of the edit that last set them;
 * - a retracted node loses :Node and its label and becomes (:Retracted:RetractedNode); a
 *   retracted relationship becomes a (:Retracted:RetractedRelationship) record of its type,
 *   ends and properties, detached from the graph. Every read starts from :Node labels or
 *   walks relationships between :Node, so default reads hide retracted facts at no cost: no
 *   read statement has a `deprecated` filter to forget or to pay for;
 * - revisions are (:Revision)-[:CHANGED]->(:FactChange) with no relationship to any :Node,
 *   so no traversal reaches them. (:RevisionCounter) hands out revision numbers, and its
 *   lock orders all edits: two edits of one fact cannot both pass the revision check.
 */
import type { BatchStatement } from '../kernel/batch.ts';
import {
  NODE_LABEL_NAMES,
  RELATIONSHIP_TYPE_NAMES,
  type NodeLabel,
  type RelationshipType,
} from '../../graph/contract.ts';

function perLabel(build: (label: NodeLabel) => string): Readonly<Record<NodeLabel, string>> {
  return Object.fromEntries(NODE_LABEL_NAMES.map((label) => [label, build(label)])) as Record<
    NodeLabel,
    string
  >;
}

function perType(
  build: (type: RelationshipType) => string,
): Readonly<Record<RelationshipType, string>> {
  return Object.fromEntries(RELATIONSHIP_TYPE_NAMES.map((type) => [type, build(type)])) as Record<
    RelationshipType,
    string
  >;
}

/** Takes the next revision number; the counter's write lock is held until commit. */
export const NEXT_REVISION = `
MERGE (c:RevisionCounter {name: 'graph'})
ON CREATE SET c.last = 0
SET c.last = c.last + 1
WITH c
OPTIONAL MATCH (s:Source:Node {id: $source})
RETURN c.last AS number, s.id AS sourceId, s.path AS sourcePath, s.sha256 AS sourceSha256,
       s.textSha256 AS sourceTextSha256`;

export const READ_NODE = `
OPTIONAL MATCH (n:Node {id: $id})
OPTIONAL MATCH (r:RetractedNode {id: $id})
WITH coalesce(n, r) AS found
RETURN CASE WHEN found IS NULL THEN null
  ELSE {live: found:Node, labels: labels(found), properties: properties(found)} END AS fact`;

/** Is any fact, live or retracted, known by this id. */
export const ID_TAKEN = `
OPTIONAL MATCH (n:Node {id: $id})
OPTIONAL MATCH (r:Retracted {id: $id})
RETURN n IS NOT NULL OR r IS NOT NULL AS taken`;

export const READ_RELATIONSHIP = perType(
  (type) => `
OPTIONAL MATCH (:Node {id: $from})-[live:${type}]->(:Node {id: $to})
OPTIONAL MATCH (gone:RetractedRelationship {id: $id})
RETURN CASE
  WHEN live IS NOT NULL THEN {live: true, properties: properties(live)}
  WHEN gone IS NOT NULL THEN {live: false, properties: properties(gone)}
  ELSE null END AS fact`,
);

/** The live relationships of a node, which retracting the node retracts with it. */
export const RELATIONSHIPS_OF_NODE = `
MATCH (n:Node {id: $id})-[r]-(:Node)
RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS properties
ORDER BY r.id`;

/** The labels of live nodes by id (the ends of a relationship edit). */
/** A new relationship's ends (their labels when live) and whatever has its id already. */
export const ENDS_AND_RELATIONSHIP = perType(
  (type) => `
OPTIONAL MATCH (a:Node {id: $from})
OPTIONAL MATCH (b:Node {id: $to})
OPTIONAL MATCH (a)-[live:${type}]->(b)
OPTIONAL MATCH (gone:RetractedRelationship {id: $id})
RETURN labels(a) AS fromLabels, labels(b) AS toLabels, CASE
  WHEN live IS NOT NULL THEN {live: true, properties: properties(live)}
  WHEN gone IS NOT NULL THEN {live: false, properties: properties(gone)}
  ELSE null END AS fact`,
);

export const CREATE_NODE = perLabel((label) => `CREATE (n:Node:${label}) SET n = $properties`);
export const SET_NODE = perLabel(
  (label) => `MATCH (n:Node:${label} {id: $id}) SET n = $properties`,
);
export const RETRACT_NODE = perLabel(
  (label) => `MATCH (n:Node:${label} {id: $id})
REMOVE n:Node:${label}
SET n = $properties
SET n:Retracted:RetractedNode`,
);
export const RESTORE_NODE = perLabel(
  (label) => `MATCH (n:RetractedNode {id: $id})
REMOVE n:Retracted:RetractedNode
SET n = $properties
SET n:Node:${label}`,
);
export const CREATE_RETRACTED_NODE = `CREATE (n:Retracted:RetractedNode) SET n = $properties`;
export const CREATE_RETRACTED_RELATIONSHIP = `CREATE (x:Retracted:RetractedRelationship) SET x = $properties`;
export const SET_RETRACTED = `MATCH (n:Retracted {id: $id}) SET n = $properties`;

export const CREATE_RELATIONSHIP = perType(
  (type) => `MATCH (a:Node {id: $from}), (b:Node {id: $to})
CREATE (a)-[r:${type}]->(b)
SET r = $properties
RETURN count(r) AS written`,
);
export const SET_RELATIONSHIP = perType(
  (type) => `MATCH (:Node {id: $from})-[r:${type}]->(:Node {id: $to})
SET r = $properties
RETURN count(r) AS written`,
);
/** The relationship is moved into its retracted record: the same facts, out of the graph. */
export const RETRACT_RELATIONSHIP = perType(
  (type) => `MATCH (:Node {id: $from})-[r:${type}]->(:Node {id: $to})
DELETE r
CREATE (x:Retracted:RetractedRelationship)
SET x = $properties
RETURN count(x) AS written`,
);
export const RESTORE_RELATIONSHIP = perType(
  (type) => `MATCH (x:RetractedRelationship {id: $id})
MATCH (a:Node {id: $from}), (b:Node {id: $to})
DELETE x
CREATE (a)-[r:${type}]->(b)
SET r = $properties
RETURN count(r) AS written`,
);

export const WRITE_REVISION = `
CREATE (rev:Revision)
SET rev = $revision
WITH rev
UNWIND $changes AS change
CREATE (rev)-[:CHANGED]->(c:FactChange)
SET c = change`;

const REVISION_ROW = `{
  revision: properties(rev),
  changes: COLLECT { MATCH (rev)-[:CHANGED]->(c:FactChange) RETURN properties(c) AS c ORDER BY c.position }
}`;

export const READ_REVISION = `
MATCH (rev:Revision {number: $number})
RETURN ${REVISION_ROW} AS row`;

export const READ_HISTORY = `
MATCH (c:FactChange {factId: $id})<-[:CHANGED]-(rev:Revision)
WITH DISTINCT rev ORDER BY rev.number
RETURN ${REVISION_ROW} AS row`;

export const READ_REVISIONS = `
MATCH (rev:Revision) WHERE rev.number > $after
WITH rev ORDER BY rev.number LIMIT $first
RETURN ${REVISION_ROW} AS row`;

export const COUNT_REVISIONS = `MATCH (rev:Revision) RETURN count(rev) AS count, max(rev.number) AS last`;

/** Every fact, live or retracted, for the replay checksum (revisions themselves left out). */
export const READ_ALL_FACTS = `
CALL {
  MATCH (n) WHERE n:Node OR n:Retracted
  RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
  UNION ALL
  MATCH (:Node)-[r]->(:Node)
  RETURN r.id AS id, [type(r)] AS labels, properties(r) AS properties
}
RETURN id, labels, properties ORDER BY id, labels`;

/** Revisions by number, for `Evidence.statedIn`: a batch of the numbers as strings (`$ids`). */
export const REVISIONS_BY_NUMBER_BATCH: BatchStatement = {
  body: 'MATCH (rev:Revision {number: toInteger(id)})',
  returns: () => `id, ${REVISION_ROW} AS row`,
};
