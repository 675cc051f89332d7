/**
 * How completely the curated graph states what each action row and landsdeel section of the
 * report says, beyond "is every named entity linked" (check-seeds.ts): does every action
 * have a driver, is every number the text states a structured value, is every date a
 * milestone, and is every form the text writes for a known entity one of its aliases.
 *
 * Each check reads the section's text (markup blanked, offsets kept), finds candidates with
 * fixed patterns, and counts a candidate as covered only when a graph item states it AND
 * that item's quote covers the candidate's place in the text: a Measurement with value 82
 * whose quote is another sentence does not cover "82 kandidaten". What the patterns find
 * and the graph rightly does not state is listed, with its reason, in
 * seeds/coverage-exceptions/*.yaml; an exception that matches nothing is reported as stale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq } from 'yaml';
import { findMentions, type Gazetteer } from './gazetteer.ts';
import type { PropertyValue, SeedNode, SeedRelationship } from './load-seeds.ts';
import { blankMarkup, type ParsedReport } from './report-parser.ts';
import { DRIVER_TYPES } from '../graph/contract.ts';
import { foldText } from '../graph/text-folding.ts';

export const COVERAGE_CHECKS = ['mention', 'number', 'date', 'surface-form', 'driver'] as const;
export type CoverageCheck = (typeof COVERAGE_CHECKS)[number];

/** One thing a section says that the graph does not state (yet). */
export interface CoverageGap {
  readonly check: CoverageCheck;
  /** action-05, landsdeel-noord */
  readonly section: string;
  /** The candidate as written (a number, the date words, a name), or what is missing. */
  readonly text: string;
  /** 1-based line in the source. */
  readonly line: number;
  /** A few words around it, to find it by eye. */
  readonly context: string;
}

export interface CoverageException {
  readonly check: CoverageCheck;
  readonly section: string;
  readonly text: string;
  readonly reason: string;
  readonly file: string;
  readonly line: number;
}

export interface CheckTally {
  /** Candidates the graph states. */
  readonly covered: number;
  /** Candidates an exception accepts as not stated. */
  readonly excepted: number;
  readonly total: number;
  /** The rest: neither stated nor excepted. */
  readonly gaps: readonly CoverageGap[];
}

export interface CompletenessReport {
  readonly numbers: CheckTally;
  readonly dates: CheckTally;
  readonly surfaceForms: CheckTally;
  /** Per action: has a LEADS, IMPLEMENTS or COMMISSIONS on it or a part. */
  readonly drivers: CheckTally & { readonly withReason: number };
  /** Parts with no driver of their own and no noDriverReason (informative, not gated). */
  readonly partsWithoutDriver: readonly string[];
  readonly exceptions: readonly CoverageException[];
  readonly staleExceptions: readonly CoverageException[];
  /** Problems with the exception files themselves (unknown check, missing reason). */
  readonly exceptionProblems: readonly string[];
}


const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const SEASONS =
  'voorjaar|najaar|zomer|winter|herfst|lente|begin|eind|einde|medio|halverwege|midden|start';
