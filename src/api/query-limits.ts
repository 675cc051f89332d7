/**
 * Limits on what one request may ask, checked after validation and before any resolver
 * runs (so a rejected request never reaches Neo4j): depth, aliases (`__typename` aliases
 * count too), directives and cost. Tokens are limited at parse time (parseOptions).
 *
 * Cost follows GitHub's and Shopify's public APIs: every field costs 1, and what is below
 * a list is multiplied by the list's size: `first` where the field takes it, else an
 * assumed DEFAULT_LIST_SIZE. The numbers come from our real operations (README).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { ErrorCode } from '../errors.ts';
import {
  analyseOperation,
  fragmentsOf,
  operationIn,
  type OperationMeasures,
} from '../modules/kernel/operation.ts';

export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 10,
  maxTokens: 4_000,
  maxCost: 50_000,
} as const;

/**
 * The measures of an operation, from its one walk (src/modules/kernel/operation.ts), which
 * keeps them for the next request with the same document and variables.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): OperationMeasures {
  const operation = operationIn(document, operationName);
  if (!operation) return { depth: 0, aliases: 0, directives: 0, cost: 0 };
  return analyseOperation(schema, operation, fragmentsOf(document), variables).measures;
}

function limitError(limit: string, max: number, actual: number): GraphQLError {
  return new GraphQLError(`the query's ${limit} is ${actual}, over the limit of ${max}`, {
    extensions: { code: ErrorCode.QUERY_TOO_LARGE, limit, max, actual, http: { status: 400 } },
  });
}

export function queryLimitsPlugin<T extends object>(limits = QUERY_LIMITS): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request }) {
          // graphql-js 16 validates no operation type: without this, a subscription would
          // reach execution and fail there as an internal error.
          const kind = operationIn(document, operationName ?? undefined)?.operation;
          const root =
            kind === 'mutation'
              ? schema.getMutationType()
              : kind === 'subscription'
                ? schema.getSubscriptionType()
                : schema.getQueryType();
          if (kind && !root) {
            throw new GraphQLError(`this API serves no ${kind} operations`, {
              extensions: { code: ErrorCode.OPERATION_NOT_SUPPORTED, http: { status: 400 } },
            });
          }
          const measures = measureOperation(
            schema,
            document,
            operationName ?? undefined,
            request.variables,
          );
          if (measures.depth > limits.maxDepth)
            throw limitError('depth', limits.maxDepth, measures.depth);
          if (measures.aliases > limits.maxAliases)
            throw limitError('aliases', limits.maxAliases, measures.aliases);
          if (measures.directives > limits.maxDirectives) {
            throw limitError('directives', limits.maxDirectives, measures.directives);
          }
          if (measures.cost > limits.maxCost)
            throw limitError('cost', limits.maxCost, measures.cost);
        },
      };
    },
  };
}
