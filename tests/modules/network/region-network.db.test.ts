/**
 * regionNetwork(id): a landsdeel with its parts, initiatives, organisations, bodies and
 * topsectors as one subgraph.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.ts';
import { expectQuotedFromSource } from '../../support/source-text.ts';
import { postGraphQL, query, startTestApi } from '../../support/test-api.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApi();
});
afterAll(async () => {
  await app?.close();
});

const REGION_NETWORK = `query ($id: ID!) {
  regionNetwork(id: $id) {
    truncated
    nodes { id type kind depth }
    edges { id type source target evidence { quote source { id } } }
  }
}`;

interface RegionNetwork {
  truncated: boolean;
  nodes: { id: string; type: string; kind: string | null; depth: number | null }[];
  edges: {
    id: string;
    type: string;
    source: string;
    target: string;
    evidence: { quote: string; source: { id: string } }[];
  }[];
}

const OOST_PARTS = [
  'region-achterhoek',
  'region-apeldoorn',
  'region-gelderland',
  'region-overijssel',
  'region-stedendriehoek-noord-veluwe',
  'region-twente',
  'region-zwolle',
];

describe('regionNetwork', () => {
  it('gives Landsdeel Oost with its parts, initiatives, bodies, their members and topsectors', async () => {
    const response = await postGraphQL<{ regionNetwork: RegionNetwork }>(app, REGION_NETWORK, {
      id: 'region-oost',
    });
    expect(response.errors).toBeUndefined();
    const network = response.data!.regionNetwork;
    expect(network.nodes[0]).toMatchObject({ id: 'region-oost', kind: 'landsdeel', depth: null });
    const ids = network.nodes.map((node) => node.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        ...OOST_PARTS,
        // initiatives active in Oost or one of its parts
        'prog-techforfuture',
        'prog-poultry-academy',
        'prog-seece',
        'prog-techniekpact-twente',
        // the body that coordinates it, another active there, and a member from outside
        'org-liaisonoverleg-oost',
        'org-techniekraad-oost',
        'org-pbt',
        // organisations of a province, and those a regional initiative funds
        'org-provincie-overijssel',
        'org-saxion',
        'org-universiteit-twente',
        // topsectors the initiatives focus on
        'topsector-htsm',
        'topsector-chemie',
        'topsector-agrofood',
      ]),
    );
    expect(new Set(ids).size).toBe(ids.length);
    // Actions, milestones and other landsdelen stay out.
    expect(
      network.nodes.every((node) =>
        ['REGION', 'ORGANISATION', 'PROGRAMME', 'TOPSECTOR'].includes(node.type),
      ),
    ).toBe(true);
    expect(ids).not.toContain('region-noord');
    expect(network.truncated).toBe(false);
    // the network, then one batched look-up of the evidence's source
    expect(response.queries).toBe(2);
  });

  it('has every relationship between its nodes, each with a quote found in the report', async () => {
    const { regionNetwork: network } = await query<{ regionNetwork: RegionNetwork }>(
      app,
      REGION_NETWORK,
      { id: 'region-oost' },
    );
    const ids = new Set(network.nodes.map((node) => node.id));
    for (const edge of network.edges)
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    const edgeIds = network.edges.map((edge) => edge.id);
    for (const part of OOST_PARTS) expect(edgeIds).toContain(`PART_OF:${part}->region-oost`);
    expect(edgeIds).toEqual(
      expect.arrayContaining([
        'COORDINATES:org-liaisonoverleg-oost->region-oost',
        'MEMBER_OF:org-pbt->org-liaisonoverleg-oost',
        'FOCUSES_ON:prog-techforfuture->topsector-htsm',
        'FUNDS:prog-sanderink-technology-centre->org-saxion',
      ]),
    );
    expectQuotedFromSource(network.edges);
  });

  it('answers null for an id no region has', async () => {
    const data = await query(
      app,
      `{ a: regionNetwork(id: "region-atlantis") { truncated } b: regionNetwork(id: "org-sbb") { truncated } }`,
    );
    expect(data).toEqual({ a: null, b: null });
  });
});
