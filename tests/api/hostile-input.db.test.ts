/**
 * Hostile input: property-based tests (fast-check) push arbitrary strings (quotes,
 * backticks, Cypher and Lucene syntax, NUL, long strings) into every string argument of
 * the API. No response is a 5xx, every error has a code, and the database is unchanged.
 * A failing case prints fast-check's seed and path, so it can be replayed.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { contentChecksum } from '../../src/import/import-graph.ts';
import { postGraphQL, startTestApi } from '../support/test-api.ts';

let app: RunningApp;
let checksumBefore: string;
beforeAll(async () => {
  app = await startTestApi();
  checksumBefore = await contentChecksum(app.gateway);
});
afterAll(async () => {
  expect(await contentChecksum(app.gateway)).toBe(checksumBefore);
  await app?.close();
});

/** Every root field with a string argument, as an operation taking that string as $s. */
const OPERATIONS = [
  `query($s: String!) { search(text: $s) { node { id } } }`,
  `query($s: ID!) { node(id: $s) { id } }`,
  `query($s: ID!) { nodes(ids: [$s, $s]) { id } }`,
  `query($s: String) { organisation(name: $s) { id } }`,
  `query($s: ID) { organisation(id: $s) { id } }`,
  `query($s: String) { programme(name: $s) { id } }`,
  `query($s: String) { region(name: $s) { id } }`,
  `query($s: String) { topsector(name: $s) { id } }`,
  `query($s: String) { organisations(after: $s) { nodes { id } } }`,
  `query($s: String) { actions(after: $s) { nodes { id } } }`,
  `query($s: ID!) { actions(filter: { actors: [$s], programme: $s, topsector: $s, region: $s }) { nodes { id } } }`,
  `query($s: String) { milestones(filter: { text: $s }) { nodes { id } } }`,
  `query($s: String) { milestones(filter: { on: $s }) { nodes { id } } }`,
  `query($s: ID) { regions(filter: { partOf: $s }) { nodes { id } } }`,
];

const NASTY = [
  `'`,
  `"`,
  '`',
  '\\',
  '\u0000',
  `") RETURN 1 //`,
  `' OR 1=1 --`,
  'MATCH (n) DETACH DELETE n',
  '}]) CALL db.clearQueryCaches() //',
  'title:* AND name:[a TO z] OR ~fuzzy^2 "phrase',
  '*',
  '?',
  '/regex/',
  '${injection}',
  '\uD800',
  'x'.repeat(100_000),
];

const hostileString = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.tuple(fc.constantFrom(...NASTY), fc.string({ maxLength: 50 })).map(([a, b]) => a + b),
);

describe('hostile strings in every string argument', () => {
  it('never answers 5xx, and every error carries a code', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...OPERATIONS), hostileString, async (operation, text) => {
        const response = await postGraphQL(app, operation, { s: text });
        expect(response.status).toBeLessThan(500);
        for (const error of response.errors ?? []) {
          expect(error.extensions?.code).toMatch(
            /^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED|BAD_REQUEST|PAYLOAD_TOO_LARGE)$/,
          );
        }
      }),
      { numRuns: 300 },
    );
  }, 180_000);
});
