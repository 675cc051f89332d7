/** Resolvers of regions: landsdelen, subregions, provinces, cities. */
import type { Resolvers } from '../../generated/graphql.ts';
import { actorFields, listEntities, lookUpEntity } from '../actors/actor-fields.ts';
import { fromEnumValue, toEnumValue } from '../kernel/models.ts';
import { loadLinks } from '../nodes/node-fields.ts';
import { mapNow } from '../kernel/batch.ts';

export const regionResolvers: Resolvers = {
  Query: {
    region: (_root, { id, name }, context, info) => lookUpEntity(context, info, 'Region', id, name),
    regions: (_root, { filter, first, after }, context, info) =>
      listEntities(
        context,
        info,
        'Region',
        { levels: filter?.levels?.map(fromEnumValue), partOf: filter?.partOf },
        first,
        after,
      ),
  },
  Region: {
    ...actorFields,
    level: (region) => toEnumValue(region.level) as never,
    priorities: (region) => (region.priorities as string[] | undefined) ?? [],
    sectionHeader: (region) => (region.sectionHeader as string | undefined) ?? null,
    sectionLine: (region) => (region.sectionLine as number | undefined) ?? null,
    // Its own (HAS_MILESTONE) and those about it (CONCERNS): one list, each once, by date.
    milestones: (region, _args, context) =>
      mapNow(loadLinks(context, 'regionMilestones', region), (links) => {
        const byId = new Map(links.map((link) => [link.node.id, link.node]));
        return [...byId.values()].sort(
          (a, b) => String(a.date).localeCompare(String(b.date)) || a.id.localeCompare(b.id),
        );
      }),
    partOf: (region, _args, context) =>
      mapNow(loadLinks(context, 'partOf', region), (links) =>
        links.filter((link) => link.node.__label === 'Region'),
      ),
    parts: (region, { levels }, context) =>
      mapNow(loadLinks(context, 'parts', region), (links) => {
        const parts = links.filter((link) => link.node.__label === 'Region');
        return levels && levels.length > 0
          ? parts.filter((link) => levels.includes(toEnumValue(link.node.level) as never))
          : parts;
      }),
    initiatives: (region, _args, context) => loadLinks(context, 'activeHere', region),
    coordinatedBy: (region, _args, context) => loadLinks(context, 'coordinatedBy', region),
    memberOf: (region, _args, context) => loadLinks(context, 'memberOf', region),
    focusesOn: (region, _args, context) => loadLinks(context, 'focusesOn', region),
    mentions: (region, _args, context) => loadLinks(context, 'mentions', region),
  },
};
