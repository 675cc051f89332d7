/**
 * Cypher of the actions area: actions, their parts, involvements, targets and milestones.
 * Lists with optional filters (actions, milestones) are composed from the filters a request
 * gives: names from fixed tables go into the text, values stay parameters, and Neo4j plans
 * each shape of filters on its own (one plan for all shapes cannot be good for all).
 */
import type { BatchStatement } from '../kernel/batch.ts';
import {
  FULL_PROJECTION,
  labelsAtEnd,
  labelsColumn,
  nodeProjection,
  type Projection,
} from '../kernel/projection.ts';
import { DRIVER_TYPES, INVOLVEMENT_TYPES } from '../../graph/contract.ts';

const INVOLVEMENT = INVOLVEMENT_TYPES.join('|');

// Projections (kernel/projection.ts): the properties the API reads, not the search keys.
const ACTOR_LABELS = labelsAtEnd(INVOLVEMENT_TYPES, 'from');
// The actor's node is `x`; rows are ordered by x.sortName, so the projection need not send it.
const ACTOR = (p: Projection) => p.node('x', ACTOR_LABELS);
const ACTION = (variable: string, p: Projection = FULL_PROJECTION) => p.node(variable, ['Action']);
const PART = (variable: string, p: Projection = FULL_PROJECTION) =>
  p.node(variable, ['ActionPart']);

export const ACTION_BY_NUMBER = (p: Projection) =>
  `MATCH (a:Action {number: $number}) RETURN ${ACTION('a', p)} AS node, ${labelsColumn('a', ['Action'])} AS labels`;

/**
 * Involvement kinds as the relationship types of a pattern, `LEADS|FUNDS`, in the fixed
 * order of INVOLVEMENT_TYPES (one text per set of kinds, whatever the order asked). Only
 * names from that table reach Cypher: an unknown kind, or none, is refused.
 */
function involvementTypes(kinds: readonly string[]): string {
  const types = INVOLVEMENT_TYPES.filter((type) => kinds.includes(type));
  if (types.length === 0 || types.length !== new Set(kinds).size) {
    throw new Error(`unknown involvement kind in ${kinds.join(', ') || '(none given)'}`);
  }
  return types.join('|');
}

/**
 * A batch statement per set of involvement kinds, built once for each from its
 * relationship types (`LEADS|FUNDS`, checked by involvementTypes).
 */
function perKinds(
  build: (types: string) => BatchStatement,
): (kinds: readonly string[]) => BatchStatement {
  const built = new Map<string, BatchStatement>();
  return (kinds) => {
    const types = involvementTypes(kinds);
    let statement = built.get(types);
    if (!statement) {
      statement = build(types);
      built.set(types, statement);
    }
    return statement;
  };
}

/**
 * Involvements of the given kinds in an action or any of its parts, for a batch of action
 * ids. The action itself is not returned: the asking resolver has it (see
 * involvementsOfAction), and sending it again on every row was most of this statement's
 * cost. The kinds are the relationship types of the pattern, not a `type(r) IN $kinds`
 * filter: Neo4j then follows only those types instead of reading every involvement and
 * dropping most (Q2 at 1k: 430 expanded and 210 filtered for 25 actions' leads). They
 * come from INVOLVEMENT_TYPES only, so there is one text per set of kinds (at most 63),
 * built once. The index hint keeps the plan a seek per id: the planner chose, for some
 * batches, a scan of the whole id index (Q3 at 10k: 19,942 db hits instead of ~300).
 */
export const involvementsOfActionsBatch = perKinds((types) => ({
  body: `MATCH (a:Node {id: id}) USING INDEX a:Node(id)
WHERE a:Action
OPTIONAL MATCH (p:ActionPart)-[:PART_OF]->(a)
WITH id, a, collect(p) AS parts
UNWIND [a] + parts AS t
MATCH (x:Node)-[r:${types}]->(t)`,
  returns: (p) => `id, ${ACTOR(p)} AS actor, labels(x) AS actorLabels,
       CASE WHEN t:ActionPart THEN ${PART('t', p)} END AS part, ${p.relation('r')} AS rel, type(r) AS type`,
  orderBy: `id, type, t.code, x.sortName`,
}));

