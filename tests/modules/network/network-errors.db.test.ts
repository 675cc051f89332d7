/**
 * Coded errors of the network questions: an out-of-range argument is BAD_USER_INPUT naming
 * it, before any database round trip; an unknown id is null where the answer is about one
 * node, and BAD_USER_INPUT naming the end where a path has two.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.ts';
import { postGraphQL, startTestApi } from '../../support/test-api.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApi();
});
afterAll(async () => {
  await app?.close();
});

async function expectBadInput(text: string, argumentName: string, queries = 0) {
  const response = await postGraphQL(app, text);
  expect(response.errors, text).toHaveLength(1);
  expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
  expect(response.errors![0]!.message).toContain(`"${argumentName}"`);
  expect(response.queries, text).toBe(queries);
}

describe('network errors', () => {
  it.each([
    ['{ neighbourhood(id: "org-sbb", depth: 0) { truncated } }', 'depth'],
    ['{ neighbourhood(id: "org-sbb", depth: 4) { truncated } }', 'depth'],
    ['{ neighbourhood(id: "org-sbb", limit: 0) { truncated } }', 'limit'],
    ['{ neighbourhood(id: "org-sbb", limit: 2001) { truncated } }', 'limit'],
    ['{ paths(from: "org-sbb", to: "org-ocw", maxHops: 0) { length } }', 'maxHops'],
    ['{ paths(from: "org-sbb", to: "org-ocw", maxHops: 7) { length } }', 'maxHops'],
    ['{ paths(from: "org-sbb", to: "org-ocw", first: 26) { length } }', 'first'],
    ['{ collaborators(id: "org-ocw", first: 101) { weight } }', 'first'],
    ['{ collaborationNetwork(minWeight: 0) { truncated } }', 'minWeight'],
    ['{ centrality(first: 101) { rank } }', 'first'],
  ])('rejects %s with BAD_USER_INPUT naming "%s", before any query', async (text, argumentName) => {
    await expectBadInput(text, argumentName);
  });

  it('names the end of a path no node has', async () => {
    await expectBadInput('{ paths(from: "prog-nope", to: "region-noord") { length } }', 'from', 1);
    await expectBadInput('{ paths(from: "prog-jet-net", to: "region-nope") { length } }', 'to', 1);
    await expectBadInput('{ paths(from: "prog-jet-net", to: "prog-jet-net") { length } }', 'to');
  });

  it('answers null, without an error, for a neighbourhood of an id no node has', async () => {
    const response = await postGraphQL(
      app,
      '{ neighbourhood(id: "org-nope", depth: 2) { truncated } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ neighbourhood: null });
  });
});
