/**
 * The field table: each loadable field is declared once, as one row, in its area (for
 * example `organisationLoads` in actors/actor.resolvers.ts). `resolversOf` makes the
 * field's resolver from the row, and the read-ahead (read-ahead.ts) finds the same row
 * behind that resolver in the schema, so what a resolver loads and what is read ahead for
 * it cannot drift apart. A field without a row is resolved as written and never read ahead.
 *
 * Three kinds of row:
 * - `load`: the field's value comes from a batch (batch.ts), under a key made from the
 *   parent node's id and the field's arguments; `then` turns the batch's value into the
 *   field's (a filter, a sort, a check), after a primed value and after a loaded one alike.
 * - `step`: a field of a row-shaped value (a link, an involvement, a page and its edges)
 *   that leads to the node in one of that row's columns (`column`), or stays on the same
 *   row (`column: null`, a page's `edges`). The read-ahead follows it to the next level.
 * - `count`: a page's totalCount, which a read-ahead root counts in its own statement.
 */
import type { BatchSpec } from './batch.ts';
import { mapNow } from './batch.ts';
import type { RequestContext } from './context.ts';
import type { NodeModel } from './models.ts';

export interface LoadRow<Args, K, V, R> {
  readonly kind: 'load';
  readonly batch: BatchSpec<K, V>;
  /** The key the field loads for a node and the field's arguments. */
  readonly key: (id: string, args: Args) => K;
  readonly then?: (value: V, parent: NodeModel, args: Args) => R;
  /**
   * Columns of the batch's rows that stand for the node the batch ran for (an action's
   * involvements carry no action: it is the key's node).
   */
  readonly keyColumns?: readonly string[];
}

export interface StepRow<P, R> {
  readonly kind: 'step';
  /** The column holding the node the field leads to, or null: the same row. */
  readonly column: string | null;
  readonly resolve: (parent: P) => R;
}

export interface CountRow<P> {
  readonly kind: 'count';
  readonly resolve: (parent: P) => Promise<number>;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- rows of any types in one table */
export type AnyLoadRow = LoadRow<any, any, any, any>;
export type FieldRow = AnyLoadRow | StepRow<any, any> | CountRow<any>;

type ResolverOf<Row> =
  Row extends LoadRow<infer Args, any, any, infer R>
    ? (parent: NodeModel, args: Args, context: RequestContext) => R | Promise<R>
    : Row extends StepRow<infer P, infer R>
      ? (parent: P) => R
      : Row extends CountRow<infer P>
        ? (parent: P) => Promise<number>
        : never;
/* eslint-enable @typescript-eslint/no-explicit-any */

/** A field loaded from a batch. */
export function load<Args, K, V, R = V>(
  row: Omit<LoadRow<Args, K, V, R>, 'kind'>,
): LoadRow<Args, K, V, R> {
  return { kind: 'load', ...row };
}

/** A field leading to the node in a column of its row (or, for null, to the same row). */
export function step<P, R>(column: string | null, resolve: (parent: P) => R): StepRow<P, R> {
  return { kind: 'step', column, resolve };
}

/** A total that a read-ahead root can count in its own statement (RootStatement.count). */
export function count<P>(resolve: (parent: P) => Promise<number>): CountRow<P> {
  return { kind: 'count', resolve };
}

const rowOfResolver = new WeakMap<object, FieldRow>();

/** The row a resolver was made from (read-ahead.ts looks it up behind a schema field). */
export function rowOf(resolver: unknown): FieldRow | undefined {
  return typeof resolver === 'function' ? rowOfResolver.get(resolver) : undefined;
}

function resolverOf(row: FieldRow): unknown {
  if (row.kind !== 'load') return row.resolve;
  const { batch, key, then } = row;
  return then
    ? (parent: NodeModel, args: unknown, context: RequestContext) =>
        mapNow(context.loader(batch).loadNow(key(parent.id, args)), (value) =>
          then(value, parent, args),
        )
    : (parent: NodeModel, args: unknown, context: RequestContext) =>
        context.loader(batch).loadNow(key(parent.id, args));
}

const resolversOfTable = new WeakMap<object, Record<string, unknown>>();

/**
 * The resolvers of a table of rows, one per row. Made once per table, so a table spread
 * into several types (the Actor fields) gives each the same resolver and the same row.
 */
export function resolversOf<T extends Record<string, FieldRow>>(
  rows: T,
): { readonly [F in keyof T]: ResolverOf<T[F]> } {
  let resolvers = resolversOfTable.get(rows);
  if (!resolvers) {
    resolvers = {};
    for (const [field, row] of Object.entries(rows)) {
      const resolver = resolverOf(row);
      rowOfResolver.set(resolver as object, row);
      resolvers[field] = resolver;
    }
    resolversOfTable.set(rows, resolvers);
  }
  return resolvers as { readonly [F in keyof T]: ResolverOf<T[F]> };
}
