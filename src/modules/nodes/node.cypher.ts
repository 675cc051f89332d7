/** Cypher of look-ups that work on any node: by name, full-text search, sources. */

/** An exact match on any name or alias, folded (see text-folding.ts); one label, fixed by the caller. */
export const NODE_BY_NAME = `MATCH (n:Node)
WHERE $label IN labels(n) AND $folded IN n.foldedNames
RETURN n AS node, labels(n) AS labels
ORDER BY size(n.name), n.id
LIMIT 1`;

/** The node_search index folds case and accents (standard-folding analyzer). */
export const SEARCH = `CALL db.index.fulltext.queryNodes('node_search', $query, {limit: $scanLimit})
YIELD node, score
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
RETURN node, labels(node) AS labels, score
ORDER BY score DESC, node.sortName
LIMIT $first`;

export const SOURCES = `MATCH (s:Source) RETURN s AS node, labels(s) AS labels ORDER BY s.id`;
