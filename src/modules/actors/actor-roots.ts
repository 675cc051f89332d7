/**
 * The root fields every actor type offers (organisations, programmes, topsectors, regions):
 * the look-up by id or name, and the keyset-paged list; both read ahead (read-ahead.ts).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { badUserInput } from '../../errors.ts';
import { foldText } from '../../graph/text-folding.ts';
import {
  checkFirst,
  decodeCursor,
  decodeRankedCursor,
  toConnection,
  toRankedConnection,
  type ConnectionModel,
  countMinimums,
} from '../kernel/connection.ts';
import type { RequestContext } from '../kernel/context.ts';
import { toNodeModel, type NodeModel } from '../kernel/models.ts';
import { readAhead } from '../kernel/read-ahead.ts';
import { NODE_BY_NAME } from '../nodes/node.cypher.ts';
import {
  ACTOR_METRIC_NAMES,
  ENTITY_BY_ID,
  ENTITY_FILTERS,
  entityListStatements,
  type ActorMetric,
  type EntityLabel,
} from './actor.cypher.ts';

/** `organisation(id:, name:)` and its siblings: exactly one of the two arguments. */
export async function lookUpEntity(
  context: RequestContext,
  info: GraphQLResolveInfo,
  label: EntityLabel,
  id: string | null | undefined,
  name: string | null | undefined,
): Promise<NodeModel | null> {
  if ((id == null) === (name == null))
    throw badUserInput('give exactly one of "id" and "name"', id == null ? 'id' : 'name');
  const { rows } = await readAhead(
    context,
    info,
    id != null
      ? { cypher: ENTITY_BY_ID[label], params: { id }, returns: 'node' }
      : {
          cypher: () => NODE_BY_NAME,
          params: { label, folded: foldText(name!) },
          returns: 'node',
        },
  );
  const [row] = rows;
  return row ? toNodeModel(row.node, row.labels) : null;
}

export interface EntityListFilter {
  readonly labels?: readonly string[] | null;
  readonly kinds?: readonly string[] | null;
  readonly levels?: readonly string[] | null;
  readonly region?: string | null;
  readonly partOf?: string | null;
  /** Lower bounds of counts (`atLeast`), by count. */
  readonly atLeast?: Readonly<Partial<Record<ActorMetric, number | null>>> | null;
}

/** The SDL's ActorOrder values and the counts they rank by (NAME: none). */
const ORDERS: Readonly<Record<string, ActorMetric | null>> = {
  NAME: null,
  ACTIONS_DRIVEN: 'actionsDriven',
  ACTIONS_INVOLVED: 'actionsInvolved',
  INITIATIVES: 'initiatives',
  DEGREE: 'degree',
};

/** The count bounds given, checked. */
export function minimumsOf(
  atLeast: EntityListFilter['atLeast'],
  argumentName = 'filter.atLeast',
): Partial<Record<ActorMetric, number>> {
  return countMinimums(ACTOR_METRIC_NAMES, atLeast, argumentName);
}

/**
 * A keyset page of entities ordered by folded name, then id, or by a count highest first
 * (then name, id); only those reaching the `atLeast` counts.
 */
export async function listEntities(
  context: RequestContext,
  info: GraphQLResolveInfo,
  label: EntityLabel | 'Actor',
  filter: EntityListFilter,
  first: number | null | undefined,
  after: string | null | undefined,
  orderBy: string | null | undefined = 'NAME',
): Promise<ConnectionModel> {
  const limit = checkFirst(first);
  const orderName = orderBy ?? 'NAME';
  if (!Object.hasOwn(ORDERS, orderName))
    throw badUserInput(`unknown order "${orderName}"`, 'orderBy');
  const order = ORDERS[orderName]!;
  const ranked = order ? decodeRankedCursor(after, orderName) : null;
  const cursor = order ? null : decodeCursor(after);
  const minimums = minimumsOf(filter.atLeast);
  const bounds = Object.fromEntries(
    Object.entries(minimums).map(([name, value]) => [`min_${name}`, value]),
  );
  const params = {
    ...bounds,
    kinds: filter.kinds?.length ? filter.kinds : null,
    levels: filter.levels?.length ? filter.levels : null,
    region: filter.region ?? null,
    partOf: filter.partOf ?? null,
    // A single kind or level is compared for equality (entityListStatements).
    kind: filter.kinds?.length === 1 ? filter.kinds[0] : null,
    level: filter.levels?.length === 1 ? filter.levels[0] : null,
  };
  const { page, count: countStatement } = entityListStatements(label, {
    given: ENTITY_FILTERS.filter((name) => params[name] !== null),
    single: (['kinds', 'levels'] as const).filter((name) => params[name]?.length === 1),
    // Actors of the asked types: their labels go into the statement (checked there).
    labels: filter.labels,
    order,
    minimums: Object.keys(minimums) as ActorMetric[],
  });
  const { rows, count } = await readAhead(context, info, {
    cypher: page,
    params: {
      ...params,
      afterName: ranked ? ranked[2] : cursor ? String(cursor[0]) : null,
      afterId: ranked ? ranked[3] : cursor ? cursor[1] : null,
      afterValue: ranked ? ranked[1] : null,
      limit: limit + 1,
    },
    count: { cypher: countStatement, params },
    shown: limit,
    returns: 'page',
    extraColumns: ['orderValue'],
  });
  const totalCount = async () =>
    count ?? Number((await context.gateway.read(countStatement, params))[0]?.count ?? 0);
  if (order)
    return toRankedConnection(
      rows.map((row) => ({
        node: toNodeModel(row.node, row.labels),
        value: Number(row.orderValue),
      })),
      limit,
      orderName,
      (node) => String(node.sortName),
      ranked !== null,
      totalCount,
    );
  return toConnection(
    rows.map((row) => toNodeModel(row.node, row.labels)),
    limit,
    (node) => String(node.sortName),
    cursor !== null,
    totalCount,
  );
}
