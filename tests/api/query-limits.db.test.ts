/**
 * Each limit of src/api/query-limits.ts: a query at the limit is served, one over it is a
 * 400 with code QUERY_TOO_LARGE (tokens: GRAPHQL_PARSE_FAILED), and no Cypher runs for it.
 */
import { buildSchema, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { readTypeDefs } from '../../src/api/graphql-schema.ts';
import { measureOperation, QUERY_LIMITS } from '../../src/api/query-limits.ts';
import { postGraphQL, startTestApi } from '../support/test-api.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApi();
});
afterAll(async () => {
  await app?.close();
});

async function expectServed(text: string) {
  const response = await postGraphQL(app, text);
  expect(response.status, JSON.stringify(response.errors)).toBe(200);
  expect(response.errors).toBeUndefined();
}

async function expectRejected(text: string, code: string, limit?: string) {
  const response = await postGraphQL(app, text);
  expect(response.status).toBe(400);
  expect(response.errors?.[0]?.extensions?.code).toBe(code);
  if (limit) expect(response.errors?.[0]?.extensions?.limit).toBe(limit);
  expect(response.queries, 'no database query for a rejected request').toBe(0);
}

/** A chain of single-valued fields: `depth` levels deep, cheap in cost and in queries. */
function chainOfDepth(depth: number): string {
  // action(1) pillar(2), then evidence/source/evidence/... (3..depth-1), then a leaf (depth).
  const wrappers = Array.from({ length: depth - 3 }, (_, i) =>
    i % 2 === 0 ? 'evidence' : 'source',
  );
  const leaf = wrappers.at(-1) === 'evidence' ? 'quote' : 'id';
  const inner = wrappers.reduceRight((body, field) => `${field} { ${body} }`, leaf);
  return `{ action(number: 1) { pillar { ${inner} } } }`;
}

const schema = buildSchema(readTypeDefs());
const measure = (text: string) => measureOperation(schema, parse(text), undefined, {});

describe('query limits', () => {
  it(`serves depth ${QUERY_LIMITS.maxDepth} and refuses depth ${QUERY_LIMITS.maxDepth + 1}`, async () => {
    expect(measure(chainOfDepth(QUERY_LIMITS.maxDepth)).depth).toBe(QUERY_LIMITS.maxDepth);
    expect(measure(chainOfDepth(QUERY_LIMITS.maxDepth + 1)).depth).toBe(QUERY_LIMITS.maxDepth + 1);
    await expectServed(chainOfDepth(QUERY_LIMITS.maxDepth));
    await expectRejected(chainOfDepth(QUERY_LIMITS.maxDepth + 1), 'QUERY_TOO_LARGE', 'depth');
  });

  it(`serves ${QUERY_LIMITS.maxAliases} aliases and refuses one more, __typename aliases included`, async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    await expectServed(aliases(QUERY_LIMITS.maxAliases));
    await expectRejected(aliases(QUERY_LIMITS.maxAliases + 1), 'QUERY_TOO_LARGE', 'aliases');
  });

  it(`serves ${QUERY_LIMITS.maxDirectives} directives and refuses one more`, async () => {
    const directives = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `d${i}: __typename @include(if: true)`).join(' ')} }`;
    await expectServed(directives(QUERY_LIMITS.maxDirectives));
    await expectRejected(
      directives(QUERY_LIMITS.maxDirectives + 1),
      'QUERY_TOO_LARGE',
      'directives',
    );
  });

  it(`serves a query costing at most ${QUERY_LIMITS.maxCost} and refuses one that costs more`, async () => {
    const costly = (first: number) =>
      `{ organisations(first: ${first}) { nodes { actions { action { actors { actor { name } } } } } } }`;
    let first = 1;
    while (measure(costly(first + 1)).cost <= QUERY_LIMITS.maxCost) first += 1;
    expect(measure(costly(first)).cost).toBeLessThanOrEqual(QUERY_LIMITS.maxCost);
    expect(measure(costly(first + 1)).cost).toBeGreaterThan(QUERY_LIMITS.maxCost);
    await expectServed(costly(first));
    await expectRejected(costly(first + 1), 'QUERY_TOO_LARGE', 'cost');
  });

  it(`parses ${QUERY_LIMITS.maxTokens} tokens and refuses one more`, async () => {
    // A long enum list: valid, cheap, and one token per value.
    const withValues = (n: number) =>
      `{ search(text: "x", first: 1, types: [${'PROGRAMME '.repeat(n)}]) { score } }`;
    const tokenCount = (n: number) => {
      try {
        parse(withValues(n), { maxTokens: n + 100 });
      } catch {
        return Infinity;
      }
      for (let max = n; ; max++) {
        try {
          parse(withValues(n), { maxTokens: max });
          return max;
        } catch {
          // more tokens than max
        }
      }
    };
    const overhead = tokenCount(1) - 1;
    const atLimit = QUERY_LIMITS.maxTokens - overhead;
    expect(tokenCount(atLimit)).toBe(QUERY_LIMITS.maxTokens);
    await expectServed(withValues(atLimit));
    await expectRejected(withValues(atLimit + 1), 'GRAPHQL_PARSE_FAILED');
  });

  it('serves GraphiQL introspection, which reads only the schema', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const response = await postGraphQL(app, getIntrospectionQuery());
    expect(response.status).toBe(200);
    expect(response.data?.__schema?.queryType?.name).toBe('Query');
    expect(response.queries).toBe(0);
  });
});
