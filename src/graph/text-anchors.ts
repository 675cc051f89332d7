/**
 * Where a quote is in its source's text, as the W3C Web Annotation selectors say it: a
 * TextQuoteSelector (`exact`, with up to 32 characters of `prefix` and `suffix`) and a
 * TextPositionSelector (`start`, `end`, half-open). Positions count characters of the
 * extracted text. The W3C counts Unicode code points; JavaScript strings count UTF-16
 * units; the two agree on every text without characters outside the Basic Multilingual
 * Plane, and the texts that have such characters get code points (see textSelector).
 */

/** As much context as the W3C examples and Hypothesis keep on each side. */
export const SELECTOR_CONTEXT = 32;

export interface TextSelector {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  /** Code points before the quote. */
  readonly start: number;
  /** start + the quote's length in code points. */
  readonly end: number;
}

/** Every UTF-16 offset at which `quote` starts in `text` (overlapping ones too). */
export function quoteOccurrences(text: string, quote: string, limit = 20): number[] {
  const found: number[] = [];
  if (quote === '') return found;
  for (let at = text.indexOf(quote); at >= 0 && found.length < limit;) {
    found.push(at);
    at = text.indexOf(quote, at + 1);
  }
  return found;
}

const ASTRAL = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

/** UTF-16 offset → code point offset (the same number unless the text has astral characters). */
export function codePointOffset(text: string, utf16: number): number {
  if (!ASTRAL.test(text)) return utf16;
  return [...text.slice(0, utf16)].length;
}

/**
 * Code point offset → UTF-16 offset, for many offsets into one text (the explorer's source
 * viewer places every quotation of a report): the table is built once, and only for a text
 * with astral characters. Offsets outside the text are clamped to it.
 */
export function utf16OffsetsOf(text: string): (codePoints: number) => number {
  if (!ASTRAL.test(text)) return (codePoints) => clamp(codePoints, text.length);
  const table: number[] = [];
  let units = 0;
  for (const char of text) {
    table.push(units);
    units += char.length;
  }
  table.push(units);
  return (codePoints) => table[clamp(codePoints, table.length - 1)]!;
}

/** Code point offset → UTF-16 offset. */
export function utf16Offset(text: string, codePoints: number): number {
  return utf16OffsetsOf(text)(codePoints);
}

function clamp(value: number, max: number): number {
  return Math.min(Math.max(0, Math.trunc(value)), max);
}

/** The selectors of the quote that starts at code point `start` of `text`. */
export function textSelector(text: string, start: number, quote: string): TextSelector {
  const from = utf16Offset(text, start);
  const to = from + quote.length;
  return {
    exact: quote,
    prefix: text.slice(Math.max(0, from - SELECTOR_CONTEXT), from),
    suffix: text.slice(to, to + SELECTOR_CONTEXT),
    start,
    end: start + codePointOffset(quote, quote.length),
  };
}
