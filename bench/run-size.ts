/**
 * One graph size, start to end: a fresh Neo4j, the generated graph imported through our
 * import, the three contestant servers; then every question asked once (answers compared,
 * what each sent PROFILEd), a warm-up under load, and the timing of the contestants that
 * answered right (1 client, then 32). Everything started here is stopped here, also when
 * something fails.
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { createDriver } from '../src/db/driver.ts';
import { firstDifference, askQuestion, type Asked } from './ask-question.ts';
import { startBenchNeo4j, type BenchNeo4j } from './bench-neo4j.ts';
import { onCleanup } from './cleanup.ts';
import { startContestant, type RunningContestant } from './contestants/contestant.ts';
import { parseSize } from './generator.ts';
import type { ImportMessage, ImportRequest, Neo4jReply } from './load-graph-child.ts';
import type { ImportSummary } from './load-graph.ts';
import { profileStatements } from './measure/db-hits.ts';
import type { HttpTarget } from './measure/http-client.ts';
import { measureLatencies } from './measure/latency.ts';
import { queryDepth } from './measure/query-depth.ts';
import { readRss } from './measure/rss.ts';
import { readCpuMs } from './measure/cpu.ts';
import { combine, measureThroughput, type ThroughputSummary } from './measure/throughput.ts';
import {
  CONTESTANTS,
  isUnsupported,
  type ContestantName,
  type Question,
} from './questions/question.ts';
import type { ContestantResult, QuestionResult, SizeResult } from './report/results.ts';
import type { RunOptions } from './run-options.ts';

type Log = (line: string) => void;

export async function runSize(
  size: string,
  questions: readonly Question[],
  options: RunOptions,
  log: Log,
): Promise<SizeResult> {
  const targetNodes = parseSize(size);
  log(`\n== ${size} nodes ==`);
  const neo4j = await startBenchNeo4j(targetNodes, log);
  const stopNeo4j = onCleanup(() => neo4j.stop());
  try {
    log(`Neo4j at ${neo4j.uri} (heap ${neo4j.heap}, page cache ${neo4j.pageCache})`);
    const imported = await importInChild(neo4j, targetNodes, options);
    log(
      `imported (${imported.mode}) ${imported.nodesInDatabase} nodes and ${imported.relationshipsInDatabase} relationships: ` +
        `${imported.rows} rows in ${imported.importSeconds.toFixed(1)} s = ` +
        `${Math.round(imported.rowsPerSecond)} rows/s (degree distribution = seed's: ${imported.sameShapeAsSeed})`,
    );
    const contestants = {} as Record<ContestantName, RunningContestant>;
    const stops: (() => Promise<void>)[] = [];
    for (const name of CONTESTANTS) {
      const contestant = await startContestant(name, neo4j.uri);
      stops.push(onCleanup(() => contestant.stop()));
      contestants[name] = contestant;
      log(`${name} server ready at ${contestant.url} (pid ${contestant.pid})`);
    }
    const profiler = createDriver({ uri: neo4j.uri });
    const closeProfiler = onCleanup(() => profiler.close());
    const verified: Verified[] = [];
    for (const question of questions) {
      verified.push(await verifyQuestion(question, contestants, profiler, log));
    }
    await warmUp(verified, contestants, options.warmupSeconds);
    const results: QuestionResult[] = [];
    for (const [index, v] of verified.entries()) {
      results.push(await timeQuestion(v, index, contestants, options, log));
    }
    const rss = Object.fromEntries(
      CONTESTANTS.map((name) => [name, readRss(contestants[name].pid)]),
    ) as SizeResult['rss'];
    await closeProfiler();
    for (const stop of stops) await stop();
    return {
      size,
      targetNodes,
      neo4j: { heap: neo4j.heap, pageCache: neo4j.pageCache },
      import: imported,
      questions: results,
      rss,
    };
  } finally {
    await stopNeo4j();
  }
}

interface Verified {
  readonly question: Question;
  readonly asked: Readonly<Record<ContestantName, Asked>>;
  readonly results: Record<ContestantName, ContestantResult>;
  /** Contestants that answered right, with their request: the ones to time. */
  readonly timed: ReadonlyMap<ContestantName, HttpTarget>;
}

