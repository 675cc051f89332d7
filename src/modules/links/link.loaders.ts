/**
 * Batches for nodes by id and for every LINK_SPECS entry, and the field rows that load
 * through them. Contract (graphql/dataloader): one query per batch, results in key order,
 * a missing node is null and a node without links gets an empty list, never a shorter array.
 */
import type { Row } from '../../db/gateway.ts';
import { listSpec, type BatchSpec } from '../kernel/batch.ts';
import { load, type LoadRow } from '../kernel/field-loads.ts';
import { toNodeModel, toRelationModel, type LinkModel, type NodeModel } from '../kernel/models.ts';
import {
  LINK_BATCHES,
  linkStatement,
  NODES_BY_ID_BATCH,
  type LinkSpec,
  type LinkSpecName,
} from './link.cypher.ts';

function toLinkModel(row: Row): LinkModel {
  return {
    node: toNodeModel(row.node, row.labels),
    relation: toRelationModel(row.rel, row.type),
    outgoing: Boolean(row.outgoing),
  };
}

/** Nodes by id, of any label: null for an id no node has. */
export const NODE_BY_ID: BatchSpec<string, NodeModel | null> = {
  statement: NODES_BY_ID_BATCH,
  idOf: (id) => id,
  params: () => ({}),
  fromRows: (ids, rows) => {
    const byId = new Map(
      rows
        .filter((row) => row.node)
        .map((row) => [String(row.id), toNodeModel(row.node, row.labels)]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  },
};

/** The batch of each link kind: its statement and how rows become link lists. */
const LINK_BATCH_SPECS: Readonly<Record<LinkSpecName, BatchSpec<string, LinkModel[]>>> =
  Object.fromEntries(
    Object.entries(LINK_BATCHES).map(([name, statement]) => [
      name,
      listSpec(statement, toLinkModel),
    ]),
  ) as Record<LinkSpecName, BatchSpec<string, LinkModel[]>>;

/**
 * A field holding a node's links of one kind, or what `then` makes of them. The kind is a
 * LINK_SPECS entry (its batch and loader shared by every field that names it) or a spec of
 * the field's own, `{ types: ['RUNS'], direction: 'out' }`.
 */
export function links<Args = unknown, R = LinkModel[]>(
  kind: LinkSpecName | LinkSpec,
  then?: (links: LinkModel[], node: NodeModel, args: Args) => R,
): LoadRow<Args, string, LinkModel[], R> {
  return load<Args, string, LinkModel[], R>({
    batch:
      typeof kind === 'string'
        ? LINK_BATCH_SPECS[kind]
        : listSpec(linkStatement(kind), toLinkModel),
    key: (id) => id,
    ...(then ? { then } : {}),
  });
}

/** The neighbours themselves, for fields that list nodes rather than links. */
export const linkedNodes = (links: readonly LinkModel[]): NodeModel[] =>
  links.map((link) => link.node);
