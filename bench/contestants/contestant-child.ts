/**
 * The contestant side of the protocol: each server entry (raw, ours, peer) calls
 * `serveContestant` with how to start its HTTP server; it must pass its driver through
 * `record` (the recorder's view of it). This reports readiness and the URL, and answers
 * the runner's record/stop messages. A contestant exits when the runner goes away.
 */
import type { Driver } from 'neo4j-driver';
import { NEO4J_URI_ENV, type FromContestant, type ToContestant } from './contestant-protocol.ts';
import { recordingDriver, type Recorder } from './recording-driver.ts';

export interface ContestantServer {
  /** Where to POST: the GraphQL endpoint, or the raw server's base URL. */
  readonly url: string;
  close(): Promise<void>;
}

export async function serveContestant(
  start: (uri: string, record: (driver: Driver) => Driver) => Promise<ContestantServer>,
): Promise<void> {
  const send = (message: FromContestant) => process.send?.(message);
  const uri = process.env[NEO4J_URI_ENV];
  if (!uri || !process.send) {
    console.error(
      `a contestant is started by bench/run.ts (it needs ${NEO4J_URI_ENV} and an IPC channel)`,
    );
    process.exit(2);
  }
  const recorder: Recorder = { statements: 0, inFlight: 0, recording: null };
  let server: ContestantServer;
  try {
    server = await start(uri, (driver) => recordingDriver(driver, recorder));
  } catch (error) {
    send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  }
  process.on('disconnect', () => process.exit(0));
  process.on('message', (message: ToContestant) => {
    switch (message.type) {
      case 'record-start':
        recorder.recording = [];
        send({ type: 'recording' });
        break;
      case 'in-flight':
        send({ type: 'in-flight', queries: recorder.inFlight });
        break;
      case 'record-stop':
        send({ type: 'recorded', statements: recorder.recording ?? [] });
        recorder.recording = null;
        break;
      case 'stop':
        void server
          .close()
          .catch((error: unknown) => console.error('contestant close failed:', error))
          // Exit only once the last message is out: exit() would drop it.
          .finally(() =>
            process.send?.({ type: 'stopped' } satisfies FromContestant, () => process.exit(0)),
          );
        break;
    }
  });
  send({ type: 'ready', url: server.url });
}
