/**
 * Every error code a client can see, in one enum (after Apollo Server's ApolloServerErrorCode),
 * and the one function that turns any error into what a client may see. Messages of
 * internal errors never leave the process; they are logged with the request id instead.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DatabaseQueryError, DatabaseTimeoutError, DatabaseUnavailableError } from './db/db-errors.ts';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  DATABASE_TIMEOUT: 'DATABASE_TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Bad arguments: the message says what is wrong, `argumentName` says where. */
export function badUserInput(message: string, argumentName: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName } });
}

const PUBLIC_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export interface ErrorLog {
  (message: string, error: unknown): void;
}

/**
 * Apollo's formatError hook. `original` is the thrown error (unwrapped from GraphQLError).
 * Known client errors pass with their code; database faults get our codes and a fixed text;
 * everything else becomes INTERNAL_SERVER_ERROR with no detail.
 */
export function formatClientError(
  formatted: GraphQLFormattedError,
  original: unknown,
  requestId: string | undefined,
  log: ErrorLog,
): GraphQLFormattedError {
  const cause = original instanceof GraphQLError ? (original.originalError ?? original) : original;
  const withCode = (code: ErrorCode, message: string): GraphQLFormattedError => ({
    message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code, ...(requestId ? { requestId } : {}) },
  });
  if (cause instanceof DatabaseUnavailableError) {
    log('database unavailable', cause);
    return withCode(ErrorCode.DATABASE_UNAVAILABLE, 'The database is unavailable; try again shortly.');
  }
  if (cause instanceof DatabaseTimeoutError) {
    log('database timeout', cause);
    return withCode(ErrorCode.DATABASE_TIMEOUT, 'The query took too long and was stopped.');
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code) && !(cause instanceof DatabaseQueryError)) {
    return {
      ...formatted,
      extensions: {
        code,
        ...(formatted.extensions?.argumentName ? { argumentName: formatted.extensions.argumentName } : {}),
        ...(requestId ? { requestId } : {}),
      },
    };
  }
  log('internal error', cause);
  return withCode(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error.');
}