/** Date words, longest forms first; each match is one date candidate. */
const DATE_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\b(?:\\d{1,2}\\s+)?(?:${MONTHS})(?:\\s+van)?\\s+(?:19|20)\\d{2}\\b`, 'giu'),
  new RegExp(
    `\\b(?:${SEASONS})(?:\\s+van)?(?:\\s+het)?(?:\\s+(?:school|studie|kalender)?jaar)?\\s+(?:19|20)\\d{2}\\b`,
    'giu',
  ),
  /\b(?:school|studie|collegejaar|studiejaar|schooljaar)\w*\s+(?:19|20)\d{2}\s*[-/–]\s*(?:\d{2}|\d{4})\b/giu,
  /\b(?:in|vanaf|sinds|per|tot|voor|na|uiterlijk|vóór)\s+(?:19|20)\d{2}\b/giu,
];

/**
 * A number as Dutch text writes it: "1.500", "2,5", "45%", "€ 3 miljoen". Not a digit run
 * that touches a letter ("3TU", "t/m5"), a slash or a dash (periods "2014/15", "2014-2017").
 */
const NUMBER =
  /(?<![\p{L}\p{N}/\-–.,])(€\s?)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\p{L}\p{N}/\-–]|[.,]\d)(\s?%|\s?procent)?(\s+(?:miljoen|mln\.?|miljard|duizend))?/gu;
const MULTIPLIERS: Readonly<Record<string, number>> = {
  miljoen: 1e6,
  mln: 1e6,
  'mln.': 1e6,
  miljard: 1e9,
  duizend: 1e3,
};
/** "actie 12", "maatregelen 7 en 8": references to the report's own numbering. */
const REFERENCE_BEFORE = /\b(?:actie|acties|maatregel|maatregelen|tranche|tranches|bijlage|en)\s*$/iu;

interface Section {
  readonly id: string;
  readonly text: string;
  readonly blanked: string;
  readonly startLine: number;
}

/** What the graph states, indexed for the checks. */
interface StatedFacts {
  readonly nodes: ReadonlyMap<string, SeedNode>;
  readonly relationships: readonly SeedRelationship[];
  /** Quotes of each node and of every relationship touching it. */
  readonly quotesOf: ReadonlyMap<string, readonly string[]>;
}

export function checkCompleteness(input: {
  readonly report: ParsedReport;
  readonly nodes: readonly SeedNode[];
  readonly relationships: readonly SeedRelationship[];
  readonly gazetteer: Gazetteer;
  readonly seedsDir: string;
}): CompletenessReport {
  const { report, gazetteer } = input;
  const facts = indexFacts(input.nodes, input.relationships);
  const sections: Section[] = [
    ...report.actions.map((a) => section(`action-${pad(a.number)}`, a.text, a.startLine)),
    ...report.landsdelen.map((l) => section(`landsdeel-${l.key}`, l.text, l.startLine)),
  ];
  const { exceptions, problems } = readExceptions(input.seedsDir);
  const used = new Set<CoverageException>();
  const tally = (candidates: { gap: CoverageGap; covered: boolean }[]): CheckTally => {
    let covered = 0;
    let excepted = 0;
    const gaps: CoverageGap[] = [];
    for (const { gap, covered: isCovered } of candidates) {
      if (isCovered) {
        covered++;
        continue;
      }
      const exception = exceptions.find(
        (e) => e.check === gap.check && e.section === gap.section && e.text === gap.text,
      );
      if (exception) {
        used.add(exception);
        excepted++;
      } else gaps.push(gap);
    }
    return { covered, excepted, total: candidates.length, gaps };
  };

  const numbers = tally(sections.flatMap((s) => numberCandidates(s, facts, gazetteer)));
  const dates = tally(sections.flatMap((s) => dateCandidates(s, facts)));
  const surfaceForms = tally(sections.flatMap((s) => surfaceFormCandidates(s, facts, gazetteer)));
  const driverCheck = driverCandidates(report, facts);
  const drivers = { ...tally(driverCheck.candidates), withReason: driverCheck.withReason };
  return {
    numbers,
    dates,
    surfaceForms,
    drivers,
    partsWithoutDriver: driverCheck.partsWithoutDriver,
    exceptions,
    staleExceptions: exceptions.filter((e) => !used.has(e) && e.check !== 'mention'),
    exceptionProblems: problems,
  };
}

/** Mention exceptions are applied by check-seeds (it owns that check); it marks them used. */
export function findException(
  exceptions: readonly CoverageException[],
  check: CoverageCheck,
  section: string,
  text: string,
): CoverageException | undefined {
  return exceptions.find((e) => e.check === check && e.section === section && e.text === text);
}

const pad = (n: number): string => String(n).padStart(2, '0');

function section(id: string, text: string, startLine: number): Section {
  return { id, text, blanked: blankMarkup(text), startLine };
}

function lineOf(s: Section, index: number): number {
  return s.startLine + (s.text.slice(0, index).match(/\n/g)?.length ?? 0);
}

function contextOf(s: Section, start: number, end: number): string {
  return s.blanked
    .slice(Math.max(0, start - 40), Math.min(s.blanked.length, end + 40))
    .replace(/\s+/g, ' ')
    .trim();
}

function gapAt(s: Section, check: CoverageCheck, start: number, end: number, text?: string): CoverageGap {
  return {
    check,
    section: s.id,
    text: text ?? s.text.slice(start, end),
    line: lineOf(s, start),
    context: contextOf(s, start, end),
  };
}

function indexFacts(
  nodes: readonly SeedNode[],
  relationships: readonly SeedRelationship[],
): StatedFacts {
  const quotesOf = new Map<string, string[]>();
  const add = (id: string, quote: PropertyValue | undefined): void => {
    if (typeof quote !== 'string') return;
    const list = quotesOf.get(id) ?? [];
    list.push(quote);
    quotesOf.set(id, list);
  };
  for (const node of nodes) add(node.id, node.properties.quote);
  for (const rel of relationships) {
    add(rel.from, rel.properties.quote);
    add(rel.to, rel.properties.quote);
    add(rel.key, rel.properties.quote);
  }
  return { nodes: new Map(nodes.map((n) => [n.id, n])), relationships, quotesOf };
}

/** Whether one of the quotes occurs in the section at a place that spans [start, end). */
function covers(s: Section, quotes: readonly string[] | undefined, start: number, end: number): boolean {
  for (const quote of quotes ?? []) {
    for (let at = s.text.indexOf(quote); at >= 0; at = s.text.indexOf(quote, at + 1)) {
      if (at <= start && end <= at + quote.length) return true;
    }
  }
  return false;
}

/** Spans of the section that name a known entity: numbers inside names are not facts. */
function nameSpans(s: Section, gazetteer: Gazetteer): [number, number][] {
  return findMentions(gazetteer, s.blanked).map((m) => [m.index, m.index + m.text.length]);
}

function dateSpans(s: Section): [number, number][] {
  const spans: [number, number][] = [];
  for (const pattern of DATE_PATTERNS)
    for (const match of s.blanked.matchAll(pattern))
      spans.push([match.index, match.index + match[0].length]);
  return spans;
}

const inside = (spans: readonly [number, number][], start: number, end: number): boolean =>
  spans.some(([a, b]) => a <= start && end <= b);

/** Every stated number (value, target, baseline, current, amount) and the ids that state it. */
function numericStatements(facts: StatedFacts): { id: string; value: number }[] {
  const out: { id: string; value: number }[] = [];
  const take = (id: string, value: PropertyValue | undefined): void => {
    if (typeof value === 'number') out.push({ id, value });
  };
  for (const node of facts.nodes.values()) {
    for (const key of ['value', 'target', 'baseline', 'current', 'amount'])
      take(node.id, node.properties[key]);
  }
  for (const rel of facts.relationships) take(rel.key, rel.properties.amount);
  return out;
}

function numberCandidates(
  s: Section,
  facts: StatedFacts,
  gazetteer: Gazetteer,
): { gap: CoverageGap; covered: boolean }[] {
  const names = nameSpans(s, gazetteer);
  const dates = dateSpans(s);
  const statements = numericStatements(facts);
  const out: { gap: CoverageGap; covered: boolean }[] = [];
  for (const match of s.blanked.matchAll(NUMBER)) {
    const [written, euro, digits, decimals, percent, multiplier] = match;
    const start = match.index + (euro?.length ?? 0);
    const end = match.index + written.length;
    const integer = Number(digits!.replace(/\./g, ''));
    // A bare year is a date (checked as such), a row's own number is its numbering.
    if (!euro && !percent && !multiplier && !digits!.includes('.') && !decimals && integer >= 1900 && integer <= 2099)
      continue;
    const lineStart = s.blanked.lastIndexOf('\n', match.index) + 1;
    if (/^\s*$/.test(s.blanked.slice(lineStart, match.index)) && s.blanked[end] === '.') continue;
    if (inside(dates, start, end) || inside(names, start, end)) continue;
    if (REFERENCE_BEFORE.test(s.blanked.slice(Math.max(0, match.index - 14), match.index))) {
      // "tranches 3 t/m5", "actie 12": the report's own numbering, unless a unit follows.
      if (!percent && !euro) continue;
    }
    const value = integer + (decimals ? Number(`0.${decimals}`) : 0);
    const scale = multiplier ? (MULTIPLIERS[multiplier.trim().toLowerCase()] ?? 1) : 1;
    const wanted = new Set([value, value * scale, percent ? value / 100 : value]);
    const covered = statements.some(
      (st) => wanted.has(st.value) && covers(s, facts.quotesOf.get(st.id), start, end),
    );
    out.push({ gap: gapAt(s, 'number', start, end, s.text.slice(start, end).trim()), covered });
  }
  return out;
}

function dateCandidates(s: Section, facts: StatedFacts): { gap: CoverageGap; covered: boolean }[] {
  const seen: [number, number][] = [];
  const out: { gap: CoverageGap; covered: boolean }[] = [];
  const dated = [...facts.nodes.values()].filter(
    (n) =>
      n.label === 'Milestone' ||
      (n.label === 'Target' && n.properties.targetYear !== undefined) ||
      (n.label === 'Measurement' && (n.properties.date !== undefined || n.properties.period !== undefined)),
  );
  for (const pattern of DATE_PATTERNS) {
    for (const match of s.blanked.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (seen.some(([a, b]) => start < b && a < end)) continue;
      seen.push([start, end]);
      const year = match[0].match(/(?:19|20)\d{2}/)![0];
      const covered = dated.some((n) => {
        if (!covers(s, facts.quotesOf.get(n.id), start, end)) return false;
        if (n.label === 'Target') return String(n.properties.targetYear) === year;
        return true;
      });
      out.push({ gap: gapAt(s, 'date', start, end), covered });
    }
  }
  return out;
}

/**
 * Forms of a known entity the text writes that are not among its name and aliases:
 * a mention written otherwise than every declared term (beyond a capital at a sentence's
 * start), and the long form or abbreviation beside it in "Long Form (ABBR)" / "ABBR (Long Form)".
 */
function surfaceFormCandidates(
  s: Section,
  facts: StatedFacts,
  gazetteer: Gazetteer,
): { gap: CoverageGap; covered: boolean }[] {
  const termsOf = new Map<string, Set<string>>();
  for (const term of gazetteer.terms) {
    const set = termsOf.get(term.nodeId) ?? new Set<string>();
    set.add(term.term);
    termsOf.set(term.nodeId, set);
  }
  const declared = (nodeId: string): string[] => {
    const node = facts.nodes.get(nodeId);
    const aliases = node?.properties.aliases;
    return [String(node?.properties.name ?? ''), ...(Array.isArray(aliases) ? aliases : [])];
  };
  const sameForm = (a: string, b: string): boolean =>
    a === b || a.charAt(0).toLowerCase() + a.slice(1) === b.charAt(0).toLowerCase() + b.slice(1);
  const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();
  const out: { gap: CoverageGap; covered: boolean }[] = [];
  const seen = new Set<string>();
  const push = (nodeId: string, written: string, start: number, end: number): void => {
    const key = `${nodeId}|${written}`;
    if (seen.has(key)) return;
    seen.add(key);
    const covered = declared(nodeId).some((form) => sameForm(normalise(form), written));
    out.push({ gap: { ...gapAt(s, 'surface-form', start, end, written), text: `${written} -> ${nodeId}` }, covered });
  };
  const mentions = findMentions(gazetteer, s.blanked);
  for (const mention of mentions) push(mention.nodeId, normalise(mention.text), mention.index, mention.index + mention.text.length);
  // "Long Form (ABBR)": a mention right before or right inside parentheses, the other side new.
  for (const match of s.blanked.matchAll(/\(([^()\n]{2,60})\)/gu)) {
    const open = match.index;
    const inner = match[1]!.trim();
    const before = mentions.find((m) => s.blanked.slice(m.index + m.text.length, open).trim() === '');
    const within = mentions.find((m) => m.index > open && m.index + m.text.length <= open + match[0].length && foldText(m.text) === foldText(inner));
    if (before && !within && /^[\p{Lu}][\p{Lu}\p{N}&'’\-/ ]{1,15}$/u.test(inner)) {
      push(before.nodeId, normalise(inner), open + 1, open + 1 + inner.length);
    }
    if (within && !before) {
      const words = s.blanked.slice(Math.max(0, open - 120), open).match(
        /((?:[\p{Lu}][\p{L}\p{N}&'’-]*)(?:\s+(?:van|voor|en|de|het|der|in|op|[\p{Lu}][\p{L}\p{N}&'’-]*))*)\s*$/u,
      );
      const longForm = words?.[1]?.trim();
      if (longForm && longForm.split(/\s+/).length >= 2 && foldText(longForm) !== foldText(inner)) {
        const at = open - (s.blanked.slice(0, open).length - s.blanked.slice(0, open).trimEnd().length) - longForm.length;
        push(within.nodeId, normalise(longForm), at, at + longForm.length);
      }
    }
  }
  return out;
}

function driverCandidates(
  report: ParsedReport,
  facts: StatedFacts,
): {
  candidates: { gap: CoverageGap; covered: boolean }[];
  withReason: number;
  partsWithoutDriver: string[];
} {
  const isDriver = (rel: SeedRelationship): boolean =>
    (DRIVER_TYPES as readonly string[]).includes(rel.type);
  const partsOf = new Map<string, string[]>();
  for (const rel of facts.relationships) {
    if (rel.type === 'PART_OF' && facts.nodes.get(rel.from)?.label === 'ActionPart') {
      partsOf.set(rel.to, [...(partsOf.get(rel.to) ?? []), rel.from]);
    }
  }
  const driven = new Set(facts.relationships.filter(isDriver).map((rel) => rel.to));
  const candidates: { gap: CoverageGap; covered: boolean }[] = [];
  const partsWithoutDriver: string[] = [];
  let withReason = 0;
  for (const action of report.actions) {
    const id = `action-${pad(action.number)}`;
    const parts = partsOf.get(id) ?? [];
    const hasDriver = driven.has(id) || parts.some((p) => driven.has(p));
    const reason = facts.nodes.get(id)?.properties.noDriverReason;
    if (!hasDriver && typeof reason === 'string') withReason++;
    for (const part of parts) {
      if (!driven.has(part) && facts.nodes.get(part)?.properties.noDriverReason === undefined)
        partsWithoutDriver.push(part);
    }
    candidates.push({
      gap: {
        check: 'driver',
        section: id,
        text: typeof reason === 'string' ? `no driver; noDriverReason: ${reason}` : 'no driver and no noDriverReason',
        line: action.startLine,
        context: action.text.slice(0, 80).replace(/\s+/g, ' '),
      },
      covered: hasDriver,
    });
  }
  return { candidates, withReason, partsWithoutDriver };
}

/** seeds/coverage-exceptions/*.yaml: `exceptions: [{ check, section, text, reason }]`. */
function readExceptions(seedsDir: string): {
  exceptions: CoverageException[];
  problems: string[];
} {
  const dir = join(seedsDir, 'coverage-exceptions');
  const exceptions: CoverageException[] = [];
  const problems: string[] = [];
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  } catch {
    return { exceptions, problems };
  }
  for (const name of files) {
    const path = join(dir, name);
    const file = relative(join(seedsDir, '..'), path);
    const lineCounter = new LineCounter();
    const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter });
    if (doc.errors.length > 0) {
      problems.push(`${file}: ${doc.errors[0]!.message}`);
      continue;
    }
    const list = isMap(doc.contents) ? doc.contents.get('exceptions', true) : undefined;
    if (!isSeq(list)) {
      problems.push(`${file}: expected a top-level "exceptions:" list`);
      continue;
    }
    for (const item of list.items) {
      const line = isMap(item) && item.range ? lineCounter.linePos(item.range[0]).line : 1;
      const value = isMap(item) ? (item.toJS(doc) as Record<string, unknown>) : {};
      const { check, section: sectionId, text, reason } = value;
      const where = `${file}:${line}`;
      if (!COVERAGE_CHECKS.includes(check as CoverageCheck)) {
        problems.push(`${where} check: must be one of ${COVERAGE_CHECKS.join(', ')}, got ${JSON.stringify(check)}`);
        continue;
      }
      if (typeof sectionId !== 'string' || !/^(action-\d\d|landsdeel-[a-z]+)$/.test(sectionId)) {
        problems.push(`${where} section: must be action-NN or landsdeel-<key>, got ${JSON.stringify(sectionId)}`);
        continue;
      }
      if (typeof text !== 'string' || text === '') {
        problems.push(`${where} text: the item as the check prints it is required`);
        continue;
      }
      if (typeof reason !== 'string' || reason.trim().length < 8) {
        problems.push(`${where} reason: say why the graph does not state it`);
        continue;
      }
      exceptions.push({ check: check as CoverageCheck, section: sectionId, text, reason, file, line });
    }
  }
  return { exceptions, problems };
}
