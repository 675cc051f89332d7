/**
 * The goals of issue 7, checked against what was measured (never assumed): each goal gets
 * met / missed / n/a and the numbers behind the verdict, per question. Latency and
 * throughput goals are judged on the largest size of the run; the scaling goal compares
 * the largest size with 1k, so it needs both in one run.
 */
import { parseSize } from '../generator.ts';
import type { ContestantName } from '../questions/question.ts';
import type { ContestantResult, GoalCheck, QuestionResult, SizeResult } from './results.ts';

const Q1 = ['Q1'];
const Q2_TO_Q6 = ['Q2', 'Q3', 'Q4', 'Q4b', 'Q5', 'Q6'];
const Q1_TO_Q6 = [...Q1, ...Q2_TO_Q6];
const SCALING = ['Q1', 'Q2', 'Q5', 'Q7'];

type Metric = (result: ContestantResult) => number | undefined;
const p50: Metric = (r) => r.latency?.p50;
const p99: Metric = (r) => r.latency?.p99;
const rps: Metric = (r) => r.throughput?.requestsPerSecond;

const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

/** A ratio goal over some questions: met when every measurable question meets it. */
function ratioGoal(
  goal: string,
  questions: readonly QuestionResult[],
  ids: readonly string[],
  over: [ContestantName, ContestantName],
  metric: Metric,
  meets: (ratio: number) => boolean,
): GoalCheck {
  const parts: string[] = [];
  let measured = 0;
  let missed = 0;
  for (const id of ids) {
    const question = questions.find((q) => q.id === id);
    if (!question) continue;
    const a = metric(question.contestants[over[0]]);
    const b = metric(question.contestants[over[1]]);
    if (a === undefined || b === undefined || b === 0) {
      parts.push(
        `${id} n/a (${question.contestants[over[0]].status}/${question.contestants[over[1]].status})`,
      );
      continue;
    }
    const ratio = a / b;
    measured++;
    if (!meets(ratio)) missed++;
    parts.push(`${id} ${ratio.toFixed(2)}${meets(ratio) ? '' : ' ✗'}`);
  }
  return {
    goal,
    verdict: measured === 0 ? 'n/a' : missed > 0 ? 'missed' : 'met',
    evidence: parts.join(', '),
  };
}

