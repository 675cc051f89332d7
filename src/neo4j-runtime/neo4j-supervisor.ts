/**
 * The embedded Neo4j, kept running: when its process exits without having been asked to
 * (killed by the kernel's out-of-memory killer, a crash), it is started again on the same
 * data directory and port, so the Bolt URI stays the same and the driver reconnects by
 * itself; Neo4j recovers its store from its transaction log at that start, so every
 * committed (acknowledged) transaction is there again.
 *
 * Restarts wait 1 s, then twice as long after each failed one, at most 30 s (a Neo4j that
 * cannot start is not hammered, and a short hiccup costs a second). A restart counts as
 * failed when the start fails, and also when the new process dies within 60 s of starting
 * (a crash loop is a failure, not a success). After 5 failures in a row the supervisor
 * gives up: it logs one message naming the last cause, starts nothing more and resolves
 * `gaveUp`, on which `npm start` exits non-zero, so that an outer supervisor (systemd,
 * Kubernetes) sees it and takes over instead of a process that answers 503 forever.
 * stop() is asked for: it never triggers a restart, also when it comes during one.
 */
import {
  freePort,
  startEmbeddedNeo4j,
  type EmbeddedNeo4j,
  type EmbeddedNeo4jOptions,
  type ProcessEnd,
} from './embedded-neo4j.ts';

export interface SupervisionPolicy {
  /** The wait before the first restart; it doubles after each failed one. */
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
  /** Failed restarts in a row after which the supervisor gives up. */
  readonly maxFailures: number;
  /** A restarted Neo4j that exits sooner than this counts as a failed restart. */
  readonly stableAfterMs: number;
}

export const DEFAULT_SUPERVISION: SupervisionPolicy = {
  firstDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxFailures: 5,
  stableAfterMs: 60_000,
};

export interface SupervisedNeo4jOptions extends EmbeddedNeo4jOptions {
  readonly policy?: Partial<SupervisionPolicy>;
  /** Restarts and their causes go here too, as errors (log gets the other lines). */
  readonly logError?: (line: string) => void;
}

export interface SupervisedNeo4j {
  readonly uri: string;
  readonly port: number;
  /** The `neo4j` user's password, when started with a password file. */
  readonly password: string | undefined;
  /** The running process; undefined while it is restarted, after stop() or giving up. */
  readonly current: EmbeddedNeo4j | undefined;
  /** Restarts that brought Neo4j back. */
  readonly restarts: number;
  /** Resolves with the give-up message's error if the supervisor gives up; else never. */
  readonly gaveUp: Promise<Error>;
  /** Stops Neo4j cleanly; no restart follows. */
  stop(graceMs?: number): Promise<void>;
}

/** How a process ended, in words: "killed by SIGKILL", "exit code 2: <NEO4J_ERROR reason>". */
export function describeProcessEnd(end: ProcessEnd): string {
  const how = end.signal ? `killed by ${end.signal}` : `exit code ${end.code}`;
  const named = end.stderrTail.find((line) => line.startsWith('NEO4J_ERROR '));
  if (named) return `${how}: ${named.slice('NEO4J_ERROR '.length)}`;
  const tail = end.stderrTail.filter((line) => line.trim() !== '').slice(-5);
  return tail.length > 0 ? `${how}; last stderr lines:\n  ${tail.join('\n  ')}` : how;
}

/**
 * Starts Neo4j (a failure of this first start is thrown: a misconfiguration is not retried)
 * and supervises it from then on.
 */
export async function startSupervisedNeo4j(
  options: SupervisedNeo4jOptions,
): Promise<SupervisedNeo4j> {
  const policy = { ...DEFAULT_SUPERVISION, ...options.policy };
  const log = options.log ?? (() => {});
  const logError = options.logError ?? log;
  // The port is fixed now, so that every restart listens where the driver connects.
  const fixed: EmbeddedNeo4jOptions = {
    ...options,
    port: options.port === 0 ? await freePort() : options.port,
  };
  let current: EmbeddedNeo4j | undefined = await startEmbeddedNeo4j(fixed);
  const uri = current.uri;
  const password = current.password;
  let stopping = false;
  let restarts = 0;
  let failures = 0;
  let startedAt = Date.now();
  let restarting: Promise<void> | undefined;
  let wakeUp: (() => void) | undefined;
  let giveUp!: (error: Error) => void;
  const gaveUp = new Promise<Error>((resolveGiveUp) => (giveUp = resolveGiveUp));

  const sleep = (ms: number) =>
    new Promise<void>((resolveSleep) => {
      const timer = setTimeout(resolveSleep, ms);
      wakeUp = () => {
        clearTimeout(timer);
        resolveSleep();
      };
    });

  const watch = (process: EmbeddedNeo4j) => {
    void process.ended.then((end) => {
      if (stopping || current !== process) return;
      current = undefined;
      const upMs = Date.now() - startedAt;
      logError(
        `embedded Neo4j (pid ${process.pid}) exited unexpectedly after ${seconds(upMs)} s: ${describeProcessEnd(end)}`,
      );
      restarting = restartLoop(describeProcessEnd(end));
    });
  };

  const restartLoop = async (firstCause: string): Promise<void> => {
    let lastCause = firstCause;
    while (!stopping) {
      if (failures >= policy.maxFailures) {
        const message =
          `embedded Neo4j: giving up after ${failures} failed restarts in a row; ` +
          `last cause: ${lastCause}. Data in ${fixed.dataDir}; see its logs/ and fix the cause, ` +
          `then start again.`;
        logError(message);
        giveUp(new Error(message));
        return;
      }
      const delayMs = Math.min(policy.firstDelayMs * 2 ** failures, policy.maxDelayMs);
      const attempt = failures + 1;
      logError(
        `embedded Neo4j: restart ${attempt} of at most ${policy.maxFailures} in ${seconds(delayMs)} s, on ${uri}`,
      );
      await sleep(delayMs);
      if (stopping) return;
      const began = Date.now();
      try {
        const process = await startEmbeddedNeo4j({ ...fixed, log: () => {} });
        if (stopping) {
          await process.stop();
          return;
        }
        current = process;
        startedAt = Date.now();
        restarts++;
        log(
          `embedded Neo4j: restart ${attempt} succeeded in ${seconds(Date.now() - began)} s (pid ${process.pid}, ${uri}); store recovered`,
        );
        // It counts as failed until it has stayed up stableAfterMs: a young death then
        // continues the same run of failures (and of doubling waits).
        failures = attempt;
        watch(process);
        setTimeout(() => {
          if (current === process) failures = 0;
        }, policy.stableAfterMs).unref();
        return;
      } catch (error) {
        failures = attempt;
        lastCause = (error as Error).message.split('\n').slice(0, 6).join('\n  ');
        logError(
          `embedded Neo4j: restart ${attempt} failed after ${seconds(Date.now() - began)} s: ${lastCause}`,
        );
      }
    }
  };

  watch(current);
  return {
    uri,
    port: fixed.port,
    password,
    get current() {
      return current;
    },
    get restarts() {
      return restarts;
    },
    gaveUp,
    async stop(graceMs?: number) {
      stopping = true;
      wakeUp?.();
      // A start under way finishes first, then stops what it started (restartLoop).
      await restarting;
      const process = current;
      current = undefined;
      await process?.stop(graceMs);
    },
  };
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}
