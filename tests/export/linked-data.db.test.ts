/**
 * The linked-data exports read back by real consumers: rdflib (Python) parses the Turtle and
 * the JSON-LD and finds exactly the triples our writer wrote (n3's count of the same graph),
 * the `jsonld` processor expands the JSON-LD offline (its context is embedded) to the same
 * number of triples, and pyshacl validates both against schema/rdf/shapes.ttl, while a
 * document broken on purpose fails it. The counts of classes are the graph's own (a fact per
 * relationship, a quote per node and relationship), and every `tp:` term used is defined in
 * schema/rdf/vocabulary.ttl.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/graph/contract.ts';
import { toLinkedData } from '../../src/export/linked-data.ts';
import { turtleOf } from '../../src/export/rdf-formats.ts';
import { DEFAULT_PUBLIC_BASE_URL, relationshipLocalName } from '../../src/export/rdf-vocabulary.ts';
import { toExportGraph } from '../../src/export/subgraph-export.ts';
import { readWholeGraph } from '../../src/modules/network/network.queries.ts';
import { readRdfWithRdflib, validateWithPyshacl } from '../support/python-readers.ts';
import { startTestApi } from '../support/test-api.ts';

const BASE = DEFAULT_PUBLIC_BASE_URL;
const TP = `${BASE}vocab#`;
const SHAPES = resolve(import.meta.dirname, '../../schema/rdf/shapes.ttl');
const VOCABULARY = resolve(import.meta.dirname, '../../schema/rdf/vocabulary.ttl');
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

let app: RunningApp;
let dir: string;
let turtle: string;
let jsonLd: string;
/** The neighbourhood of org-sbb at depth 1, as Turtle. */
let neighbourhoodTurtle: string;
/** What our writer wrote for the whole graph: n3's quads, counted in TS. */
let writtenTriples: number;
let graphCounts: { nodes: number; quoted: number; relationships: number; organisations: number };

