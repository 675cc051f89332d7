/**
 * Cypher of the entity lists (organisations, programmes, regions, topsectors, actors):
 * keyset pages ordered by folded name then id, or by a count (ACTOR_METRICS) highest first.
 * The label, the order and the counts come from fixed tables; every filter value is a
 * $parameter.
 */
import {
  ACTOR_LABELS,
  DRIVER_TYPES,
  INVOLVEMENT_TYPES,
  type ActorLabel,
} from '../../graph/contract.ts';
import { labelsColumn, type Projection } from '../kernel/projection.ts';

/** The labels with a root look-up and list of their own: the actors'. */
export type EntityLabel = ActorLabel;
const ENTITY_LABELS: readonly EntityLabel[] = ACTOR_LABELS;

/**
 * The count without a filter: Neo4j answers it from its count store, without a scan; for
 * several labels one count-store read each (every node has one primary label, so none is
 * counted twice).
 */
function countStoreCount(labels: readonly EntityLabel[]): string {
  if (labels.length === 1) return `MATCH (n:${labels[0]}) RETURN count(n) AS count`;
  const counts = labels.map((label) => `  MATCH (n:${label}) RETURN count(n) AS c`);
  return `CALL {\n${counts.join(' UNION ALL\n')}\n}\nRETURN sum(c) AS count`;
}

/**
 * What an actor can be ranked and filtered by, each a count of the node `n`, in Cypher.
 * An involvement in a part counts for its action, and an action counts once however many
 * relationships lead to it, as `Actor.drives` and `Actor.actions` list them.
 */
export const ACTOR_METRICS = {
  actionsDriven: actionsThrough(DRIVER_TYPES),
  // Stated involvements only: MENTIONED_IN names an actor without a role (as co-involvement).
  actionsInvolved: actionsThrough(INVOLVEMENT_TYPES.filter((type) => type !== 'MENTIONED_IN')),
  initiatives: 'COUNT { MATCH (x:Node)-[:ACTIVE_IN]->(n) RETURN DISTINCT x }',
  degree: 'COUNT { (n)--() }',
} as const;
export type ActorMetric = keyof typeof ACTOR_METRICS;
export const ACTOR_METRIC_NAMES = Object.keys(ACTOR_METRICS) as ActorMetric[];

function actionsThrough(types: readonly string[]): string {
  return `COUNT {
  MATCH (n)-[:${types.join('|')}]->(t:Node) WHERE t:Action OR t:ActionPart
  OPTIONAL MATCH (t)-[:PART_OF]->(whole:Action)
  RETURN DISTINCT coalesce(whole, t) AS action
}`;
}

/** The filters of an entity list, in the order their conditions are written. */
export const ENTITY_FILTERS = ['kinds', 'levels', 'region', 'partOf'] as const;
export type EntityFilterName = (typeof ENTITY_FILTERS)[number];

/**
 * Which filters a request gives, which of `kinds` and `levels` hold exactly one value, and
 * the labels asked (actors of some types): the statement is composed for that shape only,
 * so Neo4j plans each shape on its own.
 */
export interface EntityFilterShape {
  readonly given: readonly EntityFilterName[];
  readonly single: readonly ('kinds' | 'levels')[];
  readonly labels?: readonly string[] | null;
  /** Null: name order; else the count ranked by, highest first. */
  readonly order?: ActorMetric | null;
  /** Counts with a lower bound (`$min_<count>`). */
  readonly minimums?: readonly ActorMetric[];
}

// One value is an equality, so a (kind, sortName) or (level, sortName) index can be read
// from that value on in name order; a list of values is a plain filter.
const CONDITIONS: Readonly<Record<EntityFilterName, (single: boolean) => string>> = {
  kinds: (single) => (single ? 'n.kind = $kind' : 'n.kind IN $kinds'),
  levels: (single) => (single ? 'n.level = $level' : 'n.level IN $levels'),
  region: () =>
    'EXISTS { (n)-[:ACTIVE_IN]->(:Region)-[:PART_OF*0..3]->(:Node&Region {id: $region}) }',
  partOf: () => 'EXISTS { (n)-[:PART_OF*1..3]->(:Node&Region {id: $partOf}) }',
};

// A filter naming one region is where the match starts, walking from that region to the
// few nodes in or under it: checked per node instead, in name order, it walked from every
// organisation (at 100k nodes, a page of organisations active in a landsdeel read 1,090,270
// db hits; from the region, 102).
const ANCHORS: Readonly<Partial<Record<EntityFilterName, (labels: string) => string>>> = {
  region: (labels) =>
    `MATCH (:Node&Region {id: $region})<-[:PART_OF*0..3]-(:Region)<-[:ACTIVE_IN]-(n:${labels})`,
  partOf: (labels) => `MATCH (:Node&Region {id: $partOf})<-[:PART_OF*1..3]-(n:${labels})`,
};

export interface EntityListStatements {
  readonly page: (projection: Projection) => string;
  readonly count: string;
}

const statementsByShape = new Map<string, EntityListStatements>();

/**
 * The labels a list matches: its own, or for actors those of the asked types, which go
 * into the statement's text (one label lets Neo4j use that label's indexes, where a label
 * condition on all four would scan them). Only names from ENTITY_LABELS get there.
 */
function labelsToMatch(
  label: EntityLabel | 'Actor',
  asked: readonly string[] | null | undefined,
): readonly EntityLabel[] {
  const own = label === 'Actor' ? ENTITY_LABELS : [label];
  if (!asked || asked.length === 0) return own;
  const unknown = asked.find((name) => !(ENTITY_LABELS as readonly string[]).includes(name));
  if (unknown !== undefined) throw new Error(`unknown actor label "${unknown}"`);
  const labels = own.filter((name) => asked.includes(name));
  if (labels.length === 0)
    throw new Error(`a ${label} list has none of the labels ${asked.join(', ')}`);
  return labels;
}

