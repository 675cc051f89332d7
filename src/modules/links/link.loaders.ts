/**
 * DataLoaders for nodes by id and for every LINK_SPECS entry. Contract (graphql/dataloader):
 * one query per batch, results in key order, a missing node is null and a node without
 * links gets an empty list, never a shorter array.
 */
import DataLoader from 'dataloader';
import type { Neo4jGateway, Row } from '../../db/gateway.ts';
import type { BatchLoader } from '../kernel/batch.ts';
import { batchLoader, listSpec, type BatchSpec } from '../kernel/batch.ts';
import { toNodeModel, toRelationModel, type LinkModel, type NodeModel } from '../kernel/models.ts';
import { LINK_BATCHES, NODES_BY_ID, type LinkSpecName } from './link.cypher.ts';

export { groupByKey } from '../kernel/batch.ts';

export function toLinkModel(row: Row): LinkModel {
  return {
    node: toNodeModel(row.node, row.labels),
    relation: toRelationModel(row.rel, row.type),
    outgoing: Boolean(row.outgoing),
  };
}

export function createNodeLoader(gateway: Neo4jGateway): DataLoader<string, NodeModel | null> {
  return new DataLoader(async (ids) => {
    const rows = await gateway.read(NODES_BY_ID, { ids });
    const byId = new Map(
      rows
        .filter((row) => row.node)
        .map((row) => [String(row.id), toNodeModel(row.node, row.labels)]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  });
}

export type LinkLoaders = (name: LinkSpecName) => BatchLoader<string, LinkModel[]>;

/** The batch of each link kind: its statement and how rows become link lists. */
export const LINK_BATCH_SPECS: Readonly<Record<LinkSpecName, BatchSpec<string, LinkModel[]>>> =
  Object.fromEntries(
    Object.entries(LINK_BATCHES).map(([name, statement]) => [
      name,
      listSpec(statement, toLinkModel),
    ]),
  ) as Record<LinkSpecName, BatchSpec<string, LinkModel[]>>;

/** One loader per link kind, created on first use within the request. */
export function createLinkLoaders(gateway: Neo4jGateway): LinkLoaders {
  const loaders = new Map<LinkSpecName, BatchLoader<string, LinkModel[]>>();
  return (name) => {
    let loader = loaders.get(name);
    if (!loader) {
      loader = batchLoader(gateway, LINK_BATCH_SPECS[name]);
      loaders.set(name, loader);
    }
    return loader;
  };
}
