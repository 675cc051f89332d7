/**
 * Apollo Server set up for a public API (reads open, edits with a token): our error formatting (stable codes, nothing
 * internal, a request id on every error), CSRF prevention on, no batching, no Apollo
 * landing page (our own offline GraphiQL is at GET /graphql instead).
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { CLIENT_CODES, formatClientError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { createSchema } from './graphql-schema.ts';
import { QUERY_LIMITS, queryLimitsPlugin } from './query-limits.ts';
import type { RequestContext } from '../modules/kernel/context.ts';
import { WARM_UP_REQUEST_ID } from './warm-up.ts';

/**
 * formatError has no access to the request, so the request id is added here, after
 * formatting; the original error is logged with the same id.
 */
function requestIdPlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          // The start-up warm-up's errors (say, cut short by a shutdown) are nobody's fault.
          if (contextValue.requestId === WARM_UP_REQUEST_ID) return;
          for (const error of errors) {
            const cause = error.originalError ?? error;
            const code = error.extensions?.code;
            if (typeof code === 'string' && CLIENT_CODES.has(code)) continue;
            logger.error(`request ${contextValue.requestId}: ${error.message}`, cause);
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          response.body.singleResult.errors = errors.map((error) => ({
            ...error,
            extensions: { ...error.extensions, requestId: contextValue.requestId },
          }));
        },
      };
    },
  };
}

export function createApolloServer(logger: Logger): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema: createSchema(),
    // A public API (reads need no token) whose IDE needs the schema: introspection stays on (README).
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // src/main.ts owns shutdown (HTTP, then driver, then Neo4j); Apollo must not race it.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    formatError: (formatted, error) => formatClientError(formatted, error),
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints in our schema and no HTTP caching of POSTs: the cache-control
      // plugin would only wrap every field's resolution (a few % of a deep query's CPU).
      ApolloServerPluginCacheControlDisabled(),
      requestIdPlugin(logger),
      queryLimitsPlugin(),
    ],
  });
}