/** Involvements in a batch of action parts. */
export const INVOLVEMENTS_OF_PARTS_BATCH: BatchStatement = {
  body: `MATCH (t:Node {id: id})-[:PART_OF]->(a:Action) WHERE t:ActionPart
MATCH (x:Node)-[r:${INVOLVEMENT}]->(t)`,
  returns: (p) => `id, ${ACTOR(p)} AS actor, labels(x) AS actorLabels, ${ACTION('a', p)} AS action,
       ${PART('t', p)} AS part, ${p.relation('r')} AS rel, type(r) AS type`,
  orderBy: `id, type, x.sortName`,
};

/**
 * Involvements of the given kinds of a batch of actors, each with the action it belongs
 * to. As for actions, the kinds are the pattern's relationship types (from
 * INVOLVEMENT_TYPES only; one text per set of kinds, built once) rather than every
 * involvement read and most dropped: an organisation's `actions(kinds: [LEADS])` read all
 * of its contributions and mentions too, and a level below it then read the actors of all
 * their actions (Q3 at 100k: 425 db hits; raw 232).
 */
export const involvementsOfActorsBatch = perKinds((types) => ({
  body: `MATCH (x:Node {id: id})-[r:${types}]->(t:Node)
WHERE t:Action OR t:ActionPart
OPTIONAL MATCH (t)-[:PART_OF]->(parent:Action)
WITH id, x, r, t, coalesce(parent, t) AS action`,
  returns: (
    p,
  ) => `id, ${ACTOR(p)} AS actor, labels(x) AS actorLabels, ${ACTION('action', p)} AS action,
       CASE WHEN t:ActionPart THEN ${PART('t', p)} END AS part, ${p.relation('r')} AS rel, type(r) AS type`,
  orderBy: `id, action.number, type, t.code`,
}));

/** Each action of the batch, and each of its parts, as `owner`. */
const ACTION_AND_PARTS_AS_OWNER = `MATCH (a:Node {id: id}) WHERE a:Action
OPTIONAL MATCH (p:ActionPart)-[:PART_OF]->(a)
WITH id, a, collect(p) AS parts
UNWIND [a] + parts AS owner`;

/** Targets and milestones of an action including those stated for its parts. */
export const TARGETS_OF_ACTIONS_BATCH: BatchStatement = {
  body: `${ACTION_AND_PARTS_AS_OWNER}
MATCH (owner)-[:HAS_TARGET]->(x:Target)`,
  returns: (p) => `id, ${p.node('x', ['Target'])} AS node, labels(x) AS labels`,
  orderBy: `id, x.id`,
};

export const MILESTONES_OF_ACTIONS_BATCH: BatchStatement = {
  body: `${ACTION_AND_PARTS_AS_OWNER}
MATCH (owner)-[:HAS_MILESTONE]->(x:Milestone)`,
  returns: (p) => `id, ${p.node('x', ['Milestone'])} AS node, labels(x) AS labels`,
  orderBy: `id, x.date, x.id`,
};

/** What a target or milestone belongs to: its action and part, or its region. */
export const OWNERS_BATCH: BatchStatement = {
  body: `MATCH (x:Node {id: id})<-[:HAS_TARGET|HAS_MILESTONE]-(owner:Node)
OPTIONAL MATCH (owner)-[:PART_OF]->(parent:Action) WHERE owner:ActionPart`,
  returns:
    () => `id, ${nodeProjection('owner', labelsAtEnd(['HAS_TARGET', 'HAS_MILESTONE'], 'from'))} AS owner,
       labels(owner) AS ownerLabels, ${ACTION('parent')} AS parent`,
};

/** The region and its parts, collected once: checked per action below, never re-expanded. */
const PLACES = `OPTIONAL MATCH (place:Node)-[:PART_OF*0..3]->(:Node {id: $region}) WHERE place:Region
WITH collect(DISTINCT place) AS places`;

/** The filters of an action list, by the parameter each one reads. */
export const ACTION_FILTERS = [
  'numbers',
  'pillar',
  'actors',
  'organisationKinds',
  'programme',
  'topsector',
  'region',
  'hasStatedDriver',
  'statedBy',
] as const;
export type ActionFilterName = (typeof ACTION_FILTERS)[number];

/** `a` is in or has a part in `t` (the end of an involvement). */
const IN_ACTION = '(t = a OR (t:ActionPart AND (t)-[:PART_OF]->(a)))';

/**
 * The action `a` itself or one of its parts, as the far end of a pattern: only action parts
 * are PART_OF an action, and the zero-length step is `a`. An involvement in a part counts
 * for its action, as `Action.drivers` and `Action.actors` list them.
 */
const ACTION_OR_PART = '(:Node)-[:PART_OF*0..1]->(a)';

