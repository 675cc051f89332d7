/**
 * A batch statement: the Cypher a DataLoader runs for a batch of node ids, kept in parts so
 * that the same text can run two ways: on its own for `$ids` (the loader's batch), or
 * nested in a bigger statement for ids taken from the rows an outer part returned (the
 * look-ahead prefetch, src/modules/lookahead). Both ways give the same rows per id, so a
 * loader primed from the nested run holds exactly what its own batch would have loaded.
 *
 * Statements are our own constants: the parts are never built from user input, and the
 * parameter renaming below only prefixes `$names` written in this code base.
 */

import DataLoader from 'dataloader';
import type { Neo4jGateway, QueryParams, Row } from '../../db/gateway.ts';
import { FULL_PROJECTION, type Projection } from './projection.ts';

export interface BatchStatement {
  /** Clauses for one `id` in scope (MATCH ... WHERE ...). */
  readonly body: string;
  /**
   * The projection after RETURN, `id, x {.a} AS node, ...`, every item a plain name; as a
   * function of how nodes and relationships are projected.
   */
  readonly returns: (projection: Projection) => string;
  readonly orderBy: string;
}

const standaloneTexts = new WeakMap<BatchStatement, string>();

/**
 * The statement on its own, for the ids in `$ids`, with the full projection; built once per
 * statement (every request creates its loaders, and each loader asks for its text).
 */
export function standaloneCypher(statement: BatchStatement): string {
  let text = standaloneTexts.get(statement);
  if (text === undefined) {
    text = buildStandaloneCypher(statement);
    standaloneTexts.set(statement, text);
  }
  return text;
}

function buildStandaloneCypher(statement: BatchStatement): string {
  return `UNWIND $ids AS id
${statement.body}
RETURN ${statement.returns(FULL_PROJECTION)}
ORDER BY ${statement.orderBy}`;
}

export interface NestingOptions {
  /** Variable holding the outer list of row maps. */
  readonly parentList: string;
  /** Expression over `parent` (one map of that list) giving the id to run for. */
  readonly idOfParent: string;
  /** Prefix for every `$parameter` of the statement, so nested parts never share one. */
  readonly paramPrefix: string;
  /** Variable the collected rows (as lists of their columns, in the standalone order) are bound to. */
  readonly output: string;
  readonly projection?: Projection;
}

/** A batch statement nested in a bigger one, and the columns of each row it collects. */
export interface NestedStatement {
  readonly cypher: string;
  readonly columns: readonly string[];
}

/**
 * The statement as a CALL subquery over the ids found in an outer list: one row out, the
 * list of its rows. Each row is a list in `columns` order rather than a map: the driver
 * decodes every map key of every row as a new string, and for the small rows of a
 * read-ahead the keys were a third of what was sent. rowsOfLists turns them back into maps.
 * An empty outer list gives an empty list (an aggregate over no rows still returns its one
 * row), so the outer row is never lost.
 */
export function nestedCypher(statement: BatchStatement, options: NestingOptions): NestedStatement {
  const rename = (text: string) => prefixParameters(text, options.paramPrefix);
  const returns = statement.returns(options.projection ?? FULL_PROJECTION);
  const columns = returnedColumns(returns);
  const cypher = `CALL {
  WITH ${options.parentList}
  UNWIND ${options.parentList} AS parent
  WITH DISTINCT ${options.idOfParent} AS id
  WHERE id IS NOT NULL
  ${rename(statement.body).replaceAll('\n', '\n  ')}
  WITH ${rename(returns)}
  ORDER BY ${rename(statement.orderBy)}
  RETURN collect([${columns.join(', ')}]) AS ${options.output}
}`;
  return { cypher, columns };
}

/** Rows collected as lists (nestedCypher) as maps of their columns. */
export function rowsOfLists(
  lists: readonly (readonly unknown[])[],
  columns: readonly string[],
): Row[] {
  return lists.map((list) => {
    const row: Row = {};
    for (let index = 0; index < columns.length; index += 1) row[columns[index]!] = list[index];
    return row;
  });
}

/** `parent[i]`: the expression for a column of an outer list's row (a list, see above). */
export function columnOfParent(columns: readonly string[], column: string): string {
  const index = columns.indexOf(column);
  if (index < 0) throw new Error(`no column "${column}" in the outer rows (${columns.join(', ')})`);
  return `parent[${index}]`;
}

export function prefixParameters(cypher: string, prefix: string): string {
  return cypher.replace(
    /\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (_match, name: string) => `$${prefix}${name}`,
  );
}

/** The column names of a RETURN projection: `id, f(x) AS node` -> [id, node]. */
export function returnedColumns(returns: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < returns.length; index += 1) {
    const char = returns[index]!;
    if ('([{'.includes(char)) depth += 1;
    else if (')]}'.includes(char)) depth -= 1;
    else if (char === ',' && depth === 0) {
      items.push(returns.slice(start, index));
      start = index + 1;
    }
  }
  items.push(returns.slice(start));
  return items.map((item) => {
    const trimmed = item.trim();
    const named = /\bAS\s+([A-Za-z_][A-Za-z0-9_]*)$/i.exec(trimmed);
    if (named) return named[1]!;
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(trimmed)) return trimmed;
    throw new Error(`a batch statement's returned item needs a name: "${trimmed}"`);
  });
}

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
