/** Resolvers of programmes (programmes, networks, funds, schemes, centres, ...). */
import type { Resolvers } from '../../generated/graphql.ts';
import { involvementsOfActor } from '../actions/action.loaders.ts';
import { actorFields } from '../actors/actor.resolvers.ts';
import { listEntities, lookUpEntity } from '../actors/actor-roots.ts';
import { PROGRAMME_KINDS } from '../../graph/contract.ts';
import { resolversOf } from '../kernel/field-loads.ts';
import { fromEnumValue, toEnumValue } from '../kernel/models.ts';
import { links } from '../links/link.loaders.ts';

const IMPLEMENTS = ['IMPLEMENTS'] as const;

const programmeLoads = {
  implements: involvementsOfActor(() => IMPLEMENTS),
  runBy: links('runBy'),
  fundedBy: links('fundedBy'),
  partOf: links('partOf'),
  parts: links('parts'),
  focusesOn: links('focusesOn'),
};

export const programmeResolvers: Resolvers = {
  Query: {
    programme: (_root, { id, name }, context, info) =>
      lookUpEntity(context, info, 'Programme', id, name),
    programmes: (_root, { filter, orderBy, first, after }, context, info) =>
      listEntities(
        context,
        info,
        'Programme',
        {
          kinds: filter?.kinds?.map(fromEnumValue),
          region: filter?.region,
          atLeast: filter?.atLeast,
        },
        first,
        after,
        orderBy,
      ),
  },
  Programme: {
    ...actorFields,
    kind: (programme) => toEnumValue(programme.kind, PROGRAMME_KINDS),
    ...resolversOf(programmeLoads),
  },
};
