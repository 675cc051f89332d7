/**
 * Asks one question once of one contestant, before any timing: the answer must equal raw's
 * (after each side's normaliser), and the statements the request sent are kept for the
 * round-trip count and for PROFILE. A GraphQL validation error is "cannot ask" (e.g. a
 * field our schema does not have yet), not a failure.
 */
import type { RunningContestant } from './contestants/contestant.ts';
import type { RecordedStatement } from './contestants/recording-driver.ts';
import { keepAliveAgent, post } from './measure/http-client.ts';
import {
  isUnsupported,
  stableStringify,
  type Json,
  type Normaliser,
  type Question,
} from './questions/question.ts';
import type { ContestantStatus } from './report/results.ts';

export interface Asked {
  readonly status: ContestantStatus;
  readonly note?: string;
  readonly canonical?: Json;
  /** The answer's body as sent, which every timed request must repeat. */
  readonly body?: string;
  readonly statements: readonly RecordedStatement[];
  readonly headerRoundTrips?: number;
}

interface GraphQLBody {
  readonly data?: unknown;
  readonly errors?: readonly {
    readonly message?: string;
    readonly extensions?: { readonly code?: string };
  }[];
}

export async function askQuestion(
  contestant: RunningContestant,
  question: Question,
): Promise<Asked> {
  const target = contestant.target(question);
  if ('unsupported' in target)
    return { status: 'unsupported', note: target.unsupported, statements: [] };
  const normalise: Normaliser =
    contestant.name === 'raw'
      ? question.raw.normalise
      : (() => {
          const variant = question[contestant.name];
          if (isUnsupported(variant)) throw new Error('unreachable: checked by target()');
          return variant.normalise;
        })();
  const agent = keepAliveAgent();
  try {
    // Once unrecorded: first-request work (the peer reads dbms.components() once, plans
    // get compiled) is not what a request costs.
    await post(agent, target);
    const { result: answer, statements } = await contestant.record(() => post(agent, target));
    const header = answer.headers['x-neo4j-queries'];
    const headerRoundTrips = typeof header === 'string' ? Number(header) : undefined;
    let body: GraphQLBody;
    try {
      body = JSON.parse(answer.body) as GraphQLBody;
    } catch {
      return {
        status: 'error',
        note: `HTTP ${answer.status}, not JSON: ${answer.body.slice(0, 120)}`,
        statements,
      };
    }
    const firstError = body.errors?.[0];
    if (firstError) {
      const code = firstError.extensions?.code;
      const note = `${code ? `${code}: ` : ''}${firstError.message ?? 'error'}`;
      return {
        status: code === 'GRAPHQL_VALIDATION_FAILED' ? 'unsupported' : 'error',
        note,
        statements,
      };
    }
    if (answer.status !== 200)
      return { status: 'error', note: `HTTP ${answer.status}`, statements };
    try {
      return {
        status: 'ok',
        canonical: normalise(body.data),
        body: answer.body,
        statements,
        headerRoundTrips,
      };
    } catch (error) {
      return {
        status: 'error',
        note: `unexpected answer shape: ${(error as Error).message}`,
        statements,
      };
    }
  } finally {
    agent.destroy();
  }
}

/** Where two canonical answers first differ, for the report. */
export function firstDifference(expected: Json, actual: Json): string | null {
  const a = stableStringify(expected);
  const b = stableStringify(actual);
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 60);
  return `raw …${a.slice(from, i + 60)}… vs …${b.slice(from, i + 60)}…`;
}
