/**
 * Reads the structure of the source report (seeds/source/techniekpact-bijlage-1-2014.txt):
 * its three pillars, the 22 national action rows and the five landsdeel sections, each with
 * its lines. The file is a messy text export of a table, so nothing here relies on one
 * layout: action rows start as "<p>1.</p> …", as "3." alone on a line, or as "5.\t…" with a
 * tab; columns are tabs or blank lines; sub-items appear as "a.", "<p>a.", "a,b." or "b, c.".
 * The parser is deliberately strict: the file is fixed (its sha256 is checked at import), so
 * a result other than 3 pillars, actions 1..22 and the 5 landsdelen means the parser is
 * wrong, and it says so instead of returning a partial structure.
 */

export interface ParsedPillar {
  readonly number: 1 | 2 | 3;
  readonly name: string;
  /** 1-based line of the pillar heading. */
  readonly line: number;
}

export interface ParsedAction {
  readonly number: number;
  /** Number of the pillar whose heading precedes the row. */
  readonly pillar: number;
  /** The row's raw text (all its lines, as in the file, joined with "\n"). */
  readonly text: string;
  readonly startLine: number;
  /** Last non-blank line of the row. */
  readonly endLine: number;
  /** Sub-item letters used by the commitment or the state of affairs, sorted, unique. */
  readonly letters: readonly string[];
  /** Every www.… or http… URL in the row, as written, in order of first occurrence, unique. */
  readonly urls: readonly string[];
}

export type LandsdeelKey = 'zuidwest' | 'oost' | 'zuidoost' | 'noordvleugel' | 'noord';

export interface ParsedLandsdeel {
  readonly key: LandsdeelKey;
  /** "Landsdeel Zuidwest": the form the curated Region nodes use. */
  readonly name: string;
  /** The section's raw text, from its header (or first line) to its last non-blank line. */
  readonly text: string;
  readonly startLine: number;
  readonly endLine: number;
  /** False for a section the export lost its "LANDSDEEL …" header for (Oost). */
  readonly headerPresent: boolean;
}

export interface ParsedReport {
  readonly pillars: readonly ParsedPillar[];
  readonly actions: readonly ParsedAction[];
  readonly landsdelen: readonly ParsedLandsdeel[];
}

export class ReportParseError extends Error {
  override name = 'ReportParseError';
}

export const ACTION_COUNT = 22;

/** The landsdelen in the order the report treats them. */
export const LANDSDELEN: readonly { readonly key: LandsdeelKey; readonly name: string }[] = [
  { key: 'zuidwest', name: 'Landsdeel Zuidwest' },
  { key: 'oost', name: 'Landsdeel Oost' },
  { key: 'zuidoost', name: 'Landsdeel Zuidoost' },
  { key: 'noordvleugel', name: 'Landsdeel Noordvleugel' },
  { key: 'noord', name: 'Landsdeel Noord' },
];

// Pillar headings are a table row with empty other cells: "Kiezen voor Techniek\t\t".
const PILLAR_HEADING = /^(Kiezen|Leren|Werken)\b[^\t<>]*\btechniek\s*$/i;
const PILLAR_NUMBER: Readonly<Record<string, 1 | 2 | 3>> = { kiezen: 1, leren: 2, werken: 3 };

// "<p>1.</p> …", "3." alone, "5.\t…": the number is the first cell of the row.
const ACTION_START = /^\s*(?:<p>\s*)?(\d{1,2})\.(?:\s*<\/p>)?(?=\s|$)/;

// A sub-item marker opens a line, a <p> or a tab-separated cell: "a. ", "<p>a,b. ", "b, c. ".
const SUB_ITEM = /(?:^|<p>|\t)[ \t]*([a-z](?:[ \t]*,[ \t]*[a-z])*)\.\s/gm;

