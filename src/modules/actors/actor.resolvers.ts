/** Resolvers of the Actor interface and of organisations. */
import type { InvolvementKind, RelationshipType, Resolvers } from '../../generated/graphql.ts';
import { DRIVER_TYPES, ORGANISATION_KINDS, type ActorLabel } from '../../graph/contract.ts';
import { resolversOf } from '../kernel/field-loads.ts';
import { fromEnumValue, labelOfActorType, toEnumValue } from '../kernel/models.ts';
import { involvementsOfActor } from '../actions/action.loaders.ts';
import { linkedNodes, links } from '../links/link.loaders.ts';
import { nodeFields } from '../nodes/node-fields.ts';
import { listEntities, lookUpEntity } from './actor-roots.ts';

/** The fields of the Actor interface, which every actor type resolves with these rows. */
const actorLoads = {
  actions: involvementsOfActor(
    (args: { readonly kinds?: readonly InvolvementKind[] | null }) => args.kinds,
  ),
  leads: involvementsOfActor(() => LEADS),
  drives: involvementsOfActor(() => DRIVER_TYPES),
  measurements: links('measurements', linkedNodes),
  activeIn: links('activeIn'),
  milestones: links('milestonesConcerning', linkedNodes),
  links: links(
    'all',
    (all, _actor, { types }: { readonly types?: readonly RelationshipType[] | null }) =>
      types && types.length > 0 ? all.filter((link) => types.includes(link.relation.type)) : all,
  ),
};
const LEADS = ['LEADS'] as const;

export const actorFields = { ...nodeFields, ...resolversOf(actorLoads) };

const organisationLoads = {
  runs: links('runs'),
  commissions: links('commissions'),
  funds: links('funds'),
  memberOf: links('memberOf'),
  members: links('members'),
  coordinates: links('coordinates'),
  partOf: links('partOf'),
  parts: links('parts'),
  focusesOn: links('focusesOn'),
};

export const actorResolvers: Resolvers = {
  Query: {
    organisation: (_root, { id, name }, context, info) =>
      lookUpEntity(context, info, 'Organisation', id, name),
    organisations: (_root, { filter, orderBy, first, after }, context, info) =>
      listEntities(
        context,
        info,
        'Organisation',
        {
          kinds: filter?.kinds?.map(fromEnumValue),
          region: filter?.region,
          atLeast: filter?.atLeast,
        },
        first,
        after,
        orderBy,
      ),
    actors: (_root, { filter, orderBy, first, after }, context, info) =>
      listEntities(
        context,
        info,
        'Actor',
        {
          labels: filter?.types?.map((type) => labelOfActorType(type)),
          kinds: filter?.organisationKinds?.map(fromEnumValue),
          atLeast: filter?.atLeast,
        },
        first,
        after,
        orderBy,
      ),
  },
  Actor: {
    __resolveType: (node) => node.__label as ActorLabel,
    // Not run by graphql-js (an interface's fields resolve on their types): the rows the
    // read-ahead reads where a query selects these fields on the interface.
    ...resolversOf(actorLoads),
  },
  Organisation: {
    ...actorFields,
    kind: (organisation) => toEnumValue(organisation.kind, ORGANISATION_KINDS),
    ...resolversOf(organisationLoads),
  },
};
