/**
 * Test helpers: a gateway on the suite's Neo4j, and the real HTTP API on a free port in
 * front of it, with a GraphQL client that also reports the request's database round trips.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER } from '../../src/auth/tokens.ts';
import { serveApi, type RunningApp } from '../../src/app.ts';
import type { AppConfig } from '../../src/config.ts';
import { createDriver } from '../../src/db/driver.ts';
import { Neo4jGateway } from '../../src/db/gateway.ts';
import { NEO4J_USER } from '../../src/neo4j-runtime/neo4j-password.ts';
import type { Logger } from '../../src/logger.ts';

const quietLogger: Logger = { info: () => {}, error: () => {} };

/** How to log in to the suite's Neo4j (it requires a password, as the product's does). */
export function testNeo4jConnection() {
  return { uri: inject('neo4jUri'), user: NEO4J_USER, password: inject('neo4jPassword') };
}

/** The suite's Neo4j as environment variables, for a child process (NEO4J_URI and login). */
export function testNeo4jEnv(): Record<string, string> {
  const { uri, user, password } = testNeo4jConnection();
  return { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password };
}

export function testGateway(): Neo4jGateway {
  return new Neo4jGateway(createDriver(testNeo4jConnection()), {
    transactionTimeoutMs: 30_000,
  });
}

export interface TestApiOptions {
  /** Settings over the test defaults (CORS_ORIGINS, the mutation rate, ...). */
  readonly config?: Partial<AppConfig>;
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

/**
 * A test process's configuration: the suite's Neo4j, a port of its own, and a token secret
 * of the suite's own (one file for every test process, so a token signed by one test is
 * accepted by the API another test file starts).
 */
export function testAppConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    production: false,
    transactionTimeoutMs: 30_000,
    neo4j: {
      mode: 'external',
      ...testNeo4jConnection(),
      database: undefined,
    },
    auth: {
      secretFile: join(tmpdir(), 'techniekpact-graph-tests', 'jwt-secret'),
      issuer: DEFAULT_ISSUER,
      audience: DEFAULT_AUDIENCE,
      roleClaim: 'role',
    },
    mutationsPerMinute: 10_000,
    ...overrides,
  };
}

export async function startTestApi(options: TestApiOptions = {}): Promise<RunningApp> {
  const config = testAppConfig(options.config);
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
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(app.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
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
