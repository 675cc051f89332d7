/**
 * Batch loaders of the actions area. Each runs one statement of action.cypher.ts per batch
 * and keeps the DataLoader contract (key order, empty list for none).
 */
import DataLoader from 'dataloader';
import type { Neo4jGateway, Row } from '../../db/gateway.ts';
import {
  toNodeModel,
  toRelationModel,
  type InvolvementModel,
  type NodeModel,
} from '../graph-models.ts';
import { groupByKey } from '../links/link.loaders.ts';
import {
  INVOLVEMENTS_OF_ACTIONS,
  INVOLVEMENTS_OF_ACTORS,
  INVOLVEMENTS_OF_PARTS,
  MILESTONES_OF_ACTIONS,
  OWNERS,
  TARGETS_OF_ACTIONS,
} from './action.cypher.ts';

export interface OwnerModel {
  readonly action: NodeModel | null;
  readonly part: NodeModel | null;
  readonly region: NodeModel | null;
}

/** An involvement as INVOLVEMENTS_OF_ACTIONS gives it: without the action the caller holds. */
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

function nodeList(gateway: Neo4jGateway, statement: string): DataLoader<string, NodeModel[]> {
  return new DataLoader(async (ids) =>
    groupByKey(ids, await gateway.read(statement, { ids }), (row) =>
      toNodeModel(row.node, row.labels),
    ),
  );
}

function involvementList<T>(
  gateway: Neo4jGateway,
  statement: string,
  map: (row: Row) => T,
): DataLoader<string, T[]> {
  return new DataLoader(async (ids) =>
    groupByKey(ids, await gateway.read(statement, { ids }), map),
  );
}

/** An action and the kinds of involvement a field asks for. */
export interface ActionInvolvementKey {
  readonly id: string;
  readonly kinds: readonly string[];
}

/**
 * Involvements of actions, only of the kinds asked. The fields of one level (`leads`,
 * `contributors`, ... of every action) still share one batch and one statement, run with
 * the union of their kinds; each key then gets the rows of its own kinds. Cached per
 * action and kinds, so a later level asking other kinds gets its own batch.
 */
function involvementsOfActions(
  gateway: Neo4jGateway,
): DataLoader<ActionInvolvementKey, ActionInvolvementModel[], string> {
  return new DataLoader(
    async (keys) => {
      const ids = [...new Set(keys.map((key) => key.id))];
      const kinds = [...new Set(keys.flatMap((key) => key.kinds))];
      const rows = await gateway.read(INVOLVEMENTS_OF_ACTIONS, { ids, kinds });
      const groups = groupByKey(ids, rows, toActionInvolvement);
      const byId = new Map(ids.map((id, index) => [id, groups[index]!]));
      return keys.map((key) =>
        (byId.get(key.id) ?? []).filter((involvement) => key.kinds.includes(involvement.kind)),
      );
    },
    { cacheKeyFn: (key) => `${key.id}|${[...key.kinds].sort().join(',')}` },
  );
}

export function createActionLoaders(gateway: Neo4jGateway) {
  return {
    involvementsOfAction: involvementsOfActions(gateway),
    involvementsOfPart: involvementList(gateway, INVOLVEMENTS_OF_PARTS, toInvolvement),
    involvementsOfActor: involvementList(gateway, INVOLVEMENTS_OF_ACTORS, toInvolvement),
    targetsOfAction: nodeList(gateway, TARGETS_OF_ACTIONS),
    milestonesOfAction: nodeList(gateway, MILESTONES_OF_ACTIONS),
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
