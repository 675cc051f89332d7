/**
 * The export routes over HTTP: content types, file names, and coded JSON errors for a bad
 * format or parameter (400), a root no node has (404) and other methods (405).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { startTestApi } from '../support/test-api.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApi();
});
afterAll(async () => {
  await app?.close();
});

const get = (path: string, init?: RequestInit) => fetch(`${app.url}${path}`, init);

describe('export routes', () => {
  it.each([
    ['gexf', 'application/gexf+xml; charset=utf-8', 'techniekpact-graph.gexf'],
    ['graphml', 'application/graphml+xml; charset=utf-8', 'techniekpact-graph.graphml'],
    ['cytoscape', 'application/json; charset=utf-8', 'techniekpact-graph.cyjs'],
    ['graphology', 'application/json; charset=utf-8', 'techniekpact-graph.graphology.json'],
    ['kumu', 'application/json; charset=utf-8', 'techniekpact-graph.kumu.json'],
    ['csv', 'application/zip', 'techniekpact-graph.csv.zip'],
    ['turtle', 'text/turtle; charset=utf-8', 'techniekpact-graph.ttl'],
    ['jsonld', 'application/ld+json; charset=utf-8', 'techniekpact-graph.jsonld'],
  ])('serves %s as %s, named %s', async (format, contentType, fileName) => {
    const response = await get(`/export/${format}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${fileName}"`);
    const body = Buffer.from(await response.arrayBuffer());
    expect(Number(response.headers.get('content-length'))).toBe(body.byteLength);
    // the whole graph in one query
    expect(response.headers.get('x-neo4j-queries')).toBe('1');
  });

  it('names a neighbourhood export after its root and depth, and says whether it was cut', async () => {
    const response = await get('/export/graphml?root=org-sbb&depth=3&limit=10');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="techniekpact-org-sbb-depth-3.graphml"',
    );
    expect(response.headers.get('x-subgraph-truncated')).toBe('true');
    expect((await response.text()).match(/<node id=/g)).toHaveLength(10);
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await get('/export/kumu', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(1000);
    expect(await response.text()).toBe('');
  });

  it.each([
    ['/export/dot', 'format'],
    ['/export', 'format'],
    ['/export/gexf?root=org-sbb&depth=4', 'depth'],
    ['/export/gexf?root=org-sbb&depth=two', 'depth'],
    ['/export/gexf?root=org-sbb&limit=2001', 'limit'],
    ['/export/gexf?depth=2', 'depth'],
    ['/export/gexf?root=', 'root'],
    ['/export/gexf?rot=org-sbb', 'rot'],
    ['/export/gexf?root=org-sbb&root=org-ocw', 'root'],
  ])('rejects %s with 400 and a JSON error naming "%s"', async (path, parameter) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ code: 'BAD_USER_INPUT', parameter });
    expect(typeof body.error).toBe('string');
  });

  it('answers 404 with a JSON error for a root no node has', async () => {
    const response = await get('/export/cytoscape?root=org-nope&depth=2');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: 'no node has the id "org-nope"',
      code: 'NOT_FOUND',
      parameter: 'root',
    });
  });

  it('answers 405 to a POST, saying which methods it takes', async () => {
    const response = await get('/export/gexf', { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('leaves other paths to the server (404 no route)', async () => {
    const response = await get('/exports/gexf');
    expect(response.status).toBe(404);
  });
});
