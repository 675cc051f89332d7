import { defineConfig } from 'vitest/config';

/**
 * Two projects: unit tests (no database) and database tests (`*.db.test.ts`), which share
 * one real Neo4j started by tests/support/neo4j-global-setup.ts on a free port.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.db.test.ts', 'tests/**/*.browser.test.ts'],
        },
      },
      {
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
