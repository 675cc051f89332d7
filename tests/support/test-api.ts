/**
 * Test helpers: a gateway on the suite's Neo4j, and the real HTTP API on a free port in
 * front of it, with a GraphQL client that also reports the request's database round trips.
 */
import { inject } from 'vitest';
import { serveApi, type RunningApp } from '../../src/app.ts';
import type { AppConfig } from '../../src/config.ts';
import { createDriver } from '../../src/db/driver.ts';
import { Neo4jGateway } from '../../src/db/gateway.ts';
import type { Logger } from '../../src/logger.ts';

const quietLogger: Logger = { info: () => {}, error: () => {} };

export function testGateway(): Neo4jGateway {
  return new Neo4jGateway(createDriver({ uri: inject('neo4jUri') }), {
    transactionTimeoutMs: 30_000,
  });
}

export interface TestApiOptions {
  /** Settings of the environment's own (CORS_ORIGINS, ...) over the test defaults. */
  readonly config?: Partial<Pick<AppConfig, 'corsOrigins'>>;
  /** Where the API logs; quiet by default. */
  readonly logger?: Logger;
}

/** A logger that keeps its lines, for tests of what the server logs. */
export function recordingLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (message) => lines.push(message),
    error: (message) => lines.push(message),
  };
}

export async function startTestApi(options: TestApiOptions = {}): Promise<RunningApp> {
  const config: AppConfig = {
    ...options.config,
    port: 0,
    host: '127.0.0.1',
    production: false,
    transactionTimeoutMs: 30_000,
    neo4j: {
      mode: 'external',
      uri: inject('neo4jUri'),
      user: '',
      password: '',
      database: undefined,
    },
  };
  const gateway = testGateway();
  return serveApi(
    config,
    { gateway, description: 'test', embedded: undefined, close: () => gateway.driver.close() },
    options.logger ?? quietLogger,
  );
}

export interface GraphQLResponse<T = Record<string, any>> {
  readonly status: number;
  /** Database round trips the request cost, from the x-neo4j-queries header. */
  readonly queries: number;
  readonly data?: T;
  readonly errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function postGraphQL<T = Record<string, any>>(
  app: RunningApp,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(app.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
  return {
    status: response.status,
    queries: Number(response.headers.get('x-neo4j-queries')),
    ...body,
  };
}

/** Runs a query and fails the test on any GraphQL error. */
export async function query<T = Record<string, any>>(
  app: RunningApp,
  text: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await postGraphQL<T>(app, text, variables);
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}
