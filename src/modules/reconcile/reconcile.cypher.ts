/**
 * Cypher of the Reconciliation API (src/reconcile/): candidates for a batch of names, the
 * values of the properties we reconcile and extend with, entity suggestions and previews.
 * Every value is a parameter; the only names put into the text are relationship types from
 * the graph contract's fixed tables.
 */
import { DRIVER_TYPES } from '../../graph/contract.ts';

/**
 * Candidates of every query of a batch in one round trip: the node_search full-text index
 * (names and aliases, standard-folding: case and accents folded) with a Lucene query that
 * also accepts typos (reconcile-matching.ts makes it), cut to the asked types. A query
 * without hits has no row. What comes back is what the matcher scores names against.
 */
export const RECONCILE_CANDIDATES = `UNWIND $queries AS q
CALL {
  WITH q
  CALL db.index.fulltext.queryNodes('node_search', q.lucene, {limit: q.scan})
  YIELD node AS n, score
  WHERE q.labels IS NULL OR any(label IN labels(n) WHERE label IN q.labels)
  RETURN n, score
  ORDER BY score DESC
  LIMIT $candidates
}
RETURN q.key AS key,
  collect({id: n.id, name: n.name, foldedNames: n.foldedNames, labels: labels(n), score: score}) AS candidates`;

/**
 * What the reconciliation properties read (reconcile-properties.ts), for a list of ids:
 * stored properties, the regions a node is active in or part of, the actions it drives
 * (as Actor.drives: a stated lead, implementation or commission, of the action or one of
 * its parts, counted as the action) and an action's pillar.
 */
const PROPERTY_VALUES_OF_N = `RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.aliases AS aliases, n.kind AS kind,
  n.level AS level, n.number AS number, n.quote AS quote,
  COLLECT {
    MATCH (n)-[:ACTIVE_IN|PART_OF]->(r:Region)
    RETURN {id: r.id, name: r.name, foldedNames: r.foldedNames} AS region ORDER BY r.sortName
  } AS regions,
  COLLECT {
    MATCH (n)-[:${DRIVER_TYPES.join('|')}]->(t)
    WHERE t:Action OR t:ActionPart
    OPTIONAL MATCH (t)-[:PART_OF]->(parent:Action)
    WITH coalesce(parent, t) AS a
    WHERE a:Action
    WITH DISTINCT a
    RETURN {id: a.id, name: a.name, number: a.number, foldedNames: a.foldedNames} AS action
    ORDER BY a.number
  } AS drives,
  COLLECT {
    MATCH (n)-[:IN_PILLAR]->(p:Pillar)
    RETURN {id: p.id, name: p.name, number: p.number, foldedNames: p.foldedNames} AS pillar
  } AS pillar`;

export const RECONCILE_PROPERTY_VALUES = `UNWIND $ids AS wanted
MATCH (n:Node {id: wanted})
${PROPERTY_VALUES_OF_N}`;

/**
 * The same values for every node of some labels: the candidates of queries that give only
 * property constraints, which are then checked by the same code as a named query's.
 */
export const RECONCILE_PROPERTY_VALUES_OF_LABELS = `MATCH (n:Node)
WHERE any(label IN labels(n) WHERE label IN $labels)
${PROPERTY_VALUES_OF_N}`;

/** Entities whose names or aliases start with the typed words (OpenRefine's suggest box). */
export const RECONCILE_SUGGEST_ENTITIES = `CALL db.index.fulltext.queryNodes('node_search', $lucene, {limit: $scan})
YIELD node AS n, score
WHERE $labels IS NULL OR any(label IN labels(n) WHERE label IN $labels)
RETURN n.id AS id, n.name AS name, labels(n) AS labels, n.kind AS kind, n.level AS level
ORDER BY score DESC, n.sortName
LIMIT $limit`;

/** One node for its preview card, with the title of the source its quote is from. */
export const RECONCILE_PREVIEW = `MATCH (n:Node {id: $id})
OPTIONAL MATCH (s:Source {id: n.source})
RETURN n.id AS id, n.name AS name, labels(n) AS labels, n.kind AS kind, n.level AS level,
  n.aliases AS aliases, n.quote AS quote, s.title AS sourceTitle`;
