/**
 * The import against the real database: the whole graph arrives, a second run changes
 * nothing, and a failure (bad seeds, or an error inside the transaction) leaves the
 * database exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jGateway } from '../../src/db/gateway.ts';
import { contentChecksum, countGraph, importSeedGraph } from '../../src/import/import-graph.ts';
import { loadSeedGraph, SeedValidationError } from '../../src/seeds/load-seeds.ts';
import { copySeeds, SEEDS_DIR } from '../support/seed-fixtures.ts';
import { testGateway } from '../support/test-api.ts';

let gateway: Neo4jGateway;
beforeAll(() => {
  gateway = testGateway();
});
afterAll(async () => {
  await gateway.driver.close();
});

describe('importSeedGraph', () => {
  it('holds the whole graph: 22 actions in 3 pillars, 5 landsdelen with their parts', async () => {
    const rows = await gateway.read(`
      MATCH (a:Action)-[:IN_PILLAR]->(p:Pillar)
      RETURN p.number AS pillar, count(a) AS actions, min(a.number) AS first, max(a.number) AS last
      ORDER BY pillar`);
    expect(rows).toEqual([
      { pillar: 1, actions: 11, first: 1, last: 11 },
      { pillar: 2, actions: 9, first: 12, last: 20 },
      { pillar: 3, actions: 2, first: 21, last: 22 },
    ]);
    const landsdelen = await gateway.read(`
      MATCH (l:Region {level: 'landsdeel'})
      OPTIONAL MATCH (part:Region)-[:PART_OF]->(l)
      RETURN l.id AS id, count(part) AS parts ORDER BY id`);
    expect(landsdelen.map((r) => r.id)).toEqual([
      'region-noord',
      'region-noordvleugel',
      'region-oost',
      'region-zuidoost',
      'region-zuidwest',
    ]);
    for (const landsdeel of landsdelen)
      expect(Number(landsdeel.parts), String(landsdeel.id)).toBeGreaterThanOrEqual(2);
  });

  it('stores exactly the seed counts per label and relationship type', async () => {
    const graph = loadSeedGraph({ seedsDir: SEEDS_DIR });
    const counts = await countGraph(gateway);
    const expectedLabels: Record<string, number> = {};
    for (const node of graph.nodes)
      expectedLabels[node.label] = (expectedLabels[node.label] ?? 0) + 1;
    const expectedTypes: Record<string, number> = {};
    for (const rel of graph.relationships)
      expectedTypes[rel.type] = (expectedTypes[rel.type] ?? 0) + 1;
    expect(counts.nodesByLabel).toEqual(expectedLabels);
    expect(counts.relationshipsByType).toEqual(expectedTypes);
  });

  it('gives every relationship a quote that occurs verbatim in the source, and a Source id', async () => {
    const { sourceText } = loadSeedGraph({ seedsDir: SEEDS_DIR });
    const rows = await gateway.read(`
      MATCH (:Node)-[r]->(:Node)
      OPTIONAL MATCH (s:Source {id: r.source})
      RETURN r.id AS id, r.quote AS quote, s.id AS source`);
    expect(rows.length).toBeGreaterThan(600);
    for (const row of rows) {
      expect(row.source, `${row.id} has a Source`).toBeTruthy();
      expect(sourceText.includes(String(row.quote)), `${row.id}: ${row.quote}`).toBe(true);
    }
  });

  it('changes nothing when run a second time: same counts, same content checksum', async () => {
    const before = { counts: await countGraph(gateway), checksum: await contentChecksum(gateway) };
    await importSeedGraph(gateway, loadSeedGraph({ seedsDir: SEEDS_DIR }));
    const after = { counts: await countGraph(gateway), checksum: await contentChecksum(gateway) };
    expect(after).toEqual(before);
  });

  it('rolls the whole transaction back when it fails part-way, leaving the database as it was', async () => {
    const before = await contentChecksum(gateway);
    const copy = copySeeds();
    try {
      // A changed graph, so that a partial write would show in the checksum.
      copy.edit('graph/actions/action-16.yaml', /title: .*/, 'title: Een andere titel');
      const changed = loadSeedGraph({ seedsDir: copy.dir });
      await expect(
        importSeedGraph(gateway, changed, {
          batchSize: 5,
          afterBatch: (index) => {
            if (index === 40) throw new Error('simulated failure in batch 40');
          },
        }),
      ).rejects.toThrow('simulated failure in batch 40');
    } finally {
      copy.remove();
    }
    expect(await contentChecksum(gateway)).toBe(before);
  });

  it('refuses invalid seeds before touching the database', async () => {
    const before = await contentChecksum(gateway);
    const copy = copySeeds();
    try {
      copy.edit('graph/actions/action-02.yaml', /number: 2\b/, 'number: twee');
      expect(() => loadSeedGraph({ seedsDir: copy.dir })).toThrow(SeedValidationError);
    } finally {
      copy.remove();
    }
    expect(await contentChecksum(gateway)).toBe(before);
  });
});
