/**
 * Offline bulk import into an EMPTY database of the embedded runtime, with Neo4j's own
 * batch importer (what `neo4j-admin database import full` runs; neo4j-runtime's
 * BulkImport.java), for graphs too large for transactional Cypher (benchmark issue 7).
 *
 * 1. Checks, Neo4j still running: the graph's ids are unique and every relationship's ends
 *    exist (else an error naming the seed file and line), and the database holds no node
 *    and no index or constraint other than ours (else nothing is touched).
 * 2. Stops Neo4j and runs the importer into a NEW store in a working folder of the data
 *    directory, its input written to a file there first: nodes and relationships as JSON
 *    lines, with the same stored properties as the staged import (`storedProperties`:
 *    derived search and sort keys, provenance), so types survive exactly (no CSV quoting
 *    of quotes, empty lists).
 * 3. Swaps the new store in for the empty one (kept aside), starts Neo4j again on the same
 *    data directory and port, and builds our constraint and indexes over the graph (a
 *    duplicate id would fail here, as in the staged import).
 *
 * All or nothing: on any failure after Neo4j was stopped, the new store is removed, the
 * empty one put back, Neo4j started again, and the original error is raised, wrapped in a
 * BulkImportError that says at which step it failed (and, for bad input, which seed node
 * or relationship). The database is then empty and usable, as before.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  closeSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { createInterface } from 'node:readline';
import { createDriver } from '../db/driver.ts';
import { Neo4jGateway } from '../db/gateway.ts';
import { buildGraphSchemaInTwoJobs } from '../db/graph-schema.ts';
import { buildRuntime, findJava } from '../neo4j-runtime/java-toolchain.ts';
import { NEO4J_USER } from '../neo4j-runtime/neo4j-password.ts';
import type { SeedGraph, SeedNode, SeedRelationship } from '../seeds/load-seeds.ts';
import { foldText } from '../graph/text-folding.ts';
import { countGraph, SCHEMA_NAMES, storedProperties, type ImportReport } from './import-graph.ts';

/** What the bulk import needs of the embedded runtime (RestartableNeo4j is one). */
export interface BulkImportRuntime {
  /** The embedded Neo4j's data directory (its home: the store is under data/). */
  readonly dataDir: string;
  /** Bolt URI, the same before and after a restart. */
  readonly uri: string;
  /** The `neo4j` user's password, when the runtime requires one (RestartableNeo4j.password). */
  readonly password?: string | undefined;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export type BulkImportStep =
  | 'checking the graph'
  | 'checking that the database is empty'
  | 'stopping Neo4j'
  | 'running the bulk importer'
  | 'putting the new store in place'
  | 'starting Neo4j on the new store'
  | 'building the indexes and constraint';

export interface BulkImportOptions {
  /** Heap of the importer's JVM (default 1g). */
  readonly heap?: string;
  /** The importer's page cache (default 256m). */
  readonly pageCache?: string;
  /** The importer's off-heap memory budget (default 1g). */
  readonly maxOffHeap?: string;
  /**
   * 'file' (default): the input is written to the working folder first, then read by the
   * importer; 'stream': it goes to the importer's stdin while it reads. At 1M nodes the file
   * was faster in two alternating pairs of runs (importer step 73 s against 96 s, and 88 s
   * against 104 s, load 2-5): streamed, the importer's threads wait on the pipe while Node
   * and the importer share the two cores.
   */
  readonly input?: 'stream' | 'file';
  readonly onProgress?: (message: string) => void;
  /** Events worth a log line: a failed import undone. */
  readonly log?: (line: string) => void;
  /** For fault tests: called when a step is done. */
  readonly afterStep?: (step: BulkImportStep) => Promise<void> | void;
}

export class BulkImportError extends Error {
  override name = 'BulkImportError';
  constructor(
    message: string,
    readonly step: BulkImportStep,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const DATABASE = 'neo4j';
const WORK_DIR_NAME = 'bulk-import';

export async function bulkImportSeedGraph(
  graph: SeedGraph,
  runtime: BulkImportRuntime,
  options: BulkImportOptions = {},
): Promise<ImportReport> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  const log = options.log ?? (() => {});
  const store = storePaths(runtime.dataDir);
  let step: BulkImportStep = 'checking the graph';
  const done = async (finished: BulkImportStep, next: BulkImportStep) => {
    await options.afterStep?.(finished);
    step = next;
  };
  /** Whether Neo4j was stopped by us (so a failure must restore and start it). */
  let stopped = false;
  let swapped = false;
  try {
    const index = nodeIndex(graph);
    await done('checking the graph', 'checking that the database is empty');
    await requireEmptyDatabase(runtime);
    await done('checking that the database is empty', 'stopping Neo4j');
    stopped = true;
    await runtime.stop();
    await done('stopping Neo4j', 'running the bulk importer');
    rmSync(store.work, { recursive: true, force: true });
    mkdirSync(store.work, { recursive: true });
    await runImporter(graph, index, store.staging, options);
    await done('running the bulk importer', 'putting the new store in place');
    swapped = true;
    swapStore(store);
    await done('putting the new store in place', 'starting Neo4j on the new store');
    await runtime.start();
    stopped = false;
    await done('starting Neo4j on the new store', 'building the indexes and constraint');
    progress('building the indexes');
    const counts = await withGateway(runtime, async (gateway) => {
      await buildGraphSchemaInTwoJobs(gateway);
      return countGraph(gateway);
    });
    await done('building the indexes and constraint', 'building the indexes and constraint');
    rmSync(store.work, { recursive: true, force: true });
    return {
      ...counts,
      rows: graph.nodes.length + graph.relationships.length,
      mode: 'bulk',
      durationMs: performance.now() - started,
    };
  } catch (error) {
    const failedAt = step;
    let restored = 'Neo4j was not stopped and the database was not touched';
    if (stopped || swapped) {
      try {
        await runtime.stop();
        if (swapped) unswapStore(store);
        await runtime.start();
        restored = 'the new store was removed, the empty database put back and Neo4j started again';
      } catch (restoreError) {
        restored = `putting the empty database back failed too (${(restoreError as Error).message}); the store it had is in ${store.previous}`;
        log(`bulk import: ${restored}`);
        throw new BulkImportError(
          `bulk import failed while ${failedAt}: ${(error as Error).message}; ${restored}`,
          failedAt,
          { cause: error },
        );
      }
    }
    rmSync(store.work, { recursive: true, force: true });
    log(`bulk import failed while ${failedAt}; ${restored}`);
    throw new BulkImportError(
      `bulk import failed while ${failedAt}: ${(error as Error).message}; ${restored}`,
      failedAt,
      { cause: error },
    );
  }
}

interface StorePaths {
  /** The live store of database neo4j and its transaction logs. */
  readonly database: string;
  readonly transactions: string;
  /** Our working folder: the input, the new store (staging home) and the old one (previous). */
  readonly work: string;
  readonly staging: string;
  readonly previous: string;
}

function storePaths(dataDir: string): StorePaths {
  const work = join(dataDir, WORK_DIR_NAME);
  return {
    database: join(dataDir, 'data', 'databases', DATABASE),
    transactions: join(dataDir, 'data', 'transactions', DATABASE),
    work,
    staging: join(work, 'new-store'),
    previous: join(work, 'previous-store'),
  };
}

/** Node id -> its line in the importer's input (its id in the new store); duplicate ids and dangling ends refused. */
function nodeIndex(graph: SeedGraph): Map<string, number> {
  const index = new Map<string, number>();
  graph.nodes.forEach((node, line) => {
    const first = index.get(node.id);
    if (first !== undefined) {
      throw new Error(
        `node id '${node.id}' occurs twice: ${where(graph.nodes[first]!)} and ${where(node)}`,
      );
    }
    index.set(node.id, line);
  });
  for (const relationship of graph.relationships) {
    for (const end of [relationship.from, relationship.to]) {
      if (!index.has(end)) {
        throw new Error(
          `relationship ${relationship.key} (${where(relationship)}) refers to no node '${end}'`,
        );
      }
    }
  }
  return index;
}

function where(item: SeedNode | SeedRelationship): string {
  return `${item.file}:${item.line}`;
}

/** The store is replaced whole: refuse unless there is nothing in it to lose. */
async function requireEmptyDatabase(runtime: BulkImportRuntime): Promise<void> {
  await withGateway(runtime, async (gateway) => {
    const [nodes] = await gateway.read('MATCH (n) RETURN count(n) AS count');
    const count = Number(nodes?.count ?? 0);
    if (count > 0) {
      throw new Error(
        `the bulk import writes a new store and needs an empty database, but it holds ${count} nodes`,
      );
    }
    const ours = new Set(SCHEMA_NAMES.map((s) => s.name));
    const indexes = await gateway.read(
      "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
    );
    const constraints = await gateway.read('SHOW CONSTRAINTS YIELD name RETURN name');
    const foreign = [...indexes, ...constraints]
      .map((row) => String(row.name))
      .filter((name) => !ours.has(name));
    if (foreign.length > 0) {
      throw new Error(
        `the bulk import writes a new store, and the database has indexes or constraints that are not ours: ${foreign.join(', ')}`,
      );
    }
  });
}

async function withGateway<T>(
  runtime: BulkImportRuntime,
  work: (gateway: Neo4jGateway) => Promise<T>,
): Promise<T> {
  const driver = createDriver({
    uri: runtime.uri,
    user: runtime.password === undefined ? undefined : NEO4J_USER,
    password: runtime.password,
  });
  try {
    return await work(new Neo4jGateway(driver));
  } finally {
    await driver.close();
  }
}

/**
 * BulkImport.java into `home` (a new store), its input written to its stdin while it reads:
 * one JSON line per node (`["Label", {stored properties}]`, in graph order, so a node's line
 * is its id in the new store), an empty line, one per relationship (`[fromLine, toLine,
 * "TYPE", {properties}]`). Its error names the input line, which we map back to the seeds.
 */
async function runImporter(
  graph: SeedGraph,
  index: Map<string, number>,
  home: string,
  options: BulkImportOptions,
): Promise<void> {
  const progress = options.onProgress ?? (() => {});
  const java = findJava();
  const classpath = buildRuntime();
  const estimates = estimateInput(graph);
  const args = [
    `-Xmx${options.heap ?? '1g'}`,
    '-XX:+UseG1GC',
    '-cp',
    classpath,
    'techniekpact.neo4j.BulkImport',
    '--home',
    home,
    '--page-cache',
    options.pageCache ?? '256m',
    '--max-off-heap',
    options.maxOffHeap ?? '1g',
    ...Object.entries(estimates).flatMap(([name, value]) => [`--${name}`, String(value)]),
  ];
  const lines = async (stdin: Writable, exited: Promise<unknown>) => {
    const input = new InputLines();
    progress('writing the nodes for the importer');
    await writeLines(stdin, graph.nodes, exited, (node, line) => input.node(node, line));
    await writeLines(stdin, [''], exited, (line) => line);
    progress('writing the relationships for the importer');
    await writeLines(stdin, graph.relationships, exited, (r) =>
      input.relationship(index.get(r.from)!, index.get(r.to)!, r),
    );
  };
  let inputFd: number | undefined;
  if ((options.input ?? 'file') === 'file') {
    // The whole input first, into the working folder; the importer then reads the file.
    const file = join(dirname(home), 'input.ndjson');
    const stream = createWriteStream(file);
    const closed = once(stream, 'close');
    await lines(stream, new Promise<never>(() => {}));
    stream.end();
    await closed;
    inputFd = openSync(file, 'r');
  }
  const child = spawn(java, args, { stdio: [inputFd ?? 'pipe', 'pipe', 'pipe'] });
  if (inputFd !== undefined) closeSync(inputFd);
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (exitCode) => resolve(exitCode));
  });
  const stderrTail: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 40) stderrTail.shift();
  });
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line.trim() !== '') progress(`importer: ${line.trim()}`);
  });
  let writeError: unknown;
  const stdin = child.stdin;
  if (stdin) {
    stdin.on('error', (error) => (writeError ??= error));
    try {
      await lines(stdin, exited);
      stdin.end();
    } catch (error) {
      // The importer stopped reading (it failed: its own error says why), or we failed.
      writeError ??= error;
      stdin.destroy();
      if (child.exitCode === null) setTimeout(() => child.kill('SIGKILL'), 30_000).unref();
    }
  }
  const code = await exited;
  if (code === 0 && writeError === undefined) return;
  const named = stderrTail.find((line) => line.startsWith('BULK_IMPORT_ERROR '));
  if (named) throw new Error(inSeedTerms(named.slice('BULK_IMPORT_ERROR '.length), graph));
  if (writeError !== undefined && code === 0) throw writeError;
  throw new Error(
    `the importer exited with code ${code}` +
      (writeError ? ` (writing its input: ${(writeError as Error).message})` : '') +
      `:\n${stderrTail.join('\n')}`,
  );
}

