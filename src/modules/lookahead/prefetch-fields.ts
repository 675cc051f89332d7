/**
 * The fields a look-ahead prefetch can fetch ahead of their resolvers: for each, the batch
 * its resolver loads through, that loader, and the key the resolver asks it for. A field
 * left out here still works: its resolver loads it, one round trip per level as before.
 *
 * Each entry must mirror its resolver: same loader, same key for the same node and
 * arguments (tests/modules/lookahead compares every prefetched answer with the loaded one).
 */
import type DataLoader from 'dataloader';
import type { RequestContext } from '../kernel/context.ts';
import {
  ACTION_BATCH_SPECS,
  ACTION_INVOLVEMENT_FIELDS,
  ACTOR_INVOLVEMENT_FIELDS,
  involvementKey,
} from '../actions/action.loaders.ts';
import type { BatchSpec } from '../kernel/batch.ts';
import type { LinkSpecName } from '../links/link.cypher.ts';
import { LINK_BATCH_SPECS } from '../links/link.loaders.ts';

export interface PrefetchField {
  readonly spec: BatchSpec<unknown, unknown>;
  readonly loader: (context: RequestContext) => DataLoader<unknown, unknown, unknown>;
  /** The key the field's resolver loads for a node and the field's arguments. */
  readonly key: (id: string, args: Readonly<Record<string, unknown>>) => unknown;
  /**
   * Row columns that stand for the node the batch ran for (an action's involvements carry
   * no action: it is the key's node).
   */
  readonly keyColumns?: readonly string[];
}

const erase = <K, V>(spec: BatchSpec<K, V>) => spec as unknown as BatchSpec<unknown, unknown>;

function link(name: LinkSpecName): PrefetchField {
  return {
    spec: erase(LINK_BATCH_SPECS[name]),
    loader: (context) => context.links(name) as DataLoader<unknown, unknown, unknown>,
    key: (id) => id,
  };
}

type ActionBatch = keyof typeof ACTION_BATCH_SPECS;

function actionBatch(
  name: Exclude<ActionBatch, 'involvementsOfAction' | 'involvementsOfActor'>,
): PrefetchField {
  return {
    spec: ACTION_BATCH_SPECS[name] as unknown as BatchSpec<unknown, unknown>,
    loader: (context) => context.actions[name] as DataLoader<unknown, unknown, unknown>,
    key: (id) => id,
    keyColumns: [],
  };
}

type KindsOf = (args: Readonly<Record<string, unknown>>) => readonly string[] | null | undefined;

/** Involvements of the kinds a field reads, of an action (or of an actor). */
function involvements(
  of: 'involvementsOfAction' | 'involvementsOfActor',
  kinds: KindsOf,
): PrefetchField {
  return {
    spec: erase(ACTION_BATCH_SPECS[of]),
    loader: (context) => context.actions[of] as DataLoader<unknown, unknown, unknown>,
    key: (id, args) => involvementKey(id, kinds(args)),
    // An action's involvements carry no action (the key's node); an actor's, no actor.
    keyColumns: of === 'involvementsOfAction' ? ['action'] : ['actor'],
  };
}

const actionInvolvements = (kinds: KindsOf) => involvements('involvementsOfAction', kinds);
const kindsArgument: KindsOf = (args) => args.kinds as readonly string[] | null | undefined;

const ACTOR_FIELDS = {
  actions: involvements('involvementsOfActor', kindsArgument),
  leads: involvements('involvementsOfActor', () => ACTOR_INVOLVEMENT_FIELDS.leads),
  drives: involvements('involvementsOfActor', () => ACTOR_INVOLVEMENT_FIELDS.drives),
  measurements: link('measurements'),
  activeIn: link('activeIn'),
  milestones: link('milestonesConcerning'),
  links: link('all'),
};

const involvementFields = Object.fromEntries(
  Object.entries(ACTION_INVOLVEMENT_FIELDS).map(([field, kinds]) => [
    field,
    actionInvolvements(() => kinds),
  ]),
);

/** By GraphQL type, then field name. */
export const PREFETCH_FIELDS: Readonly<Record<string, Readonly<Record<string, PrefetchField>>>> = {
  Actor: ACTOR_FIELDS,
  Organisation: {
    ...ACTOR_FIELDS,
    runs: link('runs'),
    commissions: link('commissions'),
    funds: link('funds'),
    memberOf: link('memberOf'),
    members: link('members'),
    coordinates: link('coordinates'),
    partOf: link('partOf'),
    parts: link('parts'),
    focusesOn: link('focusesOn'),
  },
  Programme: {
    ...ACTOR_FIELDS,
    implements: involvements('involvementsOfActor', () => ACTOR_INVOLVEMENT_FIELDS.implements),
    runBy: link('runBy'),
    fundedBy: link('fundedBy'),
    partOf: link('partOf'),
    parts: link('parts'),
    focusesOn: link('focusesOn'),
  },
  Topsector: { ...ACTOR_FIELDS, funds: link('funds'), focusedBy: link('focusedBy') },
  Region: {
    ...ACTOR_FIELDS,
    partOf: link('partOf'),
    parts: link('parts'),
    initiatives: link('activeHere'),
    coordinatedBy: link('coordinatedBy'),
    memberOf: link('memberOf'),
    focusesOn: link('focusesOn'),
    mentions: link('mentions'),
    milestones: link('regionMilestones'),
  },
  Pillar: { actions: link('actionsOfPillar') },
  Action: {
    ...involvementFields,
    actors: actionInvolvements(kindsArgument),
    pillar: link('pillarOfAction'),
    parts: link('partsOfAction'),
    targets: actionBatch('targetsOfAction'),
    measurements: link('measurements'),
    milestones: actionBatch('milestonesOfAction'),
  },
  ActionPart: {
    action: link('actionOfPart'),
    leads: actionBatch('involvementsOfPart'),
    drivers: actionBatch('involvementsOfPart'),
    measurements: link('measurements'),
    actors: actionBatch('involvementsOfPart'),
    targets: link('targets'),
    milestones: link('milestones'),
  },
  Target: { measurements: link('measurements') },
  Measurement: {
    parts: link('measurementParts'),
    partOf: link('measurementWhole'),
    partsSum: link('measurementParts'),
    statedFor: link('measurementOwners'),
  },
  Milestone: { concerns: link('concerns') },
};

/**
 * Fields of the wrapper types (links, involvements, connections) that lead to a node held
 * in a row: the column it is in, or WRAPPER for a field that stays on the same row.
 */
export const WRAPPER = Symbol('same row');

export function columnOfField(typeName: string, fieldName: string): string | typeof WRAPPER | null {
  if (typeName === 'Involvement')
    return ['actor', 'action', 'part'].includes(fieldName) ? fieldName : null;
  if (typeName.endsWith('Link')) return fieldName === 'relation' ? null : 'node';
  if (typeName.endsWith('Connection'))
    return fieldName === 'nodes' ? 'node' : fieldName === 'edges' ? WRAPPER : null;
  if (typeName.endsWith('Edge')) return fieldName === 'node' ? 'node' : null;
  return null;
}
