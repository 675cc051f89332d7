/**
 * The layers of src/, checked on every `npm run lint`:
 * db/ and neo4j-runtime/ know nothing of the API; seeds/ is pure (no database, no API);
 * import/ may use db/ and seeds/ but not the API; src/ never imports tests/ or bench/.
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
      severity: 'error',
      from: { path: '^src/import/' },
      to: { path: '^src/(api|modules)/' },
    },
    {
      name: 'modules-not-to-http',
      comment: 'Resolvers and loaders do not depend on the HTTP server.',
      severity: 'error',
      from: { path: '^src/modules/' },
      to: { path: '^src/api/(http-server|apollo-server|graphiql-page)' },
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
        'The format-neutral export writers and the graph contract (pure data) are shared with the server.',
      severity: 'error',
      from: { path: '^src/explorer/client/' },
      to: {
        pathNot:
          '^(src/explorer/client/|src/generated/explorer-operations\\.ts$|src/graph/contract\\.ts$|src/export/(export-graph|graphml|graphology-formats|xml-text)\\.ts$|node_modules/)',
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
