/**
 * `npm run bench:edits`: edits through our API against the same edits written by hand in
 * raw Cypher (bench/README.md, "The edit benchmark"). One embedded Neo4j with the seed graph
 * (or `--size` a generated one), our API as the read benchmark's "ours" contestant (its own
 * process, product settings) with the edit rate limit raised out of the way
 * (MUTATIONS_PER_MINUTE), a curator's token signed with the API's own secret. Measures
 * edit latency ours vs raw (alternating edit by edit) and edits per second at 1 and 8
 * clients; writes bench/results/<start>-edits.{md,json}. Every edit's answer is checked and
 * the revisions counted at the end: a failed or lost edit fails the run (exit 1); a missed
 * goal is reported, not failed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { signToken } from '../../src/auth/tokens.ts';
import { PROJECT_ROOT, readConfig } from '../../src/config.ts';
import { createDriver } from '../../src/db/driver.ts';
import { Neo4jGateway } from '../../src/db/gateway.ts';
import { importSeedGraph } from '../../src/import/import-graph.ts';
import { loadSeedGraph } from '../../src/seeds/load-seeds.ts';
import { startBenchNeo4j } from '../bench-neo4j.ts';
import { onCleanup, runCleanups } from '../cleanup.ts';
import { startContestant, type RunningContestant } from '../contestants/contestant.ts';
import { parseSize } from '../generator.ts';
import { positiveNumber } from '../run-options.ts';
import { loadGeneratedGraph } from '../load-graph.ts';
import { machineFacts } from '../measure/machine.ts';
import { percentile } from '../measure/percentiles.ts';
import type { Machine } from '../report/results.ts';
import {
  EDIT_OPERATIONS,
  nextEdit,
  planLanes,
  reportPassages,
  type EditOperationName,
  type Editor,
  type Lane,
  type NewRelationshipPool,
} from './edit-mix.ts';
import { apiEditor, rawEditor, type ApiEditor } from './editors.ts';

const log = (line: string) => console.log(line);

/** Edits one token may make per minute in the bench: far above any rate reached here. */
const BENCH_MUTATIONS_PER_MINUTE = 1_000_000;
const GOAL_P50_RATIO = 1.5;

interface EditOptions {
  /** 'seeds', or a generated size (1k, 10k, ...). */
  readonly size: string;
  /** Timed edits per editor at 1 client (a multiple of the four-edit cycle). */
  readonly edits: number;
  readonly warmupEdits: number;
  readonly durationSeconds: number;
  readonly clients: readonly number[];
  readonly smoke: boolean;
  readonly outDir: string;
}

const USAGE = `npm run bench:edits -- [--edits N] [--duration s] [--clients 1,8] [--size seeds|10k] [--smoke]
  --edits     timed edits per editor at 1 client, alternating ours and raw (default 400)
  --warmup    untimed edits per editor before them (default 40)
  --duration  seconds of edits per editor and client count (default 10)
  --clients   concurrent clients of the throughput runs (default 1,8)
  --size      the seed graph (default) or a generated graph of that many nodes (1k, 10k, ...)
  --out       results folder (default bench/results)
  --smoke     a few edits of each kind, 1 s per throughput run: the CI run (well under 1 min)`;

function readOptions(argv: readonly string[]): EditOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      edits: { type: 'string' },
      warmup: { type: 'string' },
      duration: { type: 'string' },
      clients: { type: 'string' },
      size: { type: 'string' },
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
  // Whole cycles, so that every operation is timed as often as the others.
  const cycles = (edits: number) => Math.max(1, Math.round(edits / EDIT_OPERATIONS.length));
  const size = values.size ?? 'seeds';
  if (size !== 'seeds') parseSize(size);
  return {
    size,
    edits: cycles(positiveNumber(values.edits, smoke ? 8 : 400, 'edits')) * EDIT_OPERATIONS.length,
    warmupEdits:
      cycles(positiveNumber(values.warmup, smoke ? 4 : 40, 'warmup')) * EDIT_OPERATIONS.length,
    durationSeconds: positiveNumber(values.duration, smoke ? 1 : 10, 'duration'),
    clients: (values.clients ?? '1,8')
      .split(',')
      .map((c) => Math.round(positiveNumber(c, 1, 'clients'))),
    smoke,
    outDir: values.out ?? join(import.meta.dirname, '..', 'results'),
  };
}

