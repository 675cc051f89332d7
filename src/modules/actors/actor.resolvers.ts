/** Resolvers of the Actor interface and of organisations. */
import type { Resolvers } from '../../generated/graphql.ts';
import { fromEnumValue, labelOfActorType, toEnumValue } from '../kernel/models.ts';
import { loadLinks } from '../nodes/node-fields.ts';
import { actorFields, listEntities, lookUpEntity } from './actor-fields.ts';

export const actorResolvers: Resolvers = {
  Query: {
    organisation: (_root, { id, name }, context, info) =>
      lookUpEntity(context, info, 'Organisation', id, name),
    organisations: (_root, { filter, first, after }, context, info) =>
      listEntities(
        context,
        info,
        'Organisation',
        { kinds: filter?.kinds?.map(fromEnumValue), region: filter?.region },
        first,
        after,
      ),
    actors: (_root, { filter, first, after }, context, info) =>
      listEntities(
        context,
        info,
        'Actor',
        {
          labels: filter?.types?.map((type) => labelOfActorType(type)),
          kinds: filter?.organisationKinds?.map(fromEnumValue),
        },
        first,
        after,
      ),
  },
  Actor: {
    __resolveType: (node) => node.__label as 'Organisation' | 'Programme' | 'Topsector' | 'Region',
  },
  Organisation: {
    ...actorFields,
    kind: (organisation) => toEnumValue(organisation.kind) as never,
    runs: (organisation, _args, context) => loadLinks(context, 'runs', organisation),
    commissions: (organisation, _args, context) => loadLinks(context, 'commissions', organisation),
    funds: (organisation, _args, context) => loadLinks(context, 'funds', organisation),
    memberOf: (organisation, _args, context) => loadLinks(context, 'memberOf', organisation),
    members: (organisation, _args, context) => loadLinks(context, 'members', organisation),
    coordinates: (organisation, _args, context) => loadLinks(context, 'coordinates', organisation),
    partOf: (organisation, _args, context) => loadLinks(context, 'partOf', organisation),
    parts: (organisation, _args, context) => loadLinks(context, 'parts', organisation),
    focusesOn: (organisation, _args, context) => loadLinks(context, 'focusesOn', organisation),
  },
};