/** Ask once, compare with raw, PROFILE what was sent. */
async function verifyQuestion(
  question: Question,
  contestants: Record<ContestantName, RunningContestant>,
  profiler: ReturnType<typeof createDriver>,
  log: Log,
): Promise<Verified> {
  const asked = {} as Record<ContestantName, Asked>;
  for (const name of CONTESTANTS) asked[name] = await askQuestion(contestants[name], question);
  const results = {} as Record<ContestantName, ContestantResult>;
  for (const name of CONTESTANTS) {
    const a = asked[name];
    let status = a.status;
    let note = a.note;
    if (status === 'ok' && name !== 'raw') {
      if (asked.raw.status !== 'ok') {
        status = 'error';
        note = 'raw did not answer, so there is nothing to compare with';
      } else {
        const difference = firstDifference(asked.raw.canonical!, a.canonical!);
        if (difference) {
          status = 'different';
          note = difference;
        }
      }
    }
    const dbHits = status === 'ok' ? await profileStatements(profiler, a.statements) : undefined;
    results[name] = {
      status,
      ...(note ? { note } : {}),
      ...(status === 'ok' || status === 'different' ? { roundTrips: a.statements.length } : {}),
      ...(a.headerRoundTrips !== undefined ? { headerRoundTrips: a.headerRoundTrips } : {}),
      ...(dbHits ? { dbHits, cypher: a.statements.map((statement) => statement.cypher) } : {}),
      ...(status === 'different' ? { answer: a.canonical! } : {}),
    };
    if (status !== 'ok') log(`  ${question.id} ${name}: ${status}${note ? `: ${note}` : ''}`);
  }
  const timed = new Map<ContestantName, HttpTarget>();
  for (const name of CONTESTANTS) {
    const target = contestants[name].target(question);
    if (results[name].status === 'ok' && !('unsupported' in target)) timed.set(name, target);
  }
  return { question, asked, results, timed };
}

/**
 * Load on every verified question and contestant before any timing: the first timed
 * question otherwise pays for warming Neo4j's and the servers' code paths (JIT, pools),
 * which showed as a slower Q1 for all three.
 */
async function warmUp(
  verified: readonly Verified[],
  contestants: Record<ContestantName, RunningContestant>,
  seconds: number,
): Promise<void> {
  if (seconds <= 0) return;
  for (const { timed, asked } of verified) {
    for (const [name, target] of timed) {
      await measureThroughput(target, {
        connections: 8,
        durationSeconds: seconds,
        expectBody: asked[name].body ?? '',
      });
      await contestants[name].waitIdle();
    }
  }
}

