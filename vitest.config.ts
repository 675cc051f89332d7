import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

/**
 * `graphql` as Node resolves it (its CommonJS main), also for our own files: Vite would pick
 * the package's `module` build for them, while @apollo/server, loaded by Node, gets the
 * CommonJS one, and graphql-js refuses types from "another realm" (the look-ahead prefetch
 * walks Apollo's schema with graphql's helpers). Outside tests there is only Node's.
 */
const graphqlAsNodeResolvesIt = {
  find: /^graphql$/,
  replacement: createRequire(import.meta.url).resolve('graphql'),
};

/**
 * Two projects: unit tests (no database) and database tests (`*.db.test.ts`), which share
 * one real Neo4j started by tests/support/neo4j-global-setup.ts on a free port.
 */
export default defineConfig({
  test: {
    // Once for the run, before either project: the venv, and a line for a missing Chromium.
    globalSetup: ['tests/support/test-prerequisites-setup.ts'],
    projects: [
      {
        resolve: { alias: [graphqlAsNodeResolvesIt] },
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.db.test.ts', 'tests/**/*.browser.test.ts'],
        },
      },
      {
        resolve: { alias: [graphqlAsNodeResolvesIt] },
        test: {
          name: 'db',
          include: ['tests/**/*.db.test.ts', 'tests/**/*.browser.test.ts'],
          globalSetup: ['tests/support/neo4j-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One Neo4j for the suite; files run one at a time so that tests which rewrite
          // the graph (import tests) never race tests that read it.
          fileParallelism: false,
        },
      },
    ],
  },
});
