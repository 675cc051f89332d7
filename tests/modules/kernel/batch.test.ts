import { describe, expect, it } from 'vitest';
import {
  columnOfParent,
  nestedCypher,
  rowsOfLists,
  prefixParameters,
  returnedColumns,
  standaloneCypher,
  BatchLoader,
  mapNow,
  type BatchStatement,
} from '../../../src/modules/kernel/batch.ts';

const statement: BatchStatement = {
  body: `MATCH (n:Node {id: id})-[r]->(m:Node)
WHERE type(r) IN $kinds`,
  returns: (projection) =>
    `id, ${projection.node('m', ['Organisation'])} AS node, labels(m) AS labels, ${projection.relation('r')} AS rel`,
  orderBy: `id, m.name`,
};

describe('batch statements', () => {
  it('names the columns of a projection, looking past commas inside maps and calls', () => {
    expect(
      returnedColumns(
        'id, m {.id, .name, size: size([x IN $kinds | x])} AS node, labels(m) AS labels',
      ),
    ).toEqual(['id', 'node', 'labels']);
    expect(returnedColumns('CASE WHEN a THEN f(a, b) END AS part, r AS rel')).toEqual([
      'part',
      'rel',
    ]);
  });

  it('refuses a returned item without a name', () => {
    expect(() => returnedColumns('id, m.name')).toThrow(/needs a name: "m.name"/);
  });

  it('prefixes every parameter, and nothing else', () => {
    expect(prefixParameters('x IN $kinds AND y = $kinds2 AND z = "a"', 'l3_')).toBe(
      'x IN $l3_kinds AND y = $l3_kinds2 AND z = "a"',
    );
  });

  it('runs alone over $ids', () => {
    expect(standaloneCypher(statement)).toBe(`UNWIND $ids AS id
MATCH (n:Node {id: id})-[r]->(m:Node)
WHERE type(r) IN $kinds
RETURN id, m {.id, .source, .sortName, .revision, .name, .aliases, .quote, .quoteStart, .description, .kind} AS node, labels(m) AS labels, r AS rel
ORDER BY id, m.name`);
  });

  it('runs nested over the distinct ids of an outer list, collecting its rows as lists', () => {
    const nested = nestedCypher(statement, {
      parentList: 'l1',
      idOfParent: 'parent[1].id',
      paramPrefix: 'l2_',
      output: 'l2',
      projection: {
        node: (variable) => `${variable} {.id, .name}`,
        relation: (variable) => `${variable} {.id}`,
      },
    });
    expect(nested.columns).toEqual(['id', 'node', 'labels', 'rel']);
    expect(nested.cypher).toBe(`CALL {
  WITH l1
  UNWIND l1 AS parent
  WITH DISTINCT parent[1].id AS id
  WHERE id IS NOT NULL
  MATCH (n:Node {id: id})-[r]->(m:Node)
  WHERE type(r) IN $l2_kinds
  WITH id, m {.id, .name} AS node, labels(m) AS labels, r {.id} AS rel
  ORDER BY id, m.name
  RETURN collect([id, node, labels, rel]) AS l2
}`);
  });

  it('turns collected lists back into rows, and names a parent column by its place', () => {
    expect(rowsOfLists([['a', { id: 'x' }]], ['id', 'node'])).toEqual([
      { id: 'a', node: { id: 'x' } },
    ]);
    expect(columnOfParent(['id', 'node'], 'node')).toBe('parent[1]');
    expect(() => columnOfParent(['id', 'node'], 'actor')).toThrow(/no column "actor"/);
  });
});

/** A loader over a plain batch function that answers `loaded:<key>` and counts its batches. */
function loader() {
  const batches: string[][] = [];
  const batchLoader = new BatchLoader<string, string>(async (keys) => {
    batches.push([...keys]);
    return keys.map((key) => `loaded:${key}`);
  });
  return { batchLoader, batches };
}

describe('BatchLoader', () => {
  it('answers a primed key at once, without a batch', async () => {
    const { batchLoader, batches } = loader();
    batchLoader.prime('a', 'primed:a');
    expect(batchLoader.loadNow('a')).toBe('primed:a');
    expect(await batchLoader.load('a')).toBe('primed:a');
    expect(batches).toEqual([]);
  });

  it('loads a key nobody primed, as load does', async () => {
    const { batchLoader, batches } = loader();
    const value = batchLoader.loadNow('b');
    expect(value).toBeInstanceOf(Promise);
    expect(await value).toBe('loaded:b');
    expect(batches).toEqual([['b']]);
  });

  it('keeps what it loaded for a key primed later, as DataLoader does', async () => {
    const { batchLoader } = loader();
    await batchLoader.load('c');
    batchLoader.prime('c', 'primed:c');
    expect(await batchLoader.loadNow('c')).toBe('loaded:c');
    expect(await batchLoader.load('c')).toBe('loaded:c');
  });

  it('forgets primed values when cleared', async () => {
    const { batchLoader } = loader();
    batchLoader.prime('d', 'primed:d');
    batchLoader.clearAll();
    expect(await batchLoader.loadNow('d')).toBe('loaded:d');
  });
});

describe('mapNow', () => {
  it('maps a known value now and a promised one later', async () => {
    expect(mapNow(2, (n) => n * 10)).toBe(20);
    const later = mapNow(Promise.resolve(3), (n) => n * 10);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toBe(30);
  });
});
