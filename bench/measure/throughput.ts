/**
 * Throughput at 32 clients with autocannon's programmatic API: 32 keep-alive connections,
 * one request in flight on each, for a fixed duration. Requests per second is the mean
 * over the run; non-2xx answers and socket errors are reported, never hidden. The runner
 * splits the duration into slices that the contestants take in turns (see run-size.ts);
 * `combine` adds the slices up.
 */
import autocannon from 'autocannon';
import { JSON_HEADERS, type HttpTarget } from './http-client.ts';

export interface ThroughputSummary {
  readonly connections: number;
  readonly durationSeconds: number;
  readonly requestsPerSecond: number;
  /** autocannon's latency under load (ms, its own histogram). */
  readonly p50: number;
  readonly p99: number;
  readonly non2xx: number;
  /** 2xx answers whose body was not the verified answer (e.g. a GraphQL error in a 200). */
  readonly mismatches: number;
  readonly errors: number;
}

export async function measureThroughput(
  target: HttpTarget,
  options: {
    readonly connections: number;
    readonly durationSeconds: number;
    /** The answer verified before timing: anything else is not a served request. */
    readonly expectBody: string;
  },
): Promise<ThroughputSummary> {
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: JSON_HEADERS,
    body: target.body,
    connections: options.connections,
    pipelining: 1,
    duration: options.durationSeconds,
    expectBody: options.expectBody,
  });
  const served = Math.max(0, result['2xx'] - result.mismatches);
  return {
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    // Requests answered right over elapsed time: exact for any duration, where autocannon's
    // `average` is a mean of whole-second samples and counts error answers too.
    requestsPerSecond: result.duration > 0 ? served / result.duration : 0,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    errors: result.errors + result.timeouts,
  };
}

/** One summary from slices of the same load: requests over total time, worst-case tails. */
export function combine(slices: readonly ThroughputSummary[]): ThroughputSummary {
  const duration = slices.reduce((sum, s) => sum + s.durationSeconds, 0);
  const requests = slices.reduce((sum, s) => sum + s.requestsPerSecond * s.durationSeconds, 0);
  const weighted = (pick: (s: ThroughputSummary) => number) =>
    slices.reduce((sum, s) => sum + pick(s) * s.durationSeconds, 0) / duration;
  return {
    connections: slices[0]?.connections ?? 0,
    durationSeconds: duration,
    requestsPerSecond: requests / duration,
    p50: weighted((s) => s.p50),
    p99: Math.max(...slices.map((s) => s.p99)),
    non2xx: slices.reduce((sum, s) => sum + s.non2xx, 0),
    mismatches: slices.reduce((sum, s) => sum + s.mismatches, 0),
    errors: slices.reduce((sum, s) => sum + s.errors, 0),
  };
}