/** What a filter's condition is written from: the types it follows, and how `a` is found. */
interface ConditionContext {
  /** The involvement types `actors` and `organisationKinds` follow. */
  readonly kinds: string;
  /** The driver types `hasStatedDriver` looks for. */
  readonly drivers: string;
  readonly byActor: boolean;
}

/** Each filter's condition on `a`. */
const ACTION_CONDITIONS: Readonly<Record<ActionFilterName, (context: ConditionContext) => string>> =
  {
    numbers: () => 'a.number IN $numbers',
    statedBy: () => 'a.source IN $statedBy',
    pillar: () => 'EXISTS { (a)-[:IN_PILLAR]->(:Pillar {number: $pillar}) }',
    // By actor, the candidates are the first actor's own actions: the others are checked.
    actors: ({ kinds, byActor }) => `all(actorId IN $actors${byActor ? '[1..]' : ''} WHERE EXISTS {
        MATCH (:Node {id: actorId})-[r:${kinds}]->(t:Node) WHERE ${IN_ACTION} })`,
    organisationKinds: ({ kinds }) => `(EXISTS { MATCH (o:Organisation)-[:${kinds}]->(a)
                WHERE o.kind IN $organisationKinds }
    OR EXISTS { MATCH (o:Organisation)-[:${kinds}]->(:ActionPart)-[:PART_OF]->(a)
                WHERE o.kind IN $organisationKinds })`,
    programme: () => `EXISTS {
        MATCH (:Node&Programme {id: $programme})-[:IMPLEMENTS]->(t:Node) WHERE ${IN_ACTION} }`,
    topsector: () => `EXISTS {
        MATCH (x:Node)-[:${INVOLVEMENT}]->(t:Node)
        WHERE ${IN_ACTION}
          AND (x.id = $topsector OR EXISTS { (x)-[:FOCUSES_ON]->(:Node&Topsector {id: $topsector}) }) }`,
    region: () => `EXISTS {
        MATCH (x:Node)-[:${INVOLVEMENT}]->(t:Node)
        WHERE ${IN_ACTION}
          AND (x IN places OR EXISTS { MATCH (x)-[:ACTIVE_IN]->(p:Region) WHERE p IN places }) }`,
    // true and false are one statement: the wanted answer is the parameter.
    hasStatedDriver: ({ drivers }) =>
      `EXISTS { (:Node)-[:${drivers}]->${ACTION_OR_PART} } = $hasStatedDriver`,
  };

const STATED_INVOLVEMENT = INVOLVEMENT_TYPES.filter((type) => type !== 'MENTIONED_IN').join('|');

/**
 * What an action list can be ordered and bounded by, each a count about the action `a` in
 * Cypher, counted as the action's own list fields hold it (its parts' included, each actor
 * or node once): `drivers` (distinct actors), `actors(kinds:)` of the stated kinds (every kind
 * but MENTIONED_IN, as ActorOrder.ACTIONS_INVOLVED), `milestones`, `targets`.
 */
export const ACTION_METRICS = {
  drivers: `COUNT { MATCH (x:Node)-[:${DRIVER_TYPES.join('|')}]->${ACTION_OR_PART} RETURN DISTINCT x }`,
  involved: `COUNT { MATCH (x:Node)-[:${STATED_INVOLVEMENT}]->${ACTION_OR_PART} RETURN DISTINCT x }`,
  milestones: `COUNT { MATCH (m:Milestone)<-[:HAS_MILESTONE]-${ACTION_OR_PART} RETURN DISTINCT m }`,
  targets: `COUNT { MATCH (g:Target)<-[:HAS_TARGET]-${ACTION_OR_PART} RETURN DISTINCT g }`,
} as const;
export type ActionMetric = keyof typeof ACTION_METRICS;
export const ACTION_METRIC_NAMES = Object.keys(ACTION_METRICS) as ActionMetric[];

/** The SDL's ActionOrder values, and the count each ranks by (none: number or title). */
export const ACTION_ORDER_METRICS = {
  NUMBER: null,
  TITLE: null,
  DRIVERS: 'drivers',
  INVOLVED: 'involved',
  MILESTONES: 'milestones',
  TARGETS: 'targets',
} as const satisfies Readonly<Record<string, ActionMetric | null>>;
export type ActionOrder = keyof typeof ACTION_ORDER_METRICS;

