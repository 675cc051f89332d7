/**
 * Fields every Actor type shares (organisations, programmes, topsectors, regions), and the
 * by-id-or-name look-up and list query every one of them offers at the root.
 */
import type { RequestContext } from '../kernel/context.ts';
import { badUserInput } from '../../errors.ts';
import type { InvolvementKind, RelationshipType } from '../../generated/graphql.ts';
import { foldText } from '../../graph/text-folding.ts';
import { mapNow } from '../kernel/batch.ts';
import {
  checkFirst,
  decodeCursor,
  toConnection,
  type ConnectionModel,
} from '../kernel/connection.ts';
import { toNodeModel, type InvolvementModel, type NodeModel } from '../kernel/models.ts';
import { linksOfTypes, loadLinks, nodeFields } from '../nodes/node-fields.ts';
import { NODE_BY_NAME } from '../nodes/node.cypher.ts';
import type { GraphQLResolveInfo } from 'graphql';
import { readWithPrefetch } from '../lookahead/prefetch.ts';
import { ACTOR_INVOLVEMENT_FIELDS, involvementKey } from '../actions/action.loaders.ts';
import {
  ENTITY_BY_ID,
  ENTITY_FILTERS,
  entityListStatements,
  type EntityLabel,
} from './actor.cypher.ts';

/** The actor's involvements of the given kinds (every kind for none). */
export const actorInvolvements = (
  context: RequestContext,
  actor: NodeModel,
  kinds: readonly string[] | null | undefined,
) => context.actions.involvementsOfActor.loadNow(involvementKey(actor.id, kinds));

export const actorFields = {
  ...nodeFields,
  actions: (
    actor: NodeModel,
    { kinds }: { kinds?: readonly InvolvementKind[] | null },
    context: RequestContext,
  ): InvolvementModel[] | Promise<InvolvementModel[]> => actorInvolvements(context, actor, kinds),
  leads: (actor: NodeModel, _args: unknown, context: RequestContext) =>
    actorInvolvements(context, actor, ACTOR_INVOLVEMENT_FIELDS.leads),
  drives: (actor: NodeModel, _args: unknown, context: RequestContext) =>
    actorInvolvements(context, actor, ACTOR_INVOLVEMENT_FIELDS.drives),
  measurements: (actor: NodeModel, _args: unknown, context: RequestContext) =>
    mapNow(loadLinks(context, 'measurements', actor), (links) => links.map((link) => link.node)),
  activeIn: (actor: NodeModel, _args: unknown, context: RequestContext) =>
    loadLinks(context, 'activeIn', actor),
  milestones: (actor: NodeModel, _args: unknown, context: RequestContext) =>
    mapNow(loadLinks(context, 'milestonesConcerning', actor), (links) =>
      links.map((link) => link.node),
    ),
  links: (
    actor: NodeModel,
    { types }: { types?: readonly RelationshipType[] | null },
    context: RequestContext,
  ) => linksOfTypes(context, actor, types),
};

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
  const { rows } = await readWithPrefetch(
    context,
    info,
    id != null
      ? { cypher: ENTITY_BY_ID[label], params: { id } }
      : { cypher: () => NODE_BY_NAME, params: { label, folded: foldText(name!) } },
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
  const { rows, count } = await readWithPrefetch(context, info, {
    cypher: page,
    params: {
      ...params,
      afterName: cursor ? String(cursor[0]) : null,
      afterId: cursor ? cursor[1] : null,
      limit: limit + 1,
    },
    count: { cypher: countStatement, params },
    shown: limit,
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
