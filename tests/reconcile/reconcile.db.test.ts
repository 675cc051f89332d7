/**
 * /reconcile as OpenRefine uses it, against the seed graph: every answer validated with ajv
 * against the protocol's own schemas (tests/support/reconciliation-schemas.ts), queries by
 * GET and by form-encoded POST, accents, case and typos, types and property constraints,
 * `match`, suggest, preview and data extension, and a coded answer plus a log line for each
 * kind of bad input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { DEFAULT_PUBLIC_BASE_URL } from '../../src/export/rdf-vocabulary.ts';
import {
  RECONCILIATION_FIXTURES,
  schemaErrors,
  type ReconciliationSchema,
} from '../support/reconciliation-schemas.ts';
import { query as graphqlQuery, recordingLogger, startTestApi } from '../support/test-api.ts';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/**
 * The protocol's flyout examples: 0.2 has no JSON Schema of a flyout answer (its manifest
 * schema declares flyout_service_path), so answers are held to the example's fields.
 */
function flyoutExamples(): Record<string, unknown>[] {
  const dir = join(RECONCILIATION_FIXTURES, 'examples', 'flyout-response', 'valid');
  return readdirSync(dir).map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')));
}

const graphql = (text: string) => graphqlQuery(app, text);

const logger = recordingLogger();
let app: RunningApp;
beforeAll(async () => {
  app = await startTestApi({ logger });
});
afterAll(async () => {
  await app?.close();
});

interface Candidate {
  id: string;
  name: string;
  score: number;
  match: boolean;
  type: { id: string; name: string }[];
  features: { id: string; value: unknown }[];
}
type ResultBatch = Record<string, { result: Candidate[] }>;

async function getJson(path: string, schema?: ReconciliationSchema): Promise<any> {
  const response = await fetch(`${app.url}${path}`);
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  const body = await response.json();
  if (schema) expect(schemaErrors(schema, body)).toEqual([]);
  return body;
}

function reconcileGet(queries: unknown): Promise<ResultBatch> {
  return getJson(
    `/reconcile?queries=${encodeURIComponent(JSON.stringify(queries))}`,
    'reconciliation-result-batch',
  );
}

async function reconcilePost(queries: unknown): Promise<ResultBatch> {
  const response = await fetch(`${app.url}/reconcile`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ queries: JSON.stringify(queries) }).toString(),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as ResultBatch;
  expect(schemaErrors('reconciliation-result-batch', body)).toEqual([]);
  return body;
}

