/**
 * Entry of the import child process: the runner forks it with a heap sized for the graph
 * (1M nodes with their properties do not fit Node's default heap), so the runner itself
 * stays small, and all of that memory is returned when the import is done.
 */
import { loadGeneratedGraph, type ImportSummary } from './load-graph.ts';

export type ImportMessage =
  | { readonly type: 'done'; readonly summary: ImportSummary }
  | { readonly type: 'failed'; readonly message: string };

export interface ImportRequest {
  readonly uri: string;
  readonly targetNodes: number;
  readonly seed: number;
  readonly batchSize: number;
}

const request = JSON.parse(process.argv[2] ?? '{}') as ImportRequest;
const reply = (message: ImportMessage) =>
  new Promise<void>((resolve) =>
    process.send ? process.send(message, () => resolve()) : resolve(),
  );

try {
  const summary = await loadGeneratedGraph(request.uri, {
    targetNodes: request.targetNodes,
    seed: request.seed,
    batchSize: request.batchSize,
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
