/**
 * Batches of the actions area and the field rows that load through them. Each batch runs
 * one statement of action.cypher.ts and keeps the DataLoader contract (key order, empty
 * list for none).
 */
import { DRIVER_TYPES, INVOLVEMENT_TYPES, type InvolvementType } from '../../graph/contract.ts';
import type { Row } from '../../db/gateway.ts';
import {
  toNodeModel,
  toRelationModel,
  type InvolvementModel,
  type NodeModel,
} from '../kernel/models.ts';
import { visibleFrom } from '../kernel/as-of.ts';
import { listSpec, type BatchSpec } from '../kernel/batch.ts';
import { load } from '../kernel/field-loads.ts';
import type { BatchStatement } from '../kernel/batch.ts';
import {
  INVOLVEMENTS_OF_PARTS_BATCH,
  MILESTONES_OF_ACTIONS_BATCH,
  involvementsOfActionsBatch,
  involvementsOfActorsBatch,
  OWNERS_BATCH,
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
    kind: String(row.type) as InvolvementType,
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

const INVOLVEMENTS_OF_ACTIONS = involvementsByKinds(
  involvementsOfActionsBatch,
  toActionInvolvement,
);
/** An actor's involvements (`actions(kinds:)`, `leads`, a programme's `implements`). */
const INVOLVEMENTS_OF_ACTORS = involvementsByKinds(involvementsOfActorsBatch, toInvolvement);

/** An actor's involvement as it is asked for: all its kinds, or only some. */
type KindsOf<Args> = (args: Args) => readonly string[] | null | undefined;

/** Drivers strongest first (DRIVER_TYPES order); the sort is stable, so ties keep their order. */
export function strongestFirst<T extends { readonly kind: string }>(involvements: T[]): T[] {
  const rank = (kind: string) => (DRIVER_TYPES as readonly string[]).indexOf(kind);
  return involvements
    .filter((involvement) => rank(involvement.kind) >= 0)
    .sort((a, b) => rank(a.kind) - rank(b.kind));
}

function involvementKey(id: string, kinds: readonly string[] | null | undefined): InvolvementKey {
  return { id, kinds: kinds && kinds.length > 0 ? kinds : INVOLVEMENT_TYPES };
}

/**
 * A field holding an action's involvements of the kinds it reads (its argument's, or a
 * fixed set), and what `after` makes of them. The batch leaves out the action, which the
 * asking resolver holds: `then` puts it back.
 */
export function involvementsOfAction<Args = unknown>(
  kinds: KindsOf<Args>,
  after: (involvements: InvolvementModel[]) => InvolvementModel[] = (list) => list,
) {
  return load({
    batch: INVOLVEMENTS_OF_ACTIONS,
    key: (id: string, args: Args) => involvementKey(id, kinds(args)),
    then: (list: ActionInvolvementModel[], action: NodeModel): InvolvementModel[] =>
      after(
        list
          .filter((involvement) =>
            visibleFrom(action, involvement.relation.source, involvement.actor.source),
          )
          .map((involvement) => ({ ...involvement, action })),
      ),
    // The rows carry no action: it is the key's node.
    keyColumns: ['action'],
  });
}

/** A field holding an actor's involvements of the kinds it reads (`actions(kinds:)`, `leads`). */
export function involvementsOfActor<Args = unknown>(kinds: KindsOf<Args>) {
  return load({
    batch: INVOLVEMENTS_OF_ACTORS,
    key: (id: string, args: Args) => involvementKey(id, kinds(args)),
    // The rows carry no actor: it is the key's node.
    keyColumns: ['actor'],
  });
}

/** Involvements in a batch of action parts, every kind. */
export const INVOLVEMENTS_OF_PARTS = listSpec(INVOLVEMENTS_OF_PARTS_BATCH, toInvolvement);
/** Targets of a batch of actions, including those stated for their parts. */
export const TARGETS_OF_ACTIONS = listSpec(TARGETS_OF_ACTIONS_BATCH, toNodeOfRow);
/** Milestones of a batch of actions, including those stated for their parts. */
export const MILESTONES_OF_ACTIONS = listSpec(MILESTONES_OF_ACTIONS_BATCH, toNodeOfRow);

/** What a batch of targets and milestones belong to. */
export const OWNER_OF: BatchSpec<string, OwnerModel> = {
  statement: OWNERS_BATCH,
  idOf: (id) => id,
  params: () => ({}),
  fromRows: (ids, rows) => {
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
  },
};
