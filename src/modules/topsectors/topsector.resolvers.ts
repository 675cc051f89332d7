/** Resolvers of topsectors. */
import type { Resolvers } from '../../generated/graphql.ts';
import { actorFields, listEntities, lookUpEntity } from '../actors/actor-fields.ts';
import { loadLinks } from '../nodes/node-fields.ts';

export const topsectorResolvers: Resolvers = {
  Query: {
    topsector: (_root, { id, name }, context, info) =>
      lookUpEntity(context, info, 'Topsector', id, name),
    topsectors: (_root, { first, after }, context, info) =>
      listEntities(context, info, 'Topsector', {}, first, after),
  },
  Topsector: {
    ...actorFields,
    funds: (topsector, _args, context) => loadLinks(context, 'funds', topsector),
    focusedBy: (topsector, _args, context) => loadLinks(context, 'focusedBy', topsector),
  },
};
