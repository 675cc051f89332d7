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
  toConnection,
  type ConnectionModel,
} from '../kernel/connection.ts';
import type { RequestContext } from '../kernel/context.ts';
import { toNodeModel, type NodeModel } from '../kernel/models.ts';
import { readAhead } from '../kernel/read-ahead.ts';
import { NODE_BY_NAME } from '../nodes/node.cypher.ts';
import {
  ENTITY_BY_ID,
  ENTITY_FILTERS,
  entityListStatements,
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
}

/** A keyset page of entities ordered by folded name, then id. */
export async function listEntities(
  context: RequestContext,
  info: GraphQLResolveInfo,
  label: EntityLabel | 'Actor',
  filter: EntityListFilter,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ConnectionModel> {
  const limit = checkFirst(first);
  const cursor = decodeCursor(after);
  const params = {
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
  });
  const { rows, count } = await readAhead(context, info, {
    cypher: page,
    params: {
      ...params,
      afterName: cursor ? String(cursor[0]) : null,
      afterId: cursor ? cursor[1] : null,
      limit: limit + 1,
    },
    count: { cypher: countStatement, params },
    shown: limit,
    returns: 'page',
  });
  return toConnection(
    rows.map((row) => toNodeModel(row.node, row.labels)),
    limit,
    (node) => String(node.sortName),
    cursor !== null,
    async () =>
      count ?? Number((await context.gateway.read(countStatement, params))[0]?.count ?? 0),
  );
}
