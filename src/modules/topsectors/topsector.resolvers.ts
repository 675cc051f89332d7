/** Resolvers of topsectors. */
import type { Resolvers } from '../../generated/graphql.ts';
import { actorFields } from '../actors/actor.resolvers.ts';
import { listEntities, lookUpEntity } from '../actors/actor-roots.ts';
import { resolversOf } from '../kernel/field-loads.ts';
import { links } from '../links/link.loaders.ts';

const topsectorLoads = {
  funds: links('funds'),
  focusedBy: links('focusedBy'),
};

export const topsectorResolvers: Resolvers = {
  Query: {
    topsector: (_root, { id, name }, context, info) =>
      lookUpEntity(context, info, 'Topsector', id, name),
    topsectors: (_root, { filter, orderBy, first, after }, context, info) =>
      listEntities(context, info, 'Topsector', { atLeast: filter?.atLeast }, first, after, orderBy),
  },
  Topsector: { ...actorFields, ...resolversOf(topsectorLoads) },
};
