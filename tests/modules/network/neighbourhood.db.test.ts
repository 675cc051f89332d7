/**
 * neighbourhood(id, depth, types, relationshipTypes, limit): the subgraph around a node,
 * nearest first, with evidence on every edge, as the API answers it over HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.ts';
import { recordStatements } from '../../support/record-statements.ts';
import { expectQuotedFromSource } from '../../support/source-text.ts';
import { postGraphQL, query, startTestApi } from '../../support/test-api.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApi();
});
afterAll(async () => {
  await app?.close();
});

const NEIGHBOURHOOD = `query ($id: ID!, $depth: Int, $types: [NodeType!], $relationshipTypes: [RelationshipType!], $limit: Int) {
  neighbourhood(id: $id, depth: $depth, types: $types, relationshipTypes: $relationshipTypes, limit: $limit) {
    truncated
    nodes { id type name aliases kind depth node { id ... on Organisation { kind } } }
    edges { id type source target directed weight role evidence { quote source { id } } }
  }
}`;

interface Subgraph {
  truncated: boolean;
  nodes: { id: string; type: string; depth: number; kind: string | null; node: { id: string } }[];
  edges: {
    id: string;
    type: string;
    source: string;
    target: string;
    directed: boolean;
    weight: number;
    evidence: { quote: string; source: { id: string } }[];
  }[];
}

async function neighbourhood(variables: Record<string, unknown>) {
  const response = await postGraphQL<{ neighbourhood: Subgraph }>(app, NEIGHBOURHOOD, variables);
  expect(response.errors).toBeUndefined();
  return { subgraph: response.data!.neighbourhood, queries: response.queries };
}

const SBB_DEPTH_1 = [
  'action-11',
  'action-16',
  'action-17a',
  'ms-16-2014-03-25-advies-sbb-indicatoren',
  'prog-meldpunt-stagetekorten',
  'prog-studiebijsluiters-mbo',
];

const SBB_RELATIONSHIPS = [
  'CONTRIBUTES_TO:org-sbb->action-11',
  'LEADS:org-sbb->action-16',
  'LEADS:org-sbb->prog-studiebijsluiters-mbo',
  'CONCERNS:ms-16-2014-03-25-advies-sbb-indicatoren->org-sbb',
  'LEADS:org-sbb->action-17a',
  'RUNS:org-sbb->prog-meldpunt-stagetekorten',
];

function expectClosed(subgraph: Subgraph): void {
  const ids = new Set(subgraph.nodes.map((node) => node.id));
  for (const edge of subgraph.edges) {
    expect(ids.has(edge.source) && ids.has(edge.target), edge.id).toBe(true);
  }
}

describe('neighbourhood', () => {
  it('gives SBB and the six nodes one hop away, with the six relationships that reach them', async () => {
    const { subgraph, queries } = await neighbourhood({ id: 'org-sbb', depth: 1 });
    expect(subgraph.truncated).toBe(false);
    expect(subgraph.nodes[0]).toMatchObject({
      id: 'org-sbb',
      type: 'ORGANISATION',
      kind: 'foundation',
      depth: 0,
      node: { id: 'org-sbb', kind: 'FOUNDATION' },
    });
    expect(
      subgraph.nodes
        .slice(1)
        .map((node) => node.id)
        .sort(),
    ).toEqual(SBB_DEPTH_1);
    expect(subgraph.nodes.slice(1).every((node) => node.depth === 1)).toBe(true);
    const edgeIds = subgraph.edges.map((edge) => edge.id);
    expect(edgeIds).toEqual(expect.arrayContaining(SBB_RELATIONSHIPS));
    // Edges between two neighbours come along too (the subgraph is induced).
    expect(edgeIds).toContain('HAS_MILESTONE:action-16->ms-16-2014-03-25-advies-sbb-indicatoren');
    expectClosed(subgraph);
    // the neighbourhood, then one batched look-up of the evidence's source
    expect(queries).toBe(2);
  });

  it('puts a quote found in the report on every edge, at depth 1 and 2', async () => {
    for (const depth of [1, 2]) {
      const { subgraph } = await neighbourhood({ id: 'org-sbb', depth });
      expectQuotedFromSource(subgraph.edges);
      for (const edge of subgraph.edges) {
        expect(edge).toMatchObject({ directed: true, weight: 1 });
        expect(edge.id).toBe(`${edge.type}:${edge.source}->${edge.target}`);
      }
    }
  });

  it('reaches OCW, MBO Raad, the pillars and action 17 at depth 2, each at its distance', async () => {
    const { subgraph } = await neighbourhood({ id: 'org-sbb', depth: 2 });
    const depthOf = new Map(subgraph.nodes.map((node) => [node.id, node.depth]));
    for (const id of SBB_DEPTH_1) expect(depthOf.get(id)).toBe(1);
    for (const id of ['org-ocw', 'org-mbo-raad', 'pillar-kiezen', 'pillar-leren', 'action-17']) {
      expect(depthOf.get(id), id).toBe(2);
    }
    expect(subgraph.nodes.map((node) => node.depth)).toEqual(
      [...subgraph.nodes.map((node) => node.depth)].sort((a, b) => a - b),
    );
    expectClosed(subgraph);
  });

  it('follows only the asked relationship types', async () => {
    const { subgraph } = await neighbourhood({
      id: 'org-sbb',
      depth: 1,
      relationshipTypes: ['LEADS'],
    });
    expect(subgraph.nodes.map((node) => node.id)).toEqual([
      'org-sbb',
      'action-16',
      'action-17a',
      'prog-studiebijsluiters-mbo',
    ]);
    expect(subgraph.edges.every((edge) => edge.type === 'LEADS')).toBe(true);
  });

  it('goes only through nodes of the asked types, keeping the root whatever its type', async () => {
    const { subgraph } = await neighbourhood({
      id: 'org-sbb',
      depth: 3,
      types: ['ACTION', 'ACTION_PART'],
    });
    expect(subgraph.nodes[0]!.id).toBe('org-sbb');
    const others = subgraph.nodes.slice(1);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((node) => ['ACTION', 'ACTION_PART'].includes(node.type))).toBe(true);
    expect(others.map((node) => node.id)).toEqual(
      expect.arrayContaining(['action-11', 'action-16', 'action-17a', 'action-17']),
    );
  });

  it('cuts at the limit, keeping the nearest nodes, and says it cut', async () => {
    const { subgraph } = await neighbourhood({ id: 'org-sbb', depth: 3, limit: 10 });
    expect(subgraph.truncated).toBe(true);
    expect(subgraph.nodes).toHaveLength(10);
    expect(subgraph.nodes.slice(0, 7).map((node) => node.id)).toEqual(['org-sbb', ...SBB_DEPTH_1]);
    expectClosed(subgraph);
    const whole = await neighbourhood({ id: 'org-sbb', depth: 3, limit: 2000 });
    expect(whole.subgraph.truncated).toBe(false);
    expect(whole.subgraph.nodes.length).toBeGreaterThan(10);
  });

  it('answers the same subgraph, in the same order, every time', async () => {
    const first = await query(app, NEIGHBOURHOOD, { id: 'region-oost', depth: 2 });
    const second = await query(app, NEIGHBOURHOOD, { id: 'region-oost', depth: 2 });
    expect(second).toEqual(first);
  });

  it('reads only the selected fields, and answers them as when it reads whole nodes', async () => {
    // Without `node` and `relations` only the properties the selected fields read are sent
    // (subgraph-projection.ts); with them the whole nodes and relationships are.
    const fields = `truncated
      nodes { id type name aliases kind depth evidence { quote source { id } } }
      edges { id type source target directed weight role amount unit period note
              evidence { quote source { id } } }`;
    const fitted = `query ($id: ID!) { neighbourhood(id: $id, depth: 2) { ${fields} } }`;
    const whole = `query ($id: ID!) { neighbourhood(id: $id, depth: 2) { ${fields}
      nodes { node { id } } edges { relations { id } } } }`;
    for (const id of ['org-sbb', 'region-oost', 'action-16']) {
      type Answer = { neighbourhood: Record<string, Record<string, unknown>[]> };
      const a = (await query(app, fitted, { id })) as Answer;
      const b = (await query(app, whole, { id })) as Answer;
      const withoutWholeFields = {
        ...b.neighbourhood,
        nodes: b.neighbourhood.nodes!.map(({ node: _node, ...rest }) => rest),
        edges: b.neighbourhood.edges!.map(({ relations: _relations, ...rest }) => rest),
      };
      expect(a.neighbourhood).toEqual(withoutWholeFields);
      expect(a.neighbourhood.nodes!.some((node) => node.kind !== null)).toBe(true);
    }
  });

  it('leaves out the labels, depth, types and ends no field reads, and answers the same', async () => {
    const sent = recordStatements();
    const ask = async (nodeFields: string, edgeFields: string) => {
      const answer = (await query(
        app,
        `query ($id: ID!) { neighbourhood(id: $id, depth: 2) {
          nodes { ${nodeFields} } edges { ${edgeFields} } } }`,
        { id: 'org-sbb' },
      )) as { neighbourhood: { nodes: object[]; edges: object[] } };
      return answer.neighbourhood;
    };
    // `node` and `relations` read whole rows, with every column.
    const full = await ask(
      'id type depth name node { id }',
      'id type source target relations { id }',
    );
    const pick = (rows: object[], fields: string[]) =>
      rows.map((row) =>
        Object.fromEntries(fields.map((f) => [f, (row as Record<string, unknown>)[f]])),
      );

    sent.length = 0;
    const bare = await ask('id name', 'id');
    const statements = sent.filter((cypher) => cypher.includes('ANY SHORTEST'));
    expect(bare).toEqual({
      nodes: pick(full.nodes, ['id', 'name']),
      edges: pick(full.edges, ['id']),
    });
    expect(statements).toHaveLength(1);
    expect(statements[0]).not.toMatch(/labels: |depth: k\.depth|type: type\(r\)|from: a\.id/);

    // Each column comes back for the field that reads it, with the value it has in full.
    for (const [nodeField, edgeField] of [
      ['type', 'type'],
      ['depth', 'source'],
      ['name', 'target'],
    ] as const) {
      const one = await ask(`id ${nodeField}`, `id ${edgeField}`);
      expect(one).toEqual({
        nodes: pick(full.nodes, ['id', nodeField]),
        edges: pick(full.edges, ['id', edgeField]),
      });
    }
  });
});
