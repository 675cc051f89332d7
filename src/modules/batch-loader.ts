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
  readonly statement: BatchStatement;
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

export function batchLoader<K, V>(
  gateway: Neo4jGateway,
  spec: BatchSpec<K, V>,
): DataLoader<K, V, K | string> {
  const cypher = standaloneCypher(spec.statement);
  return new DataLoader<K, V, K | string>(
    async (keys) => {
      const ids = [...new Set(keys.map(spec.idOf))];
      return spec.fromRows(keys, await gateway.read(cypher, { ...spec.params(keys), ids }));
    },
    spec.cacheKey ? { cacheKeyFn: spec.cacheKey } : {},
  );
}
