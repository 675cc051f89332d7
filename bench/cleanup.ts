/**
 * What must be undone however the run ends (servers, Neo4j, temporary data): registered
 * as it is started, run in reverse order on normal exit, on error and on Ctrl-C.
 */
type Cleanup = () => Promise<void>;

const cleanups: Cleanup[] = [];

/** Registers `cleanup`; the returned function runs it now and unregisters it. */
export function onCleanup(cleanup: Cleanup): () => Promise<void> {
  cleanups.push(cleanup);
  return async () => {
    const index = cleanups.indexOf(cleanup);
    if (index >= 0) cleanups.splice(index, 1);
    await cleanup();
  };
}

let running: Promise<void> | null = null;

/**
 * Runs every registered cleanup, newest first. A second caller (Ctrl-C while the normal
 * path is already cleaning up) gets the same promise, so nothing is exited half-way.
 */
export function runCleanups(): Promise<void> {
  running ??= (async () => {
    while (cleanups.length > 0) {
      const cleanup = cleanups.pop()!;
      try {
        await cleanup();
      } catch (error) {
        console.error('cleanup failed:', error instanceof Error ? error.message : error);
      }
    }
    running = null;
  })();
  return running;
}
