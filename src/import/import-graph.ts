/**
 * Loads a validated SeedGraph into Neo4j, all or nothing: either the database ends up equal
 * to the seeds, or it is left as it was.
 *
 * Into an EMPTY database (a first start, the benchmark) the import is staged: a journal
 * node (:ImportJournal, never a :Node) is committed first, then nodes and relationships
 * are CREATEd in batches of `batchSize` rows, one transaction each, so Neo4j's memory stays
 * bounded at any size; relationships find their ends by the element ids the node batches
 * returned. The journal is removed after the last batch: that is the commit point. On any
 * failure everything the import wrote is deleted (in batches) with the journal, and the
 * original error is rethrown. A journal found at the start of an import (the process was
 * killed mid-import) means partial data: it is deleted and the import starts again.
 *
 * Into a database WITH data the import is ONE write transaction: MERGE on ids and SET of
 * the whole property map make a second run change nothing, and nodes and relationships no
 * longer in the seeds are removed, so the database always mirrors the reviewed files. That
 * path is sized for the seed graph (about a thousand nodes): Neo4j holds a transaction's
 * changes on its heap until commit.
 */
import { createHash } from 'node:crypto';
import { stableStringify } from '../graph/stable-json.ts';
import type { Neo4jGateway } from '../db/gateway.ts';
import { ensureGraphSchema, SCHEMA_STATEMENTS } from '../db/graph-schema.ts';
import type { SeedGraph, SeedNode } from '../seeds/load-seeds.ts';
import { NODE_LABEL_NAMES, RELATIONSHIP_TYPE_NAMES, type NodeLabel } from '../graph/contract.ts';
import { storedNodeProperties } from '../graph/stored-properties.ts';
import {
  BEGIN_IMPORT_JOURNAL,
  COUNT_ALL_NODES,
  COUNT_CURATED_EDITS,
  DISCARD_CURATED_EDITS,
  COUNT_IMPORT_JOURNALS,
  COUNT_NODES_BY_LABEL,
  COUNT_RELATIONSHIP_BATCH,
  COUNT_RELATIONSHIPS_BY_TYPE,
  CREATE_NODES,
  CREATE_NODES_RETURNING_ELEMENT_IDS,
  CREATE_RELATIONSHIPS,
  CREATE_RELATIONSHIPS_BY_ELEMENT_ID,
  DELETE_IMPORT_JOURNALS,
  DELETE_NODES_BATCH,
  DELETE_RELABELLED_NODES,
  DELETE_STALE_NODES,
  DELETE_STALE_RELATIONSHIPS,
  END_IMPORT_JOURNAL,
  MERGE_NODES,
  MERGE_RELATIONSHIPS,
  READ_ALL_NODES_FOR_CHECKSUM,
  READ_ALL_RELATIONSHIPS_FOR_CHECKSUM,
  READ_IMPORT_JOURNALS,
  READ_RELATIONSHIP_BATCHES,
} from './import.cypher.ts';

export interface ImportReport {
  readonly nodesByLabel: Record<string, number>;
  readonly relationshipsByType: Record<string, number>;
  readonly rows: number;
  readonly durationMs: number;
  /**
   * 'staged' into an empty database, 'one-transaction' otherwise; 'bulk' from
   * bulkImportSeedGraph (src/import/bulk-import.ts), offline into an empty database.
   */
  readonly mode: ImportMode;
}

export type ImportMode = 'staged' | 'one-transaction' | 'bulk';

export interface ImportOptions {
  /** Rows per statement; in a staged import also rows per transaction. */
  readonly batchSize?: number;
  readonly onProgress?: (message: string) => void;
  /** Events worth a log line: an interrupted import redone, a failed import removed. */
  readonly log?: (line: string) => void;
  /**
   * For fault tests: called after each batch; inside the transaction in a one-transaction
   * import, after the batch's commit in a staged one.
   */
  readonly afterBatch?: (batchIndex: number) => Promise<void> | void;
  /** How an empty database is loaded; 'staged' unless a test compares the two. */
  readonly emptyDatabase?: Exclude<ImportMode, 'bulk'>;
  /**
   * A staged import drops our indexes and constraint first and builds them over the loaded
   * graph at the end (a duplicate id then fails the import there); false keeps them.
   */
  readonly deferIndexes?: boolean;
  /**
   * What to do when the database holds edits made through the API: refuse (the default:
   * nothing is lost silently), or discard them and make the graph the seeds again.
   */
  readonly curatedEdits?: 'refuse' | 'discard';
  /** Node batches in flight at once in a staged import (each in its own session). */
  readonly nodeSessions?: number;
}

/** Rows per transaction in a staged import, and per statement otherwise (the bench passes 10k). */
export const DEFAULT_BATCH_SIZE = 2_000;
/** Nodes deleted (with their relationships) per transaction when an import is removed. */
const DELETE_BATCH_SIZE = 10_000;