/**
 * The title as TITLE sorts it: lower case, decomposed (NFD), so that an accented letter
 * sorts right after its plain one (`bèta` between `beta` and `bf`). Not the name: every
 * action's name begins "Actie N:", so a name order is the numbers in text order (1, 10, 11).
 */
const TITLE_KEY = 'toLower(normalize(a.title, NFD))';

/**
 * Which filters an action list has, which involvement kinds they ask for, its order and
 * its count bounds. The statement holds the conditions of the given filters only, with the
 * kinds as relationship types of its patterns (Neo4j then follows only those relationships,
 * and plans each shape for itself): one generic statement with `$x IS NULL OR ...` for every
 * filter and `type(r) IN $kinds` read every action's every involvement (benchmark Q4 at 1k:
 * 2,243 db hits against @neo4j/graphql's 1,761). Only names from ACTION_FILTERS,
 * INVOLVEMENT_TYPES, DRIVER_TYPES, ACTION_ORDER_METRICS and ACTION_METRICS go into the
 * text; every value stays a parameter.
 */
export interface ActionFilterShape {
  readonly given: readonly ActionFilterName[];
  readonly kinds: readonly string[];
  /** The kinds `hasStatedDriver` counts as a driver (default: all of DRIVER_TYPES). */
  readonly driverKinds?: readonly string[];
  /** Default NUMBER. */
  readonly order?: ActionOrder;
  /** Counts with a lower bound (`$min_<count>`). */
  readonly minimums?: readonly ActionMetric[];
}

export interface ActionListStatements {
  readonly page: (p: Projection) => string;
  readonly count: string;
  /** What the count runs before its RETURN: `a` is each matching action. */
  readonly matching: string;
}

const UNFILTERED: ActionListStatements = {
  page: (p) => `MATCH (a:Action)
WHERE a.number > coalesce($afterNumber, -1)
RETURN ${ACTION('a', p)} AS node, ${labelsColumn('a', ['Action'])} AS labels, null AS orderValue, null AS titleKey
ORDER BY a.number
LIMIT $limit`,
  count: `MATCH (a:Action) RETURN count(a) AS count`,
  matching: 'MATCH (a:Action)',
};

const statementsByShape = new Map<string, ActionListStatements>();

/** Driver kinds as the relationship types of a pattern; only DRIVER_TYPES get there. */
function driverTypes(kinds: readonly string[]): string {
  const types = DRIVER_TYPES.filter((type) => kinds.includes(type));
  if (types.length === 0 || types.length !== new Set(kinds).size)
    throw new Error(`unknown driver kind in ${kinds.join(', ') || '(none given)'}`);
  return types.join('|');
}

/** `WITH a, <columns> WHERE <conditions>`; nothing when there are neither. */
function withColumns(columns: readonly string[], conditions: readonly string[]): string {
  if (columns.length === 0 && conditions.length === 0) return '';
  const kept = columns.length === 0 ? '' : `, ${columns.join(',\n  ')}`;
  const where = conditions.length === 0 ? '' : `\nWHERE ${conditions.join('\n  AND ')}`;
  return `\nWITH a${kept}${where}`;
}

/**
 * The page and count statements of an action list. No filter, in number order: the
 * action_number index gives the actions in order and a page reads only its own. An actor
 * filter: the candidates are what the first actor is involved in (a handful), then every
 * condition is checked on those. Otherwise every action is checked. An order by title or a
 * count sorts every matching action (22 here; no index holds a count), highest count first,
 * ties by number; the cursor holds the order, the value and the number.
 */
