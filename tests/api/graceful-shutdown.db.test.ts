/**
 * `npm start`'s process (src/main.ts), against the suite's Neo4j: SIGTERM while requests
 * are in flight lets them finish, then the process closes its driver and exits 0.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { inject } from 'vitest';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { freePort } from '../../src/neo4j-runtime/embedded-neo4j.ts';

describe('graceful shutdown', () => {
  it('finishes in-flight requests on SIGTERM, then exits 0', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: PROJECT_ROOT,
      // A generous budget: this test is about shutdown, not about a loaded CI machine's latency.
      env: {
        ...process.env,
        PORT: String(port),
        NEO4J_URI: inject('neo4jUri'),
        NEO4J_USER: '',
        NEO4J_PASSWORD: '',
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
    const inFlight = Array.from({ length: 8 }, () =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: heavy }),
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGTERM');
    const responses = await Promise.all(inFlight);
    for (const response of responses) {
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
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
