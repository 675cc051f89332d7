/**
 * The layers of src/, checked on every `npm run lint`:
 * graph/ (the contract) imports nothing; db/ and neo4j-runtime/ know nothing of the API;
 * seeds/ is pure (no database, no API); import/ may use db/ and seeds/ but not the API;
 * modules/ sit below api/, and modules/kernel/ below the areas; export/ and explorer/ sit
 * beside the API; only main.ts imports app.ts; src/ never imports tests/ or bench/.
 */
module.exports = {
  forbidden: [
    {
      name: 'db-not-to-api',
      comment: 'The database layer never imports the API or the GraphQL modules.',
      severity: 'error',
      from: { path: '^src/(db|neo4j-runtime)/' },
      to: { path: '^src/(api|modules|generated|import|export|app\\.ts)' },
    },
    {
      name: 'seeds-are-pure',
      comment: 'Seed files, parser and checks need neither the database nor the API.',
      severity: 'error',
      from: { path: '^src/seeds/' },
      to: { path: '^src/(db|api|modules|import|neo4j-runtime)/' },
    },
    {
      name: 'import-not-to-api',
      comment:
        'The import sits below the API. Only the export of curated edits to the seed files ' +
        'reads the history, through the one reader of revisions the write path has.',
      severity: 'error',
      from: { path: '^src/import/' },
      to: {
        path: '^src/(api|modules)/',
        pathNot: '^src/modules/curation/(revisions|facts|curation\\.cypher)\\.ts$',
      },
    },
    {
      name: 'modules-not-to-api',
      comment:
        'Resolvers and loaders sit below the API: the per-request context lives in ' +
        'src/modules/kernel/context.ts, and nothing under src/modules/ imports src/api/.',
      severity: 'error',
      from: { path: '^src/modules/' },
      to: { path: '^src/api/' },
    },
    {
      name: 'kernel-below-areas',
      comment:
        'The loading kernel (batches, context, field table, read-ahead) knows no area: the ' +
        "areas declare their rows, and the kernel finds them behind the schema's resolvers.",
      severity: 'error',
      from: { path: '^src/modules/kernel/' },
      to: { path: '^src/modules/', pathNot: '^src/modules/kernel/' },
    },
    {
      name: 'export-and-explorer-not-to-api',
      comment:
        'The export and explorer routes are served beside the API, not through it: they share ' +
        'src/http/reply.ts with it and never import src/api/.',
      severity: 'error',
      from: { path: '^src/(export|explorer|reconcile)/' },
      to: { path: '^src/api/' },
    },
    {
      name: 'only-main-imports-app',
      comment:
        'src/app.ts is the composition root: only main.ts (and tests, bench) start it; tools ' +
        'take what they need from the layers (import/prepare-database.ts, logger.ts).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/main\\.ts$' },
      to: { path: '^src/app\\.ts$' },
    },
    {
      name: 'graph-contract-is-pure',
      comment: 'The graph contract is data and pure functions that every layer reads.',
      severity: 'error',
      from: { path: '^src/graph/' },
      to: { path: '^src/', pathNot: '^src/graph/' },
    },
    {
      name: 'api-not-to-seed-tools',
      comment:
        'The API, its modules and the exports read the contract from src/graph/; src/seeds/ ' +
        'is seed-file tooling (loading, checks) for the import alone.',
      severity: 'error',
      from: { path: '^src/(api|modules|export|explorer|http|reconcile)/' },
      to: { path: '^src/seeds/' },
    },
    {
      name: 'modules-not-to-export',
      comment: 'Exports are built on the network reads of the modules, never the other way round.',
      severity: 'error',
      from: { path: '^src/modules/' },
      to: { path: '^src/export/' },
    },
    {
      name: 'explorer-client-is-browser-code',
      comment:
        'The browser bundle reaches the data through /graphql only: no server module, no Node built-in. ' +
        'The format-neutral export writers and the graph contract (pure data) are shared with the server, ' +
        "and so is fact-check.ts (pure): the edit forms offer only the relationship ends the API's own check accepts; " +
        "and text-anchors.ts (pure): the source viewer places quotes with the API's own code point conversion.",
      severity: 'error',
      from: { path: '^src/explorer/client/' },
      to: {
        pathNot:
          '^(src/explorer/client/|src/generated/explorer-operations\\.ts$|src/graph/(contract|fact-check|text-anchors)\\.ts$|src/export/(export-graph|graphml|graphology-formats|xml-text)\\.ts$|node_modules/)',
      },
    },
    {
      name: 'server-not-to-explorer-client',
      comment: 'The server serves the client bundle; it never runs client code.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/explorer/client/' },
      to: { path: '^src/explorer/client/' },
    },
    {
      name: 'src-not-to-tests',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(tests|bench)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { pathNot: '^src/generated/' } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^src/generated/' },
  },
};
