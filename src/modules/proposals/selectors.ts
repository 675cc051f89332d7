/**
 * Text selectors: the quote of a proposal as W3C TextQuoteSelector (exact, prefix, suffix)
 * and TextPositionSelector (start, end) in one.
 */
import type { TextSelector } from './proposal-types.ts';

/** How much context a selector keeps either side: enough to re-anchor a quote that occurs twice. */
export const SELECTOR_CONTEXT = 32;

export function textSelector(text: string, start: number, end: number): TextSelector {
  if (!(0 <= start && start < end && end <= text.length)) {
    throw new RangeError(`selector ${start}..${end} is outside the text (0..${text.length})`);
  }
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - SELECTOR_CONTEXT), start),
    suffix: text.slice(end, end + SELECTOR_CONTEXT),
    start,
    end,
  };
}

/**
 * Throws on a character outside the Basic Multilingual Plane. Selectors count UTF-16 units
 * (what String.slice takes) while the W3C position selector counts code points; the two
 * agree only without astral characters, and a selector that is off by one is worse than none.
 */
export function assertNoAstralCharacters(text: string): void {
  const at = text.search(/[\uD800-\uDFFF]/);
  if (at >= 0) {
    throw new RangeError(
      `the text has a character outside the Basic Multilingual Plane at offset ${at}; ` +
        'selector offsets would not be code points',
    );
  }
}
