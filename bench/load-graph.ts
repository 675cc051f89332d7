/**
 * Generates a graph of the asked size and loads it through our own import path into the
 * benchmark's empty database: by default the offline bulk import (src/import/bulk-import.ts
 * `bulkImportSeedGraph`: importer input written, Neo4j stopped, Neo4j's batch importer into
 * a new store, Neo4j started again, our indexes and constraint built), or with
 * `--import staged` the transactional staged import (src/import/import-graph.ts
 * `importSeedGraph`, one transaction per batch of `batchSize` rows). Rows per second as the
 * import counts rows (every node and every relationship once), over the whole import: for
 * the bulk import from writing its input until Neo4j answers with every index online.
 */
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config.ts';
import { createDriver } from '../src/db/driver.ts';
import { Neo4jGateway } from '../src/db/gateway.ts';
import { bulkImportSeedGraph, type BulkImportRuntime } from '../src/import/bulk-import.ts';
import { importSeedGraph, type ImportReport } from '../src/import/import-graph.ts';
import { loadSeedGraph } from '../src/seeds/load-seeds.ts';
import { bulkImportMemoryFor } from './bench-neo4j.ts';
import { generateGraph } from './generator.ts';

export type BenchImportMode = 'bulk' | 'staged';

export interface LoadOptions {
  readonly targetNodes: number;
  readonly seed: number;
  readonly batchSize: number;
  readonly mode: BenchImportMode;
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
  /** How the graph was loaded ('bulk' or 'staged'; absent in results written before it). */
  readonly mode?: BenchImportMode;
  /** Bulk import: seconds of each step, in order (input, stop, importer, restart, indexes). */
  readonly steps?: Record<string, number>;
  readonly nodesInDatabase: number;
  readonly relationshipsInDatabase: number;
}

/** The bulk import needs `runtime` (Neo4j stopped and started by whoever owns it). */
export async function loadGeneratedGraph(
  uri: string,
  runtime: BulkImportRuntime,
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
  let lastLog = 0;
  const onProgress = (message: string) => {
    // The importer's stage headers always; progress lines (dots) every 10 s at most.
    const header = message.startsWith('importer: ') && !message.startsWith('importer: .');
    if (header || performance.now() - lastLog > 10_000) {
      lastLog = performance.now();
      options.log(`import: ${message}`);
    }
  };
  const steps: Record<string, number> = {};
  let report: ImportReport;
  if (options.mode === 'bulk') {
    let stepStarted = performance.now();
    report = await bulkImportSeedGraph(generated.graph, runtime, {
      ...bulkImportMemoryFor(generated.graph.nodes.length),
      onProgress,
      afterStep: (step) => {
        steps[step] = (performance.now() - stepStarted) / 1000;
        stepStarted = performance.now();
        options.log(`import: ${step}: ${steps[step]!.toFixed(1)} s`);
      },
    });
  } else {
    const driver = createDriver({ uri });
    try {
      report = await importSeedGraph(new Neo4jGateway(driver), generated.graph, {
        batchSize: options.batchSize,
        onProgress,
      });
    } finally {
      await driver.close();
    }
  }
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
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
    mode: options.mode,
    ...(options.mode === 'bulk' ? { steps } : {}),
    nodesInDatabase: sum(report.nodesByLabel),
    relationshipsInDatabase: sum(report.relationshipsByType),
  };
}
