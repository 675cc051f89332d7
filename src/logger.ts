/** Where the server and the command-line tools write what they do and what failed. */
export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

/**
 * One error line: the message, then the error's own message unless the line says it
 * already. Callers often put it in their message (Apollo's errors carry the resolver
 * error's message), and appending it again printed every database fault twice on one line.
 */
export function formatErrorLine(message: string, error?: unknown): string {
  const detail = error instanceof Error ? error.message : error === undefined ? '' : String(error);
  return detail === '' || message.includes(detail) ? message : `${message} ${detail}`;
}

export const consoleLogger: Logger = {
  info: (message) => console.log(message),
  error: (message, error) => console.error(formatErrorLine(message, error)),
};
