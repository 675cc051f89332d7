/**
 * Starts and stops Neo4j Community embedded (neo4j-runtime/) as a child Java process with
 * a Bolt connector on 127.0.0.1. Used by `npm start` when NEO4J_URI is unset, by the test
 * suite's global setup, and by `npm run neo4j`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';
import { buildRuntime, findJava } from './java-toolchain.ts';
import { NEO4J_USER } from './neo4j-password.ts';

export interface EmbeddedNeo4jOptions {
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  readonly port: number;
  readonly dataDir: string;
  readonly pageCache?: string;
  readonly heap?: string;
  /** Server-side transaction timeout; 0 leaves Neo4j's default (none). */
  readonly txTimeoutSeconds?: number;
  /**
   * A file whose first line is the `neo4j` user's password: Bolt then requires it (the
   * launcher sets it at every start). Without one, Neo4j runs without auth.
   */
  readonly passwordFile?: string;
  /** Further Neo4j settings (name -> value), as in neo4j.conf. */
  readonly settings?: Readonly<Record<string, string>>;
  readonly log?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  readonly uri: string;
  readonly port: number;
  readonly pid: number;
  /** The `neo4j` user's password, when started with a password file. */
  readonly password: string | undefined;
  /** SIGTERM, then waits for the clean shutdown (SIGKILL after the grace period). */
  stop(graceMs?: number): Promise<void>;
  /** Resolves when the process exits, for whatever reason. */
  readonly exited: Promise<number | null>;
  /** Resolves when the process exits: how (code or signal) and its last stderr lines. */
  readonly ended: Promise<ProcessEnd>;
}

export interface ProcessEnd {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** The last lines (at most 40) the process wrote to stderr, NEO4J_ERROR among them. */
  readonly stderrTail: readonly string[];
}

/** The process, also able to stop its DBMS and start it again inside the same JVM. */
interface EmbeddedNeo4jProcess extends EmbeddedNeo4j {
  readonly alive: boolean;
  /** Shuts the DBMS down cleanly (its store files closed); the JVM stays. */
  stopDatabase(): Promise<void>;
  /** Starts the DBMS again on the same data directory and port. */
  startDatabase(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  return startProcess(options);
}

async function startProcess(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4jProcess> {
  const log = options.log ?? (() => {});
  const java = findJava();
  const classpath = buildRuntime(log);
  const port = options.port === 0 ? await freePort() : options.port;
  mkdirSync(options.dataDir, { recursive: true });
  // Read as the launcher reads it (first line, trimmed), to check Bolt with it.
  const password =
    options.passwordFile === undefined
      ? undefined
      : readFileSync(options.passwordFile, 'utf8').split('\n')[0]!.trim();

  const args = [
    `-Xmx${options.heap ?? '1g'}`,
    '-XX:+UseG1GC',
    '-cp',
    classpath,
    'techniekpact.neo4j.EmbeddedNeo4j',
    '--port',
    String(port),
    '--data-dir',
    options.dataDir,
    '--page-cache',
    options.pageCache ?? '256m',
    '--tx-timeout-seconds',
    String(options.txTimeoutSeconds ?? 0),
    '--exit-with-parent',
    ...(options.passwordFile === undefined ? [] : ['--password-file', options.passwordFile]),
    ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => [
      '--setting',
      `${name}=${value}`,
    ]),
  ];
  const child = spawn(java, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderrTail: string[] = [];
  // 'close', not 'exit': by then stderr has been read to its end, NEO4J_ERROR included.
  const ended = new Promise<ProcessEnd>((resolveEnd) =>
    child.once('close', (code, signal) =>
      resolveEnd({ code, signal, stderrTail: [...stderrTail] }),
    ),
  );
  const exited = ended.then(({ code }) => code);
  createInterface({ input: child.stderr! }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 40) stderrTail.shift();
  });

  // Each stdout line goes to the one waiter for it (a start or a stop of the DBMS).
  let waiter: { pattern: RegExp; resolve: (match: RegExpExecArray) => void } | undefined;
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const match = waiter?.pattern.exec(line);
    if (match && waiter) {
      const { resolve } = waiter;
      waiter = undefined;
      resolve(match);
    }
  });
  let alive = true;
  void exited.then(() => (alive = false));
  const waitFor = (pattern: RegExp, what: string) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      waiter = { pattern, resolve };
      child.once('error', reject);
      void exited.then((code) => {
        const named = stderrTail.find((line) => line.startsWith('NEO4J_ERROR '));
        reject(
          new Error(
            named
              ? `embedded Neo4j did not ${what}: ${named.slice('NEO4J_ERROR '.length)}`
              : `embedded Neo4j exited with code ${code} before it had ${what === 'start' ? 'started' : 'stopped'}:\n${stderrTail.join('\n')}`,
          ),
        );
      });
    });

  const uri = (await waitFor(/^NEO4J_READY (\S+)/, 'start'))[1]!;
  await verifyBolt(uri, password);
  log(`embedded Neo4j ready at ${uri} (pid ${child.pid}, data in ${options.dataDir})`);

  const command = async (line: string, pattern: RegExp, what: string) => {
    const answered = waitFor(pattern, what);
    child.stdin!.write(`${line}\n`);
    await answered;
  };
  return {
    uri,
    port,
    pid: child.pid!,
    password,
    exited,
    ended,
    get alive() {
      return alive;
    },
    stop: (graceMs = 60_000) => stopChild(child, exited, graceMs),
    stopDatabase: () => command('STOP', /^NEO4J_DBMS_STOPPED$/, 'stop'),
    async startDatabase() {
      await command('START', /^NEO4J_READY /, 'start');
      await verifyBolt(uri, password);
      log(`embedded Neo4j ready again at ${uri} (data in ${options.dataDir})`);
    },
  };
}

