/**
 * Entry of the import child process: the runner forks it with a heap sized for the graph
 * (1M nodes with their properties do not fit Node's default heap), so the runner itself
 * stays small, and all of that memory is returned when the import is done. The runner owns
 * the benchmark's Neo4j: the bulk import's stop and start are asked of it over IPC.
 */
import type { BulkImportRuntime } from '../src/import/bulk-import.ts';
import { loadGeneratedGraph, type BenchImportMode, type ImportSummary } from './load-graph.ts';

export type ImportMessage =
  | { readonly type: 'done'; readonly summary: ImportSummary }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'neo4j'; readonly id: number; readonly action: 'stop' | 'start' };

/** The runner's answer to a 'neo4j' message. */
export interface Neo4jReply {
  readonly type: 'neo4j-done';
  readonly id: number;
  readonly error?: string;
}

export interface ImportRequest {
  readonly uri: string;
  readonly dataDir: string;
  readonly targetNodes: number;
  readonly seed: number;
  readonly batchSize: number;
  readonly mode: BenchImportMode;
}

const request = JSON.parse(process.argv[2] ?? '{}') as ImportRequest;
const reply = (message: ImportMessage) =>
  new Promise<void>((resolve) =>
    process.send ? process.send(message, () => resolve()) : resolve(),
  );

let nextId = 0;
const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
process.on('message', (message: Neo4jReply) => {
  const pending = waiting.get(message.id);
  if (!pending) return;
  waiting.delete(message.id);
  if (message.error) pending.reject(new Error(message.error));
  else pending.resolve();
});
const askRunner = (action: 'stop' | 'start') =>
  new Promise<void>((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { resolve, reject });
    void reply({ type: 'neo4j', id, action });
  });
const runtime: BulkImportRuntime = {
  uri: request.uri,
  dataDir: request.dataDir,
  stop: () => askRunner('stop'),
  start: () => askRunner('start'),
};

try {
  const summary = await loadGeneratedGraph(request.uri, runtime, {
    targetNodes: request.targetNodes,
    seed: request.seed,
    batchSize: request.batchSize,
    mode: request.mode,
    log: (line) => console.log(`  ${line}`),
  });
  await reply({ type: 'done', summary });
} catch (error) {
  await reply({
    type: 'failed',
    message: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
  process.exitCode = 1;
}
process.disconnect?.();
