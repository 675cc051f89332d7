/**
 * Relay cursor connections with keyset paging: a cursor encodes the sort key and id of the
 * last node seen, so pages stay stable when nodes are added before them (an offset would
 * shift). `first` is capped at MAX_PAGE_SIZE; totalCount is a thunk run only when asked.
 */
import { badUserInput } from '../../errors.ts';
import { count, resolversOf, step } from './field-loads.ts';
import type { NodeModel } from './models.ts';

export const MAX_PAGE_SIZE = 100;

export interface EdgeModel {
  readonly cursor: string;
  readonly node: NodeModel;
  /** The count a ranked list is ordered by; null in its natural order. */
  readonly orderValue?: number | null;
}

export interface ConnectionModel {
  readonly edges: readonly EdgeModel[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly count: () => Promise<number>;
}

/** The position after which a page starts: [sort key, id]. */
export type CursorKey = readonly [string | number, string];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(
  cursor: string | null | undefined,
  argumentName = 'after',
): CursorKey | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(key) &&
      key.length === 2 &&
      (typeof key[0] === 'string' || typeof key[0] === 'number') &&
      typeof key[1] === 'string'
    ) {
      return [key[0], key[1]];
    }
  } catch {
    // fall through to the coded error
  }
  throw badUserInput(`"${argumentName}" is not a cursor this API gave out`, argumentName);
}

export function checkFirst(first: number | null | undefined, fallback = 25): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw badUserInput(`"first" must be between 0 and ${MAX_PAGE_SIZE}, got ${value}`, 'first');
  }
  return value;
}

/**
 * An edge whose cursor is encoded when read: most queries ask for `nodes`, or for edges
 * without their cursors (Q5 of the benchmark spent ~40 µs a request encoding 25 cursors
 * that nobody asked for, in a CPU profile).
 */
class LazyEdge implements EdgeModel {
  constructor(
    readonly node: NodeModel,
    private readonly key: readonly unknown[],
    readonly orderValue: number | null = null,
  ) {}

  get cursor(): string {
    return Buffer.from(JSON.stringify(this.key), 'utf8').toString('base64url');
  }
}

/**
 * The position after which a page of a ranked list starts: [order, value, sort key, id].
 * The order is in the cursor so that a cursor of one order is refused by another, whose
 * page would start somewhere unrelated.
 */
export type RankedCursorKey = readonly [string, number, string, string];

export function decodeRankedCursor(
  cursor: string | null | undefined,
  order: string,
  argumentName = 'after',
): RankedCursorKey | null {
  if (cursor === null || cursor === undefined) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  if (
    Array.isArray(key) &&
    key.length === 4 &&
    typeof key[0] === 'string' &&
    Number.isInteger(key[1]) &&
    typeof key[2] === 'string' &&
    typeof key[3] === 'string'
  ) {
    if (key[0] !== order)
      throw badUserInput(
        `"${argumentName}" is a cursor of the order ${key[0]}, not of ${order}`,
        argumentName,
      );
    return [key[0], key[1] as number, key[2], key[3]];
  }
  throw badUserInput(
    `"${argumentName}" is not a cursor of this list in the order ${order}`,
    argumentName,
  );
}

/** A ranked page, fetched with LIMIT first + 1 as toConnection's; `value` is its count. */
export function toRankedConnection(
  rows: readonly { readonly node: NodeModel; readonly value: number }[],
  first: number,
  order: string,
  sortKey: (node: NodeModel) => string,
  afterGiven: boolean,
  count: () => Promise<number>,
): ConnectionModel {
  const page = rows.slice(0, first);
  return {
    edges: page.map(
      ({ node, value }) => new LazyEdge(node, [order, value, sortKey(node), node.id], value),
    ),
    hasNextPage: rows.length > first,
    hasPreviousPage: afterGiven,
    count,
  };
}

/**
 * Builds a connection from rows fetched with LIMIT first + 1 (the extra row only tells
 * whether a next page exists).
 */
export function toConnection(
  rows: readonly NodeModel[],
  first: number,
  sortKey: (node: NodeModel) => string | number,
  afterGiven: boolean,
  count: () => Promise<number>,
): ConnectionModel {
  const page = rows.slice(0, first);
  return {
    edges: page.map((node) => new LazyEdge(node, [sortKey(node), node.id])),
    hasNextPage: rows.length > first,
    hasPreviousPage: afterGiven,
    count,
  };
}

/** The fields of every connection type that lead to rows: a read-ahead follows them. */
const connectionLoads = {
  nodes: step('node', (connection: ConnectionModel) => connection.edges.map((edge) => edge.node)),
  edges: step(null, (connection: ConnectionModel) => connection.edges),
  totalCount: count((connection: ConnectionModel) => connection.count()),
};

/** The field of every edge type that leads to its node. */
const edgeLoads = {
  node: step('node', (edge: EdgeModel) => edge.node),
};

export const connectionResolvers = {
  ...resolversOf(connectionLoads),
  pageInfo: (connection: ConnectionModel) => ({
    hasNextPage: connection.hasNextPage,
    hasPreviousPage: connection.hasPreviousPage,
    startCursor: connection.edges[0]?.cursor ?? null,
    endCursor: connection.edges.at(-1)?.cursor ?? null,
  }),
};

export const edgeResolvers = resolversOf(edgeLoads);

/**
 * Lower bounds on a list's counts (`atLeast`), checked: whole numbers from 0 (a negative
 * bound is a mistake). `names` are the counts the list knows; others are not read.
 */
export function countMinimums<Metric extends string>(
  names: readonly Metric[],
  atLeast: Partial<Record<Metric, number | null>> | null | undefined,
  argumentName: string,
): Partial<Record<Metric, number>> {
  const minimums: Partial<Record<Metric, number>> = {};
  for (const name of names) {
    const value = atLeast?.[name];
    if (value === null || value === undefined) continue;
    if (!Number.isInteger(value) || value < 0)
      throw badUserInput(
        `"${argumentName}.${name}" must be a whole number from 0, got ${value}`,
        `${argumentName}.${name}`,
      );
    minimums[name] = value;
  }
  return minimums;
}
