/**
 * `npm run export`: the CLI against the suite's Neo4j (as NEO4J_URI), writing a file that a
 * consumer reads back, and exit code 2 with a message for bad arguments.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { PROJECT_ROOT } from '../../src/config.ts';
import { query, startTestApi, testNeo4jEnv } from '../support/test-api.ts';

const run = promisify(execFile);
const TSX = join(PROJECT_ROOT, 'node_modules/.bin/tsx');

let app: RunningApp;
let dir: string;
beforeAll(async () => {
  app = await startTestApi();
  dir = mkdtempSync(join(tmpdir(), 'techniekpact-export-cli-'));
});
afterAll(async () => {
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function exportCli(args: readonly string[]) {
  try {
    const { stdout, stderr } = await run(TSX, ['src/export/export-cli.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...testNeo4jEnv() },
      encoding: 'buffer',
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr: stderr.toString('utf8') };
  } catch (error) {
    const failed = error as { code: number; stdout: Buffer; stderr: Buffer };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr.toString('utf8') };
  }
}

describe('npm run export', () => {
  it("writes SBB's neighbourhood as GraphML with the API's nodes and edges", async () => {
    const out = join(dir, 'sbb.graphml');
    const result = await exportCli([
      '--format',
      'graphml',
      '--root',
      'org-sbb',
      '--depth',
      '2',
      '--out',
      out,
    ]);
    expect(result.stderr).toContain('graphml:');
    expect(result.code).toBe(0);
    const graph = parseGraphml(MultiDirectedGraph, readFileSync(out, 'utf8'));
    const { neighbourhood } = await query(
      app,
      `{ neighbourhood(id: "org-sbb", depth: 2, limit: 2000) { nodes { id } edges { id } } }`,
    );
    expect(graph.nodes().sort()).toEqual(
      neighbourhood.nodes.map((n: { id: string }) => n.id).sort(),
    );
    expect(graph.edges().sort()).toEqual(
      neighbourhood.edges.map((e: { id: string }) => e.id).sort(),
    );
  });

  it('writes to stdout with --out -, leaving messages on stderr', async () => {
    const result = await exportCli(['--format', 'kumu', '--out', '-']);
    expect(result.code).toBe(0);
    const blueprint = JSON.parse(result.stdout.toString('utf8'));
    expect(blueprint.elements.length).toBeGreaterThan(300);
    expect(result.stderr).toMatch(/kumu: \d+ nodes, \d+ edges/);
  });

  it('exits with 2 and says why for an unknown format, a bad depth or an unknown root', async () => {
    const unknownFormat = await exportCli(['--format', 'dot']);
    expect(unknownFormat.code).toBe(2);
    expect(unknownFormat.stderr).toContain('unknown export format "dot"');
    const badDepth = await exportCli(['--format', 'gexf', '--root', 'org-sbb', '--depth', '5']);
    expect(badDepth.code).toBe(2);
    expect(badDepth.stderr).toContain('"depth" must be between 1 and 3');
    const unknownRoot = await exportCli(['--format', 'gexf', '--root', 'org-nope', '--out', '-']);
    expect(unknownRoot.code).toBe(2);
    expect(unknownRoot.stderr).toContain('no node has the id "org-nope"');
    expect(unknownRoot.stdout.length).toBe(0);
  });
});
