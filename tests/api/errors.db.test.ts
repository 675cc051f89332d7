/**
 * Errors carry stable codes in extensions.code, name the bad argument, and never show
 * internals; an unknown id is null; a database that is down gives our own code and the
 * readiness probe says 503 while the process stays up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApi, type RunningApp } from '../../src/app.ts';
import { createDriver } from '../../src/db/driver.ts';
import { Neo4jGateway } from '../../src/db/gateway.ts';
import { freePort } from '../../src/neo4j-runtime/embedded-neo4j.ts';
import { postGraphQL, startTestApi, testAppConfig } from '../support/test-api.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApi();
});
afterAll(async () => {
  await app?.close();
});

describe('errors with stable codes', () => {
  it('rejects first over 100 with BAD_USER_INPUT naming the argument', async () => {
    const response = await postGraphQL(app, `{ actions(first: 101) { nodes { number } } }`);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'first',
    });
    expect(response.errors?.[0]?.message).toContain('between 0 and 100');
  });

  it('rejects a cursor it did not give out with BAD_USER_INPUT naming "after"', async () => {
    const response = await postGraphQL(
      app,
      `{ organisations(after: "not-a-cursor") { nodes { id } } }`,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'after',
    });
  });

  it('rejects a malformed date filter with BAD_USER_INPUT naming the field', async () => {
    const response = await postGraphQL(
      app,
      `{ milestones(filter: { on: "23 april" }) { nodes { id } } }`,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'filter.on',
    });
  });

  it('answers null for an unknown id or number, without an error', async () => {
    const response = await postGraphQL(
      app,
      `{ node(id: "org-does-not-exist") { id } action(number: 99) { id } organisation(name: "Nobody") { id } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ node: null, action: null, organisation: null });
  });

  it('gives GRAPHQL_VALIDATION_FAILED for an unknown field, without "Did you mean" hints', async () => {
    const response = await postGraphQL(app, `{ action(number: 1) { titel } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).not.toContain('Did you mean');
  });

  it('puts a request id on every error, the same one as in the x-request-id header', async () => {
    const response = await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'test-request-42' },
      body: JSON.stringify({ query: '{ actions(first: 500) { nodes { id } } }' }),
    });
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(response.headers.get('x-request-id')).toBe('test-request-42');
    expect(body.errors[0]!.extensions.requestId).toBe('test-request-42');
  });

  it('refuses a request body over 100 kB with 413', async () => {
    const response = await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(120_000) } }),
    });
    expect(response.status).toBe(413);
  });
});

describe('when the database is unavailable', () => {
  let downApp: RunningApp;
  beforeAll(async () => {
    // A gateway to a port where nothing listens: the database is down from the start.
    const port = await freePort();
    const gateway = new Neo4jGateway(createDriver({ uri: `bolt://127.0.0.1:${port}` }));
    downApp = await serveApi(
      testAppConfig({
        production: false,
        transactionTimeoutMs: 5_000,
        neo4j: { mode: 'external', uri: '', user: '', password: '', database: undefined },
      }),
      { gateway, description: 'down', embedded: undefined, close: () => gateway.driver.close() },
      { info: () => {}, error: () => {} },
    );
  });
  afterAll(async () => {
    await downApp?.close();
  });

  it('answers a query with DATABASE_UNAVAILABLE and no driver details, within seconds', async () => {
    const started = Date.now();
    const response = await postGraphQL(downApp, `{ action(number: 1) { title } }`);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(response.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(JSON.stringify(response.errors)).not.toMatch(/bolt|ECONNREFUSED|Neo4jError|MATCH/i);
  });

  it('says 503 on /health/ready with a JSON reason, and 200 on /health/live', async () => {
    const ready = await fetch(`${downApp.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      status: 'unavailable',
      reason: expect.stringContaining('database'),
    });
    const live = await fetch(`${downApp.url}/health/live`);
    expect(live.status).toBe(200);
  });
});

describe('health', () => {
  it('says 200 on /health/ready while Neo4j answers', async () => {
    const ready = await fetch(`${app.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'up' });
  });
});
