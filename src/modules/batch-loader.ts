/**
 * A DataLoader whose batch is one batch statement (src/modules/batch-statement.ts), described
 * once: the statement, its parameters for a batch of keys, and how rows become one value
 * per key. The look-ahead prefetch (src/modules/lookahead) runs the same statement nested
 * and primes the loader through the same `fromRows`, so a primed value and a loaded one
 * cannot differ.
 */
import DataLoader from 'dataloader';
import { standaloneCypher, type BatchStatement } from './batch-statement.ts';
import type { Neo4jGateway, QueryParams, Row } from '../db/gateway.ts';

export interface BatchSpec<K, V> {
  /**
   * The statement, or the statement for a batch of keys where the keys choose its text
   * (involvement kinds as relationship types); see statementFor.
   */
  readonly statement: BatchStatement | ((keys: readonly K[]) => BatchStatement);
  /** The node id a key stands for. */
  readonly idOf: (key: K) => string;
  /** Parameters besides `$ids` for a batch of keys. */
  readonly params: (keys: readonly K[]) => QueryParams;
  /** One value per key, in key order (the DataLoader contract). */
  readonly fromRows: (keys: readonly K[], rows: readonly Row[]) => V[];
  /** DataLoader cache key, for keys that are not strings. */
  readonly cacheKey?: (key: K) => string;
}

/** Groups rows by their `id` column into lists in key order. */
export function groupByKey<T>(
  keys: readonly string[],
  rows: readonly Row[],
  map: (row: Row) => T,
): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(String(row.id))?.push(map(row));
  return keys.map((key) => groups.get(key) ?? []);
}

/** A spec for string keys whose value is the list of rows of that id, each mapped. */
export function listSpec<V>(
  statement: BatchStatement,
  map: (row: Row) => V,
): BatchSpec<string, V[]> {
  return {
    statement,
    idOf: (key) => key,
    params: () => ({}),
    fromRows: (keys, rows) => groupByKey(keys, rows, map),
  };
}

/**
 * A DataLoader that also answers synchronously what a read-ahead primed into it. A primed
 * value is already known when the resolver asks, but DataLoader hands it out as a promise,
 * and graphql-js then completes every field above it asynchronously (a promise per object
 * and list, and their microtasks). With `loadNow` a resolver returns the value itself and
 * the executor completes that part of the tree synchronously.
 */
export class BatchLoader<K, V> extends DataLoader<K, V, K | string> {
  private readonly primedValues = new Map<K | string, V>();
  /** Keys asked before any prime: DataLoader keeps what it loaded for them, and so do we. */
  private readonly loadedKeys = new Set<K | string>();

  constructor(
    batch: DataLoader.BatchLoadFn<K, V>,
    private readonly keyOf: (key: K) => K | string = (key) => key,
  ) {
    super(batch, { cacheKeyFn: keyOf });
  }

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    if (!(value instanceof Error) && !isPromiseLike(value)) {
      const cacheKey = this.keyOf(key);
      if (!this.primedValues.has(cacheKey) && !this.loadedKeys.has(cacheKey))
        this.primedValues.set(cacheKey, value);
    }
    return super.prime(key, value);
  }

  override load(key: K): Promise<V> {
    this.loadedKeys.add(this.keyOf(key));
    return super.load(key);
  }

  override clear(key: K): this {
    this.primedValues.delete(this.keyOf(key));
    this.loadedKeys.delete(this.keyOf(key));
    return super.clear(key);
  }

  override clearAll(): this {
    this.primedValues.clear();
    this.loadedKeys.clear();
    return super.clearAll();
  }

  /** The primed value itself, else a load as `load` does. */
  loadNow(key: K): V | Promise<V> {
    const cacheKey = this.keyOf(key);
    return this.primedValues.has(cacheKey) ? this.primedValues.get(cacheKey)! : this.load(key);
  }
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/** `fn` of a value that may be known now or later: now when it is known now. */
export function mapNow<T, U>(value: T | Promise<T>, fn: (value: T) => U): U | Promise<U> {
  return value instanceof Promise ? value.then(fn) : fn(value);
}

/** The statement a spec runs for a batch of keys. */
export function statementFor<K>(spec: BatchSpec<K, unknown>, keys: readonly K[]): BatchStatement {
  return typeof spec.statement === 'function' ? spec.statement(keys) : spec.statement;
}

export function batchLoader<K, V>(gateway: Neo4jGateway, spec: BatchSpec<K, V>): BatchLoader<K, V> {
  return new BatchLoader<K, V>(async (keys) => {
    const ids = [...new Set(keys.map(spec.idOf))];
    const cypher = standaloneCypher(statementFor(spec, keys));
    return spec.fromRows(keys, await gateway.read(cypher, { ...spec.params(keys), ids }));
  }, spec.cacheKey);
}