export function evaluateGoals(sizes: readonly SizeResult[]): GoalCheck[] {
  if (sizes.length === 0) return [];
  const largest = [...sizes].sort((a, b) => b.targetNodes - a.targetNodes)[0]!;
  const smallest1k = sizes.find((s) => s.targetNodes === parseSize('1k'));
  const q = largest.questions;
  const at = `at ${largest.size}`;
  const goals: GoalCheck[] = [
    ratioGoal(`p50 ours/raw ≤ 1.25 on Q1 ${at}`, q, Q1, ['ours', 'raw'], p50, (r) => r <= 1.25),
    ratioGoal(
      `p50 ours/raw ≤ 1.10 on Q2–Q6 ${at}`,
      q,
      Q2_TO_Q6,
      ['ours', 'raw'],
      p50,
      (r) => r <= 1.1,
    ),
    ratioGoal(
      `p99 ours/raw ≤ 1.3 on Q1–Q6 ${at}`,
      q,
      Q1_TO_Q6,
      ['ours', 'raw'],
      p99,
      (r) => r <= 1.3,
    ),
    ratioGoal(
      `throughput ours/peer ≥ 1.5 on Q1–Q6 ${at}`,
      q,
      Q1_TO_Q6,
      ['ours', 'peer'],
      rps,
      (r) => r >= 1.5,
    ),
    ratioGoal(
      `p50 ours/peer ≤ 0.7 on Q1–Q6 ${at}`,
      q,
      Q1_TO_Q6,
      ['ours', 'peer'],
      p50,
      (r) => r <= 0.7,
    ),
  ];

  // Never more database hits than the peer: every size, every question both answered.
  const hits: string[] = [];
  let hitsMissed = 0;
  let hitsMeasured = 0;
  for (const size of sizes) {
    for (const question of size.questions) {
      const ours = question.contestants.ours.dbHits?.total;
      const peer = question.contestants.peer.dbHits?.total;
      if (ours === undefined || peer === undefined) continue;
      hitsMeasured++;
      if (ours > peer) {
        hitsMissed++;
        hits.push(`${size.size} ${question.id} ${ours} > ${peer} ✗`);
      }
    }
  }
  goals.push({
    goal: 'never more db hits than peer (all sizes)',
    verdict: hitsMeasured === 0 ? 'n/a' : hitsMissed > 0 ? 'missed' : 'met',
    evidence:
      hitsMissed > 0 ? hits.join(', ') : `${hitsMeasured} question×size pairs, none above the peer`,
  });

  // Round trips within the query depth: ours, every size and question it answered.
  const trips: string[] = [];
  let tripsMissed = 0;
  let tripsMeasured = 0;
  for (const size of sizes) {
    for (const question of size.questions) {
      const ours = question.contestants.ours.roundTrips;
      if (ours === undefined || question.depth === null) continue;
      tripsMeasured++;
      if (ours > question.depth) {
        tripsMissed++;
        trips.push(`${size.size} ${question.id} ${ours} > depth ${question.depth} ✗`);
      }
    }
  }
  const maxima = largest.questions
    .filter((x) => x.contestants.ours.roundTrips !== undefined)
    .map((x) => `${x.id} ${x.contestants.ours.roundTrips}/${x.depth}`);
  goals.push({
    goal: 'round trips ≤ query depth (ours, all sizes)',
    verdict: tripsMeasured === 0 ? 'n/a' : tripsMissed > 0 ? 'missed' : 'met',
    evidence: tripsMissed > 0 ? trips.join(', ') : `trips/depth ${at}: ${maxima.join(', ')}`,
  });

  // Scaling: p50 at the largest size over p50 at 1k, ours.
  if (smallest1k && smallest1k !== largest) {
    const parts: string[] = [];
    let missed = 0;
    let measured = 0;
    for (const id of SCALING) {
      const big = largest.questions.find((x) => x.id === id)?.contestants.ours.latency?.p50;
      const small = smallest1k.questions.find((x) => x.id === id)?.contestants.ours.latency?.p50;
      if (big === undefined || small === undefined) {
        parts.push(`${id} n/a`);
        continue;
      }
      const ratio = big / small;
      measured++;
      if (ratio > 1.2) missed++;
      parts.push(
        `${id} ${fmt(small)} → ${fmt(big)} ms = ${ratio.toFixed(2)}${ratio > 1.2 ? ' ✗' : ''}`,
      );
    }
    goals.push({
      goal: `p50 ${largest.size} / p50 1k ≤ 1.2 on Q1, Q2, Q5, Q7 (ours)`,
      verdict: measured === 0 ? 'n/a' : missed > 0 ? 'missed' : 'met',
      evidence: parts.join(', '),
    });
  } else {
    goals.push({
      goal: 'p50 at 1M / p50 at 1k ≤ 1.2 on Q1, Q2, Q5, Q7 (ours)',
      verdict: 'n/a',
      evidence: 'needs 1k and a larger size in the same run',
    });
  }

  const million = sizes.find((s) => s.targetNodes >= 1_000_000);
  const importSize = million ?? largest;
  const rowsPerSecond = importSize.import.rowsPerSecond;
  goals.push({
    goal: 'import ≥ 70k rows/s at 1M',
    verdict: million ? (rowsPerSecond >= 70_000 ? 'met' : 'missed') : 'n/a',
    evidence:
      `${importSize.size}: ${importSize.import.rows} rows in ${importSize.import.importSeconds.toFixed(1)} s = ` +
      `${Math.round(rowsPerSecond)} rows/s${million ? '' : ' (no 1M size in this run)'}`,
  });
  return goals;
}