/** p50/p99 at 1 client (interleaved), then req/s at 32 clients (in turns). */
async function timeQuestion(
  { question, asked, results, timed }: Verified,
  index: number,
  contestants: Record<ContestantName, RunningContestant>,
  options: RunOptions,
  log: Log,
): Promise<QuestionResult> {
  // Each server's own CPU over its 1-client requests (warm-up included): what a request
  // costs it, apart from the time it waits on Neo4j.
  const cpuBefore = new Map(
    [...timed.keys()].map((name) => [name, readCpuMs(contestants[name].pid)]),
  );
  const latencies = await measureLatencies(timed, {
    requests: options.requests,
    warmup: options.warmup,
  });
  const cpuMsPerRequest = new Map(
    [...timed.keys()].map((name) => {
      const before = cpuBefore.get(name) ?? null;
      const after = readCpuMs(contestants[name].pid);
      const requests = options.requests + options.warmup;
      return [name, before === null || after === null ? undefined : (after - before) / requests];
    }),
  );
  // Load in slices that the contestants take in turns, each on an idle server (requests a
  // slice left in flight would otherwise eat into the next contestant's slice).
  const slices = Math.max(1, Math.floor(options.durationSeconds / 2));
  const sliced = new Map<ContestantName, ThroughputSummary[]>(
    [...timed.keys()].map((name) => [name, []]),
  );
  for (let slice = 0; slice < slices; slice++) {
    for (let j = 0; j < CONTESTANTS.length; j++) {
      const name = CONTESTANTS[(index + slice + j) % CONTESTANTS.length]!;
      const target = timed.get(name);
      if (!target) continue;
      for (const other of timed.keys()) await contestants[other].waitIdle();
      sliced.get(name)!.push(
        await measureThroughput(target, {
          connections: options.connections,
          durationSeconds: options.durationSeconds / slices,
          expectBody: asked[name].body ?? '',
        }),
      );
    }
  }
  for (const name of timed.keys()) {
    const latency = latencies.get(name)!;
    const throughput = combine(sliced.get(name)!);
    const cpu = cpuMsPerRequest.get(name);
    results[name] = {
      ...results[name],
      latency,
      throughput,
      ...(cpu === undefined ? {} : { cpuMsPerRequest: cpu }),
    };
    log(
      `  ${question.id} ${name.padEnd(4)} p50 ${latency.p50.toFixed(2)} ms  p99 ${latency.p99.toFixed(2)} ms  ` +
        `${Math.round(throughput.requestsPerSecond)} req/s  trips ${results[name].roundTrips}  ` +
        `db hits ${results[name].dbHits?.total ?? '-'}  ` +
        `cpu ${cpuMsPerRequest.get(name)?.toFixed(2) ?? '-'} ms/request`,
    );
  }
  for (const name of timed.keys()) await contestants[name].waitIdle();
  const depthSource = isUnsupported(question.ours) ? question.peer : question.ours;
  return {
    id: question.id,
    title: question.title,
    depth: isUnsupported(depthSource) ? null : queryDepth(depthSource.query),
    contestants: results,
  };
}

/**
 * The bulk import stops and restarts Neo4j, a fixed ~30-45 s here: below 100k nodes the
 * staged import is done sooner (1k: 2 s against 45 s), at 100k they are even, at 1M the
 * bulk import is faster (docs/decisions.md).
 */
export const BULK_FROM_NODES = 100_000;

export function importModeFor(
  mode: RunOptions['importMode'],
  targetNodes: number,
): 'bulk' | 'staged' {
  if (mode !== 'auto') return mode;
  return targetNodes >= BULK_FROM_NODES ? 'bulk' : 'staged';
}

/**
 * Generation and import in a child with a heap sized for the graph; the bulk import's stop
 * and start of Neo4j are done here, where Neo4j is owned, when the child asks.
 */
async function importInChild(
  neo4j: BenchNeo4j,
  targetNodes: number,
  options: RunOptions,
): Promise<ImportSummary> {
  const heapMb = targetNodes > 200_000 ? 6144 : 2048;
  const request: ImportRequest = {
    uri: neo4j.uri,
    dataDir: neo4j.dataDir,
    targetNodes,
    seed: options.seed,
    batchSize: options.batchSize,
    mode: importModeFor(options.importMode, targetNodes),
  };
  const child = fork(join(import.meta.dirname, 'load-graph-child.ts'), [JSON.stringify(request)], {
    execArgv: [...process.execArgv, `--max-old-space-size=${heapMb}`],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const kill = onCleanup(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  try {
    return await new Promise<ImportSummary>((resolve, reject) => {
      let settled = false;
      child.on('message', (message: ImportMessage) => {
        if (message.type === 'neo4j') {
          const action =
            message.action === 'stop' ? neo4j.stopForImport() : neo4j.startAfterImport();
          action.then(
            () => child.send({ type: 'neo4j-done', id: message.id } satisfies Neo4jReply),
            (error: unknown) =>
              child.send({
                type: 'neo4j-done',
                id: message.id,
                error: error instanceof Error ? error.message : String(error),
              } satisfies Neo4jReply),
          );
          return;
        }
        settled = true;
        if (message.type === 'done') resolve(message.summary);
        else reject(new Error(`import failed: ${message.message}`));
      });
      child.on('exit', (code) => {
        if (!settled) reject(new Error(`import process exited with code ${code} before reporting`));
      });
    });
  } finally {
    await kill();
  }
}