/** Counts and sizes for the importer's memory planning (estimates: sizes from a sample). */
function estimateInput(graph: SeedGraph): Record<string, number> {
  const sample = graph.nodes.slice(0, 1000);
  const relationshipSample = graph.relationships.slice(0, 1000);
  const nodeBytes = sample.reduce((sum, n) => sum + JSON.stringify(storedProperties(n)).length, 0);
  const relationshipBytes = relationshipSample.reduce(
    (sum, r) => sum + JSON.stringify(r.properties).length,
    0,
  );
  return {
    'node-count': graph.nodes.length,
    'relationship-count': graph.relationships.length,
    // Each node: its seed properties and the four derived keys of storedProperties.
    'node-properties': graph.nodes.reduce(
      (sum, n) => sum + Object.keys(n.properties).length + 4,
      0,
    ),
    'relationship-properties': graph.relationships.reduce(
      (sum, r) => sum + Object.keys(r.properties).length,
      0,
    ),
    'node-bytes': Math.round((nodeBytes / Math.max(1, sample.length)) * graph.nodes.length),
    'relationship-bytes': Math.round(
      (relationshipBytes / Math.max(1, relationshipSample.length)) * graph.relationships.length,
    ),
  };
}

/** Characters gathered before each write: few writes, bounded memory at any size. */
const WRITE_CHUNK = 1024 * 1024;