export function actionListStatements(shape: ActionFilterShape): ActionListStatements {
  const given = ACTION_FILTERS.filter((name) => shape.given.includes(name));
  const order = shape.order ?? 'NUMBER';
  if (!Object.hasOwn(ACTION_ORDER_METRICS, order)) throw new Error(`unknown order "${order}"`);
  const minimums = ACTION_METRIC_NAMES.filter((name) => shape.minimums?.includes(name));
  if (given.length === 0 && order === 'NUMBER' && minimums.length === 0) return UNFILTERED;
  const types = involvementTypes(shape.kinds);
  const drivers = driverTypes(shape.driverKinds ?? DRIVER_TYPES);
  const key = `${given.join(',')}|${types}|${drivers}|${order}|${minimums.join(',')}`;
  const known = statementsByShape.get(key);
  if (known) return known;
  const byActor = given.includes('actors');
  const conditions = given.map((name) =>
    ACTION_CONDITIONS[name]({ kinds: types, drivers, byActor }),
  );
  const places = given.includes('region') ? `${PLACES}\n` : '';
  const match = byActor
    ? `${places}MATCH (:Node {id: $actors[0]})-[:${types}]->(t:Node)
WHERE t:Action OR t:ActionPart
OPTIONAL MATCH (t)-[:PART_OF]->(parent:Action) WHERE t:ActionPart
WITH DISTINCT ${places ? 'places, ' : ''}coalesce(parent, t) AS a`
    : `${places}MATCH (a:Action)`;
  const filters = byActor ? ['a:Action', ...conditions] : conditions;
  const where = (extra: readonly string[]) =>
    [...filters, ...extra].length === 0 ? '' : `\nWHERE ${[...filters, ...extra].join('\n  AND ')}`;
  const bounds = minimums.map((name) => `m_${name} >= $min_${name}`);
  const boundColumns = minimums.map((name) => `${ACTION_METRICS[name]} AS m_${name}`);
  const matching = `${match}${where([])}${withColumns(boundColumns, bounds)}`;
  const metric = ACTION_ORDER_METRICS[order];
  // A title order sends its key, which its cursor holds; the others send null.
  const returns = (p: Projection, orderValue: string, titleKey = 'null') =>
    `RETURN ${ACTION('a', p)} AS node, ${labelsColumn('a', ['Action'])} AS labels, ${orderValue} AS orderValue, ${titleKey} AS titleKey`;
  let page: (p: Projection) => string;
  if (metric) {
    const m = `m_${metric}`;
    const columns = ACTION_METRIC_NAMES.filter(
      (name) => name === metric || minimums.includes(name),
    ).map((name) => `${ACTION_METRICS[name]} AS m_${name}`);
    const after = `($afterNumber IS NULL OR ${m} < $afterValue OR (${m} = $afterValue AND a.number > $afterNumber))`;
    page = (p) => `${match}${where([])}${withColumns(columns, [...bounds, after])}
${returns(p, m)}
ORDER BY ${m} DESC, a.number
LIMIT $limit`;
  } else if (order === 'TITLE') {
    const after = `($afterNumber IS NULL OR titleKey > $afterTitle OR (titleKey = $afterTitle AND a.number > $afterNumber))`;
    page = (
      p,
    ) => `${match}${where([])}${withColumns([...boundColumns, `${TITLE_KEY} AS titleKey`], [...bounds, after])}
${returns(p, 'null', 'titleKey')}
ORDER BY titleKey, a.number
LIMIT $limit`;
  } else {
    // \`a.number > coalesce(...)\` as unfiltered: the planner may then read actions in
    // number index order and stop when the page is full, instead of checking every action.
    page = (
      p,
    ) => `${match}${where(['a.number > coalesce($afterNumber, -1)'])}${withColumns(boundColumns, bounds)}
${returns(p, 'null')}
ORDER BY a.number
LIMIT $limit`;
  }
  const statements: ActionListStatements = {
    page,
    count: `${matching}\nRETURN count(a) AS count`,
    matching,
  };
  statementsByShape.set(key, statements);
  return statements;
}

export const PILLARS = `MATCH (p:Pillar) RETURN ${nodeProjection('p', ['Pillar'])} AS node, labels(p) AS labels ORDER BY p.number`;

/** The filters of the milestone list, in the order their conditions are written. */
export const MILESTONE_FILTERS = ['concerns', 'action', 'on', 'from', 'to', 'words'] as const;
export type MilestoneFilterName = (typeof MILESTONE_FILTERS)[number];

const MILESTONE_CONDITIONS: Readonly<Record<MilestoneFilterName, string>> = {
  concerns: 'EXISTS { (m)-[:CONCERNS]->(:Node {id: $concerns}) }',
  action: `EXISTS {
        MATCH (owner:Node)-[:HAS_MILESTONE]->(m)
        WHERE (owner:Action AND owner.number = $action)
           OR EXISTS { (owner:ActionPart)-[:PART_OF]->(:Action {number: $action}) } }`,
  on: 'm.date STARTS WITH $on',
  from: 'coalesce(m.endDate, m.date) >= $from',
  to: '(m.date <= $to OR m.date STARTS WITH $to)',
  words: 'all(word IN $words WHERE m.searchText CONTAINS word)',
};

