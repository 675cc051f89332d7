/**
 * Splits a report into the sentences that proposals quote. A report exported from a word
 * processor is a mix of lines, tab-separated table cells and HTML paragraph and list tags
 * (the 2014 file has all three); each of those ends a sentence, and so does a full stop,
 * question or exclamation mark followed by a capital or a digit, except after an
 * abbreviation. List markers (bullets, "a.", "b, c.") and row numbers ("12.") are not part
 * of a sentence: they say where it belongs (action-scopes.ts reads them), not what it says.
 */

export interface Sentence {
  /** Offsets in the text, half-open; text.slice(start, end) is the sentence as written. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Where a block of running text ends: a line, a table cell, an HTML block or list tag, or a
 * bullet character, which lists in a table cell put inline (" › item. › item.").
 */
export const BLOCK_BREAK =
  /\r?\n|\t|[›•]|<\/?(?:p|ul|ol|li|div|br|h[1-6]|table|tr|td|th|tbody|thead)\b[^>]*>/gi;

/**
 * What may open a block before its sentence: bullets ("›", "-", "*", ">", "•"), Markdown
 * heading marks, a row number ("12.") and part letters ("a.", "a,b.", "b, c.").
 */
const LEADING_MARKERS =
  /^(?:\s|[›•*>#–-]|\d{1,3}\.(?=\s|$)|[a-z](?:\s*[,&]\s*[a-z])*\.(?=\s)|[a-z]\)(?=\s))+/;

/** Words after which a full stop does not end the sentence (Dutch abbreviations). */
const ABBREVIATIONS = new Set([
  'o.a',
  'bijv',
  'bv',
  'nl',
  'ca',
  'resp',
  'incl',
  'excl',
  'dhr',
  'mevr',
  'nr',
  'nrs',
  'p',
  'pag',
  'art',
  'vgl',
  'zgn',
  'i.v.m',
  't.a.v',
  'm.b.t',
  'd.w.z',
  'e.a',
  'e.d',
  'o.l.v',
  'm.u.v',
  't/m',
  'mr',
  'dr',
  'ir',
  'ing',
  'prof',
  'drs',
  'st',
]);

/** A sentence end: . ! or ? then space, then something that may start a sentence. */
const SENTENCE_END = /[.!?](?=\s+["'“‘(]?[\p{Lu}\d›])/gu;

/** Every sentence of the text, in order. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let blockStart = 0;
  const pushBlock = (start: number, end: number): void => {
    const block = text.slice(start, end);
    const markers = LEADING_MARKERS.exec(block);
    const innerStart = start + (markers ? markers[0].length : 0);
    let from = innerStart;
    const inner = text.slice(innerStart, end);
    SENTENCE_END.lastIndex = 0;
    for (let match = SENTENCE_END.exec(inner); match; match = SENTENCE_END.exec(inner)) {
      const at = innerStart + match.index;
      if (match[0] === '.' && endsWithAbbreviation(text, from, at)) continue;
      pushSentence(from, at + 1);
      from = at + 1;
    }
    pushSentence(from, end);
  };
  const pushSentence = (start: number, end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    // Only text with a letter or digit is a sentence; a lone "›" or "|" is layout.
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) {
      sentences.push({ start: s, end: e, text: text.slice(s, e) });
    }
  };
  BLOCK_BREAK.lastIndex = 0;
  for (let match = BLOCK_BREAK.exec(text); match; match = BLOCK_BREAK.exec(text)) {
    pushBlock(blockStart, match.index);
    blockStart = match.index + match[0].length;
  }
  pushBlock(blockStart, text.length);
  return sentences;
}

/** Whether the word before the full stop at `at` is an abbreviation or an initial. */
function endsWithAbbreviation(text: string, from: number, at: number): boolean {
  let wordStart = at;
  while (wordStart > from && /[\p{L}./]/u.test(text[wordStart - 1]!)) wordStart--;
  const word = text.slice(wordStart, at).toLowerCase();
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital before a full stop is an initial ("J. de Vries").
  return /^\p{Lu}$/u.test(text.slice(wordStart, at));
}
