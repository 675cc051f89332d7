/**
 * The runner's side of a contestant: starts its server as a child process (so its memory
 * and event loop are its own, and RSS is the server's alone), waits for its URL, turns a
 * question into the HTTP request that contestant understands, records the statements one
 * request sends, and stops it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { isUnsupported, type ContestantName, type Question } from '../questions/question.ts';
import type { HttpTarget } from '../measure/http-client.ts';
import { NEO4J_URI_ENV, type FromContestant, type ToContestant } from './contestant-protocol.ts';
import type { RecordedStatement } from './recording-driver.ts';

const ENTRY: Record<ContestantName, string> = {
  raw: 'raw-server.ts',
  ours: 'ours-server.ts',
  peer: 'peer-server.ts',
};
const START_TIMEOUT_MS = 120_000;

export interface RunningContestant {
  readonly name: ContestantName;
  readonly url: string;
  readonly pid: number;
  /** The request for a question, or a reason why this contestant cannot ask it. */
  target(question: Question): HttpTarget | { readonly unsupported: string };
  /**
   * Runs `work` (one request) and returns the statements the server sent meanwhile. Waits
   * first until no query of earlier requests is still running: requests that a load test
   * left in flight would otherwise be counted as this one's.
   */
  record<T>(
    work: () => Promise<T>,
  ): Promise<{ result: T; statements: readonly RecordedStatement[] }>;
  /** Resolves once no query of earlier requests is still running on the server. */
  waitIdle(): Promise<void>;
  stop(): Promise<void>;
}

export async function startContestant(
  name: ContestantName,
  neo4jUri: string,
): Promise<RunningContestant> {
  // fork() reuses this process's execArgv, so the child runs under tsx like the runner.
  const child = fork(join(import.meta.dirname, ENTRY[name]), [], {
    env: { ...process.env, [NEO4J_URI_ENV]: neo4jUri },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  // Without a listener, a send on a closed channel (the child died) would crash the runner
  // before it could clean up; the failed send shows up as the queue's exit error instead.
  child.on('error', (error) => console.error(`${name} server process: ${error.message}`));
  const messages = messageQueue(child, name);
  const first = await withTimeout(
    messages.next(),
    START_TIMEOUT_MS,
    `${name} server did not start`,
  );
  if (first.type !== 'ready') {
    child.kill('SIGKILL');
    throw new Error(
      `${name} server failed to start: ${first.type === 'failed' ? first.message : first.type}`,
    );
  }
  const url = first.url;
  const ask = async (message: ToContestant): Promise<FromContestant> => {
    if (!child.connected) throw new Error(`${name} server is gone`);
    child.send(message);
    return messages.next();
  };
  return {
    name,
    url,
    pid: child.pid!,
    target(question) {
      if (name === 'raw')
        return {
          url: `${url.replace(/\/$/, '')}/raw/${question.id}`,
          body: JSON.stringify(question.raw.params),
        };
      const variant = question[name];
      if (isUnsupported(variant)) return variant;
      return { url, body: JSON.stringify({ query: variant.query, variables: variant.variables }) };
    },
    waitIdle: () => waitIdle(ask, name),
    async record(work) {
      await waitIdle(ask, name);
      await ask({ type: 'record-start' });
      const result = await work();
      const answer = await ask({ type: 'record-stop' });
      if (answer.type !== 'recorded') throw new Error(`${name}: unexpected ${answer.type}`);
      return { result, statements: answer.statements };
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      if (child.connected) child.send({ type: 'stop' } satisfies ToContestant);
      else child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Idle: no query in flight at two looks 50 ms apart. */
async function waitIdle(
  ask: (m: ToContestant) => Promise<FromContestant>,
  name: string,
): Promise<void> {
  const deadline = Date.now() + 120_000;
  let quietLooks = 0;
  while (quietLooks < 2) {
    if (Date.now() > deadline) throw new Error(`${name} server still busy after 120 s`);
    const answer = await ask({ type: 'in-flight' });
    quietLooks = answer.type === 'in-flight' && answer.queries === 0 ? quietLooks + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Messages in arrival order; an exit before the next message is an error. */
function messageQueue(child: ChildProcess, name: string) {
  const queue: FromContestant[] = [];
  const waiting: { resolve: (m: FromContestant) => void; reject: (e: Error) => void }[] = [];
  let exitError: Error | null = null;
  child.on('message', (message: FromContestant) => {
    const waiter = waiting.shift();
    if (waiter) waiter.resolve(message);
    else queue.push(message);
  });
  child.on('exit', (code, signal) => {
    exitError = new Error(`${name} server exited (code ${code}, signal ${signal})`);
    for (const waiter of waiting.splice(0)) waiter.reject(exitError);
  });
  return {
    next(): Promise<FromContestant> {
      const queued = queue.shift();
      if (queued) return Promise.resolve(queued);
      if (exitError) return Promise.reject(exitError);
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`${message} within ${ms / 1000} s`)), ms);
    }),
  ]);
}
