/**
 * The co-involvement network: collaborators of an actor, the whole network as a subgraph,
 * and centrality over it (betweenness checked against networkx on the same network).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.ts';
import { ALL_ACTORS } from '../../../src/modules/network/network.cypher.ts';
import { networkxBetweenness } from '../../support/python-readers.ts';
import { expectQuotedFromSource } from '../../support/source-text.ts';
import { postGraphQL, query, startTestApi } from '../../support/test-api.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApi();
});
afterAll(async () => {
  await app?.close();
});

const COLLABORATORS = `query ($id: ID!, $first: Int) {
  collaborators(id: $id, first: $first) {
    weight
    actor { id name }
    shared { item { id type } own { id evidence { quote } } theirs { id } }
  }
}`;

interface Collaborator {
  weight: number;
  actor: { id: string; name: string };
  shared: { item: { id: string; type: string }; own: { id: string }[]; theirs: { id: string }[] }[];
}

const NETWORK = `query ($minWeight: Int) {
  collaborationNetwork(minWeight: $minWeight) {
    truncated
    nodes { id type }
    edges { id type source target directed weight shared { id } relations { id } evidence { quote source { id } } }
  }
}`;

interface NetworkEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  directed: boolean;
  weight: number;
  shared: { id: string }[];
  relations: { id: string }[];
  evidence: { quote: string; source: { id: string } }[];
}

describe('collaborators', () => {
  it('ranks SLO first for OCW: action 1, action 3 and the kennisbasis programme', async () => {
    const response = await postGraphQL<{ collaborators: Collaborator[] }>(app, COLLABORATORS, {
      id: 'org-ocw',
    });
    expect(response.errors).toBeUndefined();
    const collaborators = response.data!.collaborators;
    expect(collaborators[0]).toMatchObject({ weight: 3, actor: { id: 'org-slo' } });
    expect(collaborators[0]!.shared.map((work) => work.item.id)).toEqual([
      'action-01',
      'action-03',
      'prog-kennisbasis-natuurwetenschappen-en-technologie',
    ]);
    const weights = collaborators.map((c) => c.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    const nuffic = collaborators.find((c) => c.actor.id === 'org-nuffic');
    expect(nuffic?.shared.map((work) => work.item.id)).toEqual([
      'action-19',
      'prog-make-it-in-the-netherlands',
    ]);
    // the collaborators, in one query
    expect(response.queries).toBe(1);
  });

  it('lists for every shared item how each side is involved, a part counting for its action', async () => {
    const { collaborators } = await query<{ collaborators: Collaborator[] }>(app, COLLABORATORS, {
      id: 'org-ocw',
    });
    for (const collaborator of collaborators) {
      expect(collaborator.weight).toBe(collaborator.shared.length);
      expect(collaborator.actor.id).not.toBe('org-ocw');
      for (const work of collaborator.shared) {
        expect(['ACTION', 'PROGRAMME']).toContain(work.item.type);
        expect(work.own.length).toBeGreaterThan(0);
        expect(work.theirs.length).toBeGreaterThan(0);
        for (const own of work.own) expect(own.id).toContain(':org-ocw->');
        for (const theirs of work.theirs) {
          expect(theirs.id).toContain(`:${collaborator.actor.id}->`);
          expect(theirs.id).not.toMatch(/^MENTIONED_IN:/);
        }
      }
    }
    // OCW commissions part 1c; SLO leads 1a and 1c and contributes to 1b: shared as action 1.
    const slo = collaborators.find((c) => c.actor.id === 'org-slo')!;
    expect(slo.shared[0]!.own.map((r) => r.id)).toEqual(['COMMISSIONS:org-ocw->action-01c']);
    expect(slo.shared[0]!.theirs.map((r) => r.id).sort()).toEqual([
      'CONTRIBUTES_TO:org-slo->action-01b',
      'LEADS:org-slo->action-01a',
      'LEADS:org-slo->action-01c',
    ]);
  });

  it('gives the first n when asked, and null for an id no actor has', async () => {
    const { collaborators } = await query(app, COLLABORATORS, { id: 'org-ocw', first: 2 });
    expect(collaborators).toHaveLength(2);
    const none = await query(
      app,
      `{ a: collaborators(id: "nobody") { weight } b: collaborators(id: "action-01") { weight } }`,
    );
    expect(none).toEqual({ a: null, b: null });
  });
});

describe('collaborationNetwork', () => {
  it('links co-involved actors by undirected edges weighted by what they share, with evidence', async () => {
    const { collaborationNetwork: network } = await query<{
      collaborationNetwork: { truncated: boolean; nodes: { id: string }[]; edges: NetworkEdge[] };
    }>(app, NETWORK, {});
    expect(network.truncated).toBe(false);
    const nodeIds = new Set(network.nodes.map((node) => node.id));
    for (const edge of network.edges) {
      expect(edge).toMatchObject({ type: 'CO_INVOLVED', directed: false });
      expect(edge.id).toBe(`CO_INVOLVED:${edge.source}->${edge.target}`);
      expect(edge.source < edge.target).toBe(true);
      expect(edge.weight).toBe(edge.shared.length);
      expect(nodeIds.has(edge.source) && nodeIds.has(edge.target)).toBe(true);
      expect(edge.relations.length).toBeGreaterThanOrEqual(2);
    }
    expectQuotedFromSource(network.edges);
    const ocwSlo = network.edges.find((edge) => edge.id === 'CO_INVOLVED:org-ocw->org-slo');
    expect(ocwSlo?.weight).toBe(3);
  });

  it('keeps only edges of at least minWeight', async () => {
    const all = await query(app, NETWORK, { minWeight: 1 });
    const strong = await query(app, NETWORK, { minWeight: 2 });
    const strongEdges = strong.collaborationNetwork.edges as NetworkEdge[];
    expect(strongEdges.length).toBeGreaterThan(0);
    expect(strongEdges.length).toBeLessThan(all.collaborationNetwork.edges.length);
    expect(strongEdges.every((edge) => edge.weight >= 2)).toBe(true);
  });
});

describe('centrality', () => {
  const CENTRALITY = `query ($types: [ActorType!], $first: Int, $orderBy: CentralityOrder) {
    centrality(types: $types, first: $first, orderBy: $orderBy) {
      rank degree weightedDegree betweenness actor { id type }
    }
  }`;

  it('ranks het bedrijfsleven first by degree and OCW second, a degree being the number of collaborators', async () => {
    const { centrality } = await query(app, CENTRALITY, { first: 5 });
    // The business sector is a party to more actions and landsdeel sections than anyone.
    expect(centrality[0]).toMatchObject({ rank: 1, actor: { id: 'sector-bedrijfsleven' } });
    expect(centrality[1]).toMatchObject({ rank: 2, actor: { id: 'org-ocw' } });
    for (const entry of centrality.slice(0, 2)) {
      const { collaborators } = await query(app, COLLABORATORS, { id: entry.actor.id });
      expect(entry.degree).toBe(collaborators.length);
      expect(entry.weightedDegree).toBe(
        collaborators.reduce((sum: number, c: Collaborator) => sum + c.weight, 0),
      );
    }
    expect(centrality.map((entry: { rank: number }) => entry.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it('agrees with networkx on the betweenness of every ranked actor', async () => {
    const { centrality } = await query(app, CENTRALITY, { first: 100, orderBy: 'BETWEENNESS' });
    const { collaborationNetwork } = await query(app, NETWORK, {});
    const actors = (await app.gateway.read(ALL_ACTORS)).map(
      (row) => (row.node as { id: string }).id,
    );
    const expected = networkxBetweenness(
      actors,
      (collaborationNetwork.edges as NetworkEdge[]).map((edge) => [edge.source, edge.target]),
    );
    for (const entry of centrality as { actor: { id: string }; betweenness: number }[]) {
      expect(entry.betweenness).toBeCloseTo(expected[entry.actor.id]!, 9);
    }
    const betweenness = centrality.map((entry: { betweenness: number }) => entry.betweenness);
    expect(betweenness).toEqual([...betweenness].sort((a, b) => b - a));
  });

  it('narrows the list to the asked actor types, keeping ranks among all actors', async () => {
    const { centrality } = await query(app, CENTRALITY, { types: ['TOPSECTOR'], first: 100 });
    expect(centrality.length).toBe(13);
    expect(
      centrality.every((entry: { actor: { type: string } }) => entry.actor.type === 'TOPSECTOR'),
    ).toBe(true);
    const ranks = centrality.map((entry: { rank: number }) => entry.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBeGreaterThan(1);
  });

  it('computes once per graph version: a second request costs only the version check', async () => {
    const first = await postGraphQL(app, CENTRALITY, { first: 1 });
    expect(first.errors).toBeUndefined();
    const again = await postGraphQL(app, CENTRALITY, { first: 3, orderBy: 'WEIGHTED_DEGREE' });
    expect(again.errors).toBeUndefined();
    // One round trip (the graph version), not the network read a computation needs.
    expect(again.queries).toBe(1);
  });
});
