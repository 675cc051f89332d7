/**
 * DataLoaders for nodes by id and for every LINK_SPECS entry. Contract (graphql/dataloader):
 * one query per batch, results in key order, a missing node is null and a node without
 * links gets an empty list, never a shorter array.
 */
import DataLoader from 'dataloader';
import type { Neo4jGateway, Row } from '../../db/gateway.ts';
import { toNodeModel, toRelationModel, type LinkModel, type NodeModel } from '../graph-models.ts';
import { LINK_STATEMENTS, NODES_BY_ID, type LinkSpecName } from './link.cypher.ts';

/** Groups rows by their `id` column into lists in key order. */
export function groupByKey<T>(
  keys: readonly string[],
  rows: readonly Row[],
  map: (row: Row) => T,
): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(String(row.id))?.push(map(row));
  return keys.map((key) => groups.get(key) ?? []);
}

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

export type LinkLoaders = (name: LinkSpecName) => DataLoader<string, LinkModel[]>;

/** One loader per link kind, created on first use within the request. */
export function createLinkLoaders(gateway: Neo4jGateway): LinkLoaders {
  const loaders = new Map<LinkSpecName, DataLoader<string, LinkModel[]>>();
  return (name) => {
    let loader = loaders.get(name);
    if (!loader) {
      const statement = LINK_STATEMENTS[name];
      loader = new DataLoader(async (ids) =>
        groupByKey(ids, await gateway.read(statement, { ids }), toLinkModel),
      );
      loaders.set(name, loader);
    }
    return loader;
  };
}