/** Properties as stored: the seed properties plus the derived search and sort keys. */
export function storedProperties(node: SeedNode): Record<string, unknown> {
  return storedNodeProperties(node.properties);
}

/** The import met edits made through the API, and was not told to discard them. */
export class CuratedEditsError extends Error {
  override name = 'CuratedEditsError';
  constructor(
    readonly revisions: number,
    first: number,
    last: number,
  ) {
    super(
      `the database holds ${revisions} curated edit(s) (revisions ${first} to ${last}); ` +
        'importing would overwrite them. Write them into the seed files first (npm run export-seeds, ' +
        'then review with git diff seeds/), or replace them with the seeds: npm run import -- --discard-edits',
    );
  }
}

export async function importSeedGraph(
  gateway: Neo4jGateway,
  graph: SeedGraph,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const started = performance.now();
  const [edits] = await gateway.read(COUNT_CURATED_EDITS);
  const revisions = Number(edits?.revisions ?? 0);
  if (revisions > 0 && options.curatedEdits !== 'discard') {
    throw new CuratedEditsError(revisions, Number(edits?.first), Number(edits?.last));
  }
  await removeInterruptedImport(gateway, options.log ?? (() => {}));
  await ensureGraphSchema(gateway);
  let rows: number;
  let mode: ImportMode = 'one-transaction';
  const journal =
    // Discarded edits go in the same transaction as the import, so only that one will do.
    options.emptyDatabase === 'one-transaction' || revisions > 0
      ? undefined
      : await beginJournal(gateway, graph);
  if (journal) {
    mode = 'staged';
    rows = await stagedImport(gateway, graph, journal, options);
  } else {
    rows = await oneTransactionImport(gateway, graph, options);
  }
  const counts = await countGraph(gateway);
  return { ...counts, rows, mode, durationMs: performance.now() - started };
}

/** The journal's element id, or undefined when the database holds :Node data. */
async function beginJournal(gateway: Neo4jGateway, graph: SeedGraph): Promise<string | undefined> {
  const [row] = await gateway.writeTransaction(
    (tx) =>
      tx.run(BEGIN_IMPORT_JOURNAL, {
        startedAt: new Date().toISOString(),
        nodes: graph.nodes.length,
        relationships: graph.relationships.length,
      }),
    0,
  );
  return row ? String(row.journal) : undefined;
}

/** Element-id-keyed batches, committed one by one; see the module comment. */
async function stagedImport(
  gateway: Neo4jGateway,
  graph: SeedGraph,
  journal: string,
  options: ImportOptions,
): Promise<number> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const progress = options.onProgress ?? (() => {});
  const log = options.log ?? (() => {});
  let batchIndex = 0;
  let rows = 0;
  const afterBatch = async () => options.afterBatch?.(batchIndex++);
  try {
    // Indexes are built once over the loaded graph, which costs a fraction of updating
    // them row by row in every batch (measured: see docs/decisions.md).
    if (options.deferIndexes !== false) await dropGraphSchema(gateway);
    const elementIds = new Map<string, string>();
    const nodeBatches: { label: NodeLabel; nodes: SeedNode[]; done: string }[] = [];
    for (const label of NODE_LABEL_NAMES) {
      const nodes = graph.nodes.filter((n) => n.label === label);
      for (let offset = 0; offset < nodes.length; offset += batchSize) {
        nodeBatches.push({
          label,
          nodes: nodes.slice(offset, offset + batchSize),
          done: `nodes ${label}: ${Math.min(offset + batchSize, nodes.length)}/${nodes.length}`,
        });
      }
    }
    await inParallel(nodeBatches, options.nodeSessions ?? 1, async (batch) => {
      // Properties are derived per batch, so that only a batch's worth is held at a time.
      const batchRows = batch.nodes.map((n) => ({ id: n.id, properties: storedProperties(n) }));
      const created = await gateway.writeTransaction(
        (tx) => tx.run(CREATE_NODES_RETURNING_ELEMENT_IDS[batch.label], { rows: batchRows }),
        0,
      );
      for (const row of created) elementIds.set(String(row.id), String(row.elementId));
      rows += batchRows.length;
      progress(batch.done);
      await afterBatch();
    });
    let relationshipBatch = 0;
    for (const type of RELATIONSHIP_TYPE_NAMES) {
      const relationships = graph.relationships.filter((r) => r.type === type);
      for (let offset = 0; offset < relationships.length; offset += batchSize) {
        const batchRows = relationships.slice(offset, offset + batchSize).map((r) => ({
          a: elementIds.get(r.from),
          b: elementIds.get(r.to),
          properties: r.properties,
        }));
        const index = relationshipBatch++;
        await gateway.writeTransaction(async (tx) => {
          // A retry of a batch whose commit went through finds it counted, and skips it.
          const [state] = await tx.run(READ_RELATIONSHIP_BATCHES, { journal });
          if (Number(state?.committed) > index) return;
          await tx.run(CREATE_RELATIONSHIPS_BY_ELEMENT_ID[type], { rows: batchRows });
          await tx.run(COUNT_RELATIONSHIP_BATCH, { journal });
        }, 0);
        rows += batchRows.length;
        progress(
          `relationships ${type}: ${Math.min(offset + batchSize, relationships.length)}/${relationships.length}`,
        );
        await afterBatch();
      }
    }
    if (options.deferIndexes !== false) {
      // The id constraint is checked here, over the whole graph: a duplicate fails the import.
      progress('building the indexes');
      await buildGraphSchema(gateway);
    }
    await gateway.writeTransaction((tx) => tx.run(END_IMPORT_JOURNAL, { journal }), 0);
    return rows;
  } catch (error) {
    try {
      const deleted = await removeStagedData(gateway);
      await ensureGraphSchema(gateway);
      log(`the import failed; its ${deleted} nodes were removed, the database is empty again`);
    } catch (cleanupError) {
      log(
        `the import failed, and removing its partial data failed too (${(cleanupError as Error).message}); ` +
          'the journal stays, so the next import removes it first',
      );
    }
    throw error;
  }
}

