/**
 * Starts and stops Neo4j Community embedded (neo4j-runtime/) as a child Java process with
 * a Bolt connector on 127.0.0.1. Used by `npm start` when NEO4J_URI is unset, by the test
 * suite's global setup, and by `npm run neo4j`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';
import { buildRuntime, findJava } from './java-toolchain.ts';

export interface EmbeddedNeo4jOptions {
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  readonly port: number;
  readonly dataDir: string;
  readonly pageCache?: string;
  readonly heap?: string;
  /** Server-side transaction timeout; 0 leaves Neo4j's default (none). */
  readonly txTimeoutSeconds?: number;
  readonly log?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  readonly uri: string;
  readonly port: number;
  readonly pid: number;
  /** SIGTERM, then waits for the clean shutdown (SIGKILL after the grace period). */
  stop(graceMs?: number): Promise<void>;
  /** Resolves when the process exits, for whatever reason. */
  readonly exited: Promise<number | null>;
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
  const log = options.log ?? (() => {});
  const java = findJava();
  const classpath = buildRuntime(log);
  const port = options.port === 0 ? await freePort() : options.port;
  mkdirSync(options.dataDir, { recursive: true });

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
  ];
  const child = spawn(java, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolveExit) =>
    child.once('exit', (code) => resolveExit(code)),
  );
  const stderrTail: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 40) stderrTail.shift();
  });

  const uri = await new Promise<string>((resolveReady, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const ready = /^NEO4J_READY (\S+)/.exec(line);
      if (ready) resolveReady(ready[1]!);
    });
    child.once('error', reject);
    void exited.then((code) => {
      const named = stderrTail.find((line) => line.startsWith('NEO4J_ERROR '));
      reject(
        new Error(
          named
            ? `embedded Neo4j did not start: ${named.slice('NEO4J_ERROR '.length)}`
            : `embedded Neo4j exited with code ${code} before it was ready:\n${stderrTail.join('\n')}`,
        ),
      );
    });
  });
  await verifyBolt(uri);
  log(`embedded Neo4j ready at ${uri} (data in ${options.dataDir})`);

  return {
    uri,
    port,
    pid: child.pid!,
    exited,
    stop: (graceMs = 60_000) => stopChild(child, exited, graceMs),
  };
}

/** Ready means what the driver sees: Bolt accepts and `RETURN 1` answers. */
async function verifyBolt(uri: string): Promise<void> {
  const driver = neo4j.driver(uri);
  try {
    await driver.executeQuery('RETURN 1 AS one');
  } finally {
    await driver.close();
  }
}

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
 */
export interface RestartableNeo4j {
  readonly uri: string;
  readonly port: number;
  readonly dataDir: string;
  /** The running process, if any. */
  readonly current: EmbeddedNeo4j | undefined;
  /** Stops Neo4j cleanly; nothing happens when it is not running. */
  stop(graceMs?: number): Promise<void>;
  /** Starts Neo4j again with the first start's options; nothing happens when it runs. */
  start(): Promise<void>;
}

/** startEmbeddedNeo4j, on a port fixed at the first start, restartable with the same options. */
export async function startRestartableNeo4j(
  options: EmbeddedNeo4jOptions,
): Promise<RestartableNeo4j> {
  const fixed: EmbeddedNeo4jOptions = {
    ...options,
    port: options.port === 0 ? await freePort() : options.port,
  };
  let current: EmbeddedNeo4j | undefined = await startEmbeddedNeo4j(fixed);
  const uri = current.uri;
  return {
    uri,
    port: fixed.port,
    dataDir: fixed.dataDir,
    get current() {
      return current;
    },
    async stop(graceMs?: number) {
      const running = current;
      current = undefined;
      await running?.stop(graceMs);
    },
    async start() {
      if (current) return;
      current = await startEmbeddedNeo4j(fixed);
    },
  };
}
