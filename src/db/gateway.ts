/**
 * The one place that talks to Neo4j. Reads are auto-commit transactions routed to readers
 * and writes go through executeWrite, so a `neo4j://` URI spreads reads over a cluster.
 * Records become plain objects here (Neo4j nodes, integers and lists are unwrapped), so
 * nothing above this layer sees a driver type. Every query is counted, which is how tests
 * pin the number of round trips an operation costs.
 */
import neo4j, {
  isRetryableError,
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
  type Session,
} from 'neo4j-driver';
import { translateDriverError } from './db-errors.ts';

export type Row = Record<string, unknown>;
export type QueryParams = Record<string, unknown>;

/** As src/db/driver.ts's maxTransactionRetryTime: how long a read retries a transient error. */
const READ_RETRY_BUDGET_MS = 3_000;
const READ_RETRY_FIRST_DELAY_MS = 200;

export interface QueryCounter {
  queries: number;
}

export interface GatewayOptions {
  readonly database?: string | undefined;
  /** Per-transaction timeout sent to the server. */
  readonly transactionTimeoutMs?: number;
  /**
   * Our own deadline for a read, enforced in the client: a frozen server (kill -STOP) never
   * enforces its transaction timeout, and the driver would wait for the socket for minutes.
   */
  readonly clientDeadlineMs?: number;
}

export class Neo4jGateway {
  /** The bookmarks of this gateway's last committed write (what a client sends back). */
  lastWriteBookmarks: readonly string[] = [];

  constructor(
    readonly driver: Driver,
    private readonly options: GatewayOptions = {},
    private readonly counter: QueryCounter = { queries: 0 },
    /** Reads wait until the server has these writes (a client reading its own edit). */
    private readonly readBookmarks: readonly string[] = [],
  ) {}

  /**
   * A gateway on the same driver for one request: it counts into `counter`, and its reads
   * follow `bookmarks` (causal consistency: in a cluster, a reader that lags behind the
   * client's last write waits for it rather than answering from before it).
   */
  forRequest(counter: QueryCounter, bookmarks: readonly string[] = []): Neo4jGateway {
    return new Neo4jGateway(this.driver, this.options, counter, bookmarks);
  }

  get queryCount(): number {
    return this.counter.queries;
  }

  /**
   * A read as an auto-commit transaction: RUN and PULL in one round trip to the server.
   * The driver's executeQuery wraps the same statement in BEGIN ... COMMIT, a second round
   * trip after the records: 1.1-1.3 ms more per query on this machine, a third of a small
   * read (docs/decisions.md). What executeQuery gave besides is kept: READ routing and
   * retries of retryable errors within the driver's retry budget (our client deadline
   * covers the retries too). Not its bookmark manager: our writes (the import) run in
   * sessions of their own, outside it, so it only cost time (~0.05 ms a read).
   */
  async read(cypher: string, params: QueryParams = {}): Promise<Row[]> {
    this.counter.queries += 1;
    try {
      const records = await withDeadline(
        this.readRetrying(cypher, toCypherParams(params)),
        this.options.clientDeadlineMs,
      );
      return records.map((record) => toPlain(record.toObject()) as Row);
    } catch (error) {
      throw translateDriverError(error);
    }
  }

  private async readRetrying(cypher: string, params: QueryParams): Promise<Neo4jRecord[]> {
    const started = Date.now();
    for (let delay = READ_RETRY_FIRST_DELAY_MS; ; delay *= 2) {
      try {
        return await this.readOnce(cypher, params);
      } catch (error) {
        if (!isRetryableError(error) || Date.now() - started + delay > READ_RETRY_BUDGET_MS)
          throw error;
        await new Promise((resolveDelay) => setTimeout(resolveDelay, delay));
      }
    }
  }

