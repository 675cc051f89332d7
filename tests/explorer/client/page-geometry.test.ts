import { describe, expect, it } from 'vitest';
import {
  labelRows,
  targetScale,
  timelinePlacement,
  yearsOf,
} from '../../../src/explorer/client/page-geometry.ts';

describe('targetScale', () => {
  it('puts zero at the start for positive values and keeps every value inside 0..1', () => {
    const scale = targetScale([45, 55, 37, 57]);
    expect(scale(0)).toBe(0);
    for (const value of [37, 45, 55, 57]) {
      expect(scale(value)).toBeGreaterThan(0);
      expect(scale(value)).toBeLessThan(1);
    }
    expect(scale(45)).toBeLessThan(scale(55));
  });

  it('ignores missing values and survives a single one', () => {
    const scale = targetScale([null, undefined, 10]);
    expect(scale(10)).toBeGreaterThan(0.9);
    expect(scale(10)).toBeLessThan(1);
  });
});

describe('timelinePlacement', () => {
  it('places dates by their precision, periods with an end, and a tick per year', () => {
    expect(yearsOf('2014')).toBe(2014.5);
    expect(yearsOf('2014-04')).toBeCloseTo(2014 + 3.5 / 12);
    const placed = timelinePlacement([
      { date: '2011', endDate: '2013' },
      { date: '2014-04-23', endDate: null },
    ]);
    expect(placed.years.map((y) => y.year)).toEqual([2011, 2012, 2013, 2014, 2015]);
    const [period, day] = placed.items;
    expect(period!.end).not.toBeNull();
    expect(period!.start).toBeLessThan(period!.end!);
    expect(day!.end).toBeNull();
    expect(day!.start).toBeGreaterThan(period!.end!);
    expect(Math.min(...placed.items.map((i) => i.start))).toBeGreaterThanOrEqual(0);
  });
});

describe('labelRows', () => {
  it('keeps labels in one row when far apart and spreads close ones over rows', () => {
    expect(labelRows([0, 100, 200], 80, 2)).toEqual([0, 0, 0]);
    expect(labelRows([300, 310, 0], 80, 2)).toEqual([0, 1, 0]);
    const rows = labelRows([10, 20, 30], 80, 2);
    expect(new Set(rows).size).toBe(2);
  });
});
