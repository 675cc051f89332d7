/**
 * Highlights in a source's text. The API's positions are code points (the W3C
 * TextPositionSelector's characters); highlights are cut with UTF-16 indices, into which
 * `utf16OffsetsOf` (src/graph/text-anchors.ts, the API's own) converts them.
 */

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
