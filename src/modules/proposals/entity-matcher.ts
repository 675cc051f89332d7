/**
 * Finds the known actors a text names: one Aho–Corasick pass (modern-ahocorasick) over the
 * text folded as foldText folds names (case, accents and punctuation ignored, so "Beta" finds
 * "Bèta" and "po-scholen" finds "po"), with every folded character mapped back to its span
 * in the original, so that a hit is reported at its exact place. Hits count only on word
 * boundaries of the folded text, and overlapping hits are settled longest first.
 */
import AhoCorasick from 'modern-ahocorasick';
import { ACTOR_LABELS, type NodeLabel } from '../../graph/contract.ts';
import { foldText } from '../../graph/text-folding.ts';
import { stem } from './part-inference.ts';
import type { KnownNode } from './proposal-types.ts';

/** Folded terms shorter than this match too much to mean anything ("a", "e"). */
const MIN_TERM_LENGTH = 2;

/**
 * Folded terms up to this length that are written with a capital ("UT", "EZ", "Rijk",
 * "Oost") match only as written: folded, "ut" or "rijk" would also be an ordinary word.
 */
const CASE_SENSITIVE_MAX_LENGTH = 4;

export interface TermOwner {
  readonly nodeId: string;
  readonly label: NodeLabel;
  /** The declared name or alias, as curated. */
  readonly term: string;
}

interface TermEntry {
  readonly folded: string;
  readonly owners: readonly TermOwner[];
  /**
   * For a short capitalised term: the letters (accents removed) the text must show, case
   * and all. Undefined when the term matches in any case.
   */
  readonly exactLetters?: ReadonlySet<string>;
}

export interface EntityMatcher {
  readonly automaton: AhoCorasick<TermEntry>;
  readonly termCount: number;
  /** Every folded term, for the completion of elided names ("primair en voortgezet onderwijs"). */
  readonly byFolded: ReadonlyMap<string, TermEntry>;
  /**
   * Terms of three or more words by their last words ("noord holland" for "Servicepunt
   * Techniek Noord-Holland"), with the stems of the words before: for members of a plural.
   */
  readonly byTail: ReadonlyMap<string, readonly { entry: TermEntry; head: readonly string[] }[]>;
  /** Every folded term is ASCII: see findEntityMentions. */
  readonly asciiTerms: boolean;
}

export interface EntityMention {
  readonly nodeId: string;
  readonly label: NodeLabel;
  readonly term: string;
  /** Offsets of the hit in the original text, half-open. */
  readonly start: number;
  readonly end: number;
  /** The hit as written. */
  readonly text: string;
  /** The same span names other nodes too (a shared alias). */
  readonly ambiguous: boolean;
  /** A single word declared in lower case only ("scholen", "onderwijs"): a common noun. */
  readonly commonNoun: boolean;
  /**
   * Inside a longer mention ("VO-raad" in "Bestuursakkoord van de VO-raad"): the longer one
   * is the mention of the text; this one is a name within a name.
   */
  readonly nested: boolean;
}

const stripAccents = (text: string): string => text.normalize('NFKD').replace(/\p{M}+/gu, '');
const lettersOf = (text: string): string => stripAccents(text).replace(/[^\p{L}\p{N}]+/gu, '');

/** One automaton over every name and alias of the known actors. */
export function buildEntityMatcher(known: readonly KnownNode[]): EntityMatcher {
  const actorLabels: readonly string[] = ACTOR_LABELS;
  const byFolded = new Map<string, { owners: TermOwner[]; forms: string[] }>();
  for (const node of known) {
    if (!actorLabels.includes(node.label)) continue;
    const seen = new Set<string>();
    for (const term of node.names) {
      const folded = foldText(term);
      if (folded.length < MIN_TERM_LENGTH) continue;
      const entry = byFolded.get(folded) ?? { owners: [], forms: [] };
      byFolded.set(folded, entry);
      entry.forms.push(term);
      // A node's name and alias often differ only in case or accents: one owner each.
      if (seen.has(folded)) continue;
      seen.add(folded);
      entry.owners.push({ nodeId: node.id, label: node.label, term });
    }
  }
  const entries: TermEntry[] = [];
  for (const [folded, { owners, forms }] of [...byFolded].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const anyLowerCaseForm = forms.some((form) => form === form.toLowerCase());
    const caseSensitive = folded.length <= CASE_SENSITIVE_MAX_LENGTH && !anyLowerCaseForm;
    entries.push({
      folded,
      owners,
      ...(caseSensitive ? { exactLetters: new Set(forms.map(lettersOf)) } : {}),
    });
  }
  return {
    automaton: new AhoCorasick(entries.map((data) => ({ pattern: data.folded, data }))),
    termCount: entries.length,
    byFolded: new Map(entries.map((entry) => [entry.folded, entry])),
    byTail: tailsOf(entries),
    asciiTerms: entries.every((entry) => /^[\x20-\x7e]*$/.test(entry.folded)),
  };
}

