/**
 * Cypher of the network questions: neighbourhoods, paths, co-involvement, region networks and
 * the whole graph. Quantifier bounds ({0,3}) cannot be parameters in Cypher, so the
 * statements for each depth and hop count are built once from the fixed ranges below and
 * picked by the validated argument; ids, types and limits always travel as $parameters.
 *
 * Needs Neo4j 5.21+ (ANY SHORTEST / SHORTEST k, quantified path patterns, COLLECT subqueries).
 *
 * Nodes travel as `{node, labels[, depth]}` maps and relationships as `{rel, type, from, to}`
 * (or `{rel, type}` inside co-involvement rows; a neighbourhood leaves out the columns no
 * field of the request reads); subgraph.ts and co-involvement.ts turn them into models.
 */
import { INVOLVEMENT_TYPES } from '../../graph/contract.ts';
import {
  projected,
  type EdgeColumn,
  type NodeColumn,
  type SubgraphProjection,
} from './subgraph-projection.ts';

export const MAX_DEPTH = 3;
export const MAX_HOPS = 6;
/** SHORTEST k takes only a literal k in Neo4j 5: this many paths are found, then cut to `first`. */
export const MAX_PATHS = 25;

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index);

const EDGE = `{rel: r, type: type(r), from: a.id, to: b.id}`;

/** The Cypher of each column a node row may carry (its node is `k.node`). */
const NODE_COLUMN_CYPHER: Readonly<Record<NodeColumn, string>> = {
  labels: 'labels: labels(k.node)',
  depth: 'depth: k.depth',
};

/** The Cypher of each column an edge row of `(a)-[r]->(b)` may carry. */
const EDGE_COLUMN_CYPHER: Readonly<Record<EdgeColumn, string>> = {
  type: 'type: type(r)',
  ends: 'from: a.id, to: b.id',
};

/** A row's map: its node or relationship as projected, then the columns the projection keeps. */
function rowMap<Column extends string>(
  entity: string,
  columns: readonly Column[],
  cypher: Readonly<Record<Column, string>>,
): string {
  return `{${[entity, ...columns.map((column) => cypher[column])].join(', ')}}`;
}

const nodeRow = (projection: SubgraphProjection) =>
  rowMap(
    `node: ${projected('k.node', projection.nodeProperties)}`,
    projection.nodeColumns,
    NODE_COLUMN_CYPHER,
  );

const edgeRow = (projection: SubgraphProjection) =>
  rowMap(
    `rel: ${projected('r', projection.relationProperties)}`,
    projection.edgeColumns,
    EDGE_COLUMN_CYPHER,
  );

/** Every relationship of the given types between two members (the induced subgraph). */
const inducedEdges = (projection: SubgraphProjection) =>
  `[a IN members | [(a)-[r]->(b) WHERE b IN members AND type(r) IN $relationshipTypes
    AND ($sources IS NULL OR r.source IN $sources) | ${edgeRow(projection)}]]`;

/**
 * Breadth-first from the root (ANY SHORTEST gives each reachable node once, at its
 * distance), only over relationships of $relationshipTypes and through nodes with one of
 * $labels (null: any); the root itself is always kept. Nodes are cut at $limit, nearest
 * first, then by id, so a cut is deterministic; edges are those among the kept nodes.
 * Nodes and relationships are sent as `projection` says (the whole, or the properties the
 * request reads, and only the columns it reads: subgraph-projection.ts), projected only once
 * cut.
 */
function buildNeighbourhood(depth: number, projection: SubgraphProjection): string {
  return `MATCH (root:Node {id: $id})
MATCH p = ANY SHORTEST (root) (()-[r]-(x)
    WHERE type(r) IN $relationshipTypes
      AND ($labels IS NULL OR any(label IN labels(x) WHERE label IN $labels))
      AND ($sources IS NULL OR (r.source IN $sources AND x.source IN $sources))){0,${depth}} (m)
WITH m, length(p) AS depth
ORDER BY depth, m.id
WITH collect({node: m, depth: depth}) AS found
WITH found[0..$limit] AS kept, size(found) > $limit AS truncated
WITH kept, truncated, [k IN kept | k.node] AS members
RETURN [k IN kept | ${nodeRow(projection)}] AS nodes,
  ${inducedEdges(projection)} AS edges, truncated`;
}

