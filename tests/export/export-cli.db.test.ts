/**
 * `npm run export`: the CLI against the suite's Neo4j (as NEO4J_URI), writing a file that a
 * consumer reads back (graphology, n3, the `jsonld` processor offline), the same graph as
 * the HTTP export, and exit code 2 with a message for bad arguments.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { MultiDirectedGraph } from 'graphology';
import jsonld from 'jsonld';
import { Parser, Writer } from 'n3';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { PROJECT_ROOT } from '../../src/config.ts';
import { query, startTestApi, testNeo4jEnv } from '../support/test-api.ts';

const run = promisify(execFile);
const TSX = join(PROJECT_ROOT, 'node_modules/.bin/tsx');

/** Not the default, so that the CLI's IRIs follow PUBLIC_BASE_URL as the API's follow its config. */
const PUBLIC_BASE = 'https://techniekpact.example.org/';

let app: RunningApp;
let dir: string;
beforeAll(async () => {
  app = await startTestApi({ config: { publicBaseUrl: PUBLIC_BASE } });
  dir = mkdtempSync(join(tmpdir(), 'techniekpact-export-cli-'));
});
afterAll(async () => {
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function exportCli(args: readonly string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(TSX, ['src/export/export-cli.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...testNeo4jEnv(), ...env },
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

  /** Turtle parsed by n3, each triple as one N-Triples line. */
  function turtleTriples(text: string, baseIRI: string): Set<string> {
    const writer = new Writer({ format: 'N-Triples' });
    return new Set(
      new Parser({ baseIRI })
        .parse(text)
        .map((quad) => writer.quadToString(quad.subject, quad.predicate, quad.object)),
    );
  }

  /** JSON-LD expanded by `jsonld` with every remote load refused (its context is embedded). */
  async function jsonLdTriples(text: string): Promise<Set<string>> {
    const documentLoader = (url: string): never => {
      throw new Error(`the JSON-LD asked to load ${url}: its context should be embedded`);
    };
    const expanded = await jsonld.expand(JSON.parse(text), { documentLoader });
    const nquads = (await jsonld.toRDF(expanded, {
      format: 'application/n-quads',
      documentLoader,
    })) as unknown as string;
    return new Set(nquads.split('\n').filter((line) => line.trim() !== ''));
  }

  it('writes Turtle and JSON-LD that parse (n3; jsonld offline) to the triples of the HTTP export', async () => {
    // The CLI's IRIs under the base the API has: the same graph, the same IRIs.
    const base = PUBLIC_BASE;
    const env = { PUBLIC_BASE_URL: base };
    const turtleFile = join(dir, 'graph.ttl');
    const jsonLdFile = join(dir, 'graph.jsonld');
    const [turtle, jsonLd] = await Promise.all([
      exportCli(['--format', 'turtle', '--out', turtleFile], env),
      exportCli(['--format', 'jsonld', '--out', jsonLdFile], env),
    ]);
    expect(turtle.stderr).toContain('turtle:');
    expect(turtle.code).toBe(0);
    expect(jsonLd.code).toBe(0);
    const [httpTurtle, httpJsonLd] = await Promise.all(
      ['turtle', 'jsonld'].map(async (format) =>
        (await fetch(`${app.url}/export/${format}`)).text(),
      ),
    );
    const fromCliTurtle = turtleTriples(readFileSync(turtleFile, 'utf8'), base);
    const fromHttpTurtle = turtleTriples(httpTurtle!, base);
    expect(fromCliTurtle.size).toBeGreaterThan(5000);
    expect(fromCliTurtle).toEqual(fromHttpTurtle);
    const fromCliJsonLd = await jsonLdTriples(readFileSync(jsonLdFile, 'utf8'));
    expect(fromCliJsonLd.size).toBe(fromCliTurtle.size);
    expect(fromCliJsonLd.size).toBe((await jsonLdTriples(httpJsonLd!)).size);
    // Its IRIs are under the base it was given.
    expect([...fromCliTurtle].some((line) => line.startsWith(`<${base}id/org-sbb> `))).toBe(true);
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