/** The names of our constraints and indexes, from their fixed statements. */
export const SCHEMA_NAMES = SCHEMA_STATEMENTS.flatMap((statement) => {
  const match = /^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) (\w+) IF NOT EXISTS/.exec(statement);
  return match
    ? [{ kind: match[1] === 'CONSTRAINT' ? 'CONSTRAINT' : 'INDEX', name: match[2]! }]
    : [];
});

async function dropGraphSchema(gateway: Neo4jGateway): Promise<void> {
  for (const { kind, name } of SCHEMA_NAMES) await gateway.schema(`DROP ${kind} ${name} IF EXISTS`);
}

/**
 * ensureGraphSchema over a loaded graph, waiting as long as the population of a large graph
 * takes. All statements in one transaction: Neo4j then populates the indexes together
 * (measured at 100k nodes: about 20% less time than one statement after the other).
 */
export async function buildGraphSchema(gateway: Neo4jGateway): Promise<void> {
  await gateway.writeTransaction(async (tx) => {
    for (const statement of SCHEMA_STATEMENTS) await tx.run(statement);
  }, 0);
  await gateway.schema('CALL db.awaitIndexes(86400)');
}

/**
 * Runs `work` on every item, at most `concurrency` at a time, in order of start; the first
 * failure stops new work and is thrown once everything in flight has settled.
 */
async function inParallel<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < items.length) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  if (failure) throw failure.error;
}

/**
 * Deletes every :Node and every journal, in batches. Only for a staged import's data: its
 * journal was created when the database held no :Node, so every :Node is the import's.
 */
async function removeStagedData(gateway: Neo4jGateway): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await gateway.writeTransaction(
      (tx) => tx.run(DELETE_NODES_BATCH, { limit: DELETE_BATCH_SIZE }),
      0,
    );
    const deleted = Number(row?.deleted ?? 0);
    total += deleted;
    if (deleted < DELETE_BATCH_SIZE) break;
  }
  await gateway.writeTransaction((tx) => tx.run(DELETE_IMPORT_JOURNALS), 0);
  return total;
}

/** A journal left behind means a staged import that never finished: remove its data. */
async function removeInterruptedImport(
  gateway: Neo4jGateway,
  log: (line: string) => void,
): Promise<void> {
  const journals = await gateway.read(READ_IMPORT_JOURNALS);
  if (journals.length === 0) return;
  const started = journals.map((j) => String(j.startedAt)).join(', ');
  log(
    `found an interrupted import (started ${started}): removing its partial data, then importing again`,
  );
  const deleted = await removeStagedData(gateway);
  log(`removed ${deleted} nodes of the interrupted import`);
}

/** MERGE (or CREATE into an empty database) in ONE transaction; sized for the seed graph. */
async function oneTransactionImport(
  gateway: Neo4jGateway,
  graph: SeedGraph,
  options: ImportOptions,
): Promise<number> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const progress = options.onProgress ?? (() => {});
  let batchIndex = 0;
  let rows = 0;
  await gateway.writeTransaction(async (tx) => {
    // An empty database has nothing to match, relabel or remove: CREATE instead of MERGE,
    // and no clean-up passes. Checked inside the same transaction, from the count store,
    // so the choice and the writes see the same data. (Only when asked for: an empty
    // database is normally loaded by the staged import.)
    if (options.curatedEdits === 'discard') await tx.run(DISCARD_CURATED_EDITS);
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
  return rows;
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

/**
 * Whether the seed graph is to be imported: the database holds no :Node, or only what an
 * interrupted staged import left (its journal is still there), which the import removes.
 */
export async function isGraphEmpty(gateway: Neo4jGateway): Promise<boolean> {
  const [journals] = await gateway.read(COUNT_IMPORT_JOURNALS);
  if (Number(journals?.count ?? 0) > 0) return true;
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