/**
 * The page and count of an entity list, holding the conditions of the given filters only.
 * Before, one statement held `$x IS NULL OR ...` for every filter, which Neo4j plans once
 * for all requests: regions of one level were then found by reading every region in name
 * order and dropping the other levels (at 1M nodes, 95k db hits for a page of 2).
 */
export function entityListStatements(
  label: EntityLabel | 'Actor',
  shape: EntityFilterShape,
): EntityListStatements {
  const given = ENTITY_FILTERS.filter((name) => shape.given.includes(name));
  const single = (['kinds', 'levels'] as const).filter(
    (name) => given.includes(name) && shape.single.includes(name),
  );
  const labels = labelsToMatch(label, shape.labels);
  const order = shape.order ?? null;
  const minimums = ACTOR_METRIC_NAMES.filter((name) => shape.minimums?.includes(name));
  const key = `${labels.join('|')}|${given.join(',')}|${single.join(',')}|${order}|${minimums.join(',')}`;
  const known = statementsByShape.get(key);
  if (known) return known;
  const anchor = given.find((name) => ANCHORS[name] !== undefined);
  const conditions = given
    .filter((name) => name !== anchor)
    .map((name) => CONDITIONS[name]((single as readonly string[]).includes(name)));
  // DISTINCT: a node active in two parts of the region is reached twice.
  const match = anchor
    ? `${ANCHORS[anchor]!(labels.join('|'))}\nWITH DISTINCT n`
    : `MATCH (n:${labels.join('|')})`;
  const where = (extra: readonly string[]) =>
    [...conditions, ...extra].length === 0
      ? ''
      : `\nWHERE ${[...conditions, ...extra].join('\n  AND ')}`;
  // The constant of a single-valued filter leads the order: it changes nothing in the
  // result, but matches the (kind or level, sortName) index's order, so Neo4j reads that
  // index from the value on and stops after a page instead of sorting every match.
  const indexed = !anchor && (given.includes('kinds') || given.includes('levels'));
  const leading = single.map((name) => (name === 'kinds' ? 'n.kind, ' : 'n.level, ')).join('');
  // The counts asked for (to rank by or to bound), computed after the filters.
  const metrics = ACTOR_METRIC_NAMES.filter((name) => name === order || minimums.includes(name));
  const withMetrics = (extra: readonly string[]) => {
    if (metrics.length === 0) return '';
    const bounds = [...minimums.map((name) => `m_${name} >= $min_${name}`), ...extra];
    return `\nWITH n, ${metrics.map((name) => `${ACTOR_METRICS[name]} AS m_${name}`).join(',\n  ')}${
      bounds.length ? `\nWHERE ${bounds.join('\n  AND ')}` : ''
    }`;
  };
  if (order) {
    // Highest count first, then name, then id: the cursor holds all three, so a page starts
    // right after the last row shown whatever ties there are.
    const m = `m_${order}`;
    const statements: EntityListStatements = {
      page: (projection) => `${match}${where([])}${withMetrics([
        `($afterName IS NULL OR ${m} < $afterValue OR (${m} = $afterValue AND (n.sortName > $afterName OR (n.sortName = $afterName AND n.id > $afterId))))`,
      ])}
RETURN ${projection.node('n', labels, ['sortName'])} AS node, ${labelsColumn('n', labels)} AS labels, ${m} AS orderValue
ORDER BY ${m} DESC, n.sortName, n.id
LIMIT $limit`,
      count: `${match}${where([])}${withMetrics([])}\nRETURN count(n) AS count`,
    };
    statementsByShape.set(key, statements);
    return statements;
  }
  const statements: EntityListStatements = {
    // \`n.sortName >= ...\` adds nothing to the keyset condition after it, but lets the
    // planner read a sortName index in order and stop after a page, instead of sorting all.
    page: (projection) => `${match}${where([
      "n.sortName >= coalesce($afterName, '')",
      '($afterName IS NULL OR n.sortName > $afterName OR (n.sortName = $afterName AND n.id > $afterId))',
    ])}${withMetrics([])}
RETURN ${projection.node('n', labels, ['sortName'])} AS node, ${labelsColumn('n', labels)} AS labels, null AS orderValue
ORDER BY ${leading}n.sortName, n.id
LIMIT $limit`,
    count:
      metrics.length > 0
        ? `${match}${where([])}${withMetrics([])}\nRETURN count(n) AS count`
        : given.length === 0
          ? countStoreCount(labels)
          : // Every node has a sortName; saying so lets Neo4j count from the (kind or level,
            // sortName) index instead of reading every node of the label (a composite index
            // is only used when all its properties are in the condition).
            `${match}${where(indexed ? ['n.sortName IS NOT NULL'] : [])}
RETURN count(n) AS count`,
  };
  statementsByShape.set(key, statements);
  return statements;
}

/**
 * One entity by id, its label known: the projection of that label's properties (a by-id
 * read of an unknown label returns the whole node, twice the db hits).
 */
export const ENTITY_BY_ID: Readonly<Record<EntityLabel, (projection: Projection) => string>> =
  Object.fromEntries(
    ENTITY_LABELS.map((label) => [
      label,
      (projection: Projection) => `MATCH (n:Node {id: $id}) WHERE n:${label}
RETURN ${projection.node('n', [label])} AS node, ${labelsColumn('n', [label])} AS labels`,
    ]),
  ) as Record<EntityLabel, (projection: Projection) => string>;
