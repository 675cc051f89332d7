/**
 * The per-request context: a counting view of the gateway and the request's own
 * DataLoaders, so that caches never leak between requests or users.
 */
import { randomUUID } from 'node:crypto';
import type { Neo4jGateway, QueryCounter } from '../../db/gateway.ts';
import { createActionLoaders, type ActionLoaders } from '../actions/action.loaders.ts';
import { createLinkLoaders, createNodeLoader, type LinkLoaders } from '../links/link.loaders.ts';
import type DataLoader from 'dataloader';
import type { NodeModel } from './models.ts';

export interface RequestContext {
  readonly requestId: string;
  readonly gateway: Neo4jGateway;
  /** Database round trips of this request so far. */
  readonly queries: QueryCounter;
  readonly nodeById: DataLoader<string, NodeModel | null>;
  readonly links: LinkLoaders;
  readonly actions: ActionLoaders;
  /**
   * Whether root fields read the levels below them ahead, in their own statement
   * (src/modules/lookahead). Off only in tests that compare both ways.
   */
  readonly prefetch: boolean;
}

export function createRequestContext(
  baseGateway: Neo4jGateway,
  requestId: string = randomUUID(),
  options: { readonly prefetch?: boolean } = {},
): RequestContext {
  const queries: QueryCounter = { queries: 0 };
  const gateway = baseGateway.withCounter(queries);
  return {
    requestId,
    gateway,
    queries,
    nodeById: createNodeLoader(gateway),
    links: createLinkLoaders(gateway),
    actions: createActionLoaders(gateway),
    prefetch: options.prefetch ?? true,
  };
}
