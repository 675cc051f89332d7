/**
 * Cypher of the graph over time. Valid time is the date of the source that states a fact
 * (every fact names its source); recorded time is its revision. asOf and changes compare
 * sources' dates, so they read the few Source nodes first and pass their ids on.
 */

export const OBJECTIVES = `
MATCH (o:Objective)
RETURN o AS node, labels(o) AS labels
ORDER BY coalesce(o.number, 1000), o.sortName, o.id`;

/** The live facts stated by the given sources: nodes and relationships, with their revision. */
export const FACTS_OF_SOURCES = `
CALL () {
  MATCH (n:Node) WHERE n.source IN $sources AND NOT n:Source
  RETURN n.id AS id, 'node' AS kind, coalesce(n.revision, 0) AS revision, labels(n) AS labels,
         properties(n) AS properties, null AS type, null AS from, null AS to
  UNION ALL
  MATCH (a:Node)-[r]->(b:Node) WHERE r.source IN $sources
  RETURN r.id AS id, 'relationship' AS kind, coalesce(r.revision, 0) AS revision, null AS labels,
         properties(r) AS properties, type(r) AS type, a.id AS from, b.id AS to
}
RETURN id, kind, revision, labels, properties, type, from, to ORDER BY id`;

/** The first recorded change of each fact: whether an edit created it or changed a fact. */
export const FIRST_CHANGES = `
UNWIND $ids AS id
MATCH (c:FactChange {factId: id})<-[:CHANGED]-(rev:Revision)
WITH id, c, rev ORDER BY rev.number
WITH id, collect({created: c.before IS NULL, revision: rev.number})[0] AS first
RETURN id, first.created AS created, first.revision AS revision`;

/** Facts retracted by edits made in a period (recorded time), with the retracting revision. */
export const RETRACTIONS_IN_PERIOD = `
MATCH (rev:Revision)-[:CHANGED]->(c:FactChange)
WHERE rev.time > $from AND rev.time <= $to AND c.after CONTAINS '"state":"retracted"'
  AND (c.before IS NULL OR NOT c.before CONTAINS '"state":"retracted"')
RETURN DISTINCT c.factId AS id, c.kind AS kind, rev.number AS revision
ORDER BY id`;

/**
 * The neighbourhood's members stated by visible sources: the root's own check, used by
 * neighbourhood(asOf:) (network.cypher.ts takes $sources as a filter).
 */
export const NODE_SOURCE = `MATCH (n:Node {id: $id}) RETURN n.source AS source`;
