/**
 * The arithmetic behind the action page's drawings, without DOM so that tests check it:
 * where values fall on a target's scale, and where dates fall on a timeline.
 */

/** A function from a value to 0..1 over the span of the given values (padded by 5 %). */
export function targetScale(
  values: readonly (number | null | undefined)[],
): (value: number) => number {
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const low = Math.min(0, ...known);
  const high = Math.max(...known, low + 1);
  const pad = (high - low) * 0.05;
  const from = low === 0 ? 0 : low - pad;
  const to = high + pad;
  return (value) => (value - from) / (to - from);
}

/** A date as YYYY, YYYY-MM or YYYY-MM-DD in fractional years (the middle of its span). */
export function yearsOf(date: string): number {
  const [year = 0, month, day] = date.split('-').map(Number);
  if (month === undefined) return year + 0.5;
  if (day === undefined) return year + (month - 0.5) / 12;
  return year + (month - 1) / 12 + (day - 0.5) / 365;
}

export interface TimelinePlacement {
  /** Per item, in order: start and (for a period) end, 0..1 along the axis. */
  readonly items: readonly { start: number; end: number | null }[];
  /** A tick per whole year in range. */
  readonly years: readonly { year: number; at: number }[];
}

export function timelinePlacement(
  items: readonly { date: string; endDate: string | null }[],
): TimelinePlacement {
  const points = items.flatMap((item) => [
    yearsOf(item.date),
    ...(item.endDate ? [yearsOf(item.endDate)] : []),
  ]);
  const first = Math.floor(Math.min(...points));
  const last = Math.ceil(Math.max(...points));
  const span = Math.max(1, last - first);
  const at = (years: number) => (years - first) / span;
  return {
    items: items.map((item) => ({
      start: at(yearsOf(item.date)),
      end: item.endDate ? at(yearsOf(item.endDate)) : null,
    })),
    years: Array.from({ length: span + 1 }, (_, i) => ({ year: first + i, at: at(first + i) })),
  };
}

/**
 * A row for each label at position `x` (in any order) so that labels in one row are at
 * least `gap` apart: the first row that has room, else the least crowded one.
 */
export function labelRows(xs: readonly number[], gap: number, rows: number): number[] {
  const order = xs.map((x, index) => ({ x, index })).sort((a, b) => a.x - b.x);
  const lastInRow = Array.from({ length: rows }, () => -Infinity);
  const result = new Array<number>(xs.length).fill(0);
  for (const { x, index } of order) {
    let row = lastInRow.findIndex((last) => x - last >= gap);
    if (row === -1) row = lastInRow.indexOf(Math.min(...lastInRow));
    lastInRow[row] = x;
    result[index] = row;
  }
  return result;
}