// URLs end at whitespace, a tag or a quote; sentence punctuation after them is not theirs
// ("gereed via www.techniekonderwijs.nl. Hierbinnen").
const URL = /(?:https?:\/\/|www\.)[^\s<>"']+/giu;
const URL_TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/u;

// Upper case only: "Landsdeel Zuidwest is onderverdeeld …" is prose, not a header.
const LANDSDEEL_HEADER = /^LANDSDEEL\s+([A-Z]+)\s*$/;
const LANDSDELEN_PART = /^[^a-z]*LANDSDELEN\s*$/;
const PRIORITIES_HEADING = /^Inhoudelijke prioriteiten en voortgang\s*$/;
const STEERING_HEADING = /^Aansturing\s*$/;

export function parseReport(sourceText: string): ParsedReport {
  const lines = sourceText.split(/\r?\n/);
  const landsdelenStart = findLandsdelenPart(lines);
  const pillars = parsePillars(lines, landsdelenStart);
  const actions = parseActions(lines, pillars, landsdelenStart);
  const landsdelen = parseLandsdelen(lines, landsdelenStart);
  return { pillars, actions, landsdelen };
}

/** Sub-item letters in a text: "a,b." and "b, c." give each letter. */
export function subItemLetters(text: string): string[] {
  const letters = new Set<string>();
  for (const match of text.matchAll(SUB_ITEM)) {
    for (const letter of match[1]!.split(',')) letters.add(letter.trim());
  }
  return [...letters].sort();
}

/** Every www.… / http… URL, as written, without the sentence punctuation after it; unique. */
export function findUrls(text: string): string[] {
  const urls: string[] = [];
  for (const match of text.matchAll(URL)) {
    const url = match[0].replace(URL_TRAILING_PUNCTUATION, '');
    if (!urls.includes(url)) urls.push(url);
  }
  return urls;
}

/**
 * The text with markup blanked out: HTML tags, URLs and the "(#)" targets of markdown links
 * become spaces of the same length, so that indexes still point into the original text and
 * "www.slo.nl" or `style="list-style-type: none"` are not read as prose.
 */
export function blankMarkup(text: string): string {
  const blank = (match: string): string => ' '.repeat(match.length);
  return text
    .replace(/<[^<>]*>/g, blank)
    .replace(URL, blank)
    .replace(/\]\(#\)/g, (match) => `]${' '.repeat(match.length - 1)}`);
}

function findLandsdelenPart(lines: readonly string[]): number {
  const index = lines.findIndex(
    (line) => LANDSDELEN_PART.test(line.trim()) || LANDSDEEL_HEADER.test(line),
  );
  if (index < 0)
    throw new ReportParseError(
      'no landsdelen part: no "… LANDSDELEN" heading or "LANDSDEEL …" header',
    );
  return index;
}

function parsePillars(lines: readonly string[], end: number): ParsedPillar[] {
  const pillars: ParsedPillar[] = [];
  for (let i = 0; i < end; i++) {
    const match = PILLAR_HEADING.exec(lines[i]!);
    if (!match) continue;
    pillars.push({
      number: PILLAR_NUMBER[match[1]!.toLowerCase()]!,
      name: lines[i]!.trim(),
      line: i + 1,
    });
  }
  const numbers = pillars.map((p) => p.number).join(',');
  if (numbers !== '1,2,3') {
    throw new ReportParseError(`expected the pillar headings 1, 2, 3 in order, found [${numbers}]`);
  }
  return pillars;
}

function parseActions(
  lines: readonly string[],
  pillars: readonly ParsedPillar[],
  end: number,
): ParsedAction[] {
  const firstPillarIndex = pillars[0]!.line - 1;
  const pillarLines = new Set(pillars.map((p) => p.line - 1));
  // Only the next number in sequence opens a row, so that a stray "2." inside a row
  // (a numbered list, a date) can never split it.
  const starts: { number: number; index: number }[] = [];
  for (let i = firstPillarIndex + 1; i < end; i++) {
    const match = ACTION_START.exec(lines[i]!);
    if (match && Number(match[1]) === starts.length + 1)
      starts.push({ number: starts.length + 1, index: i });
  }
  if (starts.length !== ACTION_COUNT) {
    throw new ReportParseError(`expected actions 1..${ACTION_COUNT}, found 1..${starts.length}`);
  }
  return starts.map((start, k) => {
    const next = starts[k + 1]?.index ?? end;
    let last = start.index;
    for (let i = start.index; i < next && !pillarLines.has(i); i++) {
      if (lines[i]!.trim() !== '') last = i;
    }
    const text = lines.slice(start.index, last + 1).join('\n');
    const pillar = [...pillars].reverse().find((p) => p.line - 1 < start.index)!;
    return {
      number: start.number,
      pillar: pillar.number,
      text,
      startLine: start.index + 1,
      endLine: last + 1,
      letters: subItemLetters(text),
      urls: findUrls(text),
    };
  });
}

interface SectionDraft {
  key: LandsdeelKey | undefined;
  start: number;
  headerPresent: boolean;
}

function parseLandsdelen(lines: readonly string[], partStart: number): ParsedLandsdeel[] {
  const drafts: SectionDraft[] = [];
  let seenSteering = false;
  for (let i = partStart; i < lines.length; i++) {
    const line = lines[i]!;
    const header = LANDSDEEL_HEADER.exec(line);
    if (header) {
      const known = LANDSDELEN.find((l) => l.key === header[1]!.toLowerCase());
      if (!known) throw new ReportParseError(`line ${i + 1}: unknown landsdeel "${header[1]}"`);
      drafts.push({ key: known.key, start: i, headerPresent: true });
      seenSteering = false;
    } else if (STEERING_HEADING.test(line)) {
      seenSteering = true;
    } else if (PRIORITIES_HEADING.test(line) && seenSteering) {
      // A section always opens with its priorities and closes with its steering
      // ("Aansturing"); priorities after steering are the next section, its header lost.
      drafts.push({ key: undefined, start: i, headerPresent: false });
      seenSteering = false;
    }
  }
  const sections = drafts.map((draft, k) => {
    const next = drafts[k + 1]?.start ?? lines.length;
    let last = draft.start;
    for (let i = draft.start; i < next; i++) if (lines[i]!.trim() !== '') last = i;
    return { ...draft, end: last, text: lines.slice(draft.start, last + 1).join('\n') };
  });
  const headed = new Set(sections.map((s) => s.key).filter((key) => key !== undefined));
  const unheaded = LANDSDELEN.filter((l) => !headed.has(l.key));
  for (const section of sections.filter((s) => s.key === undefined)) {
    section.key = identifyHeaderless(section.text, unheaded, section.start + 1);
  }
  const result: ParsedLandsdeel[] = sections.map((s) => ({
    key: s.key!,
    name: LANDSDELEN.find((l) => l.key === s.key)!.name,
    text: s.text,
    startLine: s.start + 1,
    endLine: s.end + 1,
    headerPresent: s.headerPresent,
  }));
  const order = result.map((l) => l.key).join(',');
  const expected = LANDSDELEN.map((l) => l.key).join(',');
  if (order !== expected)
    throw new ReportParseError(`expected the landsdelen ${expected}, found ${order}`);
  return result;
}

/**
 * A section without header is the landsdeel it talks about ("In regio Oost …"): the earliest
 * whole-word mention, in the section, of a landsdeel that has no header elsewhere.
 */
function identifyHeaderless(
  text: string,
  candidates: readonly { key: LandsdeelKey; name: string }[],
  line: number,
): LandsdeelKey {
  let best: { key: LandsdeelKey; index: number } | undefined;
  for (const candidate of candidates) {
    const word = candidate.name.replace(/^Landsdeel /, '');
    const index = text.search(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'u'));
    if (index >= 0 && (!best || index < best.index)) best = { key: candidate.key, index };
  }
  if (!best)
    throw new ReportParseError(
      `line ${line}: a landsdeel section without header names no landsdeel`,
    );
  return best.key;
}