interface LatencyStats {
  readonly samples: number;
  readonly p50: number;
  readonly p95: number;
  readonly mean: number;
}

function stats(samples: readonly number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    mean: sorted.reduce((sum, x) => sum + x, 0) / Math.max(1, sorted.length),
  };
}

type EditorName = 'ours' | 'raw';

interface ThroughputResult {
  readonly editor: EditorName;
  readonly clients: number;
  readonly edits: number;
  readonly seconds: number;
  readonly editsPerSecond: number;
  readonly latency: LatencyStats;
}

interface EditBenchResults {
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly commit: string;
  readonly options: EditOptions;
  readonly rateLimit: string;
  readonly machine: Machine;
  readonly graph: { readonly nodes: number; readonly relationships: number };
  /** At 1 client, alternating ours and raw edit by edit: per operation and over the mix. */
  readonly latency: Record<EditorName, Record<EditOperationName | 'mix', LatencyStats>>;
  /** Statements one edit of each operation sent through our API's driver. */
  readonly oursStatements: Record<EditOperationName, number>;
  readonly rawStatements: number;
  readonly throughput: ThroughputResult[];
  readonly revisionsChecked: { readonly expected: number; readonly found: number };
  readonly goal: { readonly p50Ratio: number; readonly limit: number; readonly met: boolean };
}

/** Sequential edits, ours and raw taking turns edit by edit (who goes first alternates). */
async function measureLatency(
  editors: Record<EditorName, Editor>,
  lanes: Record<EditorName, Lane>,
  pool: NewRelationshipPool,
  passages: readonly string[],
  edits: number,
  counter: { edits: number },
): Promise<Record<EditorName, Record<EditOperationName | 'mix', number[]>>> {
  const samples = {} as Record<EditorName, Record<EditOperationName | 'mix', number[]>>;
  for (const name of ['ours', 'raw'] as const) {
    samples[name] = {
      mix: [],
      updateNode: [],
      addRelationship: [],
      retract: [],
      updateRelationship: [],
    };
  }
  for (let i = 0; i < edits; i++) {
    const order: EditorName[] = i % 2 === 0 ? ['ours', 'raw'] : ['raw', 'ours'];
    for (const name of order) {
      const started = process.hrtime.bigint();
      const operation = await nextEdit(lanes[name], editors[name], pool, passages, counter);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      samples[name][operation].push(ms);
      samples[name].mix.push(ms);
    }
  }
  return samples;
}

/** `lanes.length` clients editing for `seconds`, each on its own lane and its own editor. */
async function measureThroughput(
  editorOf: (client: number) => Editor,
  lanes: readonly Lane[],
  pool: NewRelationshipPool,
  passages: readonly string[],
  seconds: number,
  counter: { edits: number },
): Promise<{ edits: number; seconds: number; samples: number[] }> {
  const samples: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    lanes.map(async (lane, client) => {
      const editor = editorOf(client);
      while (performance.now() < deadline) {
        const editStarted = performance.now();
        await nextEdit(lane, editor, pool, passages, counter);
        samples.push(performance.now() - editStarted);
      }
    }),
  );
  return { edits: samples.length, seconds: (performance.now() - started) / 1000, samples };
}

