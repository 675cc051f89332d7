/**
 * The writers on their own, with text that breaks naive XML and CSV (markup characters,
 * quotes, line breaks, control characters, accents), read back by graphology's parsers,
 * networkx and Python's csv module: what goes in comes out.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCsvZip } from '../../src/export/csv-zip.ts';
import type { ExportGraph } from '../../src/export/export-graph.ts';
import { writeGexf } from '../../src/export/graphology-formats.ts';
import { writeGraphml } from '../../src/export/graphml.ts';
import { readCsvZipWithPython, readWithNetworkx } from '../support/python-readers.ts';

const dir = mkdtempSync(join(tmpdir(), 'techniekpact-writers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NASTY = 'Bèta & <techniek> "pact", \'s-Hertogenbosch;\nline two\twith a tab';

const GRAPH: ExportGraph = {
  title: 'a test -- graph',
  truncated: false,
  nodes: [
    {
      id: 'org-a',
      attributes: {
        label: NASTY,
        nodeType: 'Organisation',
        aliases: ['A&B', 'C|D'],
        quote: NASTY,
        quoteSource: 'src-x',
        number: 3,
      },
    },
    {
      id: 'org-b',
      attributes: {
        label: 'B',
        nodeType: 'Organisation',
        aliases: [],
        quote: 'bell\u0007 gone',
        quoteSource: 'src-x',
        number: 4.5,
      },
    },
  ],
  edges: [
    {
      id: 'FUNDS:org-a->org-b',
      source: 'org-a',
      target: 'org-b',
      directed: true,
      attributes: {
        label: 'FUNDS',
        relationship: 'FUNDS',
        amount: 150,
        quote: NASTY,
        quoteSource: 'src-x',
      },
    },
    {
      id: 'RUNS:org-a->org-b',
      source: 'org-a',
      target: 'org-b',
      directed: true,
      attributes: { label: 'RUNS', relationship: 'RUNS', quote: 'runs', quoteSource: 'src-x' },
    },
  ],
};

function saved(name: string, body: string | Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, body);
  return file;
}

describe('GraphML writer', () => {
  const xml = writeGraphml(GRAPH);

  it('round-trips markup, quotes, line breaks and accents through graphology-graphml', () => {
    const graph = parseGraphml(MultiDirectedGraph, xml);
    expect(graph.getNodeAttribute('org-a', 'label')).toBe(NASTY);
    expect(graph.getNodeAttribute('org-a', 'aliases')).toBe('A&B | C|D');
    expect(graph.getEdgeAttribute('FUNDS:org-a->org-b', 'quote')).toBe(NASTY);
    expect(graph.size).toBe(2);
  });

  it('drops control characters XML cannot carry, and widens int to double across nodes', () => {
    const graph = readWithNetworkx('graphml', saved('nasty.graphml', xml));
    expect(graph.nodes['org-b']!.quote).toBe('bell gone');
    expect(graph.nodes['org-a']!.number).toBe(3);
    expect(graph.nodes['org-b']!.number).toBe(4.5);
    expect(graph.multigraph).toBe(true);
    expect(graph.edges['FUNDS:org-a->org-b']![2].amount).toBe(150);
    expect(graph.nodes['org-a']!.label).toBe(NASTY);
  });
});

describe('GEXF writer', () => {
  it('round-trips the same text through graphology-gexf and networkx', () => {
    const xml = writeGexf(GRAPH);
    const graph = parseGexf(MultiDirectedGraph, xml);
    expect(graph.getNodeAttribute('org-a', 'label')).toBe(NASTY);
    expect(graph.getEdgeAttribute('FUNDS:org-a->org-b', 'quote')).toBe(NASTY);
    const networkx = readWithNetworkx('gexf', saved('nasty.gexf', xml));
    expect(networkx.nodes['org-a']!.quote).toBe(NASTY);
    expect(Object.keys(networkx.edges).sort()).toEqual(['FUNDS:org-a->org-b', 'RUNS:org-a->org-b']);
  });
});

describe('CSV zip writer', () => {
  it('quotes fields so that a CSV reader gets every value back', () => {
    const tables = readCsvZipWithPython(saved('nasty.csv.zip', writeCsvZip(GRAPH)));
    expect(tables['nodes.csv'].map((row) => row.id)).toEqual(['org-a', 'org-b']);
    expect(tables['nodes.csv'][0]).toMatchObject({
      label: NASTY,
      quote: NASTY,
      aliases: 'A&B | C|D',
    });
    expect(tables['edges.csv'][0]).toMatchObject({
      id: 'FUNDS:org-a->org-b',
      source: 'org-a',
      target: 'org-b',
      relationship: 'FUNDS',
      amount: '150',
    });
    expect(tables['edges.csv'][1]!.amount).toBe('');
  });
});
