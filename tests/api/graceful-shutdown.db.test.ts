/**
 * `npm start`'s process (src/main.ts), against the suite's Neo4j: SIGTERM while requests
 * are in flight lets them finish, then the process closes its driver and exits 0.
 */
import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { freePort } from '../../src/neo4j-runtime/embedded-neo4j.ts';
import { testNeo4jEnv } from '../support/test-api.ts';

describe('graceful shutdown', () => {
  it('finishes in-flight requests on SIGTERM, then exits 0', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: PROJECT_ROOT,
      // A generous budget: this test is about shutdown, not about a loaded CI machine's latency.
      env: {
        ...process.env,
        PORT: String(port),
        ...testNeo4jEnv(),
        NEO4J_TX_TIMEOUT_MS: '30000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => resolve(code)),
    );
    const output: string[] = [];
    await new Promise<void>((resolve, reject) => {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        output.push(line);
        if (line.startsWith('GraphQL API:')) resolve();
      });
      child.once('exit', () => reject(new Error(`main.ts exited early:\n${output.join('\n')}`)));
    });
    const url = `http://127.0.0.1:${port}/graphql`;
    const heavy = `{ actions(first: 22) { nodes { number actors { actor { name activeIn { region { name } } } } } } }`;
    // In flight for certain: each request asks `Expect: 100-continue`, so the server answers
    // "100 Continue" once it has read the request's head; SIGTERM goes after all eight have
    // been answered so, and the bodies after it. (With a fixed wait instead, a loaded
    // machine had not yet accepted some connections, which the closing listener reset.)
    const inFlight = Array.from({ length: 8 }, () => postAfterContinue(url, { query: heavy }));
    await Promise.all(inFlight.map((request) => request.accepted));
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (const request of inFlight) request.sendBody();
    const responses = await Promise.all(inFlight.map((request) => request.response));
    for (const response of responses) {
      expect(response.status).toBe(200);
      const body = JSON.parse(response.body) as {
        data?: { actions: { nodes: unknown[] } };
        errors?: unknown;
      };
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      expect(body.data?.actions.nodes).toHaveLength(22);
    }
    expect(await exited).toBe(0);
    expect(output.some((line) => line.includes('SIGTERM: stopping'))).toBe(true);
    await expect(fetch(url, { method: 'POST' })).rejects.toThrow();
  }, 60_000);
});

interface PendingPost {
  /** Settles when the server has read the request's head (it sent 100 Continue). */
  readonly accepted: Promise<void>;
  sendBody(): void;
  readonly response: Promise<{ status: number; body: string }>;
}

function postAfterContinue(url: string, json: unknown): PendingPost {
  const body = JSON.stringify(json);
  const request = httpRequest(url, {
    method: 'POST',
    agent: false,
    headers: {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      expect: '100-continue',
    },
  });
  const accepted = new Promise<void>((resolve, reject) => {
    request.once('continue', () => resolve());
    request.once('error', reject);
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.once('response', (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.once('end', () =>
        resolve({ status: incoming.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
      );
      incoming.once('error', reject);
    });
    request.once('error', reject);
  });
  request.flushHeaders();
  return { accepted, sendBody: () => request.end(body), response };
}