/** Lines to the importer's stdin, waiting whenever the pipe is full (and failing if it exits). */
async function writeLines<T>(
  stdin: Writable,
  items: readonly T[],
  exited: Promise<unknown>,
  line: (item: T, position: number) => string,
): Promise<void> {
  const gone = exited.then(() => {
    throw new Error('the importer exited before it had read all of its input');
  });
  gone.catch(() => {});
  let buffer: string[] = [];
  let length = 0;
  const flush = async () => {
    const text = `${buffer.join('\n')}\n`;
    buffer = [];
    length = 0;
    if (!stdin.write(text)) await Promise.race([once(stdin, 'drain'), gone]);
  };
  for (let position = 0; position < items.length; position++) {
    const text = line(items[position]!, position);
    buffer.push(text);
    length += text.length + 1;
    if (length >= WRITE_CHUNK) await flush();
  }
  if (buffer.length > 0) await flush();
}

/**
 * The importer's input lines: the text of JSON.stringify([label, storedProperties(node)])
 * and of JSON.stringify([from, to, type, properties]), with storedProperties' foldText
 * memoised (a long text whole, a name word by word; both memos bounded): at 1M nodes most
 * of the Node side's time went into folding the same quotes again for every copy of a node
 * (300k nodes: 7.3 s to 4.2 s of CPU). foldText of words joined by spaces equals the folded
 * words joined by spaces, empty ones left out: NFKD, mark removal and lower-casing never act
 * across a space, and a space is itself a separator. Every 1000th node is also written the
 * plain way and compared, so that a change to storedProperties this misses fails the import
 * rather than storing other keys. Exported for measurement.
 */
