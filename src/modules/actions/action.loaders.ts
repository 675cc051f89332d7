/**
 * Batch loaders of the actions area. Each runs one statement of action.cypher.ts per batch
 * and keeps the DataLoader contract (key order, empty list for none).
 */
import DataLoader from 'dataloader';
import { INVOLVEMENT_TYPES } from '../../graph/contract.ts';
import type { Neo4jGateway, Row } from '../../db/gateway.ts';
import {
  toNodeModel,
  toRelationModel,
  type InvolvementModel,
  type NodeModel,
} from '../kernel/models.ts';
import { batchLoader, listSpec, type BatchSpec } from '../kernel/batch.ts';
import type { BatchStatement } from '../kernel/batch.ts';
import { DRIVER_TYPES } from '../../graph/contract.ts';
import {
  INVOLVEMENTS_OF_PARTS_BATCH,
  MILESTONES_OF_ACTIONS_BATCH,
  involvementsOfActionsBatch,
  involvementsOfActorsBatch,
  OWNERS,
  TARGETS_OF_ACTIONS_BATCH,
} from './action.cypher.ts';

export interface OwnerModel {
  readonly action: NodeModel | null;
  readonly part: NodeModel | null;
  readonly region: NodeModel | null;
}

/** An involvement as involvementsOfActionsBatch gives it: without the action the caller holds. */
export type ActionInvolvementModel = Omit<InvolvementModel, 'action'>;

function toActionInvolvement(row: Row): ActionInvolvementModel {
  return {
    actor: toNodeModel(row.actor, row.actorLabels),
    part: row.part ? toNodeModel(row.part, ['ActionPart']) : null,
    kind: String(row.type),
    relation: toRelationModel(row.rel, row.type),
  };
}

function toInvolvement(row: Row): InvolvementModel {
  return { ...toActionInvolvement(row), action: toNodeModel(row.action, ['Action']) };
}

const toNodeOfRow = (row: Row) => toNodeModel(row.node, row.labels);

/** An action (or an actor) and the kinds of involvement a field asks for. */
export interface InvolvementKey {
  readonly id: string;
  readonly kinds: readonly string[];
}

/**
 * Involvements of a batch of nodes, only of the kinds asked. The fields of one level
 * (`leads`, `contributors`, ... of every action) still share one batch and one statement,
 * run for the union of their kinds; each key then gets the rows of its own kinds. Cached
 * per node and kinds, so a later level asking other kinds gets its own batch.
 */
function involvementsByKinds<T extends { readonly kind: string }>(
  statement: (kinds: readonly string[]) => BatchStatement,
  toModel: (row: Row) => T,
): BatchSpec<InvolvementKey, T[]> {
  return {
    statement: (keys) => statement([...new Set(keys.flatMap((key) => key.kinds))]),
    idOf: (key) => key.id,
    params: () => ({}),
    fromRows: (keys, rows) => {
      const byId = new Map<string, T[]>();
      for (const row of rows) {
        const id = String(row.id);
        const list = byId.get(id) ?? [];
        list.push(toModel(row));
        byId.set(id, list);
      }
      return keys.map((key) =>
        (byId.get(key.id) ?? []).filter((involvement) => key.kinds.includes(involvement.kind)),
      );
    },
    cacheKey: (key) => `${key.id}|${[...key.kinds].sort().join(',')}`,
  };
}

const involvementsOfActions = involvementsByKinds(involvementsOfActionsBatch, toActionInvolvement);
/** An actor's involvements (`actions(kinds:)`, `leads`, a programme's `implements`). */
const involvementsOfActors = involvementsByKinds(involvementsOfActorsBatch, toInvolvement);

/**
 * The involvement kinds each involvement field of Action reads; `actors` reads those of
 * its argument (all for none). The look-ahead prefetch keys its loads the same way.
 */
export const ACTION_INVOLVEMENT_FIELDS = {
  leads: ['LEADS'],
  commissioners: ['COMMISSIONS'],
  contributors: ['CONTRIBUTES_TO'],
  programmes: ['IMPLEMENTS'],
  funders: ['FUNDS'],
  mentions: ['MENTIONED_IN'],
  drivers: DRIVER_TYPES,
} as const satisfies Record<string, readonly string[]>;

/**
 * The involvement kinds each fixed-kind involvement field of an actor reads (`actions`
 * reads those of its argument). Its resolvers and the look-ahead both key by this table,
 * so a read-ahead value is always the one the resolver asks for.
 */
export const ACTOR_INVOLVEMENT_FIELDS = {
  leads: ['LEADS'],
  implements: ['IMPLEMENTS'],
  drives: DRIVER_TYPES,
} as const satisfies Record<string, readonly string[]>;

/** Drivers strongest first (DRIVER_TYPES order); the sort is stable, so ties keep their order. */
export function strongestFirst<T extends { readonly kind: string }>(involvements: T[]): T[] {
  const rank = (kind: string) => (DRIVER_TYPES as readonly string[]).indexOf(kind);
  return involvements
    .filter((involvement) => rank(involvement.kind) >= 0)
    .sort((a, b) => rank(a.kind) - rank(b.kind));
}

export function involvementKey(
  id: string,
  kinds: readonly string[] | null | undefined,
): InvolvementKey {
  return { id, kinds: kinds && kinds.length > 0 ? kinds : INVOLVEMENT_TYPES };
}

/** The batches of the actions area that a look-ahead prefetch can run nested. */
export const ACTION_BATCH_SPECS = {
  involvementsOfAction: involvementsOfActions,
  involvementsOfPart: listSpec(INVOLVEMENTS_OF_PARTS_BATCH, toInvolvement),
  involvementsOfActor: involvementsOfActors,
  targetsOfAction: listSpec(TARGETS_OF_ACTIONS_BATCH, toNodeOfRow),
  milestonesOfAction: listSpec(MILESTONES_OF_ACTIONS_BATCH, toNodeOfRow),
} as const;

export function createActionLoaders(gateway: Neo4jGateway) {
  return {
    involvementsOfAction: batchLoader(gateway, ACTION_BATCH_SPECS.involvementsOfAction),
    involvementsOfPart: batchLoader(gateway, ACTION_BATCH_SPECS.involvementsOfPart),
    involvementsOfActor: batchLoader(gateway, ACTION_BATCH_SPECS.involvementsOfActor),
    targetsOfAction: batchLoader(gateway, ACTION_BATCH_SPECS.targetsOfAction),
    milestonesOfAction: batchLoader(gateway, ACTION_BATCH_SPECS.milestonesOfAction),
    ownerOf: new DataLoader<string, OwnerModel>(async (ids) => {
      const rows = await gateway.read(OWNERS, { ids });
      const byId = new Map<string, OwnerModel>();
      for (const row of rows) {
        const owner = toNodeModel(row.owner, row.ownerLabels);
        const parent = row.parent ? toNodeModel(row.parent, ['Action']) : null;
        byId.set(String(row.id), {
          action: owner.__label === 'Action' ? owner : parent,
          part: owner.__label === 'ActionPart' ? owner : null,
          region: owner.__label === 'Region' ? owner : null,
        });
      }
      return ids.map((id) => byId.get(id) ?? { action: null, part: null, region: null });
    }),
  };
}

export type ActionLoaders = ReturnType<typeof createActionLoaders>;
