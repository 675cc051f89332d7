/**
 * The run as Markdown: per size one table of p50/p99, throughput, round trips and db hits
 * with the ratios ours/raw and ours/peer, then import rates, server memory and the goals.
 * The runner prints the same text, so the console and the committed file agree.
 */
import { CONTESTANTS, type ContestantName } from '../questions/question.ts';
import type { BenchResults, ContestantResult, QuestionResult, SizeResult } from './results.ts';

const DASH = '–';

const ms = (x: number | undefined) =>
  x === undefined ? DASH : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
const int = (x: number | undefined) => (x === undefined ? DASH : String(Math.round(x)));
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? DASH : (a / b).toFixed(2);

function triple(q: QuestionResult, cell: (r: ContestantResult) => string): string {
  return CONTESTANTS.map((name) => cell(q.contestants[name])).join(' / ');
}

function sizeTable(size: SizeResult): string[] {
  const lines = [
    `### ${size.size} nodes (${size.import.nodes} nodes, ${size.import.relationships} relationships)`,
    '',
    '| Q | question | p50 ms raw / ours / peer | p99 ms raw / ours / peer | ours/raw p50 | ours/raw p99 | ours/peer p50 | req/s at 32 raw / ours / peer | ours/peer req/s | round trips raw / ours / peer (depth) | db hits raw / ours / peer | server CPU ms per request raw / ours / peer |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const q of size.questions) {
    const c = q.contestants;
    const trips = (r: ContestantResult) =>
      r.roundTrips === undefined ? DASH : String(r.roundTrips);
    lines.push(
      `| ${q.id} | ${q.title} | ${triple(q, (r) => ms(r.latency?.p50))} | ${triple(q, (r) => ms(r.latency?.p99))} | ` +
        `${ratio(c.ours.latency?.p50, c.raw.latency?.p50)} | ${ratio(c.ours.latency?.p99, c.raw.latency?.p99)} | ` +
        `${ratio(c.ours.latency?.p50, c.peer.latency?.p50)} | ${triple(q, (r) => int(r.throughput?.requestsPerSecond))} | ` +
        `${ratio(c.ours.throughput?.requestsPerSecond, c.peer.throughput?.requestsPerSecond)} | ` +
        `${triple(q, trips)} (${q.depth ?? DASH}) | ${triple(q, (r) => int(r.dbHits?.total))} | ` +
        `${triple(q, (r) => ms(r.cpuMsPerRequest))} |`,
    );
  }
  const notes = size.questions.flatMap((q) =>
    CONTESTANTS.filter((name) => q.contestants[name].status !== 'ok').map(
      (name) =>
        `- ${q.id} ${name}: **${q.contestants[name].status}**: ${q.contestants[name].note ?? ''}`,
    ),
  );
  const headerMismatch = size.questions
    .filter((q) => {
      const ours = q.contestants.ours;
      return (
        ours.headerRoundTrips !== undefined &&
        ours.roundTrips !== undefined &&
        ours.headerRoundTrips !== ours.roundTrips
      );
    })
    .map(
      (q) =>
        `- ${q.id}: x-neo4j-queries says ${q.contestants.ours.headerRoundTrips}, the driver saw ${q.contestants.ours.roundTrips}`,
    );
  const failedLoad = size.questions.flatMap((q) =>
    CONTESTANTS.filter((name) => {
      const t = q.contestants[name].throughput;
      return t !== undefined && t.non2xx + t.mismatches + t.errors > 0;
    }).map((name) => {
      const t = q.contestants[name].throughput!;
      return (
        `- ${q.id} ${name} under ${t.connections} clients: ${t.non2xx} non-2xx answers, ` +
        `${t.mismatches} 200s with another body (errors), ${t.errors} socket errors/timeouts; ` +
        'none of them counted as served'
      );
    }),
  );
  if (notes.length + headerMismatch.length + failedLoad.length > 0) {
    lines.push('', ...notes, ...headerMismatch, ...failedLoad);
  }
  return lines;
}

function importTable(sizes: readonly SizeResult[]): string[] {
  return [
    '| size | nodes | relationships | same degree distribution as seed | rows | import s | rows/s | Neo4j heap / page cache | server RSS MB now (peak) raw / ours / peer |',
    '|---|---|---|---|---|---|---|---|---|',
    ...sizes.map((s) => {
      const rss = CONTESTANTS.map((name: ContestantName) => {
        const r = s.rss[name];
        return r ? `${r.rssMb.toFixed(0)} (${r.peakMb.toFixed(0)})` : DASH;
      }).join(' / ');
      return (
        `| ${s.size} | ${s.import.nodesInDatabase} | ${s.import.relationshipsInDatabase} | ` +
        `${s.import.sameShapeAsSeed ? 'yes' : 'NO'} (mean ${s.import.meanDegree.toFixed(2)}, max ${s.import.maxDegree}) | ` +
        `${s.import.rows} | ${s.import.importSeconds.toFixed(1)} | ${int(s.import.rowsPerSecond)} | ` +
        `${s.neo4j.heap} / ${s.neo4j.pageCache} | ${rss} |`
      );
    }),
  ];
}

const IMPORT_MODE_TEXT = {
  auto: (batch: number) => `auto (bulk from 100k nodes, staged with batches of ${batch} below)`,
  bulk: () => 'bulk (offline batch importer)',
  staged: (batch: number) => `staged, batch ${batch}`,
} as const;
export function renderMarkdown(results: BenchResults): string {
  const { options, machine } = results;
  const lines = [
    `# Benchmark: raw Cypher vs our API vs @neo4j/graphql (${results.sizes.map((s) => s.size).join(', ')})`,
    '',
    `Run ${results.startedAt} → ${results.finishedAt}. \`npm run bench -- --sizes ${options.sizes.join(',')} ` +
      `--requests ${options.requests} --duration ${options.durationSeconds}${options.smoke ? ' --smoke' : ''}\`; ` +
      `${options.warmupSeconds} s of 8-client warm-up load per question and contestant, then ${options.warmup} ` +
      `warm-up requests; throughput with ${options.connections} clients; generator seed ${options.seed}, ` +
      `import ${IMPORT_MODE_TEXT[options.importMode](options.batchSize)}.`,
    '',
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}; load average ` +
      `${machine.loadAverageStart.map((x) => x.toFixed(1)).join(' ')} at start, ` +
      `${machine.loadAverageEnd.map((x) => x.toFixed(1)).join(' ')} at end. Client, servers and Neo4j share these cores ` +
      '(and other work on the machine): numbers are noisy, compare ratios within a run, not across runs.',
    '',
    'p50/p99: 1 client, sequential requests on one keep-alive connection. req/s: autocannon, 32 connections. ' +
      'Round trips: statements the server sent for one request (counted at its driver). db hits: PROFILE of those ' +
      'statements, summed over their plans. Every contestant answered each question with the same JSON as raw ' +
      '(after its normaliser) before it was timed, unless a note below says otherwise.',
    '',
  ];
  for (const size of results.sizes) lines.push(...sizeTable(size), '');
  for (const failed of results.failedSizes) lines.push(`**Size not completed**: ${failed}`, '');
  lines.push('### Import and memory', '', ...importTable(results.sizes), '');
  lines.push('### Goals', '', '| goal | verdict | evidence |', '|---|---|---|');
  for (const goal of results.goals)
    lines.push(`| ${goal.goal} | **${goal.verdict}** | ${goal.evidence} |`);
  lines.push('');
  return lines.join('\n');
}
