/**
 * paths(from, to, maxHops, first): the shortest simple paths first, each as ordered hops
 * with the edge that makes the hop and the report's passage for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.ts';
import { expectQuotedFromSource } from '../../support/source-text.ts';
import { postGraphQL, startTestApi } from '../../support/test-api.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApi();
});
afterAll(async () => {
  await app?.close();
});

const PATHS = `query ($from: ID!, $to: ID!, $maxHops: Int, $first: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, first: $first) {
    length
    nodes { id type }
    hops {
      from { id }
      to { id }
      forward
      edge { id type source target evidence { quote source { id } } }
    }
  }
}`;

interface Path {
  length: number;
  nodes: { id: string }[];
  hops: {
    from: { id: string };
    to: { id: string };
    forward: boolean;
    edge: {
      id: string;
      source: string;
      target: string;
      evidence: { quote: string; source: { id: string } }[];
    };
  }[];
}

async function paths(variables: Record<string, unknown>) {
  const response = await postGraphQL<{ paths: Path[] }>(app, PATHS, variables);
  expect(response.errors).toBeUndefined();
  return { paths: response.data!.paths, queries: response.queries };
}

describe('paths', () => {
  it('finds Jet-Net to Landsdeel Noord in three hops, with evidence on every hop', async () => {
    const { paths: found, queries } = await paths({ from: 'prog-jet-net', to: 'region-noord' });
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.length).toBe(3);
    for (const path of found) {
      expect(path.nodes[0]!.id).toBe('prog-jet-net');
      expect(path.nodes.at(-1)!.id).toBe('region-noord');
      expect(path.hops).toHaveLength(path.length);
      expect(path.nodes).toHaveLength(path.length + 1);
      expect(new Set(path.nodes.map((node) => node.id)).size).toBe(path.nodes.length);
      path.hops.forEach((hop, index) => {
        expect(hop.from.id).toBe(path.nodes[index]!.id);
        expect(hop.to.id).toBe(path.nodes[index + 1]!.id);
        const ends = hop.forward ? [hop.from.id, hop.to.id] : [hop.to.id, hop.from.id];
        expect([hop.edge.source, hop.edge.target]).toEqual(ends);
      });
      expectQuotedFromSource(path.hops.map((hop) => hop.edge));
    }
    // the paths, then one batched look-up of the evidence's source
    expect(queries).toBe(2);
  });

  it('gives all the shortest paths before any longer one', async () => {
    const { paths: found } = await paths({
      from: 'prog-jet-net',
      to: 'region-noord',
      first: 10,
    });
    const lengths = found.map((path) => path.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    // Five paths of three hops: via action 4 to Technet, and via action 10c or the
    // docentstages milestone to Technet or to het bedrijfsleven (both active in Noord).
    expect(lengths.filter((length) => length === 3)).toHaveLength(5);
    expect(
      found
        .slice(0, 5)
        .map((path) =>
          path.nodes
            .slice(1, 3)
            .map((node) => node.id)
            .join(' '),
        )
        .sort(),
    ).toEqual([
      'action-04 prog-technet',
      'action-10c prog-technet',
      'action-10c sector-bedrijfsleven',
      'ms-10-2014-docentstages prog-technet',
      'ms-10-2014-docentstages sector-bedrijfsleven',
    ]);
    expect(lengths.length).toBeGreaterThan(5);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(4);
  });

  it('never visits a node twice, also among the longest paths it finds', async () => {
    const { paths: found } = await paths({
      from: 'prog-jet-net',
      to: 'region-noord',
      maxHops: 6,
      first: 25,
    });
    expect(found).toHaveLength(25);
    expect(Math.max(...found.map((path) => path.length))).toBeGreaterThan(4);
    for (const path of found) {
      const ids = path.nodes.map((node) => node.id);
      expect(new Set(ids).size, ids.join(' - ')).toBe(ids.length);
    }
  });

  it('gives as many paths as `first` asks, and none when the nodes are further apart than maxHops', async () => {
    expect(
      (await paths({ from: 'prog-jet-net', to: 'region-noord', first: 1 })).paths,
    ).toHaveLength(1);
    expect((await paths({ from: 'prog-jet-net', to: 'region-noord', maxHops: 2 })).paths).toEqual(
      [],
    );
  });
});