// A filter naming one node is where the match starts: the few milestones of that node or
// action, instead of every milestone checked in date order (at 100k nodes, 21k milestones:
// an action's page read 292,081 db hits).
const MILESTONE_ANCHORS: Readonly<Partial<Record<MilestoneFilterName, string>>> = {
  concerns: 'MATCH (:Node {id: $concerns})<-[:CONCERNS]-(m:Milestone)',
  // The action's own milestones and its parts'; UNION drops a milestone met twice.
  action: `CALL () {
  MATCH (:Action {number: $action})-[:HAS_MILESTONE]->(m:Milestone) RETURN m
  UNION
  MATCH (:Action {number: $action})<-[:PART_OF]-(:ActionPart)-[:HAS_MILESTONE]->(m:Milestone) RETURN m
}
WITH m`,
};

export interface MilestoneListStatements {
  readonly page: string;
  readonly count: string;
}

const milestoneStatementsByShape = new Map<string, MilestoneListStatements>();

/**
 * The page and count of the milestone list, holding the conditions of the given filters
 * only (as actionListStatements), ordered by date then id. Without a node to start from,
 * the page reads the date index in order and stops when the page is full.
 */
export function milestoneListStatements(
  given: readonly MilestoneFilterName[],
): MilestoneListStatements {
  const filters = MILESTONE_FILTERS.filter((name) => given.includes(name));
  const key = filters.join(',');
  const known = milestoneStatementsByShape.get(key);
  if (known) return known;
  const anchor = filters.find((name) => MILESTONE_ANCHORS[name] !== undefined);
  const match = anchor ? MILESTONE_ANCHORS[anchor]! : 'MATCH (m:Milestone)';
  const conditions = filters
    .filter((name) => name !== anchor)
    .map((name) => MILESTONE_CONDITIONS[name]);
  const where = (extra: readonly string[]) =>
    [...conditions, ...extra].length === 0
      ? ''
      : `\nWHERE ${[...conditions, ...extra].join('\n  AND ')}`;
  const statements: MilestoneListStatements = {
    // \`m.date >= ...\` adds nothing to the keyset condition after it (every milestone has
    // a date; one dated \`on\` a day, month or year is not before it), but lets the planner
    // read the date index in order from there and stop after a page.
    page: `${match}${where([
      `m.date >= coalesce($afterDate, ${filters.includes('on') ? '$on' : "''"})`,
      '($afterDate IS NULL OR m.date > $afterDate OR (m.date = $afterDate AND m.id > $afterId))',
    ])}
RETURN ${nodeProjection('m', ['Milestone'])} AS node, labels(m) AS labels
ORDER BY m.date, m.id
LIMIT $limit`,
    count: `${match}${where([])}
RETURN count(m) AS count`,
  };
  milestoneStatementsByShape.set(key, statements);
  return statements;
}

/** The filters of the measurement list, in the order their conditions are written. */
export const MEASUREMENT_FILTERS = ['statedFor', 'unit', 'period', 'words'] as const;
export type MeasurementFilterName = (typeof MEASUREMENT_FILTERS)[number];

const MEASUREMENT_CONDITIONS: Readonly<Record<MeasurementFilterName, string>> = {
  statedFor: 'EXISTS { (:Node {id: $statedFor})-[:HAS_MEASUREMENT]->(m) }',
  unit: 'm.unit = $unit',
  period: 'm.period = $period',
  words: 'all(word IN $words WHERE m.searchText CONTAINS word)',
};

const measurementStatementsByShape = new Map<string, MilestoneListStatements>();

/**
 * The page and count of the measurement list, holding the conditions of the given filters
 * only, ordered by id (keyset), as milestoneListStatements.
 */
export function measurementListStatements(
  given: readonly MeasurementFilterName[],
): MilestoneListStatements {
  const filters = MEASUREMENT_FILTERS.filter((name) => given.includes(name));
  const key = filters.join(',');
  const known = measurementStatementsByShape.get(key);
  if (known) return known;
  const conditions = filters.map((name) => MEASUREMENT_CONDITIONS[name]);
  const where = (extra: readonly string[]) =>
    [...conditions, ...extra].length === 0
      ? ''
      : `\nWHERE ${[...conditions, ...extra].join('\n  AND ')}`;
  const statements: MilestoneListStatements = {
    page: `MATCH (m:Measurement)${where(['($afterId IS NULL OR m.id > $afterId)'])}
RETURN ${nodeProjection('m', ['Measurement'])} AS node, labels(m) AS labels
ORDER BY m.id
LIMIT $limit`,
    count: `MATCH (m:Measurement)${where([])}
RETURN count(m) AS count`,
  };
  measurementStatementsByShape.set(key, statements);
  return statements;
}
