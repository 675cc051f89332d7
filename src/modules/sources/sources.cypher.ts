/**
 * Cypher of sources: their stored files (run-time sources), the facts that quote them, and
 * the sources' dates that time questions (asOf, changes) compare with.
 */

/** A stored file's text, by the file's sha256. */
export const SOURCE_FILE_TEXT = `MATCH (f:SourceFile {sha256: $sha256}) RETURN f.text AS text`;

/**
 * Stores a registered file and its text, once per file: the same bytes registered again
 * (as another source's file) share the node.
 */
export const STORE_SOURCE_FILE = `
MERGE (f:SourceFile {sha256: $file.sha256})
ON CREATE SET f += $file`;

/** Which live Source, if any, has this file already. */
export const SOURCE_WITH_FILE = `
MATCH (s:Source:Node {sha256: $sha256}) RETURN s.id AS id LIMIT 1`;

/**
 * The live facts that quote a source, in text order: nodes and relationships, each with
 * where its quote starts. What a source viewer highlights.
 */
export const QUOTATIONS_OF_SOURCE = `
CALL () {
  MATCH (n:Node {source: $source})
  RETURN n.id AS factId, 'NODE' AS kind, n AS node, null AS rel, null AS type, null AS target,
         n.quote AS quote, n.quoteStart AS start
  UNION ALL
  MATCH (a:Node)-[r {source: $source}]->(b:Node)
  RETURN r.id AS factId, 'RELATIONSHIP' AS kind, a AS node, r AS rel, type(r) AS type, b AS target,
         r.quote AS quote, r.quoteStart AS start
}
RETURN factId, kind, node, labels(node) AS labels, rel, type, target,
       CASE WHEN target IS NULL THEN null ELSE labels(target) END AS targetLabels, quote, start
ORDER BY start, factId`;

/** Every source's id and date (few: one per edition), for asOf and changes. */
export const SOURCE_DATES = `
MATCH (s:Source:Node)
RETURN s.id AS id, s.date AS date, s.series AS series, s.edition AS edition
ORDER BY s.date, s.id`;