  private async readOnce(cypher: string, params: QueryParams): Promise<Neo4jRecord[]> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
      ...(this.readBookmarks.length > 0 ? { bookmarks: [...this.readBookmarks] } : {}),
    });
    try {
      // The driver keeps a stack trace of every query it runs, to put on that query's
      // errors (new Error().stack: ~0.1 ms a query here). We translate its errors and log
      // their messages, so none is taken; the limit is global, hence restored at once.
      const stackTraceLimit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      let result: ReturnType<Session['run']>;
      try {
        result = session.run(cypher, params, this.transactionConfig());
      } finally {
        Error.stackTraceLimit = stackTraceLimit;
      }
      return (await result).records;
    } finally {
      await session.close();
    }
  }

  /**
   * Runs `work` in one write transaction: all of it commits, or none of it. `timeoutMs`
   * overrides the gateway's budget; 0 means none (the import of a large graph).
   */
  async writeTransaction<T>(work: (tx: WriteTx) => Promise<T>, timeoutMs?: number): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.WRITE,
      ...(this.readBookmarks.length > 0 ? { bookmarks: [...this.readBookmarks] } : {}),
    });
    try {
      const result = await session.executeWrite(
        (tx) => work(new WriteTx(tx, this.counter)),
        timeoutMs === undefined
          ? this.transactionConfig()
          : timeoutMs > 0
            ? { timeout: timeoutMs }
            : undefined,
      );
      this.lastWriteBookmarks = session.lastBookmarks();
      return result;
    } catch (error) {
      throw translateDriverError(error);
    } finally {
      await session.close();
    }
  }

  /** Schema commands (constraints, indexes) run outside data transactions by Neo4j's rules. */
  async schema(cypher: string): Promise<void> {
    this.counter.queries += 1;
    try {
      await this.driver.executeQuery(
        cypher,
        {},
        { database: this.options.database, routing: neo4j.routing.WRITE },
      );
    } catch (error) {
      throw translateDriverError(error);
    }
  }

  async ping(): Promise<void> {
    await this.read('RETURN 1 AS one');
  }

  private transactionConfig(): { timeout: number } | undefined {
    return this.options.transactionTimeoutMs
      ? { timeout: this.options.transactionTimeoutMs }
      : undefined;
  }
}

export class WriteTx {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly counter: QueryCounter,
  ) {}

  async run(cypher: string, params: QueryParams = {}): Promise<Row[]> {
    this.counter.queries += 1;
    const result = await this.tx.run(cypher, toCypherParams(params));
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }
}

/**
 * Resolves or rejects like `work`, but rejects with a TimeoutError after `ms`. The driver's
 * own AbortSignal support does not interrupt a read that waits on a frozen server's socket;
 * the abandoned query settles (and frees its connection) when the server answers or dies.
 */
async function withDeadline<T>(work: Promise<T>, ms: number | undefined): Promise<T> {
  if (!ms) return work;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`no answer within ${ms} ms`);
      error.name = 'TimeoutError';
      reject(error);
    }, ms);
  });
  work.catch(() => {}); // an abandoned query must not become an unhandled rejection
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * JS has one number type; Cypher has INTEGER and FLOAT, and LIMIT, list indexes and integer
 * properties need INTEGER. Whole numbers go as Neo4j integers, everything else unchanged.
 */
export function toCypherParams(params: QueryParams): QueryParams {
  return convertParam(params) as QueryParams;
}

function convertParam(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(convertParam);
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = convertParam(inner);
    return out;
  }
  return value;
}

/**
 * Driver values to plain JSON-able values: nodes and relationships to their properties.
 * The driver's maps arrive as fresh plain objects that only this query holds, so they are
 * converted in place; only the driver's own classes (nodes, temporals, ...) are replaced.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) value[index] = toPlain(value[index]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key in map) map[key] = toPlain(map[key]);
    return map;
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isNode(value as never) || neo4j.isRelationship(value as never)) {
    return toPlain({ ...(value as { properties: object }).properties });
  }
  if (isTemporal(value)) return String(value);
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>))
    out[key] = toPlain(inner);
  return out;
}

function isTemporal(value: object): boolean {
  return (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isDuration(value as never)
  );
}
