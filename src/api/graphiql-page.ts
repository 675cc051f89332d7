/**
 * The GraphQL IDE at GET /graphql (for browsers): GraphiQL 3 and React 18 served from our
 * own node_modules, so it works with no network beyond this server.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** A file inside an installed package, also where the package's `exports` do not list it. */
export function packageFile(packageName: string, file: string): string {
  return join(dirname(require.resolve(`${packageName}/package.json`)), file);
}

/** Asset path -> [file, content type]. Fixed table: no path from the request reaches the disk. */
const ASSETS: Readonly<Record<string, readonly [string, string]>> = {
  '/assets/graphiql/react.js': [
    packageFile('react', 'umd/react.production.min.js'),
    'text/javascript; charset=utf-8',
  ],
  '/assets/graphiql/react-dom.js': [
    packageFile('react-dom', 'umd/react-dom.production.min.js'),
    'text/javascript; charset=utf-8',
  ],
  '/assets/graphiql/graphiql.js': [
    packageFile('graphiql', 'graphiql.min.js'),
    'text/javascript; charset=utf-8',
  ],
  '/assets/graphiql/graphiql.css': [
    packageFile('graphiql', 'graphiql.min.css'),
    'text/css; charset=utf-8',
  ],
};

const cache = new Map<string, Buffer>();

export function graphiqlAsset(path: string): { body: Buffer; contentType: string } | undefined {
  const asset = ASSETS[path];
  if (!asset) return undefined;
  let body = cache.get(path);
  if (!body) {
    body = readFileSync(asset[0]);
    cache.set(path, body);
  }
  return { body, contentType: asset[1] };
}

const DEFAULT_QUERY = `# Welcome to the Techniekpact graph. Try:
query WhoDrivesAction3 {
  action(number: 3) {
    title
    pillar { name }
    leads { actor { name } part { code } relation { role evidence { quote } } }
    targets { indicator baseline target targetYear measurements { segment value reachesTarget } }
  }
}
`;

export function graphiqlHtml(endpoint: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Techniekpact graph · GraphiQL</title>
<link rel="stylesheet" href="/assets/graphiql/graphiql.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="/assets/graphiql/react.js"></script>
<script src="/assets/graphiql/react-dom.js"></script>
<script src="/assets/graphiql/graphiql.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)} }),
  );
</script>
</body>
</html>`;
}
