/**
 * The messages between the runner and a contestant server process (Node IPC). One request
 * at a time, each answered by exactly one message, so neither side needs ids.
 */
import type { RecordedStatement } from './recording-driver.ts';

export type ToContestant =
  | { readonly type: 'record-start' }
  | { readonly type: 'record-stop' }
  | { readonly type: 'in-flight' }
  | { readonly type: 'stop' };

export type FromContestant =
  | { readonly type: 'ready'; readonly url: string }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'recording' }
  | { readonly type: 'in-flight'; readonly queries: number }
  | { readonly type: 'recorded'; readonly statements: readonly RecordedStatement[] }
  | { readonly type: 'stopped' };

/** Environment variable through which the runner hands the Bolt URI to a contestant. */
export const NEO4J_URI_ENV = 'BENCH_NEO4J_URI';
