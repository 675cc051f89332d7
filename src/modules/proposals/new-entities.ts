/**
 * Names in a report that no known node has: candidates for a new organisation or programme.
 * Three signs, strongest first:
 * - a name with its abbreviation in brackets ("Stichting Techniektalent Nederland (STN)"),
 *   the abbreviation becoming an alias;
 * - a name opened by a word that says what it is ("Stichting", "Vereniging", "Ministerie",
 *   "Commissie", "Fonds", "Programma", ...), which also gives its kind;
 * - any other run of two or more capitalised words not at a sentence start, which is as
 *   often a title or a place as an actor.
 * A candidate whose name or abbreviation folds to a known name, or that overlaps a mention
 * of a known actor, is not new.
 */
import type { NodeLabel } from '../../graph/contract.ts';
import { foldText } from '../../graph/text-folding.ts';
import type { Sentence } from './sentences.ts';

export type NewEntitySign = 'abbreviation-and-head' | 'abbreviation' | 'head' | 'capitals';

export interface NewEntityCandidate {
  /** Offsets of the name (and its bracketed abbreviation) in the text, half-open. */
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly abbreviation?: string;
  readonly label: 'Organisation' | 'Programme';
  readonly kind: string;
  readonly id: string;
  readonly sign: NewEntitySign;
  /** The abbreviation's letters are the initials of the name's words ("STN"). */
  readonly initialsMatch: boolean;
}

interface HeadWord {
  readonly label: 'Organisation' | 'Programme';
  readonly kind: string;
}

/** Words that open a name and say what it names (Dutch and the English the reports use). */
const HEAD_WORDS: Readonly<Record<string, HeadWord>> = {
  stichting: { label: 'Organisation', kind: 'foundation' },
  vereniging: { label: 'Organisation', kind: 'association' },
  federatie: { label: 'Organisation', kind: 'association' },
  bond: { label: 'Organisation', kind: 'association' },
  ministerie: { label: 'Organisation', kind: 'ministry' },
  commissie: { label: 'Organisation', kind: 'commission' },
  raad: { label: 'Organisation', kind: 'council' },
  agentschap: { label: 'Organisation', kind: 'public-agency' },
  inspectie: { label: 'Organisation', kind: 'public-agency' },
  provincie: { label: 'Organisation', kind: 'government' },
  gemeente: { label: 'Organisation', kind: 'government' },
  universiteit: { label: 'Organisation', kind: 'education-institution' },
  hogeschool: { label: 'Organisation', kind: 'education-institution' },
  university: { label: 'Organisation', kind: 'education-institution' },
  college: { label: 'Organisation', kind: 'education-institution' },
  instituut: { label: 'Organisation', kind: 'research-organisation' },
  werkgroep: { label: 'Organisation', kind: 'governance-body' },
  stuurgroep: { label: 'Organisation', kind: 'governance-body' },
  platform: { label: 'Organisation', kind: 'other' },
  programma: { label: 'Programme', kind: 'programme' },
  fonds: { label: 'Programme', kind: 'fund' },
  regeling: { label: 'Programme', kind: 'regulation' },
  netwerk: { label: 'Programme', kind: 'network' },
  centrum: { label: 'Programme', kind: 'centre' },
  centre: { label: 'Programme', kind: 'centre' },
  center: { label: 'Programme', kind: 'centre' },
  agenda: { label: 'Programme', kind: 'agenda' },
  pact: { label: 'Programme', kind: 'pact' },
  akkoord: { label: 'Programme', kind: 'pact' },
  plan: { label: 'Programme', kind: 'plan' },
  actieplan: { label: 'Programme', kind: 'plan' },
  loket: { label: 'Programme', kind: 'portal' },
};

/** Lower-case words that may stand inside a name ("Commissie van der Touw"). */
const CONNECTORS = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  'voor',
  'en',
  '&',
  'in',
  'op',
  'of',
  'for',
  'and',
  'the',
]);
/** Capitalised words that start a sentence or a clause and are no name. */
const ARTICLES = new Set(['De', 'Het', 'Een', 'Deze', 'Dit', 'Die', 'Dat', 'The']);
const MONTHS =
  /^(?:Januari|Februari|Maart|April|Mei|Juni|Juli|Augustus|September|Oktober|November|December|Maandag|Dinsdag|Woensdag|Donderdag|Vrijdag|Zaterdag|Zondag)$/;
/** An abbreviation: 2 to 10 characters, at least two capitals ("STN", "CoE", "ILAB/COCI"). */
const ABBREVIATION = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{L}\p{N}&/-]{1,9}$/u;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}&'’.-]*|&/gu;