/** Every edit wrote exactly one revision with a number of its own, and the counter agrees. */
async function checkRevisions(driver: Driver, expected: number) {
  const session = driver.session();
  try {
    const result = await session.run(
      `MATCH (rev:Revision)
       WITH count(rev) AS revisions, count(DISTINCT rev.number) AS numbers
       OPTIONAL MATCH (c:RevisionCounter {name: 'graph'})
       RETURN revisions, numbers, c.last AS last`,
    );
    const record = result.records[0]!;
    const found = Number(record.get('revisions'));
    const numbers = Number(record.get('numbers'));
    const last = Number(record.get('last'));
    if (found !== expected || numbers !== expected || last !== expected) {
      throw new Error(
        `${expected} edits made, but the database holds ${found} revisions (${numbers} numbers, counter at ${last})`,
      );
    }
    return { expected, found };
  } finally {
    await session.close();
  }
}

async function loadGraph(
  uri: string,
  neo4j: Awaited<ReturnType<typeof startBenchNeo4j>>,
  size: string,
): Promise<{ nodes: number; relationships: number }> {
  if (size === 'seeds') {
    const driver = createDriver({ uri });
    try {
      const report = await importSeedGraph(
        new Neo4jGateway(driver),
        loadSeedGraph({ seedsDir: join(PROJECT_ROOT, 'seeds') }),
      );
      const sum = (counts: Record<string, number>) =>
        Object.values(counts).reduce((a, b) => a + b, 0);
      return { nodes: sum(report.nodesByLabel), relationships: sum(report.relationshipsByType) };
    } finally {
      await driver.close();
    }
  }
  const imported = await loadGeneratedGraph(
    uri,
    {
      dataDir: neo4j.dataDir,
      uri,
      stop: () => neo4j.stopForImport(),
      start: () => neo4j.startAfterImport(),
    },
    { targetNodes: parseSize(size), seed: 2014, batchSize: 10_000, mode: 'staged', log },
  );
  return { nodes: imported.nodesInDatabase, relationships: imported.relationshipsInDatabase };
}

