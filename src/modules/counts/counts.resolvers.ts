/**
 * `counts(by:, filter:)`: grouped counts, largest first, ties by key. Each group's number is
 * what the list it summarises counts (counts.cypher.ts says which list); the filter's
 * `atLeast` bounds the actors counted, as it bounds those lists.
 */
import type { CountsFilter, Resolvers } from '../../generated/graphql.ts';
import { actionFilterParams } from '../actions/action-filter.ts';
import { actionListStatements } from '../actions/action.cypher.ts';
import type { RequestContext } from '../kernel/context.ts';
import { badUserInput } from '../../errors.ts';
import { RELATIONSHIP_TYPES } from '../../graph/contract.ts';
import { minimumsOf } from '../actors/actor-roots.ts';
import type { ActorMetric } from '../actors/actor.cypher.ts';
import { fromEnumValue, toEnumValue, toNodeModel, type NodeModel } from '../kernel/models.ts';
import {
  ACTIONS_PER_PILLAR,
  actorsPerRegion,
  filteredActionsPerPillar,
  organisationsPerKind,
  RELATIONSHIPS_PER_TYPE,
  type CountBy,
} from './counts.cypher.ts';

interface CountGroupModel {
  readonly key: string;
  readonly name: string;
  readonly count: number;
  readonly node: NodeModel | null;
}

const BOUNDED: readonly CountBy[] = ['ORGANISATION_KIND', 'REGION'];

function byCountThenKey(groups: CountGroupModel[]): CountGroupModel[] {
  return groups.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Actions per pillar; with the filter's action fields, the actions the `actions` list finds
 * with the same ActionFilter fields (read by the same function), per pillar.
 */
async function actionsPerPillar(context: RequestContext, filter: CountsFilter | null | undefined) {
  if (filter?.hasStatedDriver == null && filter?.driverKinds == null && !filter?.actionsAtLeast)
    return context.gateway.read(ACTIONS_PER_PILLAR);
  const { params, shape } = actionFilterParams(
    {
      hasStatedDriver: filter.hasStatedDriver,
      driverKinds: filter.driverKinds,
      atLeast: filter.actionsAtLeast,
    },
    { driverKinds: 'filter.driverKinds', atLeast: 'filter.actionsAtLeast' },
  );
  return context.gateway.read(
    filteredActionsPerPillar(actionListStatements(shape).matching),
    params,
  );
}

export const countsResolvers: Resolvers = {
  Query: {
    counts: async (_root, { by, filter }, context) => {
      const minimums = minimumsOf(filter?.atLeast);
      const bounds = Object.keys(minimums) as ActorMetric[];
      if (bounds.length > 0 && !BOUNDED.includes(by))
        throw badUserInput(
          `"filter.atLeast" bounds the actors of ORGANISATION_KIND and REGION, not ${by}`,
          'filter.atLeast',
        );
      if (filter?.levels && by !== 'REGION')
        throw badUserInput(`"filter.levels" is for REGION, not ${by}`, 'filter.levels');
      for (const name of ['hasStatedDriver', 'driverKinds', 'actionsAtLeast'] as const)
        if (filter?.[name] != null && by !== 'PILLAR')
          throw badUserInput(`"filter.${name}" is for PILLAR, not ${by}`, `filter.${name}`);
      const params = Object.fromEntries(
        Object.entries(minimums).map(([name, value]) => [`min_${name}`, value]),
      );
      const read = (cypher: string, extra: Record<string, unknown> = {}) =>
        context.gateway.read(cypher, { ...params, ...extra });
      switch (by) {
        case 'PILLAR':
        case 'REGION': {
          const rows =
            by === 'PILLAR'
              ? await actionsPerPillar(context, filter)
              : await read(actorsPerRegion(bounds), {
                  levels: filter?.levels?.length ? filter.levels.map(fromEnumValue) : ['landsdeel'],
                });
          return byCountThenKey(
            rows.map((row) => {
              const node = toNodeModel(row.node, row.labels);
              return { key: String(row.key), name: node.name, count: Number(row.count), node };
            }),
          );
        }
        case 'ORGANISATION_KIND':
          return byCountThenKey(
            (await read(organisationsPerKind(bounds))).map((row) => ({
              key: toEnumValue(row.key, [] as string[]),
              name: String(row.key).replace(/-/g, ' '),
              count: Number(row.count),
              node: null,
            })),
          );
        case 'RELATIONSHIP_KIND':
          return byCountThenKey(
            (await read(RELATIONSHIPS_PER_TYPE)).map((row) => ({
              key: String(row.key),
              name:
                (RELATIONSHIP_TYPES as Readonly<Record<string, { meaning: string }>>)[
                  String(row.key)
                ]?.meaning ?? String(row.key),
              count: Number(row.count),
              node: null,
            })),
          );
      }
    },
  },
};
