/** The shape of a benchmark run's results (what bench/results/*.json holds). */
import type { ImportSummary } from '../load-graph.ts';
import type { DbHits } from '../measure/db-hits.ts';
import type { LatencySummary } from '../measure/percentiles.ts';
import type { Rss } from '../measure/rss.ts';
import type { ThroughputSummary } from '../measure/throughput.ts';
import type { ContestantName, Json } from '../questions/question.ts';
import type { RunOptions } from '../run-options.ts';

export type ContestantStatus =
  /** Answered like raw, and timed. */
  | 'ok'
  /** Cannot ask this question (the note says why). */
  | 'unsupported'
  /** Answered with an error. */
  | 'error'
  /** Answered, but not what raw answered. */
  | 'different';

export interface ContestantResult {
  readonly status: ContestantStatus;
  readonly note?: string;
  /** Database round trips of one request, counted at the driver. */
  readonly roundTrips?: number;
  /** Ours only: the x-neo4j-queries header of the same request. */
  readonly headerRoundTrips?: number;
  readonly dbHits?: DbHits;
  /** The Cypher of those statements, for the evidence (JSON only). */
  readonly cypher?: readonly string[];
  readonly latency?: LatencySummary;
  readonly throughput?: ThroughputSummary;
  /**
   * The server process's CPU (user + system, all threads) per 1-client request, in ms:
   * measure/cpu.ts, over the latency run's requests and its warm-up.
   */
  readonly cpuMsPerRequest?: number;
  /** The normalised answer when it differs from raw's, for the diff. */
  readonly answer?: Json;
}

export interface QuestionResult {
  readonly id: string;
  readonly title: string;
  /** Depth of our query (or of the peer's, when ours cannot ask it). */
  readonly depth: number | null;
  readonly contestants: Readonly<Record<ContestantName, ContestantResult>>;
}

export interface SizeResult {
  readonly size: string;
  readonly targetNodes: number;
  readonly neo4j: { readonly heap: string; readonly pageCache: string };
  readonly import: ImportSummary;
  readonly questions: readonly QuestionResult[];
  readonly rss: Readonly<Record<ContestantName, Rss | null>>;
}

export interface Machine {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGb: number;
  readonly node: string;
  readonly loadAverageStart: readonly number[];
  readonly loadAverageEnd: readonly number[];
}

export interface GoalCheck {
  readonly goal: string;
  readonly verdict: 'met' | 'missed' | 'n/a';
  readonly evidence: string;
}

export interface BenchResults {
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly options: RunOptions;
  readonly machine: Machine;
  readonly sizes: readonly SizeResult[];
  readonly goals: readonly GoalCheck[];
  /** Sizes that did not complete, with why. */
  readonly failedSizes: readonly string[];
}
