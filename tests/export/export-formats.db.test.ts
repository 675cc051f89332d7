/**
 * Every export format, downloaded over HTTP and read back by a real consumer: GEXF and
 * GraphML by graphology's parsers and by networkx, Cytoscape JSON by headless Cytoscape.js,
 * graphology JSON by graphology, the CSV zip by Python's csv module, Kumu JSON by its
 * blueprint rules. Nodes and edges must be exactly the API's (the whole graph, and the
 * `neighbourhood` subgraph for a root), with the provenance on each.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cytoscape from 'cytoscape';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import {
  readCsvZipWithPython,
  readWithNetworkx,
  type NetworkxGraph,
} from '../support/python-readers.ts';
import { SOURCE_ID, SOURCE_TEXT } from '../support/source-text.ts';
import { query, startTestApi } from '../support/test-api.ts';

let app: RunningApp;
let dir: string;
beforeAll(async () => {
  app = await startTestApi();
  dir = mkdtempSync(join(tmpdir(), 'techniekpact-export-test-'));
});
afterAll(async () => {
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type Attributes = Record<string, unknown>;

/** What a consumer made of a file: attributes by node id, ends and attributes by edge id. */
interface ReadGraph {
  readonly nodes: Map<string, Attributes>;
  readonly edges: Map<string, { source: string; target: string; attributes: Attributes }>;
}

function fromGraphology(graph: MultiDirectedGraph): ReadGraph {
  return {
    nodes: new Map(graph.mapNodes((node, attributes) => [node, attributes])),
    edges: new Map(
      graph.mapEdges((edge, attributes, source, target) => [edge, { source, target, attributes }]),
    ),
  };
}

function fromNetworkx(graph: NetworkxGraph): ReadGraph {
  expect(graph.directed).toBe(true);
  return {
    nodes: new Map(Object.entries(graph.nodes)),
    edges: new Map(
      Object.entries(graph.edges).map(([id, [source, target, attributes]]) => [
        id,
        { source, target, attributes },
      ]),
    ),
  };
}

/** Writes the download to a file for the readers that take a path (Python). */
function saved(body: Buffer, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, body);
  return file;
}

const READERS: Record<string, { format: string; read: (body: Buffer) => ReadGraph }> = {
  'GEXF read by graphology-gexf': {
    format: 'gexf',
    read: (body) => fromGraphology(parseGexf(MultiDirectedGraph, body.toString('utf8'))),
  },
  'GEXF read by networkx': {
    format: 'gexf',
    read: (body) => fromNetworkx(readWithNetworkx('gexf', saved(body, 'graph.gexf'))),
  },
  'GraphML read by graphology-graphml': {
    format: 'graphml',
    read: (body) => fromGraphology(parseGraphml(MultiDirectedGraph, body.toString('utf8'))),
  },
  'GraphML read by networkx': {
    format: 'graphml',
    read: (body) => fromNetworkx(readWithNetworkx('graphml', saved(body, 'graph.graphml'))),
  },
  'Cytoscape JSON read by headless Cytoscape.js': {
    format: 'cytoscape',
    read: (body) => {
      const cy = cytoscape({
        headless: true,
        elements: JSON.parse(body.toString('utf8')).elements,
      });
      return {
        nodes: new Map(cy.nodes().map((node) => [node.id(), node.data() as Attributes])),
        edges: new Map(
          cy
            .edges()
            .map((edge) => [
              edge.id(),
              { source: edge.source().id(), target: edge.target().id(), attributes: edge.data() },
            ]),
        ),
      };
    },
  },
  'graphology JSON read by graphology': {
    format: 'graphology',
    read: (body) => fromGraphology(MultiDirectedGraph.from(JSON.parse(body.toString('utf8')))),
  },
  'CSV zip read by Python csv': {
    format: 'csv',
    read: (body) => {
      const tables = readCsvZipWithPython(saved(body, 'graph.csv.zip'));
      return {
        nodes: new Map(tables['nodes.csv'].map((row) => [row.id!, row])),
        edges: new Map(
          tables['edges.csv'].map((row) => [
            row.id!,
            { source: row.source!, target: row.target!, attributes: row },
          ]),
        ),
      };
    },
  },
  'Kumu blueprint': {
    format: 'kumu',
    read: (body) => {
      const blueprint = JSON.parse(body.toString('utf8')) as {
        elements: Attributes[];
        connections: Attributes[];
      };
      // Kumu: ids unique across elements and connections; connections name element ids.
      const ids = [...blueprint.elements, ...blueprint.connections].map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const element of blueprint.elements) expect(typeof element.label).toBe('string');
      return {
        nodes: new Map(blueprint.elements.map((element) => [String(element.id), element])),
        edges: new Map(
          blueprint.connections.map((connection) => [
            String(connection.id),
            {
              source: String(connection.from),
              target: String(connection.to),
              attributes: connection,
            },
          ]),
        ),
      };
    },
  },
};

