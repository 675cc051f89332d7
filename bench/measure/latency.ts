/**
 * p50/p99 latency at one client: sequential requests, each contestant on its own
 * keep-alive connection, timed with the monotonic clock around the whole request (send,
 * server work, full body). The contestants take turns request by request (raw, ours, peer,
 * raw, ...) after a warm-up (JIT, plan cache, page cache), so a burst of load from
 * elsewhere on a shared machine hits all of them alike instead of whichever ran then.
 */
import { keepAliveAgent, post, type HttpTarget } from './http-client.ts';
import { summarise, type LatencySummary } from './percentiles.ts';

export interface LatencyOptions {
  readonly requests: number;
  readonly warmup: number;
}

export async function measureLatencies<K extends string>(
  targets: ReadonlyMap<K, HttpTarget>,
  options: LatencyOptions,
): Promise<Map<K, LatencySummary>> {
  const entries = [...targets.entries()].map(([key, target]) => ({
    key,
    target,
    agent: keepAliveAgent(),
    samples: [] as number[],
  }));
  try {
    for (let i = 0; i < options.warmup; i++) {
      for (const entry of entries) await expectOk(entry.agent, entry.target);
    }
    for (let i = 0; i < options.requests; i++) {
      // Rotate who goes first in each round, so no one always follows the same neighbour.
      for (let j = 0; j < entries.length; j++) {
        const entry = entries[(i + j) % entries.length]!;
        const started = process.hrtime.bigint();
        await expectOk(entry.agent, entry.target);
        entry.samples.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }
    return new Map(entries.map((entry) => [entry.key, summarise(entry.samples)]));
  } finally {
    for (const entry of entries) entry.agent.destroy();
  }
}

async function expectOk(
  agent: ReturnType<typeof keepAliveAgent>,
  target: HttpTarget,
): Promise<void> {
  const answer = await post(agent, target);
  if (answer.status !== 200) {
    throw new Error(`HTTP ${answer.status} from ${target.url}: ${answer.body.slice(0, 200)}`);
  }
}
