/**
 * Generates a graph of the asked size and loads it through our own import path
 * (src/import/import-graph.ts `importSeedGraph`: into the benchmark's empty database that is
 * the staged import, one transaction per batch of `batchSize` rows under an import journal,
 * indexes built at the end), and reports rows per second as the import counts rows (every
 * node and every relationship once), over the whole import including the index build.
 */
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config.ts';
import { createDriver } from '../src/db/driver.ts';
import { Neo4jGateway } from '../src/db/gateway.ts';
import { importSeedGraph } from '../src/import/import-graph.ts';
import { loadSeedGraph } from '../src/seeds/load-seeds.ts';
import { generateGraph } from './generator.ts';

export interface LoadOptions {
  readonly targetNodes: number;
  readonly seed: number;
  readonly batchSize: number;
  readonly log: (line: string) => void;
}

export interface ImportSummary {
  readonly targetNodes: number;
  readonly copies: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly sameShapeAsSeed: boolean;
  readonly meanDegree: number;
  readonly maxDegree: number;
  readonly generateSeconds: number;
  readonly rows: number;
  readonly importSeconds: number;
  readonly rowsPerSecond: number;
  readonly batchSize: number;
  readonly nodesInDatabase: number;
  readonly relationshipsInDatabase: number;
}

export async function loadGeneratedGraph(
  uri: string,
  options: LoadOptions,
): Promise<ImportSummary> {
  const generateStarted = performance.now();
  const seedGraph = loadSeedGraph({ seedsDir: join(PROJECT_ROOT, 'seeds') });
  const generated = generateGraph(seedGraph, {
    targetNodes: options.targetNodes,
    seed: options.seed,
  });
  const generateSeconds = (performance.now() - generateStarted) / 1000;
  options.log(
    `generated ${generated.shape.nodes} nodes, ${generated.shape.relationships} relationships ` +
      `(${generated.copies} copies of the seed graph) in ${generateSeconds.toFixed(1)} s`,
  );
  const driver = createDriver({ uri });
  try {
    const gateway = new Neo4jGateway(driver);
    let lastLog = 0;
    const report = await importSeedGraph(gateway, generated.graph, {
      batchSize: options.batchSize,
      onProgress: (message) => {
        if (performance.now() - lastLog > 10_000) {
          lastLog = performance.now();
          options.log(`import: ${message}`);
        }
      },
    });
    const sum = (counts: Record<string, number>) =>
      Object.values(counts).reduce((a, b) => a + b, 0);
    const importSeconds = report.durationMs / 1000;
    return {
      targetNodes: options.targetNodes,
      copies: generated.copies,
      nodes: generated.shape.nodes,
      relationships: generated.shape.relationships,
      sameShapeAsSeed: generated.sameShapeAsSeed,
      meanDegree: generated.shape.meanDegree,
      maxDegree: generated.shape.maxDegree,
      generateSeconds,
      rows: report.rows,
      importSeconds,
      rowsPerSecond: report.rows / importSeconds,
      batchSize: options.batchSize,
      nodesInDatabase: sum(report.nodesByLabel),
      relationshipsInDatabase: sum(report.relationshipsByType),
    };
  } finally {
    await driver.close();
  }
}