export class InputLines {
  private readonly words = new Map<string, string>();
  private readonly texts = new Map<string, string>();

  node(node: SeedNode, position: number): string {
    const line = JSON.stringify([node.label, this.storedProperties(node)]);
    if (position % 1000 === 0) {
      const plain = JSON.stringify([node.label, storedProperties(node)]);
      if (plain !== line) {
        throw new Error(
          `internal: the importer's input line for node '${node.id}' differs from storedProperties:\n${line}\n${plain}`,
        );
      }
    }
    return line;
  }

  relationship(from: number, to: number, relationship: SeedRelationship): string {
    return JSON.stringify([from, to, relationship.type, relationship.properties]);
  }

  /** storedProperties (import-graph.ts), with foldText memoised. */
  private storedProperties(node: SeedNode): Record<string, unknown> {
    const aliases = (node.properties.aliases as string[] | undefined) ?? [];
    const name = String(node.properties.name);
    const foldedName = this.foldWords(name);
    return {
      ...node.properties,
      sortName: foldedName,
      foldedNames: [...new Set([foldedName, ...aliases.map((alias) => this.foldWords(alias))])],
      searchAliases: aliases.join(' | '),
      searchText: [
        foldedName,
        this.foldWhole(String(node.properties.quote)),
        this.foldWhole(String(node.properties.dateText ?? '')),
      ]
        .filter((part) => part !== '')
        .join(' '),
    };
  }

