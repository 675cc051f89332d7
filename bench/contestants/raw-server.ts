/**
 * Contestant "raw": the floor. A bare node:http server and neo4j-driver, one hand-written
 * parameterised statement per question (bench/questions/*, `raw.cypher`) that returns the
 * whole JSON answer in one row: one round trip, no GraphQL. POST /raw/<question id> with
 * the parameters as the JSON body. Same driver settings as our API (src/db/driver.ts).
 */
// As `npm start` runs (src/production-env.ts), for all three contestants alike.
import '../../src/production-env.ts';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import { createDriver } from '../../src/db/driver.ts';
import { QUESTIONS } from '../questions/index.ts';
import type { RawVariant } from '../questions/question.ts';
import { serveContestant } from './contestant-child.ts';

const ROUTE = /^\/raw\/([A-Za-z0-9]+)$/;

/** Whole numbers go as Neo4j integers (LIMIT needs them), as our gateway does. */
function toParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toParams);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toParams(v)]));
  }
  return value;
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}

export function createRawServer(driver: Driver): Server {
  const variants = new Map<string, RawVariant>(QUESTIONS.map((q) => [q.id, q.raw]));
  return createServer((request, response) => {
    const id = ROUTE.exec(request.url ?? '')?.[1];
    const variant = id ? variants.get(id) : undefined;
    if (request.method !== 'POST' || !variant)
      return send(response, 404, { error: 'no such question' });
    readJson(request)
      .then(async (params) => {
        if (variant.cypher === null) return send(response, 200, { data: variant.constant ?? null });
        // An auto-commit read, as our gateway sends it: one round trip (executeQuery adds
        // BEGIN/COMMIT, about 1.2 ms a query here), so the floor stays the floor.
        const session = driver.session({ defaultAccessMode: neo4j.session.READ });
        try {
          const result = await session.run(
            variant.cypher,
            toParams(params) as Record<string, unknown>,
          );
          send(response, 200, { data: result.records[0]?.get('data') ?? null });
        } finally {
          await session.close();
        }
      })
      .catch((error: unknown) =>
        send(response, 500, {
          errors: [{ message: error instanceof Error ? error.message : String(error) }],
        }),
      );
  });
}

await serveContestant(async (uri, record) => {
  const driver = record(createDriver({ uri }));
  const server = createRawServer(driver);
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await driver.close();
    },
  };
});
