import { describe, expect, it } from 'vitest';
import { BatchLoader, mapNow } from '../../src/modules/batch-loader.ts';

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