/**
 * Every mention of a known actor in the text, in text order. Where hits overlap the longest
 * wins (ties: the earliest), so "Platform Bèta Techniek" is one mention and not also
 * "Techniek"; a term that several nodes share yields one mention of each, marked ambiguous.
 * Hits wholly inside an accepted one are settled the same way among themselves and returned
 * too, marked nested.
 */
export function findEntityMentions(matcher: EntityMatcher, text: string): EntityMention[] {
  const folded = foldWithOffsets(text);
  // modern-ahocorasick scans ASCII text code unit by code unit, but any other text grapheme by
  // grapheme (Intl.Segmenter), some 70 times slower on the 2014 report for one Cyrillic word.
  // When every term is ASCII, a non-ASCII unit can be in no match: masking it unit for unit
  // keeps every offset and every hit, and word boundaries are read from the folded text itself.
  const searched = matcher.asciiTerms ? folded.text.replace(/[^ -~]/g, '\x01') : folded.text;
  const hits: Hit[] = [];
  for (const hit of matcher.automaton.iterate(searched)) {
    const entry = hit.data!;
    const boundedBefore = hit.start === 0 || folded.text[hit.start - 1] === ' ';
    const boundedAfter = hit.end === folded.text.length || folded.text[hit.end] === ' ';
    if (!boundedBefore || !boundedAfter) continue;
    const start = folded.starts[hit.start]!;
    const end = folded.ends[hit.end - 1]!;
    if (entry.exactLetters && !entry.exactLetters.has(lettersOf(text.slice(start, end)))) continue;
    hits.push({ entry, start, end, foldedStart: hit.start });
  }
  const accepted = longestFirst(hits);
  accepted.push(
    ...elidedHits(matcher, text, folded, accepted),
    ...memberHits(matcher, text, accepted),
  );
  const inside = hits.filter(
    (hit) =>
      !accepted.includes(hit) &&
      accepted.some(
        (outer) => outer.start <= hit.start && hit.end <= outer.end && outer.entry !== hit.entry,
      ),
  );
  const nested = new Set(longestFirst(inside));
  const mentions: EntityMention[] = [];
  for (const hit of [...accepted, ...nested]) {
    const { entry, start, end } = hit;
    const ambiguous = entry.owners.length > 1;
    for (const owner of entry.owners) {
      mentions.push({
        nodeId: owner.nodeId,
        label: owner.label,
        term: owner.term,
        start,
        end,
        text: text.slice(start, end),
        ambiguous,
        commonNoun: !entry.folded.includes(' ') && owner.term === owner.term.toLowerCase(),
        nested: nested.has(hit),
      });
    }
  }
  return mentions.sort((a, b) => a.start - b.start || (a.nodeId < b.nodeId ? -1 : 1));
}

/**
 * Names whose shared last words are elided in a coordination ("primair en voortgezet
 * onderwijs" names "primair onderwijs" too): the word before "en" or "of" just before a hit
 * of several words, completed with the hit's words after its first, when that is a known
 * term written as the text writes it. The hit spans the word as written.
 */
function elidedHits(
  matcher: EntityMatcher,
  text: string,
  folded: FoldedText,
  accepted: readonly Hit[],
): Hit[] {
  const elided: Hit[] = [];
  for (const hit of accepted) {
    const words = hit.entry.folded.split(' ');
    if (words.length < 2) continue;
    const at = hit.foldedStart;
    const from = Math.max(0, at - 60);
    const before = /(?:^| )(\p{L}[\p{L}\p{N}]*) (?:en|of) $/u.exec(folded.text.slice(from, at));
    // A word cut by the window is not the word.
    if (!before || (before.index === 0 && from > 0 && folded.text[from - 1] !== ' ')) continue;
    const entry = matcher.byFolded.get([before[1]!, ...words.slice(1)].join(' '));
    if (!entry || entry === hit.entry) continue;
    const wordStart = from + before.index + before[0].indexOf(before[1]!);
    const start = folded.starts[wordStart]!;
    const end = folded.ends[wordStart + before[1]!.length - 1]!;
    // A word that is already (part of) a name is that name's.
    if (accepted.some((other) => other.start < end && start < other.end)) continue;
    if (entry.exactLetters) continue;
    elided.push({ entry, start, end, foldedStart: wordStart });
  }
  return elided;
}

function tailsOf(
  entries: readonly TermEntry[],
): Map<string, { entry: TermEntry; head: string[] }[]> {
  const byTail = new Map<string, { entry: TermEntry; head: string[] }[]>();
  for (const entry of entries) {
    const words = entry.folded.split(' ');
    if (words.length < 3) continue;
    for (let k = 1; k < words.length; k++) {
      const tail = words.slice(k).join(' ');
      const list = byTail.get(tail) ?? [];
      list.push({ entry, head: words.slice(0, k).map(stem) });
      byTail.set(tail, list);
    }
  }
  return byTail;
}

