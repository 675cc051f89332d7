/** Resolvers of programmes (programmes, networks, funds, schemes, centres, ...). */
import type { Resolvers } from '../../generated/graphql.ts';
import {
  actorFields,
  actorInvolvements,
  listEntities,
  lookUpEntity,
} from '../actors/actor-fields.ts';
import { ACTOR_INVOLVEMENT_FIELDS } from '../actions/action.loaders.ts';
import { fromEnumValue, toEnumValue } from '../kernel/models.ts';
import { loadLinks } from '../nodes/node-fields.ts';

export const programmeResolvers: Resolvers = {
  Query: {
    programme: (_root, { id, name }, context, info) =>
      lookUpEntity(context, info, 'Programme', id, name),
    programmes: (_root, { filter, first, after }, context, info) =>
      listEntities(
        context,
        info,
        'Programme',
        { kinds: filter?.kinds?.map(fromEnumValue), region: filter?.region },
        first,
        after,
      ),
  },
  Programme: {
    ...actorFields,
    kind: (programme) => toEnumValue(programme.kind) as never,
    implements: (programme, _args, context) =>
      actorInvolvements(context, programme, ACTOR_INVOLVEMENT_FIELDS.implements),
    runBy: (programme, _args, context) => loadLinks(context, 'runBy', programme),
    fundedBy: (programme, _args, context) => loadLinks(context, 'fundedBy', programme),
    partOf: (programme, _args, context) => loadLinks(context, 'partOf', programme),
    parts: (programme, _args, context) => loadLinks(context, 'parts', programme),
    focusesOn: (programme, _args, context) => loadLinks(context, 'focusesOn', programme),
  },
};