beforeAll(async () => {
  app = await startTestApi();
  dir = mkdtempSync(join(tmpdir(), 'techniekpact-rdf-test-'));
  // Downloaded here, together: a socket left idle through a long pyshacl run may be closed
  // by the server's keep-alive timeout just as the next fetch reuses it.
  const [turtleText, jsonLdText, neighbourhoodText] = await Promise.all(
    ['turtle', 'jsonld', 'turtle?root=org-sbb&depth=1'].map(async (path) => {
      const response = await fetch(`${app.url}/export/${path}`);
      expect(response.status).toBe(200);
      return response.text();
    }),
  );
  turtle = turtleText!;
  jsonLd = jsonLdText!;
  neighbourhoodTurtle = neighbourhoodText!;
  const whole = await readWholeGraph(app.gateway);
  writtenTriples = toLinkedData(toExportGraph(whole, 'Techniekpact graph'), { baseUrl: BASE }).quads
    .length;
  const [row] = await app.gateway.read(`
    MATCH (n:Node)
    WITH count(n) AS nodes, count(CASE WHEN n.quote <> '' AND n.source IS NOT NULL THEN 1 END) AS quoted,
         count(CASE WHEN n:Organisation THEN 1 END) AS organisations
    RETURN nodes, quoted, organisations, COUNT { MATCH (:Node)-[]->(:Node) } AS relationships`);
  graphCounts = {
    nodes: Number(row!.nodes),
    quoted: Number(row!.quoted),
    organisations: Number(row!.organisations),
    relationships: Number(row!.relationships),
  };
});
afterAll(async () => {
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function saved(text: string, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

function parseTurtle(text: string, baseIRI = BASE): Quad[] {
  return new Parser({ baseIRI }).parse(text);
}

/** The JSON-LD expanded and turned into N-Quads by `jsonld`, with every remote load refused. */
async function jsonLdTriples(text: string): Promise<number> {
  const documentLoader = (url: string): never => {
    throw new Error(`the JSON-LD asked to load ${url}: its context should be embedded`);
  };
  const expanded = await jsonld.expand(JSON.parse(text), { documentLoader });
  const nquads = (await jsonld.toRDF(expanded, {
    format: 'application/n-quads',
    documentLoader,
  })) as unknown as string;
  return new Set(nquads.split('\n').filter((line) => line.trim() !== '')).size;
}

describe('linked-data exports read by real consumers', () => {
  it('rdflib reads the Turtle and the JSON-LD, with as many triples as our writer wrote', () => {
    const fromTurtle = readRdfWithRdflib(saved(turtle, 'graph.ttl'), 'turtle', BASE);
    const fromJsonLd = readRdfWithRdflib(saved(jsonLd, 'graph.jsonld'), 'json-ld', BASE);
    console.log(
      `RDF export: ${writtenTriples} triples written (n3), rdflib reads ${fromTurtle.triples} (Turtle) and ${fromJsonLd.triples} (JSON-LD)`,
    );
    expect(writtenTriples).toBeGreaterThan(10_000);
    expect(fromTurtle.triples).toBe(writtenTriples);
    expect(fromJsonLd.triples).toBe(writtenTriples);
    expect(fromJsonLd.typed).toEqual(fromTurtle.typed);

    // The graph's own numbers: a fact per relationship, a quote for every quoted node and
    // relationship, every node a prov:Entity beside the facts and the dataset.
    const typed = fromTurtle.typed;
    expect(typed['http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement']).toBe(
      graphCounts.relationships,
    );
    expect(typed['http://www.w3.org/ns/oa#TextQuoteSelector']).toBe(
      graphCounts.quoted + graphCounts.relationships,
    );
    expect(typed[`${TP}Organisation`]).toBe(graphCounts.organisations);
    expect(typed['http://www.w3.org/ns/prov#Entity']).toBe(
      graphCounts.nodes + graphCounts.relationships + 1,
    );
    expect(typed['http://www.w3.org/ns/dcat#Dataset']).toBe(1);
    expect(typed['http://www.w3.org/ns/dcat#Distribution']).toBe(2);
  });

  it('n3 parses its own Turtle back to the same triples', () => {
    expect(parseTurtle(turtle)).toHaveLength(writtenTriples);
  });

  it('jsonld expands the JSON-LD offline, from its embedded context, to the same triples', async () => {
    const document = JSON.parse(jsonLd) as { '@context': unknown };
    expect(typeof document['@context']).toBe('object');
    expect(await jsonLdTriples(jsonLd)).toBe(writtenTriples);
  });

  it('says a fact with schema.org, PROV-O and a Web Annotation quote selector', () => {
    const quads = parseTurtle(turtle);
    const about = (subject: string) =>
      quads
        .filter((quad) => quad.subject.value === subject)
        .map((quad) => [quad.predicate.value, quad.object.value]);
    const sbb = `${BASE}id/org-sbb`;
    expect(about(sbb)).toEqual(
      expect.arrayContaining([
        [RDF_TYPE, `${TP}Organisation`],
        [RDF_TYPE, 'https://schema.org/Organization'],
        ['https://schema.org/name', 'Stichting Beroepsonderwijs Bedrijfsleven'],
        ['http://www.w3.org/ns/prov#wasQuotedFrom', `${BASE}id/src-techniekpact-bijlage-1-2014`],
      ]),
    );
    const ministry = quads.find(
      (quad) => quad.predicate.value === `${TP}kind` && quad.object.value === 'ministry',
    );
    expect(about(ministry!.subject.value)).toContainEqual([
      RDF_TYPE,
      'https://schema.org/GovernmentOrganization',
    ]);

    const fact = `${BASE}fact/${encodeURIComponent('LEADS:org-sbb->action-16')}`;
    expect(about(fact)).toEqual(
      expect.arrayContaining([
        [RDF_TYPE, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement'],
        ['http://www.w3.org/1999/02/22-rdf-syntax-ns#subject', sbb],
        ['http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate', `${TP}leads`],
        ['http://www.w3.org/1999/02/22-rdf-syntax-ns#object', `${BASE}id/action-16`],
        ['http://www.w3.org/ns/prov#wasDerivedFrom', `${BASE}id/src-techniekpact-bijlage-1-2014`],
      ]),
    );
    expect(about(sbb)).toContainEqual([`${TP}leads`, `${BASE}id/action-16`]);
    const annotation = about(fact).find(([predicate]) => predicate === `${TP}evidence`)![1];
    const target = about(annotation!).find(([p]) => p === 'http://www.w3.org/ns/oa#hasTarget')![1];
    const selector = about(target!).find(([p]) => p === 'http://www.w3.org/ns/oa#hasSelector')![1];
    expect(about(selector!)).toEqual(
      expect.arrayContaining([
        [RDF_TYPE, 'http://www.w3.org/ns/oa#TextQuoteSelector'],
        [
          'http://www.w3.org/ns/oa#exact',
          'Stichting Beroepsonderwijs Bedrijfsleven (SBB) ontwikkelt een studiebijsluiters voor het mbo.',
        ],
      ]),
    );
  });

  it('puts every IRI under PUBLIC_BASE_URL when one is configured', async () => {
    const base = 'https://techniekpact.example.org/graph/';
    const whole = await readWholeGraph(app.gateway);
    const quads = parseTurtle(
      turtleOf(toLinkedData(toExportGraph(whole, 'Techniekpact graph'), { baseUrl: base })),
      base,
    );
    const ours = quads
      .flatMap((quad) => [quad.subject, quad.object])
      .filter((term) => term.termType === 'NamedNode' && term.value.includes('localhost'));
    expect(ours).toEqual([]);
    expect(quads.some((quad) => quad.subject.value === `${base}id/org-sbb`)).toBe(true);
  });

  it('serves the vocabulary and the shape where the dataset names them', async () => {
    for (const [path, file] of [
      ['/vocab', VOCABULARY],
      ['/shapes', SHAPES],
    ] as const) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
      expect(await response.text()).toBe(readFileSync(file, 'utf8'));
    }
    // Resolved against the address they are fetched from, the vocabulary's terms are the
    // exports' own.
    const vocabulary = parseTurtle(await (await fetch(`${app.url}/vocab`)).text(), `${BASE}vocab`);
    expect(vocabulary.some((quad) => quad.subject.value === `${TP}leads`)).toBe(true);
  });

  it('uses only tp: terms that the vocabulary defines, and shapes every relationship type', () => {
    const vocabulary = parseTurtle(readFileSync(VOCABULARY, 'utf8'));
    const defined = new Set(
      vocabulary
        .filter((quad) => quad.predicate.value === RDF_TYPE)
        .map((quad) => quad.subject.value),
    );
    const used = new Set<string>();
    for (const quad of parseTurtle(turtle)) {
      for (const term of [quad.predicate, quad.object])
        if (term.termType === 'NamedNode' && term.value.startsWith(TP)) used.add(term.value);
    }
    expect([...used].filter((term) => !defined.has(term))).toEqual([]);
    const shapes = readFileSync(SHAPES, 'utf8');
    for (const type of RELATIONSHIP_TYPE_NAMES) {
      expect(defined.has(TP + relationshipLocalName(type)), type).toBe(true);
      expect(shapes, type).toContain(`sh:targetSubjectsOf tp:${relationshipLocalName(type)} ;`);
    }
  });
});

describe('the SHACL shape', () => {
  it('pyshacl finds the Turtle and the JSON-LD exports valid', () => {
    for (const [text, name, format] of [
      [turtle, 'valid.ttl', 'turtle'],
      [jsonLd, 'valid.jsonld', 'json-ld'],
    ] as const) {
      const report = validateWithPyshacl(saved(text, name), format, SHAPES, BASE);
      expect(report.results, name).toEqual([]);
      expect(report.conforms).toBe(true);
    }
  });

  it('a neighbourhood export is a valid dataset of its own, part of the whole', async () => {
    const text = neighbourhoodTurtle;
    const dataset = `${BASE}dataset/neighbourhood/org-sbb/depth-1`;
    expect(parseTurtle(text)).toContainEqual(
      expect.objectContaining({
        subject: expect.objectContaining({ value: dataset }),
        predicate: expect.objectContaining({ value: 'http://purl.org/dc/terms/isPartOf' }),
        object: expect.objectContaining({ value: `${BASE}dataset` }),
      }),
    );
    const report = validateWithPyshacl(saved(text, 'sbb.ttl'), 'turtle', SHAPES, BASE);
    expect(report.results).toEqual([]);
  });

  it('pyshacl refuses a document with a quote missing, a bad number and a relationship between the wrong classes', () => {
    const quads = parseTurtle(turtle);
    const exact = 'http://www.w3.org/ns/oa#exact';
    const selectorOfSbb = `${BASE}quote/org-sbb#selector`;
    const isSbbExact = (quad: Quad) =>
      quad.subject.value === selectorOfSbb && quad.predicate.value === exact;
    const isNumberOf12 = (quad: Quad) =>
      quad.subject.value === `${BASE}id/action-12` && quad.predicate.value === `${TP}number`;
    const kept = quads.filter((quad) => !isSbbExact(quad) && !isNumberOf12(quad));
    expect(kept).toHaveLength(quads.length - 2);
    const target = quads.find((quad) => quad.object.value === `${TP}Target`)!.subject.value;
    const document =
      turtleOf({ quads: kept, prefixes: {} }) +
      `<${BASE}id/action-12> <${TP}number> 23 .\n` +
      `<${target}> <${TP}leads> <${BASE}id/action-12> .\n`;
    const report = validateWithPyshacl(saved(document, 'broken.ttl'), 'turtle', SHAPES, BASE);
    expect(report.conforms).toBe(false);
    const about = (focus: string, path: string | null) =>
      report.results.filter((result) => result.focus === focus && result.path === path);
    // Reached twice (as a quote and as a node's evidence): one missing minimum each time.
    expect(new Set(about(selectorOfSbb, exact).map((result) => result.constraint))).toEqual(
      new Set(['http://www.w3.org/ns/shacl#MinCountConstraintComponent']),
    );
    expect(about(`${BASE}id/action-12`, `${TP}number`)[0]?.constraint).toBe(
      'http://www.w3.org/ns/shacl#MaxInclusiveConstraintComponent',
    );
    expect(about(target, null)[0]?.constraint).toBe(
      'http://www.w3.org/ns/shacl#OrConstraintComponent',
    );
    console.log(`SHACL on the broken document: ${report.violations} violations`);
  });
});
