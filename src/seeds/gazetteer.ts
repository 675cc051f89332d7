/**
 * A gazetteer of the curated entities (organisations, programmes, topsectors, regions):
 * every name and alias, so that a text can be scanned for the entities it names. Matching
 * compares folded text (foldText: case, accents and punctuation ignored) on word
 * boundaries, so "SLO" finds "(SLO)" and "UT" does not find "uitvoering"; where terms
 * overlap the longest wins, so "Platform Bèta Techniek" is one mention, not also "Techniek".
 */
import type { PropertyValue } from './load-seeds.ts';
import { foldText } from '../graph/text-folding.ts';

/** The labels whose nodes are named in the report's prose. */
export const GAZETTEER_LABELS: readonly string[] = [
  'Organisation',
  'Programme',
  'Topsector',
  'Region',
];

/** Terms shorter than this (folded) match too much to mean anything. */
const MIN_TERM_LENGTH = 2;

/** What the gazetteer needs of a node; a SeedNode is one. */
export interface GazetteerNode {
  readonly id: string;
  readonly label: string;
  readonly properties: Readonly<Record<string, PropertyValue>>;
}

export interface GazetteerTerm {
  readonly nodeId: string;
  /** The name or alias as declared. */
  readonly term: string;
  /** The term as matched: foldText(term). */
  readonly folded: string;
}

export interface Gazetteer {
  readonly terms: readonly GazetteerTerm[];
}

export interface Mention {
  readonly nodeId: string;
  /** The declared name or alias that matched. */
  readonly term: string;
  /** UTF-16 offset of the match in the text. */
  readonly index: number;
  /** The matched passage as written in the text. */
  readonly text: string;
}

export function buildGazetteer(nodes: readonly GazetteerNode[]): Gazetteer {
  const terms: GazetteerTerm[] = [];
  for (const node of nodes) {
    if (!GAZETTEER_LABELS.includes(node.label)) continue;
    const aliases = node.properties.aliases;
    const candidates = [node.properties.name, ...(Array.isArray(aliases) ? aliases : [])];
    const seen = new Set<string>();
    for (const term of candidates) {
      if (typeof term !== 'string') continue;
      const folded = foldText(term);
      // One node's name and alias often differ only in case or accents ("Platform bèta techniek").
      if (folded.length < MIN_TERM_LENGTH || seen.has(folded)) continue;
      seen.add(folded);
      terms.push({ nodeId: node.id, term, folded });
    }
  }
  return { terms };
}

/**
 * Every occurrence of every term in the text, in text order. Overlapping candidates are
 * settled longest first (ties: earliest); a term two nodes share yields a mention of each.
 */
export function findMentions(gazetteer: Gazetteer, text: string): Mention[] {
  const folded = foldWithOffsets(text);
  const candidates: { term: GazetteerTerm; start: number; end: number }[] = [];
  for (const term of gazetteer.terms) {
    for (
      let at = folded.text.indexOf(term.folded);
      at >= 0;
      at = folded.text.indexOf(term.folded, at + 1)
    ) {
      const after = at + term.folded.length;
      const boundedBefore = at === 0 || folded.text[at - 1] === ' ';
      const boundedAfter = after === folded.text.length || folded.text[after] === ' ';
      if (boundedBefore && boundedAfter) {
        candidates.push({ term, start: folded.starts[at]!, end: folded.ends[after - 1]! });
      }
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const accepted: typeof candidates = [];
  for (const candidate of candidates) {
    const overlaps = accepted.some(
      (other) =>
        candidate.start < other.end &&
        other.start < candidate.end &&
        // Same span, other node: an ambiguous term names both.
        !(
          candidate.start === other.start &&
          candidate.end === other.end &&
          candidate.term.folded === other.term.folded
        ),
    );
    if (!overlaps) accepted.push(candidate);
  }
  return accepted
    .sort((a, b) => a.start - b.start || a.term.nodeId.localeCompare(b.term.nodeId))
    .map(({ term, start, end }) => ({
      nodeId: term.nodeId,
      term: term.term,
      index: start,
      text: text.slice(start, end),
    }));
}

interface FoldedText {
  /** foldText(text), built character by character. */
  readonly text: string;
  /** For each folded character: where its source character starts and ends in the text. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/**
 * foldText, keeping for every folded character the span of the original it came from, so
 * that a match in folded text can be reported at its place in the original.
 */
function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of text) {
    const start = index;
    index += char.length;
    for (const part of char
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()) {
      if (/[\p{L}\p{N}]/u.test(part)) {
        folded += part;
        // One entry per UTF-16 unit, so that the arrays line up with indexes into `folded`.
        for (let unit = 0; unit < part.length; unit++) {
          starts.push(start);
          ends.push(index);
        }
      } else if (folded.length > 0 && !folded.endsWith(' ')) {
        folded += ' ';
        starts.push(start);
        ends.push(index);
      }
    }
  }
  if (folded.endsWith(' ')) {
    folded = folded.slice(0, -1);
    starts.pop();
    ends.pop();
  }
  return { text: folded, starts, ends };
}