describe('the service manifest', () => {
  it('is valid, names version 0.2, our types and absolute URLs of this server', async () => {
    const manifest = await getJson('/reconcile', 'manifest');
    expect(manifest.versions).toEqual(['0.2']);
    expect(manifest.identifierSpace).toBe(`${DEFAULT_PUBLIC_BASE_URL}id/`);
    expect(manifest.schemaSpace).toBe(`${DEFAULT_PUBLIC_BASE_URL}vocab#`);
    expect(manifest.view.url).toBe(`${DEFAULT_PUBLIC_BASE_URL}id/{{id}}`);
    expect(manifest.defaultTypes.map((type: { id: string }) => type.id)).toEqual([
      'Organisation',
      'Programme',
      'Topsector',
      'Region',
    ]);
    expect(manifest.preview.url).toBe(`${app.url}/reconcile/preview?id={{id}}`);
    expect(manifest.suggest.entity).toEqual({
      service_url: app.url,
      service_path: '/reconcile/suggest/entity',
      flyout_service_path: '/reconcile/flyout/entity?id=${id}',
    });
  });

  it('names ids by the IRIs of the linked-data exports, which resolve under this server', async () => {
    const manifest = await getJson('/reconcile', 'manifest');
    const batch = await reconcileGet({ q0: { query: 'SBB' } });
    const id = batch.q0!.result[0]!.id;
    const iri = `${manifest.identifierSpace}${id}`;
    // The same IRI is a subject of the Turtle export, typed with the schema space's class.
    const turtle = await (await fetch(`${app.url}/export/turtle`)).text();
    const quads = new Parser({ baseIRI: DEFAULT_PUBLIC_BASE_URL }).parse(turtle);
    const types = quads
      .filter((quad) => quad.subject.value === iri && quad.predicate.value === RDF_TYPE)
      .map((quad) => quad.object.value);
    expect(types).toContain(`${manifest.schemaSpace}Organisation`);
    // Resolved (its path, on this server): a browser is sent to the explorer on the node, an
    // RDF client to the node's data in the format it asks for.
    const path = new URL(manifest.view.url.replace('{{id}}', id)).pathname;
    expect(path).toBe(`/id/${id}`);
    const resolve = (accept: string) =>
      fetch(`${app.url}${path}`, { headers: { accept }, redirect: 'manual' });
    const browser = await resolve('text/html,application/xhtml+xml,*/*;q=0.8');
    expect(browser.status).toBe(303);
    expect(new URL(browser.headers.get('location')!, `${app.url}${path}`).href).toBe(
      `${app.url}/#/explore/${id}`,
    );
    for (const [accept, format, contentType] of [
      ['text/turtle', 'turtle', 'text/turtle'],
      ['application/ld+json, text/turtle;q=0.5', 'jsonld', 'application/ld+json'],
    ] as const) {
      const answer = await resolve(accept);
      expect(answer.status, accept).toBe(303);
      expect(answer.headers.get('vary')).toBe('Accept');
      const followed = await fetch(new URL(answer.headers.get('location')!, `${app.url}${path}`));
      expect(followed.url).toBe(`${app.url}/export/${format}?root=${id}&depth=1`);
      expect(followed.headers.get('content-type')).toContain(contentType);
      const text = await followed.text();
      if (format === 'turtle')
        expect(
          new Parser({ baseIRI: DEFAULT_PUBLIC_BASE_URL })
            .parse(text)
            .some((quad) => quad.subject.value === iri),
        ).toBe(true);
      else expect(text).toContain(`"id:${id}"`);
    }
    const unknown = await fetch(`${app.url}/id/%3Cscript%3E`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('OpenRefine additions: flyouts, JSONP, queries by properties alone', () => {
  it('answers the flyouts the manifest declares, as the protocol example has them', async () => {
    const [example] = flyoutExamples();
    for (const [kind, id] of [
      ['entity', 'org-sbb'],
      ['type', 'Organisation'],
      ['property', 'drives'],
    ] as const) {
      const flyout = await getJson(`/reconcile/flyout/${kind}?id=${id}`);
      expect(Object.keys(flyout).sort()).toEqual(Object.keys(example!).sort());
      expect(flyout.id).toBe(id);
      expect(flyout.html).toMatch(/^<p[ >]/);
    }
    const sbb = await getJson('/reconcile/flyout/entity?id=org-sbb');
    expect(sbb.html).toContain('Stichting Beroepsonderwijs Bedrijfsleven');
    const unknown = await fetch(`${app.url}/reconcile/flyout/entity?id=org-nobody`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'NOT_FOUND', parameter: 'id' });
  });

  it('answers JSONP: the same JSON, valid against its schema, as a call of the callback', async () => {
    const call = async (path: string, callback: string) => {
      const response = await fetch(
        `${app.url}${path}${path.includes('?') ? '&' : '?'}callback=${callback}&_=1733230000000`,
      );
      expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const text = await response.text();
      const prefix = `/**/${callback}(`;
      expect(text.startsWith(prefix) && text.endsWith(');'), text.slice(0, 80)).toBe(true);
      return { status: response.status, body: JSON.parse(text.slice(prefix.length, -2)) };
    };
    for (const [path, schema] of [
      ['/reconcile', 'manifest'],
      [
        `/reconcile?queries=${encodeURIComponent(JSON.stringify({ q0: { query: 'SBB' } }))}`,
        'reconciliation-result-batch',
      ],
      ['/reconcile/suggest/entity?prefix=platform', 'suggest-entities-response'],
      ['/reconcile/suggest/type?prefix=org', 'suggest-types-response'],
      ['/reconcile/suggest/property?prefix=k', 'suggest-properties-response'],
    ] as const) {
      const { status, body } = await call(path, 'jQuery3510_1733230000000');
      expect(status).toBe(200);
      expect(schemaErrors(schema, body), path).toEqual([]);
      expect(body).toEqual(await getJson(path));
    }
    // Errors are wrapped too (a script cannot read the status), with their code.
    const failed = await call('/reconcile/suggest/entity', 'window.cb.done');
    expect(failed.status).toBe(400);
    expect(failed.body).toMatchObject({ code: 'BAD_PARAMETER', parameter: 'prefix' });
  });

  it.each([['alert(1)//'], ['a b'], ['1abc'], ['x'.repeat(65)], ['']])(
    'refuses the callback %j with 400 INVALID_CALLBACK as plain JSON and a log line',
    async (name) => {
      logger.lines.length = 0;
      const response = await fetch(`${app.url}/reconcile?callback=${encodeURIComponent(name)}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await response.json()).toMatchObject({
        code: 'INVALID_CALLBACK',
        parameter: 'callback',
      });
      expect(logger.lines).toEqual([
        expect.stringContaining('reconcile: INVALID_CALLBACK (callback)'),
      ]);
    },
  );

  it('refuses a callback on a POST and two callbacks', async () => {
    const post = await fetch(`${app.url}/reconcile?callback=cb`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ queries: '{"q0":{"query":"SBB"}}' }).toString(),
    });
    expect(post.status).toBe(400);
    expect(await post.json()).toMatchObject({ code: 'BAD_PARAMETER', parameter: 'callback' });
    const twice = await fetch(`${app.url}/reconcile?callback=a&callback=b`);
    expect(await twice.json()).toMatchObject({ code: 'INVALID_CALLBACK' });
  });

  it('answers queries of property constraints alone (no query, or an empty one) with the nodes that meet them all', async () => {
    const { organisations } = await graphql(
      '{ organisations(filter: { kinds: [MINISTRY] }, first: 100) { nodes { id } } }',
    );
    const ministries = organisations.nodes.map((node: { id: string }) => node.id).sort();
    const { action } = await graphql('{ action(number: 16) { drivers { actor { id } } } }');
    const driversOf16 = [
      ...new Set(action.drivers.map((driver: { actor: { id: string } }) => driver.actor.id)),
    ].sort();
    for (const send of [reconcileGet, reconcilePost]) {
      const batch = await send({
        ministries: {
          type: 'Organisation',
          properties: [{ pid: 'kind', v: 'ministry' }],
          limit: 25,
        },
        empty: { query: '  ', properties: [{ pid: 'drives', v: 16 }], limit: 25 },
        sbb: {
          query: '',
          type: 'Organisation',
          properties: [
            { pid: 'drives', v: 'action-16' },
            { pid: 'kind', v: 'foundation' },
          ],
        },
        nothing: { properties: [{ pid: 'level', v: 'no-such-level' }] },
        named: { query: 'SBB' },
      });
      expect(batch.ministries!.result.map((c) => c.id).sort()).toEqual(ministries);
      expect(ministries.length).toBeGreaterThan(1);
      expect(batch.ministries!.result.every((c) => c.score === 100 && !c.match)).toBe(true);
      expect(batch.empty!.result.map((c) => c.id).sort()).toEqual(driversOf16);
      expect(batch.sbb!.result).toEqual([
        expect.objectContaining({
          id: 'org-sbb',
          match: true,
          features: [
            { id: 'property:drives', value: true },
            { id: 'property:kind', value: true },
          ],
        }),
      ]);
      expect(batch.nothing!.result).toEqual([]);
      expect(batch.named!.result[0]).toMatchObject({ id: 'org-sbb', match: true });
    }
  });
});

describe('reconciliation queries', () => {
  it('finds an entity by an alias, with match for the one exact hit (GET)', async () => {
    const answer = await reconcileGet({ q0: { query: 'SBB', type: 'Organisation' } });
    const [best] = answer.q0!.result;
    expect(best).toMatchObject({
      id: 'org-sbb',
      name: 'Stichting Beroepsonderwijs Bedrijfsleven',
      score: 100,
      match: true,
      type: [{ id: 'Organisation', name: 'Organisation' }],
    });
    expect(answer.q0!.result.filter((candidate) => candidate.match)).toHaveLength(1);
  });

  it('answers a batch POSTed form-encoded, as OpenRefine sends it, key by key', async () => {
    const answer = await reconcilePost({
      q0: { query: 'platform beta techniek' },
      q1: { query: 'Stichting Beroepsonderwys Bedrijfsleven' },
      q2: { query: 'zzzqqqxxx' },
    });
    expect(Object.keys(answer).sort()).toEqual(['q0', 'q1', 'q2']);
    expect(answer.q0!.result[0]).toMatchObject({ id: 'org-pbt', match: true, score: 100 });
    // a typo: found, scored below 100, still unambiguous
    expect(answer.q1!.result[0]!.id).toBe('org-sbb');
    expect(answer.q1!.result[0]!.score).toBeLessThan(100);
    expect(answer.q1!.result[0]!.score).toBeGreaterThan(90);
    expect(answer.q2!.result).toEqual([]);
  });

  it('answers any key the client chose, "__proto__" too', async () => {
    const response = await fetch(
      `${app.url}/reconcile?queries=${encodeURIComponent('{"__proto__": {"query": "SBB"}, "constructor": {"query": "PBT"}}')}`,
    );
    const text = await response.text();
    const body = JSON.parse(text) as ResultBatch;
    expect(schemaErrors('reconciliation-result-batch', body)).toEqual([]);
    expect(Object.keys(body).sort()).toEqual(['__proto__', 'constructor']);
    expect(text).toContain('"__proto__":{"result":[{"id":"org-sbb"');
    expect(body['constructor']!.result[0]!.id).toBe('org-pbt');
  });

  it('folds accents and case both ways', async () => {
    const answer = await reconcileGet({
      a: { query: 'PLATFORM BÈTA TECHNIEK' },
      b: { query: 'platform bêta téchniek' },
    });
    expect(answer.a!.result[0]!.id).toBe('org-pbt');
    expect(answer.b!.result[0]!.id).toBe('org-pbt');
  });

  it('keeps to the asked types, and scores a property constraint', async () => {
    const typed = await reconcileGet({
      q: { query: 'techniek', type: ['Programme', 'Region'], limit: 5 },
    });
    expect(typed.q!.result.length).toBeGreaterThan(0);
    for (const candidate of typed.q!.result)
      expect(['Programme', 'Region']).toContain(candidate.type[0]!.id);
    const kept = await reconcileGet({
      q: {
        query: 'SBB',
        properties: [
          { pid: 'kind', v: 'foundation' },
          { pid: 'drives', v: 16 },
        ],
      },
    });
    expect(kept.q!.result[0]).toMatchObject({ id: 'org-sbb', score: 100, match: true });
    expect(kept.q!.result[0]!.features).toContainEqual({ id: 'property:drives', value: true });
    const halved = await reconcileGet({
      q: { query: 'SBB', properties: [{ pid: 'kind', v: 'ministry' }] },
    });
    const sbb = halved.q!.result.find((candidate) => candidate.id === 'org-sbb');
    expect(sbb).toMatchObject({ score: 50, match: false });
    expect(sbb!.features).toContainEqual({ id: 'property:kind', value: false });
  });

  it('honours limit', async () => {
    const answer = await reconcileGet({ q: { query: 'techniek', limit: 2 } });
    expect(answer.q!.result).toHaveLength(2);
  });
});

describe('suggest, preview, data extension', () => {
  it('suggests entities by prefix, with their types', async () => {
    const body = await getJson(
      '/reconcile/suggest/entity?prefix=platform%20be',
      'suggest-entities-response',
    );
    expect(body.result[0]).toMatchObject({ id: 'org-pbt', notable: [{ id: 'Organisation' }] });
    const typed = await getJson(
      '/reconcile/suggest/entity?prefix=noord&type=Region',
      'suggest-entities-response',
    );
    expect(typed.result.length).toBeGreaterThan(0);
    for (const hit of typed.result) expect(hit.notable[0].id).toBe('Region');
  });

  it('suggests types and properties', async () => {
    const types = await getJson('/reconcile/suggest/type?prefix=org', 'suggest-types-response');
    expect(types.result).toEqual([{ id: 'Organisation', name: 'Organisation' }]);
    const properties = await getJson(
      '/reconcile/suggest/property?prefix=act',
      'suggest-properties-response',
    );
    expect(properties.result.map((p: { id: string }) => p.id)).toEqual(['drives']);
  });

  it('proposes the properties of a type for extension', async () => {
    const body = await getJson(
      '/reconcile/properties?type=Organisation',
      'data-extension-property-proposal',
    );
    expect(body.type).toBe('Organisation');
    expect(body.properties.map((p: { id: string }) => p.id)).toEqual(
      expect.arrayContaining(['kind', 'drives', 'regions', 'aliases', 'quote']),
    );
  });

  it('extends rows with kind, actions driven and regions (GET and POST)', async () => {
    const extend = {
      ids: ['org-sbb', 'org-unknown'],
      properties: [{ id: 'kind' }, { id: 'drives' }, { id: 'regions' }],
    };
    expect(schemaErrors('data-extension-query', extend)).toEqual([]);
    const body = await getJson(
      `/reconcile?extend=${encodeURIComponent(JSON.stringify(extend))}`,
      'data-extension-response',
    );
    expect(body.meta.map((m: { id: string }) => m.id)).toEqual(['kind', 'drives', 'regions']);
    expect(body.rows['org-sbb'].kind).toEqual([{ str: 'foundation' }]);
    expect(body.rows['org-sbb'].drives).toContainEqual({
      id: 'action-16',
      name: expect.any(String),
    });
    expect(body.rows['org-unknown']).toEqual({ kind: [], drives: [], regions: [] });
    const posted = await fetch(`${app.url}/reconcile`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ extend: JSON.stringify(extend) }).toString(),
    });
    expect(await posted.json()).toEqual(body);
  });

  it('previews an entity as a small HTML card with its quote, escaped', async () => {
    const response = await fetch(`${app.url}/reconcile/preview?id=org-sbb`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('<h1>Stichting Beroepsonderwijs Bedrijfsleven</h1>');
    expect(html).toMatch(/<blockquote>[^<]+<\/blockquote>/);
    expect(html).not.toMatch(/<script/i);
  });
});

describe('bad input gets a coded answer and a log line', () => {
  it.each([
    ['/reconcile?queries=%7Bnot%20json', 400, 'INVALID_JSON', 'queries'],
    ['/reconcile?queries=%5B1%2C2%5D', 400, 'INVALID_QUERIES', 'queries'],
    [
      '/reconcile?queries=' + encodeURIComponent('{"q0":{"query":"SBB","type":"Person"}}'),
      400,
      'UNKNOWN_TYPE',
      'queries',
    ],
    [
      '/reconcile?queries=' +
        encodeURIComponent('{"q0":{"query":"SBB","properties":[{"pid":"colour","v":"red"}]}}'),
      400,
      'UNKNOWN_PROPERTY',
      'queries',
    ],
    [
      '/reconcile?queries=' + encodeURIComponent('{"q0":{"query":"SBB","props":[]}}'),
      400,
      'INVALID_QUERIES',
      'queries',
    ],
    [
      '/reconcile?queries=' + encodeURIComponent('{"q1":{"query":" ","limit":3}}'),
      400,
      'QUERY_TEXT_REQUIRED',
      'queries',
    ],
    [
      '/reconcile?extend=' +
        encodeURIComponent('{"ids":["org-sbb"],"properties":[{"id":"colour"}]}'),
      400,
      'UNKNOWN_PROPERTY',
      'extend',
    ],
    ['/reconcile/suggest/entity', 400, 'BAD_PARAMETER', 'prefix'],
    ['/reconcile/suggest/entity?prefix=x&type=Person', 400, 'UNKNOWN_TYPE', 'type'],
    ['/reconcile/preview?id=org-nobody', 404, 'NOT_FOUND', 'id'],
    ['/reconcile/flyout', 404, 'NOT_FOUND', 'path'],
    ['/reconcile/flyout/entity', 400, 'BAD_PARAMETER', 'id'],
    ['/reconcile/flyout/type?id=Person', 404, 'NOT_FOUND', 'id'],
    ['/reconcile/flyout/actor?id=org-sbb', 404, 'NOT_FOUND', 'path'],
  ])('%s is %i %s naming %s', async (path, status, code, parameter) => {
    logger.lines.length = 0;
    const response = await fetch(`${app.url}${path}`);
    expect(response.status).toBe(status);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ code, parameter, error: expect.any(String) });
    expect(logger.lines).toEqual([expect.stringContaining(`reconcile: ${code} (${parameter})`)]);
  });

  it('names the query that is wrong in a batch', async () => {
    const response = await fetch(
      `${app.url}/reconcile?queries=${encodeURIComponent('{"q0":{"query":"SBB"},"q7":{"query":"x","limit":0}}')}`,
    );
    expect(await response.json()).toMatchObject({ code: 'INVALID_QUERIES', query: 'q7' });
  });

  it('refuses a batch over 100 queries with BATCH_TOO_LARGE', async () => {
    const queries = Object.fromEntries(
      Array.from({ length: 101 }, (_, i) => [`q${i}`, { query: 'SBB' }]),
    );
    const response = await fetch(`${app.url}/reconcile`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ queries: JSON.stringify(queries) }).toString(),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'BATCH_TOO_LARGE', parameter: 'queries' });
  });

  it('answers a batch of exactly 100 queries, the limit', async () => {
    const queries = Object.fromEntries(
      Array.from({ length: 100 }, (_, i) => [`q${i}`, { query: i % 2 ? 'SBB' : 'PBT' }]),
    );
    const body = await reconcilePost(queries);
    expect(Object.keys(body)).toHaveLength(100);
    expect(body.q1!.result[0]!.id).toBe('org-sbb');
  });

  it('refuses a body over the limit with 413, and other methods with 405', async () => {
    const huge = await fetch(`${app.url}/reconcile`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'queries=' + 'x'.repeat(300_000),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { code: string }).code).toBe('PAYLOAD_TOO_LARGE');
    const put = await fetch(`${app.url}/reconcile`, { method: 'PUT' });
    expect(put.status).toBe(405);
  });
});
