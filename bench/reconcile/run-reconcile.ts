/**
 * `npm run bench:reconcile`: top-1 accuracy and time of /reconcile over a column of 200 name
 * variants (name-variants.ts) of our organisations, programmes, topsectors and regions,
 * sent as OpenRefine sends them: form-encoded POSTs of 10 queries, no type given. Starts its
 * own embedded Neo4j with the seed graph and the real API, prints a Markdown report and
 * writes it to bench/results/<start>-reconcile.md (and the misses as .json, git-ignored).
 * Not a test: nothing fails on a number.
 */
import { readConfig } from '../../src/config.ts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveApi } from '../../src/app.ts';
import { createDriver } from '../../src/db/driver.ts';
import { Neo4jGateway } from '../../src/db/gateway.ts';
import { prepareDatabase } from '../../src/import/prepare-database.ts';
import { startEmbeddedNeo4j } from '../../src/neo4j-runtime/embedded-neo4j.ts';
import '../../src/production-env.ts';
import { percentile } from '../measure/percentiles.ts';
import { nameVariants, type NamedEntity } from './name-variants.ts';

const COLUMN = 200;
const BATCH = 10;
const RESULTS = fileURLToPath(new URL('../results/', import.meta.url));

const ENTITIES = `MATCH (n:Node) WHERE n:Organisation OR n:Programme OR n:Topsector OR n:Region
RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases ORDER BY n.id`;

type Result = Record<string, { result: { id: string; score: number; match: boolean }[] }>;

async function main(): Promise<void> {
  const started = new Date();
  const dataDir = mkdtempSync(join(tmpdir(), 'techniekpact-bench-reconcile-'));
  const quiet = { info: () => {}, error: (message: string) => console.error(message) };
  const neo4j = await startEmbeddedNeo4j({ port: 0, dataDir, heap: '1g', pageCache: '128m' });
  const gateway = new Neo4jGateway(createDriver({ uri: neo4j.uri }));
  try {
    await prepareDatabase(gateway, quiet);
    const entities = (await gateway.read(ENTITIES)) as unknown as NamedEntity[];
    const column = nameVariants(entities, COLUMN);
    const app = await serveApi(
      {
        ...readConfig({ NEO4J_URI: neo4j.uri }),
        port: 0,
        host: '127.0.0.1',
        production: true,
        transactionTimeoutMs: 5_000,
      },
      { gateway, description: 'bench', embedded: undefined, close: async () => {} },
      quiet,
    );
    try {
      await app.warmedUp;
      const ask = async (rows: typeof column): Promise<Result> => {
        const queries = Object.fromEntries(rows.map((row, i) => [`q${i}`, { query: row.text }]));
        const response = await fetch(`${app.url}/reconcile`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ queries: JSON.stringify(queries) }).toString(),
        });
        if (response.status !== 200)
          throw new Error(`HTTP ${response.status}: ${await response.text()}`);
        return (await response.json()) as Result;
      };
      await ask(column.slice(0, BATCH)); // the statement planned once, as after warm-up in use
      const batchMs: number[] = [];
      const answers: Result[] = [];
      const wall = performance.now();
      for (let start = 0; start < column.length; start += BATCH) {
        const t0 = performance.now();
        answers.push(await ask(column.slice(start, start + BATCH)));
        batchMs.push(performance.now() - t0);
      }
      const totalMs = performance.now() - wall;
      const sortedMs = [...batchMs].sort((a, b) => a - b);
      let top1 = 0;
      let matched = 0;
      let wrongMatches = 0;
      const misses: { text: string; from: string; expected: string; got: string | null }[] = [];
      column.forEach((row, index) => {
        const result = answers[Math.floor(index / BATCH)]![`q${index % BATCH}`]!.result;
        const best = result[0];
        if (best?.id === row.expectedId) top1 += 1;
        else
          misses.push({
            text: row.text,
            from: row.from,
            expected: row.expectedId,
            got: best?.id ?? null,
          });
        if (best?.match) {
          matched += 1;
          if (best.id !== row.expectedId) wrongMatches += 1;
        }
      });
      const stamp = started.toISOString().slice(0, 16).replace(':', '-');
      const typoCounts = [0, 1, 2].map((n) => column.filter((row) => row.typos === n).length);
      const report = `# Reconciliation benchmark, ${started.toISOString()}

A column of ${COLUMN} name variants (seed 23) of ${entities.length} organisations, programmes,
topsectors and regions of the seed graph: a name or alias, accents stripped, case changed at
random, ${typoCounts[1]} with one typo and ${typoCounts[2]} with two (${typoCounts[0]} short names without).
Sent as OpenRefine does: POST /reconcile, form-encoded, ${BATCH} queries a batch, no type.

| measure | value |
| --- | --- |
| top-1 accuracy | ${top1}/${COLUMN} (${((100 * top1) / COLUMN).toFixed(1)}%) |
| \`match: true\` on the best candidate | ${matched}/${COLUMN}, of which wrong: ${wrongMatches} |
| whole column | ${totalMs.toFixed(0)} ms (${(totalMs / COLUMN).toFixed(2)} ms a name) |
| batch of ${BATCH}, p50 / p95 / max | ${percentile(sortedMs, 50).toFixed(1)} / ${percentile(sortedMs, 95).toFixed(1)} / ${Math.max(...batchMs).toFixed(1)} ms |

Misses (variant, made from, expected, best candidate):

${misses.map((miss) => `- \`${miss.text}\` (from "${miss.from}"): ${miss.expected}, got ${miss.got ?? 'nothing'}`).join('\n') || '- none'}
`;
      console.log(report);
      mkdirSync(RESULTS, { recursive: true });
      writeFileSync(join(RESULTS, `${stamp}-reconcile.md`), report);
      writeFileSync(
        join(RESULTS, `${stamp}-reconcile.json`),
        JSON.stringify({ top1, matched, wrongMatches, totalMs, batchMs, misses }, null, 2),
      );
    } finally {
      await app.close();
    }
  } finally {
    await gateway.driver.close().catch(() => {});
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
