/**
 * The per-request context: a counting view of the gateway and the request's own loaders,
 * so that caches never leak between requests or users. A loader is made on first use for
 * each batch (field-loads.ts): fields that share a batch (`partOf` of an organisation and
 * of a programme) share its loader, and so its batches and what a read-ahead primed.
 */
import { randomUUID } from 'node:crypto';
import type { Authentication } from '../../auth/tokens.ts';
import type { Neo4jGateway, QueryCounter } from '../../db/gateway.ts';
import { batchLoader, type BatchLoader, type BatchSpec } from './batch.ts';

export interface RequestContext {
  readonly requestId: string;
  readonly gateway: Neo4jGateway;
  /** Database round trips of this request so far. */
  readonly queries: QueryCounter;
  /** This request's loader of a batch. */
  loader<K, V>(batch: BatchSpec<K, V>): BatchLoader<K, V>;
  /**
   * Whether root fields read the levels below them ahead, in their own statement
   * (read-ahead.ts). Off only in tests that compare both ways.
   */
  readonly readAhead: boolean;
  /** Who sent the request, from its bearer token (reads ignore it; mutations need it). */
  readonly authentication: Authentication;
  /** The per-token budget of mutations, shared by every request of this process. */
  readonly editLimiter: EditLimiter | undefined;
}

export interface EditLimiter {
  /** Takes one edit from the key's budget; the seconds to wait when it is spent. */
  take(
    key: string,
  ): Promise<
    { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number }
  >;
}

export function createRequestContext(
  baseGateway: Neo4jGateway,
  requestId: string = randomUUID(),
  options: {
    readonly readAhead?: boolean;
    readonly authentication?: Authentication;
    readonly editLimiter?: EditLimiter;
    /** The client's bookmarks (x-neo4j-bookmark): its reads see its own earlier writes. */
    readonly bookmarks?: readonly string[];
  } = {},
): RequestContext {
  const queries: QueryCounter = { queries: 0 };
  const gateway = baseGateway.forRequest(queries, options.bookmarks);
  const loaders = new Map<BatchSpec<never, unknown>, BatchLoader<never, unknown>>();
  return {
    requestId,
    gateway,
    queries,
    loader<K, V>(batch: BatchSpec<K, V>): BatchLoader<K, V> {
      let loader = loaders.get(batch as BatchSpec<never, unknown>);
      if (!loader) {
        loader = batchLoader(gateway, batch) as unknown as BatchLoader<never, unknown>;
        loaders.set(batch as BatchSpec<never, unknown>, loader);
      }
      return loader as unknown as BatchLoader<K, V>;
    },
    readAhead: options.readAhead ?? true,
    authentication: options.authentication ?? { status: 'anonymous' },
    editLimiter: options.editLimiter,
  };
}
