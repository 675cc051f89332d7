/**
 * Loads a validated SeedGraph into Neo4j in ONE write transaction: either the database
 * ends up equal to the seeds, or it is left exactly as it was. MERGE on ids and SET of the
 * whole property map make a second run change nothing; nodes and relationships that are
 * no longer in the seeds are removed, so the database always mirrors the reviewed files.
 * Into an empty database the same graph is written with CREATE and without the clean-up
 * passes, which have nothing to do there.
 */
import { createHash } from 'node:crypto';
import type { Neo4jGateway } from '../db/gateway.ts';
import { ensureGraphSchema } from '../db/graph-schema.ts';
import type { SeedGraph, SeedNode } from '../seeds/load-seeds.ts';
import { NODE_LABEL_NAMES, RELATIONSHIP_TYPE_NAMES } from '../seeds/seed-schema.ts';
import { foldText } from '../seeds/text-folding.ts';
import {
  COUNT_ALL_NODES,
  COUNT_NODES_BY_LABEL,
  COUNT_RELATIONSHIPS_BY_TYPE,
  CREATE_NODES,
  CREATE_RELATIONSHIPS,
  DELETE_RELABELLED_NODES,
  DELETE_STALE_NODES,
  DELETE_STALE_RELATIONSHIPS,
  MERGE_NODES,
  MERGE_RELATIONSHIPS,
  READ_ALL_NODES_FOR_CHECKSUM,
  READ_ALL_RELATIONSHIPS_FOR_CHECKSUM,
} from './import.cypher.ts';

export interface ImportReport {
  readonly nodesByLabel: Record<string, number>;
  readonly relationshipsByType: Record<string, number>;
  readonly rows: number;
  readonly durationMs: number;
}

export interface ImportOptions {
  readonly batchSize?: number;
  readonly onProgress?: (message: string) => void;
  /** For fault tests: called between batches, inside the transaction. */
  readonly afterBatch?: (batchIndex: number) => Promise<void> | void;
}

/** Properties as stored: the seed properties plus the derived search and sort keys. */
export function storedProperties(node: SeedNode): Record<string, unknown> {
  const aliases = (node.properties.aliases as string[] | undefined) ?? [];
  const name = String(node.properties.name);
  return {
    ...node.properties,
    // Derived keys: sorting by folded name, exact look-up by any name, full-text search,
    // and substring filters (milestone text) that ignore case and accents.
    sortName: foldText(name),
    foldedNames: [...new Set([name, ...aliases].map(foldText))],
    searchAliases: aliases.join(' | '),
    searchText: foldText(
      `${name} ${String(node.properties.quote)} ${String(node.properties.dateText ?? '')}`,
    ),
  };
}

export async function importSeedGraph(
  gateway: Neo4jGateway,
  graph: SeedGraph,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 2_000;
  const progress = options.onProgress ?? (() => {});
  await ensureGraphSchema(gateway);
  let batchIndex = 0;
  let rows = 0;
  await gateway.writeTransaction(async (tx) => {
    // An empty database (a first start, a new server) has nothing to match, relabel or
    // remove: CREATE instead of MERGE, and no clean-up passes. Checked inside the same
    // transaction, from the count store, so the choice and the writes see the same data.
    const [countRow] = await tx.run(COUNT_ALL_NODES);
    const empty = Number(countRow?.count ?? 0) === 0;
    const runBatches = async (
      cypher: string,
      items: readonly Record<string, unknown>[],
      what: string,
    ) => {
      for (let offset = 0; offset < items.length; offset += batchSize) {
        const batch = items.slice(offset, offset + batchSize);
        await tx.run(cypher, { rows: batch });
        rows += batch.length;
        progress(`${what}: ${Math.min(offset + batchSize, items.length)}/${items.length}`);
        await options.afterBatch?.(batchIndex++);
      }
    };
    if (!empty) {
      await runBatches(
        DELETE_RELABELLED_NODES,
        graph.nodes.map((n) => ({ id: n.id, label: n.label })),
        'checking labels',
      );
    }
    for (const label of NODE_LABEL_NAMES) {
      const nodes = graph.nodes.filter((n) => n.label === label);
      await runBatches(
        (empty ? CREATE_NODES : MERGE_NODES)[label],
        nodes.map((n) => ({ id: n.id, properties: storedProperties(n) })),
        `nodes ${label}`,
      );
    }
    if (!empty) await tx.run(DELETE_STALE_NODES, { ids: graph.nodes.map((n) => n.id) });
    for (const type of RELATIONSHIP_TYPE_NAMES) {
      const relationships = graph.relationships.filter((r) => r.type === type);
      await runBatches(
        (empty ? CREATE_RELATIONSHIPS : MERGE_RELATIONSHIPS)[type],
        relationships.map((r) => ({ from: r.from, to: r.to, properties: r.properties })),
        `relationships ${type}`,
      );
    }
    if (!empty) {
      await tx.run(DELETE_STALE_RELATIONSHIPS, { keys: graph.relationships.map((r) => r.key) });
    }
  }, 0);
  const counts = await countGraph(gateway);
  return { ...counts, rows, durationMs: performance.now() - started };
}

export async function countGraph(
  gateway: Neo4jGateway,
): Promise<Pick<ImportReport, 'nodesByLabel' | 'relationshipsByType'>> {
  const labels = await gateway.read(COUNT_NODES_BY_LABEL);
  const types = await gateway.read(COUNT_RELATIONSHIPS_BY_TYPE);
  return {
    nodesByLabel: Object.fromEntries(labels.map((r) => [String(r.label), Number(r.count)])),
    relationshipsByType: Object.fromEntries(types.map((r) => [String(r.type), Number(r.count)])),
  };
}

export async function isGraphEmpty(gateway: Neo4jGateway): Promise<boolean> {
  const [row] = await gateway.read(COUNT_ALL_NODES);
  return Number(row?.count ?? 0) === 0;
}

/** A sha256 over every node and relationship with all properties, in a stable order. */
export async function contentChecksum(gateway: Neo4jGateway): Promise<string> {
  const nodes = await gateway.read(READ_ALL_NODES_FOR_CHECKSUM);
  const relationships = await gateway.read(READ_ALL_RELATIONSHIPS_FOR_CHECKSUM);
  const hash = createHash('sha256');
  const sortedLabels = nodes.map((row) => ({
    ...row,
    labels: [...(row.labels as string[])].sort(),
  }));
  for (const row of [...sortedLabels, ...relationships])
    hash.update(stableStringify(row)).update('\n');
  return hash.digest('hex');
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