export function slugOf(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9 ]+/g, '')
    .trim()
    .replace(/\s+/g, '-');
}

/**
 * The candidates in the text. `knownFolded` holds every known name and alias folded;
 * `knownSpans` the mentions of known actors, which a candidate may not overlap.
 */
export function findNewEntities(
  text: string,
  sentences: readonly Sentence[],
  knownFolded: ReadonlySet<string>,
  knownSpans: readonly { readonly start: number; readonly end: number }[],
): NewEntityCandidate[] {
  const candidates: NewEntityCandidate[] = [];
  const overlapsKnown = (start: number, end: number) =>
    knownSpans.some((span) => start < span.end && span.start < end);
  for (const sentence of sentences) {
    // Headings in capitals are titles, not names.
    if (sentence.text === sentence.text.toUpperCase()) continue;
    const words = [...sentence.text.matchAll(WORD)].map((m) => ({
      text: m[0].replace(/[.]+$/, ''),
      start: sentence.start + m.index,
      end: sentence.start + m.index + m[0].replace(/[.]+$/, '').length,
    }));
    const runs = capitalisedRuns(text, words);
    for (const run of runs) {
      let first = run.from;
      // A sentence-initial article is no part of the name ("De Stichting ...").
      while (first < run.to && ARTICLES.has(words[first]!.text)) first++;
      if (first >= run.to) continue;
      const nameWords = words.slice(first, run.to);
      const start = nameWords[0]!.start;
      const nameEnd = nameWords[nameWords.length - 1]!.end;
      const name = text.slice(start, nameEnd);
      const bracket = /^\s*\(([^()\s]{2,10})\)/u.exec(text.slice(nameEnd, nameEnd + 14));
      const abbreviation = bracket && ABBREVIATION.test(bracket[1]!) ? bracket[1] : undefined;
      const end = abbreviation ? nameEnd + bracket![0].length : nameEnd;
      const head = HEAD_WORDS[nameWords[0]!.text.toLowerCase()];
      const capitals = nameWords.filter((w) => /^\p{Lu}/u.test(w.text)).length;
      const atSentenceStart = start === sentence.start;
      let sign: NewEntitySign;
      if (abbreviation && head) sign = 'abbreviation-and-head';
      else if (abbreviation) sign = 'abbreviation';
      else if (head && capitals >= 2) sign = 'head';
      // Words all in capitals are emphasis or a title ("VERZONNEN TESTDATA"), not a name.
      else if (nameWords.every((w) => w.text === w.text.toUpperCase())) continue;
      else if (capitals >= (atSentenceStart ? 3 : 2)) sign = 'capitals';
      else continue;
      if (nameWords.some((w) => MONTHS.test(w.text))) continue;
      if (
        knownFolded.has(foldText(name)) ||
        (abbreviation && knownFolded.has(foldText(abbreviation)))
      ) {
        continue;
      }
      if (overlapsKnown(start, end)) continue;
      const initials = nameWords
        .filter((w) => !CONNECTORS.has(w.text.toLowerCase()))
        .map((w) => w.text[0]!.toUpperCase())
        .join('');
      const letters = abbreviation?.replace(/[^\p{Lu}]/gu, '') ?? '';
      const label: NodeLabel = head?.label ?? 'Organisation';
      candidates.push({
        start,
        end,
        name,
        ...(abbreviation ? { abbreviation } : {}),
        label: label as 'Organisation' | 'Programme',
        kind: head?.kind ?? 'other',
        id: `${label === 'Programme' ? 'prog' : 'org'}-${slugOf(name)}`,
        sign,
        initialsMatch: letters.length > 0 && letters === initials,
      });
    }
  }
  return candidates;
}

interface WordSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Runs of capitalised words joined only by spaces and connectors, ending in a capital. */
function capitalisedRuns(text: string, words: readonly WordSpan[]): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  let i = 0;
  while (i < words.length) {
    if (!/^\p{Lu}/u.test(words[i]!.text)) {
      i++;
      continue;
    }
    let j = i + 1;
    let lastCapital = i;
    while (j < words.length) {
      const between = text.slice(words[j - 1]!.end, words[j]!.start);
      // A name runs over spaces only: a comma, bracket or quote ends it.
      if (!/^ +$/.test(between)) break;
      const word = words[j]!.text;
      if (/^\p{Lu}/u.test(word)) lastCapital = j;
      else if (!CONNECTORS.has(word.toLowerCase())) break;
      j++;
    }
    runs.push({ from: i, to: lastCapital + 1 });
    i = lastCapital + 1;
  }
  return runs;
}
