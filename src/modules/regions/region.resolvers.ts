/** Resolvers of regions: landsdelen, subregions, provinces, cities. */
import type { RegionLevel, Resolvers } from '../../generated/graphql.ts';
import { actorFields } from '../actors/actor.resolvers.ts';
import { listEntities, lookUpEntity } from '../actors/actor-roots.ts';
import { REGION_LEVELS } from '../../graph/contract.ts';
import { resolversOf } from '../kernel/field-loads.ts';
import { fromEnumValue, toEnumValue, type LinkModel } from '../kernel/models.ts';
import { links } from '../links/link.loaders.ts';

/** A region's `partOf` and `parts` are regions; PART_OF also joins other labels. */
const regionsOnly = (all: LinkModel[]) => all.filter((link) => link.node.__label === 'Region');

export const regionLoads = {
  // Its own (HAS_MILESTONE) and those about it (CONCERNS): one list, each once, by date.
  milestones: links('regionMilestones', (all) => {
    const byId = new Map(all.map((link) => [link.node.id, link.node]));
    return [...byId.values()].sort(
      (a, b) => String(a.date).localeCompare(String(b.date)) || a.id.localeCompare(b.id),
    );
  }),
  partOf: links('partOf', regionsOnly),
  parts: links(
    'parts',
    (all, _region, { levels }: { readonly levels?: readonly RegionLevel[] | null }) => {
      const parts = regionsOnly(all);
      return levels && levels.length > 0
        ? parts.filter((link) => levels.includes(toEnumValue(link.node.level, REGION_LEVELS)))
        : parts;
    },
  ),
  initiatives: links('activeHere'),
  coordinatedBy: links('coordinatedBy'),
  memberOf: links('memberOf'),
  focusesOn: links('focusesOn'),
  mentions: links('mentions'),
};

export const regionResolvers: Resolvers = {
  Query: {
    region: (_root, { id, name }, context, info) => lookUpEntity(context, info, 'Region', id, name),
    regions: (_root, { filter, orderBy, first, after }, context, info) =>
      listEntities(
        context,
        info,
        'Region',
        {
          levels: filter?.levels?.map(fromEnumValue),
          partOf: filter?.partOf,
          atLeast: filter?.atLeast,
        },
        first,
        after,
        orderBy,
      ),
  },
  Region: {
    ...actorFields,
    level: (region) => toEnumValue(region.level, REGION_LEVELS),
    priorities: (region) => (region.priorities as string[] | undefined) ?? [],
    sectionHeader: (region) => (region.sectionHeader as string | undefined) ?? null,
    sectionLine: (region) => (region.sectionLine as number | undefined) ?? null,
    ...resolversOf(regionLoads),
  },
};
