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
    topsectors: (_root, { first, after }, context, info) =>
      listEntities(context, info, 'Topsector', {}, first, after),
  },
  Topsector: { ...actorFields, ...resolversOf(topsectorLoads) },
};