const neighbourhoods = new Map<string, string>();

/** How many neighbourhood statements have been built: one per depth and projection. */
export function neighbourhoodStatementsBuilt(): number {
  return neighbourhoods.size;
}

/** The neighbourhood statement for a depth (1..MAX_DEPTH) and projection, built once. */
export function neighbourhoodStatement(depth: number, projection: SubgraphProjection): string {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
    throw new Error(`no neighbourhood statement for depth ${depth}`);
  }
  const key = JSON.stringify([depth, projection]);
  let statement = neighbourhoods.get(key);
  if (statement === undefined) {
    statement = buildNeighbourhood(depth, projection);
    neighbourhoods.set(key, statement);
  }
  return statement;
}

/**
 * The MAX_PATHS shortest simple paths (no node twice: the predicate on the group variable
 * `y` is applied during the search, so it does not eat into k), shortest first, ties by
 * the ids along the path; cut to $first. One row also says whether each end exists, so an
 * unknown id is told apart from "no path" without a second query.
 */
function paths(maxHops: number): string {
  return `OPTIONAL MATCH (a:Node {id: $from})
OPTIONAL MATCH (b:Node {id: $to})
OPTIONAL MATCH p = SHORTEST ${MAX_PATHS} ((a) ((x)-[r]-(y)){1,${maxHops}} (b)
    WHERE all(i IN range(0, size(y) - 1) WHERE y[i] <> a AND NOT y[i] IN y[i + 1..]))
WITH a, b, p
ORDER BY length(p), [n IN nodes(p) | n.id]
WITH a, b, collect(p)[0..$first] AS found
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
  [p IN found | {
    nodes: [n IN nodes(p) | {node: n, labels: labels(n)}],
    edges: [r IN relationships(p) | {rel: r, type: type(r), from: startNode(r).id, to: endNode(r).id}]
  }] AS paths`;
}

export const PATHS: Readonly<Record<number, string>> = Object.fromEntries(
  range(1, MAX_HOPS).map((hops) => [hops, paths(hops)]),
);

// Co-involvement: two actors share an item when both have a stated involvement in the same
// action (an involvement in an action part counts for its action) or the same programme.
// MENTIONED_IN is left out: the report names the actor there without saying what it does.
const SHARING_TYPES = [
  ...INVOLVEMENT_TYPES.filter((type) => type !== 'MENTIONED_IN'),
  'RUNS',
] as const;
export const CO_INVOLVEMENT_TYPES: readonly string[] = SHARING_TYPES;
const SHARING = SHARING_TYPES.join('|');
const IS_ACTOR = (v: string) =>
  `(${v}:Organisation OR ${v}:Programme OR ${v}:Topsector OR ${v}:Region)`;
const IS_ITEM = (v: string) => `(${v}:Action OR ${v}:ActionPart OR ${v}:Programme)`;
const RELS = (v: string) => `[r IN ${v} | {rel: r, type: type(r)}]`;

/**
 * The collaborators of one actor, most shared items first. No row when no actor has the id
 * (the resolver answers null then); an actor without collaborators gets an empty list.
 */
export const COLLABORATORS = `MATCH (a:Node {id: $id}) WHERE ${IS_ACTOR('a')}
RETURN COLLECT {
  MATCH (a)-[own:${SHARING}]->(t:Node) WHERE ${IS_ITEM('t')}
  OPTIONAL MATCH (t)-[:PART_OF]->(parent:Action)
  WITH a, coalesce(parent, t) AS item, own
  MATCH (t2:Node)-[:PART_OF*0..1]->(item) WHERE t2 = item OR t2:ActionPart
  MATCH (b:Node)-[theirs:${SHARING}]->(t2) WHERE b <> a AND ${IS_ACTOR('b')}
  WITH b, item, collect(DISTINCT own) AS own, collect(DISTINCT theirs) AS theirs
  ORDER BY item.id
  WITH b, collect({item: item, itemLabels: labels(item), own: ${RELS('own')}, theirs: ${RELS('theirs')}}) AS shared
  RETURN {actor: b, labels: labels(b), shared: shared} AS collaborator
  ORDER BY size(shared) DESC, b.sortName, b.id
} AS collaborators`;

