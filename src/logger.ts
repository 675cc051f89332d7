/** Where the server and the command-line tools write what they do and what failed. */
export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

export const consoleLogger: Logger = {
  info: (message) => console.log(message),
  error: (message, error) =>
    console.error(message, error instanceof Error ? error.message : (error ?? '')),
};
