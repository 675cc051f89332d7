/**
 * Positions in a source's text. The API counts `TextSelector.start`/`end` in Unicode code
 * points (the W3C TextPositionSelector's characters); JavaScript strings index UTF-16 units,
 * which differ after any character outside the BMP (an emoji, a mathematical letter: two
 * units, one code point). Highlights are cut with UTF-16 indices, so they are converted here.
 */

/** The UTF-16 index of each code point offset of `text` (0 … its code point length). */
export function utf16IndexOf(text: string): (codePointOffset: number) => number {
  // Without surrogates (the 2014 report) both counts agree: no table needed.
  if (!/[\uD800-\uDFFF]/.test(text)) return (offset) => clamp(offset, text.length);
  const table: number[] = [];
  let index = 0;
  for (const char of text) {
    table.push(index);
    index += char.length;
  }
  table.push(index);
  return (offset) => table[clamp(offset, table.length - 1)]!;
}

function clamp(value: number, max: number): number {
  return Math.min(Math.max(0, Math.trunc(value)), max);
}

/** A passage to highlight, in UTF-16 indices, with what it stands for. */
export interface TextRange<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

/** A run of the text and the ranges that cover all of it (none: plain text). */
export interface TextRun<T> {
  readonly start: number;
  readonly end: number;
  readonly covering: readonly T[];
}

/**
 * The text cut at every range's ends, in order: overlapping passages (a node's quote inside
 * a relationship's) become runs covered by each of them, so every character is drawn once.
 * Empty and out-of-text ranges are dropped. Each run's `covering` is shortest range first,
 * the most specific quote.
 */
export function textRuns<T>(length: number, ranges: readonly TextRange<T>[]): TextRun<T>[] {
  const kept = ranges
    .map((range) => ({
      ...range,
      start: clamp(range.start, length),
      end: clamp(range.end, length),
    }))
    .filter((range) => range.end > range.start);
  const cuts = [...new Set([0, length, ...kept.flatMap((r) => [r.start, r.end])])].sort(
    (a, b) => a - b,
  );
  const byStart = [...kept].sort((a, b) => a.start - b.start);
  const runs: TextRun<T>[] = [];
  let active: (typeof kept)[number][] = [];
  let next = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= start) active.push(byStart[next++]!);
    active = active.filter((range) => range.end > start);
    const covering = active
      .filter((range) => range.start <= start && range.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))
      .map((range) => range.value);
    runs.push({ start, end, covering });
  }
  return runs;
}
