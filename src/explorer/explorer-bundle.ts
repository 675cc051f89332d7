/**
 * The explorer's browser code, bundled from src/explorer/client/ by esbuild in memory when
 * the server starts: no build step to forget, no built files in git, and the page always
 * matches the code beside it. About a second of CPU, off the request path once started.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export interface ExplorerBundle {
  readonly js: Buffer;
  readonly map: Buffer;
  /** A content hash, for ETag and cache busting. */
  readonly hash: string;
}

const ENTRY = fileURLToPath(new URL('./client/main.ts', import.meta.url));

export async function bundleExplorer(options: { minify: boolean }): Promise<ExplorerBundle> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['chrome110', 'firefox110', 'safari16'],
    minify: options.minify,
    sourcemap: 'linked',
    outfile: 'explorer.js',
    metafile: false,
    logLevel: 'silent',
    legalComments: 'eof',
    // graphology-gexf's main entry is its Node build (an XML parser for Node); the writer
    // we use is the same in its browser build.
    alias: { 'graphology-gexf': 'graphology-gexf/browser' },
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'));
  const map = result.outputFiles.find((file) => file.path.endsWith('.js.map'));
  if (!js || !map) throw new Error('esbuild produced no explorer bundle');
  return { js: Buffer.from(js.contents), map: Buffer.from(map.contents), hash: js.hash };
}
