/**
 * Driver errors translated in one place. The API maps these classes to stable codes;
 * the driver's own message (which may quote Cypher) stays in our log, never in a response.
 */

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

export class DatabaseTimeoutError extends Error {
  override name = 'DatabaseTimeoutError';
}

/** A client's bookmark (x-neo4j-bookmark) that this database does not know. */
export class InvalidBookmarkError extends Error {
  override name = 'InvalidBookmarkError';
}

export class DatabaseQueryError extends Error {
  override name = 'DatabaseQueryError';
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

interface DriverError extends Error {
  readonly code?: string;
}

/**
 * By name, not instanceof: a bundler or test runner may load neo4j-driver twice (ESM and
 * CJS), and then its Neo4jError class is not the one we imported.
 */
function isDriverError(error: unknown): error is DriverError {
  return error instanceof Error && error.name === 'Neo4jError';
}

export function translateDriverError(error: unknown): Error {
  // AbortSignal.timeout() fired: our client-side deadline (gateway.ts), e.g. a frozen server.
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new DatabaseTimeoutError(`Neo4j did not answer before the deadline: ${error.message}`, {
      cause: error,
    });
  }
  if (!isDriverError(error)) return error instanceof Error ? error : new Error(String(error));
  const code = error.code ?? '';
  if (
    UNAVAILABLE_CODES.has(code) ||
    (/acquisition|connection|ECONNREFUSED|Pool is closed/i.test(error.message) &&
      !code.startsWith('Neo.ClientError.Statement'))
  ) {
    return new DatabaseUnavailableError(`Neo4j is unavailable: ${error.message}`, { cause: error });
  }
  if (
    // A transaction terminated while it waited for a lock (edits queue on the revision
    // counter's): its time budget ran out, or Neo4j went away under it. It was rolled back.
    code === 'Neo.ClientError.Transaction.LockClientStopped' ||
    code.includes('TransactionTimedOut') ||
    code.includes('Transaction.TransactionTimedOut') ||
    code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'
  ) {
    return new DatabaseTimeoutError(`the query ran past its time budget: ${error.message}`, {
      cause: error,
    });
  }
  if (code.startsWith('Neo.ClientError.Transaction.InvalidBookmark')) {
    return new InvalidBookmarkError(`Neo4j refused a bookmark: ${error.message}`, { cause: error });
  }
  return new DatabaseQueryError(`Neo4j rejected a query (${code}): ${error.message}`, {
    cause: error,
  });
}