/** How far back in its block a plural head may stand before the members it introduces. */
const MEMBER_WINDOW = 300;
const BLOCK_EDGE = /[\n\t›•]|<\/?(?:p|li|ul|ol|td|tr|div|br)\b/gi;

/**
 * Members of a plural named by what tells them apart: "twee Servicepunten Techniek actief,
 * nl. Noord-Holland en Oost-Nederland" names "Servicepunt Techniek Noord-Holland" when that
 * is a known term and the known name "Noord-Holland" is its last words: the words before
 * them, in the plural, stand earlier in the same block (a line, a cell, a list item). The hit
 * spans the member's name as written, beside the name's own mention.
 */
function memberHits(matcher: EntityMatcher, text: string, accepted: readonly Hit[]): Hit[] {
  const members: Hit[] = [];
  // A member's name may be two names joined by a hyphen ("Utrecht-Flevoland").
  const sorted = [...accepted].sort((a, b) => a.start - b.start);
  const tails = sorted.map((hit) => ({ hit, folded: hit.entry.folded }));
  sorted.forEach((hit, i) => {
    const next = sorted[i + 1];
    if (next && /^-$/.test(text.slice(hit.end, next.start))) {
      tails.push({
        hit: { ...hit, end: next.end },
        folded: `${hit.entry.folded} ${next.entry.folded}`,
      });
    }
  });
  for (const { hit, folded } of tails) {
    const candidates = matcher.byTail.get(folded);
    if (!candidates) continue;
    let from = Math.max(0, hit.start - MEMBER_WINDOW);
    const window = text.slice(from, hit.start);
    BLOCK_EDGE.lastIndex = 0;
    for (let m = BLOCK_EDGE.exec(window); m; m = BLOCK_EDGE.exec(window)) {
      from = Math.max(from, hit.start - window.length + m.index + m[0].length);
    }
    const words = foldText(text.slice(from, hit.start)).split(' ').filter(Boolean);
    for (const { entry, head } of candidates) {
      const plural = words.some(
        (_, i) =>
          i + head.length <= words.length &&
          head.every((h, j) => stem(words[i + j]!) === h) &&
          // The head's first word in the plural: a written form other than the name's.
          words[i] !== entry.folded.split(' ')[0] &&
          /(?:en|s)$/.test(words[i]!),
      );
      if (plural && !members.some((m) => m.entry === entry)) {
        members.push({ entry, start: hit.start, end: hit.end, foldedStart: hit.foldedStart });
      }
    }
  }
  return members;
}

interface Hit {
  readonly entry: TermEntry;
  readonly start: number;
  readonly end: number;
  /** Where the hit starts in the folded text. */
  readonly foldedStart: number;
}

/** Non-overlapping hits, the longest first (ties: the earliest). */
function longestFirst<T extends Hit>(hits: readonly T[]): T[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const accepted: T[] = [];
  // Accepted spans never overlap, so a sorted list of them answers "is this span free?".
  const taken: { start: number; end: number }[] = [];
  for (const hit of sorted) {
    let low = 0;
    let high = taken.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (taken[mid]!.end <= hit.start) low = mid + 1;
      else high = mid;
    }
    if (low < taken.length && taken[low]!.start < hit.end) continue;
    taken.splice(low, 0, { start: hit.start, end: hit.end });
    accepted.push(hit);
  }
  return accepted;
}

export interface FoldedText {
  /** foldText(text), built character by character. */
  readonly text: string;
  /** For each folded UTF-16 unit: where its source character starts and ends in the text. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/**
 * foldText, keeping for every folded unit the span of the original character it came from,
 * so that a hit in the folded text maps back to its place in the original exactly (a
 * character may fold to several, "ﬁ" to "fi", or to none, a combining accent).
 */
export function foldWithOffsets(text: string): FoldedText {
  const parts: string[] = [];
  let length = 0;
  let lastIsSpace = true;
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of text) {
    const start = index;
    index += char.length;
    const code = char.charCodeAt(0);
    // ASCII fast path: the report is mostly ASCII, and NFKD on every character is slow.
    const folding =
      code < 128
        ? char.toLowerCase()
        : char
            .normalize('NFKD')
            .replace(/\p{M}+/gu, '')
            .toLowerCase();
    for (const part of folding) {
      if (isLetterOrDigit(part)) {
        parts.push(part);
        for (let unit = 0; unit < part.length; unit++) {
          starts.push(start);
          ends.push(index);
        }
        length += part.length;
        lastIsSpace = false;
      } else if (!lastIsSpace) {
        parts.push(' ');
        starts.push(start);
        ends.push(index);
        length += 1;
        lastIsSpace = true;
      }
    }
  }
  let folded = parts.join('');
  if (lastIsSpace && length > 0) {
    folded = folded.slice(0, -1);
    starts.pop();
    ends.pop();
  }
  return { text: folded, starts, ends };
}

function isLetterOrDigit(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  return /[\p{L}\p{N}]/u.test(char);
}