async function download(path: string): Promise<{ response: Response; body: Buffer }> {
  const response = await fetch(`${app.url}${path}`);
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

interface Expected {
  readonly nodes: Set<string>;
  readonly edges: Map<string, { source: string; target: string }>;
}

async function expectedNeighbourhood(id: string, depth: number): Promise<Expected> {
  const { neighbourhood } = await query(
    app,
    `query ($id: ID!, $depth: Int) { neighbourhood(id: $id, depth: $depth, limit: 2000) {
      truncated nodes { id } edges { id source target } } }`,
    { id, depth },
  );
  expect(neighbourhood.truncated).toBe(false);
  return {
    nodes: new Set(neighbourhood.nodes.map((node: { id: string }) => node.id)),
    edges: new Map(
      neighbourhood.edges.map((edge: { id: string; source: string; target: string }) => [
        edge.id,
        { source: edge.source, target: edge.target },
      ]),
    ),
  };
}

async function expectedWholeGraph(): Promise<Expected> {
  const nodes = await app.gateway.read('MATCH (n:Node) RETURN n.id AS id');
  const edges = await app.gateway.read(
    'MATCH (a:Node)-[r]->(b:Node) RETURN r.id AS id, a.id AS source, b.id AS target',
  );
  return {
    nodes: new Set(nodes.map((row) => String(row.id))),
    edges: new Map(
      edges.map((row) => [
        String(row.id),
        { source: String(row.source), target: String(row.target) },
      ]),
    ),
  };
}

function expectSameGraph(read: ReadGraph, expected: Expected): void {
  expect([...read.nodes.keys()].sort()).toEqual([...expected.nodes].sort());
  expect(read.edges.size).toBe(expected.edges.size);
  for (const [id, ends] of expected.edges) {
    const edge = read.edges.get(id);
    expect(edge, id).toBeDefined();
    expect({ source: edge!.source, target: edge!.target }).toEqual(ends);
  }
}

/** Provenance travels as attributes: `quote` (verbatim in the report) and `quoteSource`. */
function expectProvenance(read: ReadGraph): void {
  for (const [id, attributes] of [
    ...read.nodes.entries(),
    ...[...read.edges.entries()].map(([edgeId, edge]) => [edgeId, edge.attributes] as const),
  ]) {
    expect(attributes.quoteSource, id).toBe(SOURCE_ID);
    expect(SOURCE_TEXT.includes(String(attributes.quote)), `${id}: ${attributes.quote}`).toBe(true);
  }
}

describe.each(Object.entries(READERS))('%s', (_name, { format, read }) => {
  it('holds exactly the whole graph, with a quote and its source on every node and edge', async () => {
    const { response, body } = await download(`/export/${format}`);
    expect(response.status).toBe(200);
    const graph = read(body);
    expectSameGraph(graph, await expectedWholeGraph());
    expectProvenance(graph);
    const sbb = graph.nodes.get('org-sbb')!;
    expect(sbb.nodeType ?? sbb.type).toBe('Organisation');
    expect(String(sbb.label)).toBe('Stichting Beroepsonderwijs Bedrijfsleven');
    const leads = graph.edges.get('LEADS:org-sbb->action-16')!;
    expect(leads.attributes.relationship ?? leads.attributes.type).toBe('LEADS');
    expect(leads.attributes.role).toBe('ontwikkelt de studiebijsluiters');
  });

  it("holds exactly the API's neighbourhood of SBB at depth 2", async () => {
    const { response, body } = await download(`/export/${format}?root=org-sbb&depth=2`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-subgraph-truncated')).toBe('false');
    const graph = read(body);
    expectSameGraph(graph, await expectedNeighbourhood('org-sbb', 2));
    expectProvenance(graph);
  });
});

describe('format details', () => {
  it('gives graphology JSON what sigma.js needs to draw: position, size and colour', async () => {
    const { body } = await download('/export/graphology?root=region-oost&depth=1');
    const graph = MultiDirectedGraph.from(JSON.parse(body.toString('utf8')));
    graph.forEachNode((node, attributes) => {
      for (const key of ['x', 'y', 'size'])
        expect(typeof attributes[key], `${node}.${key}`).toBe('number');
      expect(attributes.color).toMatch(/^#[0-9a-f]{6}$/);
      // sigma reads `type` as the name of a rendering program
      expect(attributes.type).toBeUndefined();
    });
  });

  it('keeps numbers typed in GEXF and GraphML (action numbers, measured values)', async () => {
    for (const format of ['gexf', 'graphml'] as const) {
      const { body } = await download(`/export/${format}`);
      const graph = readWithNetworkx(format, saved(body, `typed.${format}`));
      expect(graph.nodes['action-03']!.number).toBe(3);
      expect(graph.nodes['measure-03a-havo']!.value).toBe(37);
      expect(graph.nodes['measure-03a-havo']!.segment).toBe('havo');
    }
  });
});
