/**
 * The explorer's downloads are written by the server's export writers from the API's
 * GraphNode/GraphEdge objects; networkx reads them back.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../../src/explorer/client/graph-types.ts';
import {
  fileNameOf,
  toViewExport,
  VIEW_FORMATS,
} from '../../../src/explorer/client/view-export.ts';
import { readWithNetworkx } from '../../support/python-readers.ts';

const SOURCE = { id: 'src-techniekpact-bijlage-1-2014', title: 'Bijlage 1' };
const nodes: GraphNode[] = [
  {
    id: 'org-slo',
    type: 'ORGANISATION',
    name: 'Stichting Leerplanontwikkeling',
    aliases: ['SLO'],
    kind: 'foundation',
    depth: 0,
    evidence: { quote: 'SLO "quote" <b>', source: SOURCE, selector: { start: 10, end: 22 } },
  },
  {
    id: 'action-01',
    type: 'ACTION',
    name: 'Actie 1: WenT',
    aliases: [],
    kind: null,
    depth: 1,
    evidence: { quote: 'Actie 1', source: SOURCE, selector: { start: 40, end: 47 } },
  },
];
const edges: GraphEdge[] = [
  {
    id: 'LEADS:org-slo->action-01',
    type: 'LEADS',
    source: 'org-slo',
    target: 'action-01',
    directed: true,
    role: 'ontwikkelt de leerlijn',
    amount: null,
    unit: null,
    period: null,
    note: null,
    weight: 1,
    evidence: [{ quote: 'De opdracht ... SLO', source: SOURCE, selector: { start: 60, end: 79 } }],
  },
];

describe('toViewExport', () => {
  it('keeps ids, types, names, aliases and the evidence of nodes and edges', () => {
    const graph = toViewExport({ nodes, edges }, 'SLO, depth 1');
    expect(graph.nodes[0]).toEqual({
      id: 'org-slo',
      attributes: {
        label: 'Stichting Leerplanontwikkeling',
        nodeType: 'Organisation',
        name: 'Stichting Leerplanontwikkeling',
        aliases: ['SLO'],
        quote: 'SLO "quote" <b>',
        quoteSource: SOURCE.id,
        kind: 'foundation',
        depth: 0,
      },
    });
    expect(graph.edges[0]!.attributes).toMatchObject({
      relationship: 'LEADS',
      role: 'ontwikkelt de leerlijn',
      quote: 'De opdracht ... SLO',
    });
  });

  for (const format of ['gexf', 'graphml'] as const) {
    it(`writes ${format} that networkx reads with the same graph`, () => {
      const file = join(
        mkdtempSync(join(tmpdir(), 'view-export-')),
        `view${VIEW_FORMATS[format].extension}`,
      );
      writeFileSync(file, VIEW_FORMATS[format].write(toViewExport({ nodes, edges }, 'SLO')));
      const read = readWithNetworkx(format, file);
      expect(Object.keys(read.nodes).sort()).toEqual(['action-01', 'org-slo']);
      expect(read.nodes['org-slo']).toMatchObject({
        nodeType: 'Organisation',
        quote: 'SLO "quote" <b>',
      });
      expect(Object.values(read.edges)[0]).toEqual([
        'org-slo',
        'action-01',
        expect.objectContaining({ relationship: 'LEADS' }),
      ]);
    });
  }
});

describe('fileNameOf', () => {
  it('makes an ASCII file name from a Dutch title', () => {
    expect(fileNameOf('Platform Bèta Techniek, depth 2', '.gexf')).toBe(
      'platform-beta-techniek-depth-2.gexf',
    );
    expect(fileNameOf('—', '.png')).toBe('techniekpact-graph.png');
  });
});
