/**
 * Command line of `npm run bench`: which sizes, how many requests, how long, or --smoke
 * (the CI run: smallest size, few requests, well under three minutes).
 */
import { parseArgs } from 'node:util';
import { parseSize } from './generator.ts';
import type { BenchImportMode } from './load-graph.ts';

export interface RunOptions {
  readonly sizes: readonly string[];
  /** Timed sequential requests per question and contestant (1 client). */
  readonly requests: number;
  readonly warmup: number;
  /** Seconds of 8-client load per question and contestant before any timing. */
  readonly warmupSeconds: number;
  /** Seconds of autocannon per question and contestant. */
  readonly durationSeconds: number;
  readonly connections: number;
  readonly seed: number;
  readonly batchSize: number;
  /**
   * How the empty database is loaded: the offline bulk import, the staged Cypher one, or
   * `auto`: bulk from BULK_FROM_NODES nodes, staged below.
   */
  readonly importMode: BenchImportMode | 'auto';
  /** Only these question ids (all when empty). */
  readonly questions: readonly string[];
  readonly smoke: boolean;
  readonly outDir: string;
}

export const USAGE = `npm run bench -- [--sizes 1k,10k] [--requests N] [--duration s] [--smoke]
  --sizes        graph sizes, nodes: 1k, 10k, 100k, 1M (default 1k,10k)
  --requests     timed sequential requests per question and contestant (default 300)
  --warmup       untimed requests before them (default requests/10, at least 10)
  --warmup-seconds  8-client load per question and contestant before timing (default 1; smoke 0)
  --duration     seconds of 32-client load per question and contestant (default 5)
  --connections  clients for the throughput run (default 32)
  --questions    only these, e.g. Q1,Q5 (default all)
  --seed         generator seed (default 2014)
  --import       auto (default: bulk from 100k nodes, staged below), bulk (Neo4j's batch
                 importer, offline) or staged (Cypher batches)
  --batch-size   staged import batch size (default 10000)
  --out          results folder (default bench/results)
  --smoke        1k only, 20 requests, 1 s of load: the CI run`;

export function readRunOptions(argv: readonly string[], defaultOutDir: string): RunOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: 'string' },
      requests: { type: 'string' },
      warmup: { type: 'string' },
      'warmup-seconds': { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      questions: { type: 'string' },
      seed: { type: 'string' },
      'batch-size': { type: 'string' },
      import: { type: 'string' },
      out: { type: 'string' },
      smoke: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const smoke = values.smoke ?? false;
  const sizes = (values.sizes ?? (smoke ? '1k' : '1k,10k'))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const size of sizes) parseSize(size);
  const importMode = values.import ?? 'auto';
  if (importMode !== 'auto' && importMode !== 'bulk' && importMode !== 'staged') {
    throw new Error(`--import must be auto, bulk or staged, got "${importMode}"`);
  }
  const requests = Math.round(positiveNumber(values.requests, smoke ? 20 : 300, 'requests'));
  return {
    sizes,
    requests,
    warmup: Math.round(
      positiveNumber(values.warmup, smoke ? 5 : Math.max(10, Math.round(requests / 10)), 'warmup'),
    ),
    warmupSeconds:
      values['warmup-seconds'] === '0'
        ? 0
        : positiveNumber(values['warmup-seconds'], smoke ? 0 : 1, 'warmup-seconds'),
    durationSeconds: positiveNumber(values.duration, smoke ? 1 : 5, 'duration'),
    connections: Math.round(positiveNumber(values.connections, 32, 'connections')),
    seed: Math.round(positiveNumber(values.seed, 2014, 'seed')),
    batchSize: Math.round(positiveNumber(values['batch-size'], 10_000, 'batch-size')),
    importMode,
    questions: values.questions ? values.questions.split(',').map((q) => q.trim()) : [],
    smoke,
    outDir: values.out ?? defaultOutDir,
  };
}

/** A positive number given as an option's text, or the fallback when it is not given. */
export function positiveNumber(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`--${name} must be a positive number, got "${text}"`);
  return value;
}
