/**
 * Imported first by the entry points that serve requests (`npm start`, the benchmark's
 * servers), before any library loads, since libraries read NODE_ENV when they load.
 *
 * - NODE_ENV defaults to production: graphql-js then skips its development-only checks
 *   (every `instanceof` of the executor also looks for a second copy of graphql, ~0.1 ms a
 *   request). Apollo's production defaults do not matter: we set each of them explicitly
 *   (src/api/apollo-server.ts). Tests keep vitest's `test`.
 * - Source maps off: tsx turns them on, and then every `new Error().stack` maps each frame,
 *   which neo4j-driver does for every query it runs (~0.1-0.3 ms a query here). Our logs
 *   carry error messages, not stacks; `npm run` scripts other than start keep them.
 */
process.env.NODE_ENV ??= 'production';
process.setSourceMapsEnabled(false);