/**
 * Ready means what the driver sees: Bolt accepts (our login, if any) and `RETURN 1` answers.
 * Neo4j locks a user for a few seconds (dbms.security.auth_lock_time) after failed logins,
 * anyone's: such a lock is waited out, so that another account's guessing cannot fail our start.
 */
async function verifyBolt(uri: string, password: string | undefined): Promise<void> {
  const driver = neo4j.driver(
    uri,
    password === undefined ? undefined : neo4j.auth.basic(NEO4J_USER, password),
  );
  const deadline = Date.now() + AUTH_LOCK_WAIT_MS;
  try {
    for (;;) {
      try {
        await driver.executeQuery('RETURN 1 AS one');
        return;
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code !== 'Neo.ClientError.Security.AuthenticationRateLimit' || Date.now() > deadline)
          throw error;
        await new Promise((resolveWait) => setTimeout(resolveWait, 1_000));
      }
    }
  } finally {
    await driver.close();
  }
}

/** How long a start waits out a login lock (Neo4j's default lock is 5 s). */
const AUTH_LOCK_WAIT_MS = 30_000;

async function stopChild(
  child: ChildProcess,
  exited: Promise<number | null>,
  graceMs: number,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The embedded Neo4j as something that can be stopped and started again on the same data
 * directory and port (the Bolt URI stays the same): what an offline bulk import needs,
 * which writes a new store while Neo4j is stopped (src/import/bulk-import.ts).
 *
 * stop() shuts the DBMS down but keeps its JVM, and start() starts the DBMS again in it:
 * a new Java process would cost its start, class loading and warm-up again (15-25 s of the
 * bulk import at 1M nodes on a busy 2-core machine). The JVM exits by itself when it is
 * left stopped for 5 minutes, when its data directory is removed, or when this process
 * ends; close() ends it at once. Should the
 * DBMS not stop or start in its JVM, a new process is started.
 */
export interface RestartableNeo4j {
  readonly uri: string;
  readonly port: number;
  readonly dataDir: string;
  /** The `neo4j` user's password, when started with a password file. */
  readonly password: string | undefined;
  /** The running process, if its DBMS runs. */
  readonly current: EmbeddedNeo4j | undefined;
  /** Stops Neo4j cleanly (its store closed); nothing happens when it is not running. */
  stop(graceMs?: number): Promise<void>;
  /** Starts Neo4j again with the first start's options; nothing happens when it runs. */
  start(): Promise<void>;
  /** Stops Neo4j and ends its JVM. */
  close(graceMs?: number): Promise<void>;
}

/** startEmbeddedNeo4j, on a port fixed at the first start, restartable with the same options. */
export async function startRestartableNeo4j(
  options: EmbeddedNeo4jOptions,
): Promise<RestartableNeo4j> {
  const fixed: EmbeddedNeo4jOptions = {
    ...options,
    port: options.port === 0 ? await freePort() : options.port,
  };
  let jvm: EmbeddedNeo4jProcess = await startProcess(fixed);
  let running = true;
  const uri = jvm.uri;
  return {
    uri,
    port: fixed.port,
    dataDir: fixed.dataDir,
    get password() {
      return jvm.password;
    },
    get current() {
      return running ? jvm : undefined;
    },
    async stop(graceMs?: number) {
      if (!running) return;
      running = false;
      if (!jvm.alive) return;
      try {
        await jvm.stopDatabase();
      } catch {
        // It did not answer: end the process (its shutdown hook closes the store).
        await jvm.stop(graceMs);
      }
    },
    async start() {
      if (running) return;
      if (jvm.alive) {
        try {
          await jvm.startDatabase();
          running = true;
          return;
        } catch {
          await jvm.stop();
        }
      }
      jvm = await startProcess(fixed);
      running = true;
    },
    async close(graceMs?: number) {
      running = false;
      await jvm.stop(graceMs);
    },
  };
}