  /** foldText(text), word by word (names: unique as a whole, made of few words). */
  private foldWords(text: string): string {
    let folded = '';
    for (const word of text.split(' ')) {
      let part = this.words.get(word);
      if (part === undefined) {
        part = foldText(word);
        remember(this.words, word, part);
      }
      if (part !== '') folded = folded === '' ? part : `${folded} ${part}`;
    }
    return folded;
  }

  /** foldText(text), the whole text memoised (quotes: the same text in every copy). */
  private foldWhole(text: string): string {
    let folded = this.texts.get(text);
    if (folded === undefined) {
      folded = foldText(text);
      remember(this.texts, text, folded);
    }
    return folded;
  }
}

/** A memo that cannot grow without bound: emptied when full. */
function remember(memo: Map<string, string>, key: string, value: string): void {
  if (memo.size >= 100_000) memo.clear();
  memo.set(key, value);
}

/** "node input line 17: ..." -> also the seed node (id, file:line) that line was written from. */
function inSeedTerms(reason: string, graph: SeedGraph): string {
  const match = /^(node|relationship) input line (\d+)/.exec(reason);
  if (!match) return reason;
  const line = Number(match[2]) - 1;
  const item = match[1] === 'node' ? graph.nodes[line] : graph.relationships[line];
  if (!item) return reason;
  const name = 'key' in item ? `relationship ${item.key}` : `node '${item.id}'`;
  return `${reason} (${name}, ${where(item)})`;
}

/** The empty store aside, the new one in its place (renames within the data directory). */
function swapStore(store: StorePaths): void {
  const newDatabase = join(store.staging, 'data', 'databases', DATABASE);
  const newTransactions = join(store.staging, 'data', 'transactions', DATABASE);
  mkdirSync(store.previous, { recursive: true });
  if (existsSync(store.database)) renameSync(store.database, join(store.previous, 'database'));
  if (existsSync(store.transactions)) {
    renameSync(store.transactions, join(store.previous, 'transactions'));
  }
  renameSync(newDatabase, store.database);
  renameSync(newTransactions, store.transactions);
}

/** Undoes swapStore (also a half-done one): the kept empty store back in place. */
function unswapStore(store: StorePaths): void {
  for (const [live, kept] of [
    [store.database, join(store.previous, 'database')],
    [store.transactions, join(store.previous, 'transactions')],
  ] as const) {
    if (!existsSync(kept)) continue;
    rmSync(live, { recursive: true, force: true });
    renameSync(kept, live);
  }
}