/** Statements each operation sends through our API, counted at its driver. */
async function countStatements(
  ours: RunningContestant,
  editor: Editor,
  lane: Lane,
  pool: NewRelationshipPool,
  passages: readonly string[],
  counter: { edits: number },
): Promise<Record<EditOperationName, number>> {
  const counts = {} as Record<EditOperationName, number>;
  for (let i = 0; i < EDIT_OPERATIONS.length; i++) {
    const { result, statements } = await ours.record(() =>
      nextEdit(lane, editor, pool, passages, counter),
    );
    counts[result] = statements.length;
  }
  return counts;
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

function renderMarkdown(results: EditBenchResults): string {
  const { machine, options } = results;
  const load = (l: readonly number[]) => l.map((x) => x.toFixed(2)).join(' ');
  const lines = [
    `# Edit benchmark ${results.startedAt.slice(0, 16).replace('T', ' ')} UTC${options.smoke ? ' (smoke)' : ''}`,
    '',
    `Commit ${results.commit}; graph: ${options.size === 'seeds' ? 'the seeds' : `generated ${options.size}`} ` +
      `(${results.graph.nodes} nodes, ${results.graph.relationships} relationships). ` +
      `${options.edits} timed edits per editor at 1 client after ${options.warmupEdits} warm-up, ` +
      `${options.durationSeconds} s per editor and client count. Rate limit: ${results.rateLimit}.`,
    '',
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}; ` +
      `load average (1, 5, 15 min) at start ${load(machine.loadAverageStart)}, at end ${load(machine.loadAverageEnd)}.`,
    '',
    '## Latency at 1 client (ms), ours and raw taking turns edit by edit',
    '',
    '| edit | ours p50 | ours p95 | raw p50 | raw p95 | ours/raw p50 | ours/raw p95 | statements ours / raw |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const operation of [...EDIT_OPERATIONS, 'mix'] as const) {
    const ours = results.latency.ours[operation];
    const raw = results.latency.raw[operation];
    const statements =
      operation === 'mix'
        ? `${(EDIT_OPERATIONS.reduce((sum, op) => sum + results.oursStatements[op], 0) / EDIT_OPERATIONS.length).toFixed(1)} / ${results.rawStatements}`
        : `${results.oursStatements[operation]} / ${results.rawStatements}`;
    lines.push(
      `| ${operation === 'mix' ? '**the mix**' : operation} | ${ms(ours.p50)} | ${ms(ours.p95)} | ${ms(raw.p50)} | ${ms(raw.p95)} | ` +
        `${(ours.p50 / raw.p50).toFixed(2)} | ${(ours.p95 / raw.p95).toFixed(2)} | ${statements} |`,
    );
  }
  lines.push(
    '',
    `Goal: ours/raw ≤ ${results.goal.limit} at p50 over the mix: ${results.goal.p50Ratio.toFixed(2)}, ` +
      `${results.goal.met ? 'met' : '**missed**'}.`,
    '',
    '## Edits per second',
    '',
    '| clients | ours edits/s | raw edits/s | ours/raw | ours p50 / p95 (ms) | raw p50 / p95 (ms) |',
    '|---|---|---|---|---|---|',
  );
  for (const clients of options.clients) {
    const ours = results.throughput.find((t) => t.editor === 'ours' && t.clients === clients)!;
    const raw = results.throughput.find((t) => t.editor === 'raw' && t.clients === clients)!;
    lines.push(
      `| ${clients} | ${ours.editsPerSecond.toFixed(1)} | ${raw.editsPerSecond.toFixed(1)} | ` +
        `${(ours.editsPerSecond / raw.editsPerSecond).toFixed(2)} | ${ms(ours.latency.p50)} / ${ms(ours.latency.p95)} | ` +
        `${ms(raw.latency.p50)} / ${ms(raw.latency.p95)} |`,
    );
  }
  lines.push(
    '',
    `Every edit's answer was checked; the database holds ${results.revisionsChecked.found} revisions ` +
      `for the ${results.revisionsChecked.expected} edits made (warm-up and statement count included), ` +
      'each with a number of its own.',
    '',
  );
  return lines.join('\n');
}

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2));
  const startedAt = new Date();
  const loadAverageStart = loadavg();
  const passages = reportPassages();
  const laneCount = Math.max(...options.clients, 1);
  log(
    `bench:edits: ${options.size}, ${options.edits} edits per editor at 1 client, ` +
      `${options.durationSeconds} s at ${options.clients.join(' and ')} clients; load ${loadAverageStart.map((l) => l.toFixed(2)).join(' ')}`,
  );

  const neo4j = await startBenchNeo4j(
    options.size === 'seeds' ? 1_000 : parseSize(options.size),
    log,
  );
  onCleanup(() => neo4j.stop());
  const graph = await loadGraph(neo4j.uri, neo4j, options.size);
  log(`loaded ${graph.nodes} nodes, ${graph.relationships} relationships`);

  // The API child reads its configuration from the environment, as `npm start` does; the
  // token is signed with the same secret file, so the API accepts it as any curator's.
  const secretDir = mkdtempSync(join(tmpdir(), 'techniekpact-bench-edits-'));
  onCleanup(async () => rmSync(secretDir, { recursive: true, force: true }));
  process.env.AUTH_SECRET_FILE = join(secretDir, 'jwt-secret');
  process.env.MUTATIONS_PER_MINUTE = String(BENCH_MUTATIONS_PER_MINUTE);
  const config = readConfig({ ...process.env, NEO4J_URI: neo4j.uri });
  const token = await signToken(config.auth, { name: 'bench-curator', role: 'curator', days: 1 });
  const ours = await startContestant('ours', neo4j.uri);
  onCleanup(() => ours.stop());
  log(`ours (the API) ready at ${ours.url} (pid ${ours.pid})`);
  const driver = createDriver({ uri: neo4j.uri });
  onCleanup(() => driver.close());

  const { lanes, pool } = await planLanes(driver, 2 * laneCount, passages);
  const lanesOf: Record<EditorName, Lane[]> = {
    ours: lanes.slice(0, laneCount),
    raw: lanes.slice(laneCount),
  };
  const apiEditors: ApiEditor[] = [];
  onCleanup(async () => apiEditors.forEach((editor) => editor.close()));
  const apiEditorOf = (client: number): ApiEditor =>
    (apiEditors[client] ??= apiEditor(ours.url, token));
  const raw = rawEditor(driver, 'bench-curator');
  const editors: Record<EditorName, Editor> = { ours: apiEditorOf(0), raw };
  const counter = { edits: 0 };
  const first = { ours: lanesOf.ours[0]!, raw: lanesOf.raw[0]! };

  log(`warm-up: ${options.warmupEdits} edits each`);
  await measureLatency(editors, first, pool, passages, options.warmupEdits, counter);
  const oursStatements = await countStatements(
    ours,
    editors.ours,
    first.ours,
    pool,
    passages,
    counter,
  );
  log(`statements per edit through the API: ${JSON.stringify(oursStatements)}`);

  log(`latency: ${options.edits} edits each, taking turns`);
  const samples = await measureLatency(editors, first, pool, passages, options.edits, counter);
  const latency = {} as EditBenchResults['latency'];
  for (const name of ['ours', 'raw'] as const) {
    latency[name] = Object.fromEntries(
      Object.entries(samples[name]).map(([operation, values]) => [operation, stats(values)]),
    ) as Record<EditOperationName | 'mix', LatencyStats>;
  }
  const p50Ratio = latency.ours.mix.p50 / latency.raw.mix.p50;
  log(
    `  p50 ours ${ms(latency.ours.mix.p50)} ms, raw ${ms(latency.raw.mix.p50)} ms: ${p50Ratio.toFixed(2)}x`,
  );

  const throughput: ThroughputResult[] = [];
  for (const clients of options.clients) {
    for (const name of ['ours', 'raw'] as const) {
      await ours.waitIdle();
      const run = await measureThroughput(
        name === 'ours' ? apiEditorOf : () => raw,
        lanesOf[name].slice(0, clients),
        pool,
        passages,
        options.durationSeconds,
        counter,
      );
      const result: ThroughputResult = {
        editor: name,
        clients,
        edits: run.edits,
        seconds: run.seconds,
        editsPerSecond: run.edits / run.seconds,
        latency: stats(run.samples),
      };
      throughput.push(result);
      log(
        `  ${name} at ${clients} client(s): ${run.edits} edits in ${run.seconds.toFixed(1)} s = ` +
          `${result.editsPerSecond.toFixed(1)} edits/s (new relationships left: ${pool.left})`,
      );
    }
  }

  const revisionsChecked = await checkRevisions(driver, counter.edits);
  const results: EditBenchResults = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(),
    options,
    rateLimit: `MUTATIONS_PER_MINUTE=${BENCH_MUTATIONS_PER_MINUTE} for the API process (the limiter still runs on every edit)`,
    machine: machineFacts(loadAverageStart),
    graph,
    latency,
    oursStatements,
    rawStatements: 3,
    throughput,
    revisionsChecked,
    goal: { p50Ratio, limit: GOAL_P50_RATIO, met: p50Ratio <= GOAL_P50_RATIO },
  };
  mkdirSync(options.outDir, { recursive: true });
  const name = `${startedAt.toISOString().slice(0, 16).replace(/:/g, '-')}-edits${options.smoke ? '-smoke' : ''}`;
  const markdown = renderMarkdown(results);
  writeFileSync(join(options.outDir, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(options.outDir, `${name}.md`), markdown);
  log(`\n${markdown}`);
  log(`written: ${join(options.outDir, name)}.{json,md}`);
  return 0;
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    console.error(`\nbench:edits: ${signal}, stopping the API and Neo4j...`);
    void runCleanups().finally(() => process.exit(130));
  });
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(
    'bench:edits failed:',
    error instanceof Error ? (error.stack ?? error.message) : error,
  );
  process.exitCode = 1;
} finally {
  await runCleanups();
}