/** Every pair of co-involved actors (source id < target id) sharing at least $minWeight items. */
export const CO_INVOLVEMENT = `MATCH (a:Node)-[r:${SHARING}]->(t:Node)
WHERE ${IS_ACTOR('a')} AND ${IS_ITEM('t')}
OPTIONAL MATCH (t)-[:PART_OF]->(parent:Action)
WITH coalesce(parent, t) AS item, a, collect({rel: r, type: type(r)}) AS rels
WITH item, collect({actor: a, rels: rels}) AS involved
WHERE size(involved) > 1
UNWIND involved AS x
UNWIND involved AS y
WITH item, x, y WHERE x.actor.id < y.actor.id
WITH x.actor AS a, y.actor AS b, item, x.rels AS own, y.rels AS theirs
ORDER BY item.id
WITH a, b, collect({item: item, itemLabels: labels(item), own: own, theirs: theirs}) AS shared
WHERE size(shared) >= $minWeight
RETURN a AS source, labels(a) AS sourceLabels, b AS target, labels(b) AS targetLabels, shared
ORDER BY a.id, b.id`;

export const ALL_ACTORS = `MATCH (n:Node) WHERE ${IS_ACTOR('n')}
RETURN n AS node, labels(n) AS labels
ORDER BY n.id`;

/**
 * A region's network: the region and its parts; what is active in, coordinates or is
 * named in any of them, and the bodies they sit in; the members of those bodies and what
 * the regional actors run, fund or sit in; the topsectors all of these focus on. Edges:
 * every relationship between two of its nodes. No row when no region has the id.
 */
export const REGION_NETWORK = `MATCH (region:Node {id: $id}) WHERE region:Region
WITH region, [region] + COLLECT {
  MATCH (part:Region)-[:PART_OF*1..3]->(region) RETURN DISTINCT part } AS places
WITH region, places,
  COLLECT {
    UNWIND places AS place MATCH (a:Node)-[:ACTIVE_IN|COORDINATES]->(place) RETURN a
    UNION
    UNWIND places AS place MATCH (place)-[:MEMBER_OF]->(a:Node) RETURN a
  } AS present,
  COLLECT { UNWIND places AS place MATCH (a:Node)-[:MENTIONED_IN]->(place) RETURN DISTINCT a } AS named
WITH region, places, present, named,
  COLLECT {
    UNWIND present AS p MATCH (x:Node)-[:MEMBER_OF|RUNS]->(p)
    WHERE x:Organisation OR x:Programme RETURN x
    UNION
    UNWIND present AS p MATCH (p)-[:RUNS|FUNDS|MEMBER_OF]->(x:Node)
    WHERE x:Organisation OR x:Programme RETURN x
  } AS linked
WITH region, places + present + named + linked AS core
WITH region, core + COLLECT {
  UNWIND core AS c MATCH (c)-[:FOCUSES_ON]->(t:Topsector) RETURN DISTINCT t } AS found
UNWIND found AS n
WITH DISTINCT region, n
ORDER BY n = region DESC, n.id
WITH collect(n) AS members
RETURN [n IN members | {node: n, labels: labels(n)}] AS nodes,
  [a IN members | [(a)-[r]->(b) WHERE b IN members | ${EDGE}]] AS edges`;

/** Every node and every relationship, in id order (for the exports). */
/** The whole graph; with `$sources` (asOf) only the nodes and relationships they state. */
export const WHOLE_GRAPH = `MATCH (n:Node) WHERE $sources IS NULL OR n.source IN $sources
WITH n ORDER BY n.id
WITH collect({node: n, labels: labels(n)}) AS nodes
RETURN nodes, COLLECT {
  MATCH (a:Node)-[r]->(b:Node)
  WHERE $sources IS NULL OR (r.source IN $sources AND a.source IN $sources AND b.source IN $sources)
  RETURN ${EDGE} AS edge ORDER BY r.id
} AS edges`;

/**
 * The graph's version: the number of the last edit (src/modules/curation/), 0 before any.
 * What is computed from the whole graph (centrality) is kept per version.
 */
export const GRAPH_VERSION = `OPTIONAL MATCH (c:RevisionCounter {name: 'graph'}) RETURN coalesce(c.last, 0) AS version`;
