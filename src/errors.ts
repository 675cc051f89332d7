/**
 * Every error code a client can see, in one enum (after Apollo Server's ApolloServerErrorCode),
 * and the one function that turns any error into what a client may see. Messages of
 * internal errors never leave the process; they are logged with the request id instead.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  /** Over a limit of query-limits.ts (depth, aliases, directives, cost). */
  QUERY_TOO_LARGE: 'QUERY_TOO_LARGE',
  /** A mutation without a valid bearer token. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** A valid token whose role may not do this. */
  FORBIDDEN: 'FORBIDDEN',
  /** An edit's expectedRevision is not the fact's current revision (which the error carries). */
  CONFLICT: 'CONFLICT',
  /** A file given to addSource that cannot be a source (extensions.reason says why). */
  INVALID_SOURCE_FILE: 'INVALID_SOURCE_FILE',
  /** A proposal read from a text that is no longer its source's, or whose quote moved. */
  STALE_PROPOSAL: 'STALE_PROPOSAL',
  /** Accepting a rejected proposal, or rejecting an accepted one. */
  PROPOSAL_DECIDED: 'PROPOSAL_DECIDED',
  /** More mutations per minute than one token may make. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** An operation type the schema does not serve (subscriptions). */
  OPERATION_NOT_SUPPORTED: 'OPERATION_NOT_SUPPORTED',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  DATABASE_TIMEOUT: 'DATABASE_TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Bad arguments: the message says what is wrong, `argumentName` says where. */
export function badUserInput(message: string, argumentName: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName },
  });
}

/** An error of the client's making with its code and whatever else says where or why. */
export function clientError(
  code: ErrorCode,
  message: string,
  extensions: Readonly<Record<string, unknown>> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** Codes of errors of the client's making (not logged as faults). */
export const CLIENT_CODES: ReadonlySet<string> = new Set([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.QUERY_TOO_LARGE,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.CONFLICT,
  ErrorCode.INVALID_SOURCE_FILE,
  ErrorCode.STALE_PROPOSAL,
  ErrorCode.PROPOSAL_DECIDED,
  ErrorCode.RATE_LIMITED,
  ErrorCode.OPERATION_NOT_SUPPORTED,
]);

/** Codes that reach a client as they are: the client's own, and Apollo's request errors. */
const PUBLIC_CODES = new Set<string>([
  ...CLIENT_CODES,
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** The error a resolver threw, inside Apollo's GraphQLError wrapper. */
function causeOf(error: unknown): unknown {
  const wrapped = error as { originalError?: unknown } | null;
  return wrapped && typeof wrapped === 'object' && wrapped.originalError
    ? wrapped.originalError
    : error;
}

/**
 * By class name, not instanceof: the classes of db-errors.ts may be loaded twice (test
 * runners, bundlers), and a fault must never fall through to a generic 500 for that.
 */
function nameOf(error: unknown): string {
  return error instanceof Error ? error.name : '';
}

/** The database faults a client is told about, by class name: code, fixed text, HTTP status. */
const DATABASE_FAULTS: Readonly<
  Record<string, { readonly code: ErrorCode; readonly message: string; readonly status: number }>
> = {
  DatabaseUnavailableError: {
    code: ErrorCode.DATABASE_UNAVAILABLE,
    message: 'The database is unavailable; try again shortly.',
    status: 503,
  },
  DatabaseTimeoutError: {
    code: ErrorCode.DATABASE_TIMEOUT,
    message: 'The query took too long and was stopped.',
    status: 504,
  },
  InvalidBookmarkError: {
    code: ErrorCode.BAD_USER_INPUT,
    message: 'The x-neo4j-bookmark header holds a bookmark this database does not know.',
    status: 400,
  },
};

/** What a client is told of a database fault (the export routes answer with it too). */
export function databaseFaultOf(error: unknown) {
  return DATABASE_FAULTS[nameOf(causeOf(error))];
}

/**
 * Apollo's formatError hook. Known client errors pass with their code; database faults get
 * our codes and a fixed text; everything else becomes INTERNAL_SERVER_ERROR with no detail.
 * The original errors are logged, with the request id, by the plugin in apollo-server.ts.
 */
export function formatClientError(
  formatted: GraphQLFormattedError,
  original: unknown,
): GraphQLFormattedError {
  const cause = causeOf(original);
  const withCode = (code: ErrorCode, message: string): GraphQLFormattedError => ({
    message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code },
  });
  const fault = DATABASE_FAULTS[nameOf(cause)];
  if (fault) return withCode(fault.code, fault.message);
  if (nameOf(cause) === 'DatabaseQueryError')
    return withCode(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error.');
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
    // Only the fields a client may rely on: the code, and where it says so, what and how much.
    const {
      argumentName,
      limit,
      max,
      actual,
      field,
      problems,
      currentRevision,
      retryAfterSeconds,
      reason,
      source,
      line,
      column,
      byteOffset,
      page,
      revision,
    } = formatted.extensions ?? {};
    return {
      ...formatted,
      extensions: {
        code,
        ...(argumentName ? { argumentName } : {}),
        ...(limit ? { limit, max, actual } : {}),
        // An edit's refusal: which input field, every problem the validator found, the
        // revision to retry against, when to try again.
        ...(field ? { field } : {}),
        ...(problems ? { problems } : {}),
        ...(currentRevision !== undefined ? { currentRevision } : {}),
        ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
        // A refused source file: why (extractor's code), where in it, which source has it.
        ...(reason ? { reason } : {}),
        ...(source ? { source } : {}),
        ...(line !== undefined ? { line, column } : {}),
        ...(byteOffset !== undefined ? { byteOffset } : {}),
        ...(page !== undefined ? { page } : {}),
        // A decided proposal: the revision that accepted it.
        ...(revision !== undefined ? { revision } : {}),
      },
    };
  }
  return withCode(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error.');
}
