/** Cypher of look-ups that work on any node: by name, full-text search, sources. */
import { NODE_LABEL_NAMES } from '../../graph/contract.ts';
import type { Projection } from '../kernel/projection.ts';

/** An exact match on any name or alias, folded (see text-folding.ts); one label, fixed by the caller. */
export const NODE_BY_NAME = `MATCH (n:Node)
WHERE $label IN labels(n) AND $folded IN n.foldedNames
RETURN n AS node, labels(n) AS labels
ORDER BY size(n.name), n.id
LIMIT 1`;

/**
 * The node_search index folds case and accents (standard-folding analyzer). A hit can have
 * any label: the full projection of all of them is the whole node, a fitted one (the
 * request's own, see lookahead/fitted-projection.ts) a few properties, without the search
 * keys that made a hit many times larger than its answer.
 */
export const SEARCH = (
  projection: Projection,
) => `CALL db.index.fulltext.queryNodes('node_search', $query, {limit: $scanLimit})
YIELD node AS n, score
WHERE $labels IS NULL OR any(label IN labels(n) WHERE label IN $labels)
RETURN ${projection.node('n', NODE_LABEL_NAMES)} AS node, labels(n) AS labels, score
ORDER BY score DESC, n.sortName
LIMIT $first`;

export const SOURCES = `MATCH (s:Source) RETURN s AS node, labels(s) AS labels ORDER BY s.id`;
