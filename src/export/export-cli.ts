/**
 * `npm run export -- --format gexf [--root <id> --depth <1..3> [--limit n]] [--out <file>]`
 *
 * Writes the whole graph, or a neighbourhood, in one of the export formats, to --out (`-`
 * for stdout) or, without --out, to the format's file name in the current directory.
 * Messages go to stderr, so stdout carries only the export. Uses the configured database
 * like `npm start` (NEO4J_URI, or the embedded Neo4j, which cannot share its data folder
 * with a running `npm start`: point NEO4J_URI at that one instead). An empty embedded
 * database gets the seed graph first, as with `npm start`; an external one is only read.
 *
 * Exit codes: 0 done, 1 failure, 2 bad arguments or unknown root.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareDatabase } from '../import/prepare-database.ts';
import { readConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { EXPORT_FORMAT_NAMES } from './export-formats.ts';
import { DEFAULT_PUBLIC_BASE_URL } from './rdf-vocabulary.ts';
import { buildExport, ExportParameterError, parseExportRequest } from './export-request.ts';

const USAGE = `usage: npm run export -- --format <${EXPORT_FORMAT_NAMES.join('|')}> [--root <id> [--depth <1..3>] [--limit <n>]] [--as-of <YYYY[-MM[-DD]]>] [--out <file>|-]`;
const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        format: { type: 'string' },
        root: { type: 'string' },
        depth: { type: 'string' },
        limit: { type: 'string' },
        'as-of': { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    log(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    log(USAGE);
    return 0;
  }
  let request;
  try {
    request = parseExportRequest(args.format ?? '', { ...args, asOf: args['as-of'] ?? null });
  } catch (error) {
    if (!(error instanceof ExportParameterError)) throw error;
    log(`${error.message}\n${USAGE}`);
    return 2;
  }

  const config = readConfig();
  // A file export is not a request: no transaction budget (as for the import).
  const database = await openDatabase(config, log, 0);
  try {
    if (config.neo4j.mode === 'embedded')
      await prepareDatabase(database.gateway, { info: log, error: log });
    const started = performance.now();
    const result = await buildExport(database.gateway, request, {
      publicBaseUrl: config.publicBaseUrl ?? DEFAULT_PUBLIC_BASE_URL,
    });
    if (!result) {
      log(`no node has the id "${request.root}"`);
      return 2;
    }
    const body = typeof result.body === 'string' ? Buffer.from(result.body) : result.body;
    const target = args.out ?? result.fileName;
    if (target === '-') process.stdout.write(body);
    else writeFileSync(resolve(target), body);
    log(
      `${request.format}: ${result.nodes} nodes, ${result.edges} edges${result.truncated ? ' (truncated at the limit)' : ''}, ` +
        `${body.byteLength} bytes in ${Math.round(performance.now() - started)} ms` +
        (target === '-' ? '' : ` -> ${resolve(target)}`),
    );
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    log(`export failed: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
