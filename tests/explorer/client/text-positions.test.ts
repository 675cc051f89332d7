/**
 * The source viewer's positions: the API's code point offsets become the right UTF-16
 * indices also after characters outside the BMP, and overlapping quotes are cut into runs
 * that draw every character once.
 */
import { describe, expect, it } from 'vitest';
import { utf16OffsetsOf } from '../../../src/graph/text-anchors.ts';
import { textRuns } from '../../../src/explorer/client/text-positions.ts';

describe("utf16OffsetsOf (the API's converter, as the viewer uses it)", () => {
  it('is the identity for a text without surrogates', () => {
    const index = utf16OffsetsOf('Bèta Techniek');
    expect([0, 4, 13].map(index)).toEqual([0, 4, 13]);
  });

  it('counts a character outside the BMP as one code point and two UTF-16 units', () => {
    const text = 'a😀b 𝔘 SBB';
    const index = utf16OffsetsOf(text);
    // Code points: a=0 😀=1 b=2 ' '=3 𝔘=4 ' '=5 S=6
    expect(text.slice(index(6), index(9))).toBe('SBB');
    expect(text.slice(index(1), index(2))).toBe('😀');
    expect(text.slice(index(4), index(5))).toBe('𝔘');
    expect(index(Array.from(text).length)).toBe(text.length);
  });

  it('clamps offsets outside the text', () => {
    const index = utf16OffsetsOf('😀x');
    expect(index(-3)).toBe(0);
    expect(index(99)).toBe(3);
  });
});

describe('textRuns', () => {
  it('cuts overlapping ranges into runs, most specific quote first', () => {
    const runs = textRuns(10, [
      { start: 2, end: 8, value: 'edge' },
      { start: 4, end: 6, value: 'node' },
    ]);
    expect(runs.map((r) => [r.start, r.end, r.covering])).toEqual([
      [0, 2, []],
      [2, 4, ['edge']],
      [4, 6, ['node', 'edge']],
      [6, 8, ['edge']],
      [8, 10, []],
    ]);
  });

  it('drops empty ranges and keeps identical ones together', () => {
    const runs = textRuns(5, [
      { start: 1, end: 1, value: 'empty' },
      { start: 1, end: 3, value: 'a' },
      { start: 1, end: 3, value: 'b' },
    ]);
    expect(runs.map((r) => r.covering)).toEqual([[], ['a', 'b'], []]);
  });
});
