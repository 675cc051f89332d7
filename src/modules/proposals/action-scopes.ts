/**
 * Which action each passage of a report is about. A progress report lists its actions in
 * one of two generic layouts, and both are read:
 *
 * - a table whose rows start with the action's number alone in its cell ("12." or
 *   "<p>12.</p>" at a line start, then a tab, a tag or the line's end), as in the 2014 file;
 * - paragraphs that open with the action named ("Actie 4:", "Maatregel 16 -").
 *
 * A row or paragraph scope runs to the next one, or to a heading: a Markdown heading, a
 * line in capitals, or a line that is a pillar's name. Within an action's scope, part
 * letters at a block start ("a. ", "b. ") open a part's scope, which ends at the next
 * letter, the end of the table cell, or a short subheading ("Nieuw:"); several letters
 * ("a,b.") give the passage to each of those parts. References in
 * running text ("actie 12", "acties 4 en 5", "maatregel 3 t/m 5") are found too: they name
 * the action a sentence is about, unless they point elsewhere ("zie maatregel 13").
 *
 * The row is then read again by its words (readPartsByWords, part-inference.ts): an
 * unlettered sentence goes to the part its words name, and a progress passage whose letter
 * plainly slipped goes to the part it is about.
 */
import { foldText } from '../../graph/text-folding.ts';
import { commonWords, partsNamedBy, sharedWords, wordsOf } from './part-inference.ts';
import type { KnownNode } from './proposal-types.ts';
import { BLOCK_BREAK, splitSentences } from './sentences.ts';

export interface ActionTarget {
  /** The Action's or ActionPart's id. */
  readonly id: string;
  readonly label: 'Action' | 'ActionPart';
  /** The id of the action itself (for a part: its action). */
  readonly actionId: string;
  readonly number: number;
  /** '12' for an action, '12a' for a part. */
  readonly code: string;
}

export interface Scope {
  readonly start: number;
  readonly end: number;
  /** One action or part; several parts under "a,b." or "b, c.". */
  readonly targets: readonly ActionTarget[];
  /**
   * A part scope no letter opens: an unlettered sentence of the row whose words name the
   * part, or that continues such a sentence (part-inference.ts). Less sure than a letter.
   */
  readonly inferred?: boolean;
}

export interface ActionReference {
  readonly start: number;
  readonly end: number;
  readonly targets: readonly ActionTarget[];
  /** "zie maatregel 13", "conform actie 5": points to another action, says nothing of this one. */
  readonly crossReference: boolean;
}

export interface ActionLayout {
  /** Row and paragraph scopes of actions, in text order, not overlapping. */
  readonly actionScopes: readonly Scope[];
  /** Part scopes, each inside its action's scope. */
  readonly partScopes: readonly Scope[];
  readonly references: readonly ActionReference[];
}

/** An action's number alone in its cell at a line start: "12." or "<p>12.</p>". */
const ROW_START = /^[ \t]*(?:<p>)?[ \t]*(\d{1,3})\.[ \t]*(?:<\/p>)?(?=\t|[ \t]*<|[ \t]*\r?$)/;
/** A paragraph that opens with the action it is about: "Actie 4:", "**Maatregel 16** -". */
const OPENER =
  /^[ \t]*(?:[#>*-]+[ \t]*)?(?:\*\*)?(?:actie|maatregel)[ \t]+(\d{1,3})([a-z])?(?:\*\*)?[ \t]*[:.–-]/i;
/** A part letter at a block start, or several ("a,b." or "b, c."): group 1 holds them. */
const PART_MARKER = /^[ \t›•*>-]*([a-z](?:[ \t]*[,&][ \t]*[a-z])*)\.[ \t]/;
/** A reference in running text; group 3 holds further numbers ("en 5", ", 6", "t/m 8"). */
const REFERENCE =
  /\b(acties?|maatregel(?:en)?)[ \t]+(\d{1,3})([a-z])?\b((?:[ \t]*(?:,|en|of|t\/m|tot en met|[–-])[ \t]*(?:(?:acties?|maatregel(?:en)?)[ \t]+)?\d{1,3}[a-z]?\b)*)/gi;
const CROSS_REFERENCE_BEFORE =
  /\b(?:zie|vgl|conform|net als bij|evenals bij)\.?(?:[ \t]+ook)?[ \t]*\(?$/i;
/** A short subheading block inside a cell ("Nieuw:", "Aanvullend:"): ends a part's scope. */
const SUBHEADING = /^[^.!?:]{1,80}:$/;
const SUBHEADING_MAX_WORDS = 10;
/**
 * A short label opening a block before its text ("Nieuw: In het schooljaar ..."): a
 * subheading run into its paragraph, which ends a part's scope as a subheading does. Not a
 * data label ("Huidige stand: havo: 37%"), whose text goes on in lower case.
 */
const LEAD_IN = /^[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]+\p{Ll}+){0,2}):[ \t]+(?=\p{Lu})/u;

export function findActionLayout(text: string, known: readonly KnownNode[]): ActionLayout {
  const actions = new Map<number, ActionTarget>();
  const parts = new Map<string, ActionTarget>();
  const actionIds = new Map<number, string>();
  for (const node of known) {
    if (node.label === 'Action' && node.number !== undefined) actionIds.set(node.number, node.id);
  }
  for (const [number, id] of actionIds) {
    actions.set(number, { id, label: 'Action', actionId: id, number, code: String(number) });
  }
  for (const node of known) {
    if (node.label !== 'ActionPart' || !node.code) continue;
    const match = /^(\d{1,3})([a-z])$/.exec(node.code);
    const action = match ? actions.get(Number(match[1])) : undefined;
    if (!match || !action) continue;
    parts.set(node.code, {
      id: node.id,
      label: 'ActionPart',
      actionId: action.id,
      number: action.number,
      code: node.code,
    });
  }
  const pillarNames = new Set(
    known.filter((node) => node.label === 'Pillar').flatMap((node) => node.names.map(foldText)),
  );

  const actionScopes = readActionScopes(text, actions, parts, pillarNames);
  const { partScopes: letteredScopes, subheadings } = readPartScopes(text, actionScopes, parts);
  const partScopes = readPartsByWords(text, actionScopes, letteredScopes, subheadings);
  const references = readReferences(text, actions, parts);
  return { actionScopes: actionScopes.map(({ scope }) => scope), partScopes, references };
}

/** The innermost scope (part, else action) that holds the offset. */
export function scopeAt(layout: ActionLayout, offset: number): Scope | undefined {
  const inside = (scope: Scope) => scope.start <= offset && offset < scope.end;
  return layout.partScopes.find(inside) ?? layout.actionScopes.find(inside);
}

/** The targets of the innermost scope (part, else action) that holds the offset. */
export function targetsAt(layout: ActionLayout, offset: number): readonly ActionTarget[] {
  return scopeAt(layout, offset)?.targets ?? [];
}

interface OpenedScope {
  readonly scope: Scope;
}

function readActionScopes(
  text: string,
  actions: ReadonlyMap<number, ActionTarget>,
  parts: ReadonlyMap<string, ActionTarget>,
  pillarNames: ReadonlySet<string>,
): OpenedScope[] {
  const scopes: OpenedScope[] = [];
  let open: { start: number; target: ActionTarget } | undefined;
  const close = (at: number): void => {
    if (open && at > open.start) {
      scopes.push({ scope: { start: open.start, end: at, targets: [open.target] } });
    }
    open = undefined;
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const row = ROW_START.exec(line);
    const opener = row ? null : OPENER.exec(line);
    const rowAction = row ? actions.get(Number(row[1])) : undefined;
    const openerAction = opener ? actions.get(Number(opener[1])) : undefined;
    if (rowAction || openerAction) {
      close(lineStart);
      const part = opener?.[2] ? parts.get(`${opener[1]}${opener[2].toLowerCase()}`) : undefined;
      open = { start: lineStart, target: part ?? (rowAction ?? openerAction)! };
    } else if (isHeading(line, pillarNames)) {
      close(lineStart);
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  close(text.length);
  return scopes;
}

function isHeading(line: string, pillarNames: ReadonlySet<string>): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0) return false;
  if (/^#{1,6}\s/.test(trimmed)) return true;
  const folded = foldText(trimmed);
  if (pillarNames.has(folded)) return true;
  // A line in capitals ("DE UITVOERING VAN DE TECHNIEKPACT AGENDA'S"): a section title.
  const letters = trimmed.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  return letters.length >= 8 && folded.includes(' ') && upper.length >= 0.8 * letters.length;
}

function readPartScopes(
  text: string,
  actionScopes: readonly OpenedScope[],
  parts: ReadonlyMap<string, ActionTarget>,
): { partScopes: Scope[]; subheadings: number[] } {
  const partScopes: Scope[] = [];
  /** Where a subheading or lead-in block starts, in the rows of actions. */
  const subheadings: number[] = [];
  for (const { scope } of actionScopes) {
    // A part opener gives the whole paragraph scope to the part ("Actie 12a: ...").
    const action = scope.targets[0]!;
    if (action.label === 'ActionPart') {
      partScopes.push(scope);
      continue;
    }
    let open: { start: number; targets: ActionTarget[] } | undefined;
    const close = (at: number): void => {
      if (open && at > open.start) {
        partScopes.push({ start: open.start, end: at, targets: open.targets });
      }
      open = undefined;
    };
    const region = text.slice(scope.start, scope.end);
    let blockStart = 0;
    const visitBlock = (start: number, end: number, breakText: string): void => {
      const block = region.slice(start, end);
      const marker = PART_MARKER.exec(block);
      if (marker) {
        close(scope.start + start);
        const letters = marker[1]!.split(/[ \t]*[,&][ \t]*/);
        const targets = letters
          .map((letter) => parts.get(`${action.number}${letter}`))
          .filter((part): part is ActionTarget => part !== undefined);
        // A letter the action has no part for: the passage is about the action.
        if (targets.length === letters.length) open = { start: scope.start + start, targets };
      } else {
        const trimmed = block.trim();
        if (
          (SUBHEADING.test(trimmed) && trimmed.split(/\s+/).length <= SUBHEADING_MAX_WORDS) ||
          LEAD_IN.test(block)
        ) {
          close(scope.start + start);
          subheadings.push(scope.start + start);
        }
      }
      // A tab is a table's cell boundary: a part's scope does not run into the next column.
      if (breakText === '\t') close(scope.start + end);
    };
    BLOCK_BREAK.lastIndex = 0;
    for (let match = BLOCK_BREAK.exec(region); match; match = BLOCK_BREAK.exec(region)) {
      visitBlock(blockStart, match.index, match[0]);
      blockStart = match.index + match[0].length;
    }
    visitBlock(blockStart, region.length, '');
    close(scope.end);
  }
  return { partScopes: partScopes.sort((a, b) => a.start - b.start), subheadings };
}

function readReferences(
  text: string,
  actions: ReadonlyMap<number, ActionTarget>,
  parts: ReadonlyMap<string, ActionTarget>,
): ActionReference[] {
  const references: ActionReference[] = [];
  REFERENCE.lastIndex = 0;
  for (let match = REFERENCE.exec(text); match; match = REFERENCE.exec(text)) {
    const targets: ActionTarget[] = [];
    const add = (number: number, letter: string | undefined): void => {
      const target =
        (letter ? parts.get(`${number}${letter.toLowerCase()}`) : undefined) ?? actions.get(number);
      if (target && !targets.some((t) => t.id === target.id)) targets.push(target);
    };
    add(Number(match[2]), match[3]);
    let previous = Number(match[2]);
    const more = match[4] ?? '';
    const further =
      /(,|en|of|t\/m|tot en met|[–-])[ \t]*(?:(?:acties?|maatregel(?:en)?)[ \t]+)?(\d{1,3})([a-z])?\b/gi;
    for (let next = further.exec(more); next; next = further.exec(more)) {
      const number = Number(next[2]);
      const range = /^(t\/m|tot en met|[–-])$/i.test(next[1]!);
      if (range && number > previous && number - previous <= 30) {
        for (let n = previous + 1; n < number; n++) add(n, undefined);
      }
      add(number, next[3]);
      previous = number;
    }
    if (targets.length === 0) continue;
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    references.push({
      start: match.index,
      end: match.index + match[0].length,
      targets,
      crossReference: CROSS_REFERENCE_BEFORE.test(before),
    });
  }
  return references;
}

/**
 * The part scopes of the rows, read again by their words (part-inference.ts):
 *
 * - A lettered passage after the first of its letter (the progress written under the
 *   commitment's letters) that shares no distinctive word with its letter's first passage
 *   and clearly more with another part's is taken to carry a slip of the letter, and given
 *   to that part ("a. De subsidieregeling voor de educatieve minor ..." where b. is the minor).
 * - The unlettered sentences of a row whose action has lettered parts: each goes to the part
 *   its words name, or, saying too little itself, to the part of the nearest sentence in the
 *   same block that names one (the one before it first: a passage continues its part across
 *   sentences). The rest of the row stays the action's, and so does a section under a
 *   subheading ("Nieuw:", "Aanvullend:") up to the cell's end in a row that letters its
 *   progress by part as well as its commitment (a letter opens two passages): there the
 *   writer lettered what belongs to a part and put the rest, news about the action, under its
 *   own heading.
 */
function readPartsByWords(
  text: string,
  actionScopes: readonly OpenedScope[],
  lettered: readonly Scope[],
  subheadings: readonly number[],
): Scope[] {
  const rows = actionScopes
    .map(({ scope }) => scope)
    .filter((s) => s.targets[0]?.label === 'Action');
  if (rows.length === 0 || lettered.length === 0) return [...lettered];
  const common = commonWords(rows.map((row) => text.slice(row.start, row.end)));
  const sentences = splitSentences(text);
  // Where each block starts: a sentence continues another only inside one block.
  const blockStarts: number[] = [0];
  BLOCK_BREAK.lastIndex = 0;
  for (let m = BLOCK_BREAK.exec(text); m; m = BLOCK_BREAK.exec(text)) {
    blockStarts.push(m.index + m[0].length);
  }
  const blockOf = (offset: number): number => {
    let lo = 0;
    let hi = blockStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blockStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  // Part scopes of other layouts (an "Actie 12a:" paragraph) stay as they are.
  const result: Scope[] = lettered.filter(
    (scope) => !rows.some((row) => row.start <= scope.start && scope.end <= row.end),
  );
  for (const row of rows) {
    const found = lettered.filter((s) => row.start <= s.start && s.end <= row.end);
    if (found.length === 0) continue;
    const partById = new Map<string, ActionTarget>();
    const firstWords = new Map<string, Set<string>>();
    const firstScope = new Map<string, Scope>();
    const opened = new Map<string, number>();
    for (const scope of found) {
      for (const target of scope.targets) {
        partById.set(target.id, target);
        opened.set(target.id, (opened.get(target.id) ?? 0) + 1);
        if (!firstScope.has(target.id)) {
          firstScope.set(target.id, scope);
          firstWords.set(target.id, wordsOf(text.slice(scope.start, scope.end)));
        }
      }
    }
    const inRow = found.map((scope): Scope => {
      const own = scope.targets[0]!;
      if (scope.targets.length !== 1 || firstScope.get(own.id) === scope) return scope;
      const words = wordsOf(text.slice(scope.start, scope.end));
      // A passage that shares a word with its letter's first one: as lettered.
      if (sharedWords(words, firstWords.get(own.id)!, common) > 0) return scope;
      // Its own letter shares nothing, so whatever is named is another part.
      const named = partsNamedBy(words, firstWords, common);
      return named.length === 1
        ? { ...scope, targets: [partById.get(named[0]!)!], inferred: true }
        : scope;
    });
    result.push(...inRow);

    const partWords = new Map<string, Set<string>>();
    for (const scope of inRow) {
      const words = wordsOf(text.slice(scope.start, scope.end));
      for (const target of scope.targets) {
        const known = partWords.get(target.id) ?? new Set<string>();
        for (const w of words) known.add(w);
        partWords.set(target.id, known);
      }
    }
    const progressLettered = [...opened.values()].some((n) => n > 1);
    // Whether the offset sits in a subheaded section: after a subheading in the same cell,
    // before any letter.
    const inSection = (offset: number): boolean => {
      const heading = subheadings.filter((h) => row.start <= h && h <= offset).at(-1);
      return (
        heading !== undefined &&
        !text.slice(heading, offset).includes('\t') &&
        !inRow.some((s) => heading < s.start && s.start <= offset)
      );
    };
    const candidates: { start: number; end: number; block: number; named: string[] }[] = [];
    for (const sentence of sentences) {
      if (sentence.start < row.start || sentence.end > row.end) continue;
      if (inRow.some((s) => s.start <= sentence.start && sentence.start < s.end)) continue;
      if (progressLettered && inSection(sentence.start)) continue;
      candidates.push({
        start: sentence.start,
        end: sentence.end,
        block: blockOf(sentence.start),
        named: partsNamedBy(wordsOf(sentence.text), partWords, common),
      });
    }
    candidates.forEach((candidate, i) => {
      let named = candidate.named;
      for (let j = i - 1; named.length === 0 && j >= 0; j--) {
        if (candidates[j]!.block !== candidate.block) break;
        named = candidates[j]!.named;
      }
      for (let j = i + 1; named.length === 0 && j < candidates.length; j++) {
        if (candidates[j]!.block !== candidate.block) break;
        named = candidates[j]!.named;
      }
      if (named.length === 0) return;
      result.push({
        start: candidate.start,
        end: candidate.end,
        targets: named.map((id) => partById.get(id)!),
        inferred: true,
      });
    });
  }
  return result.sort((a, b) => a.start - b.start);
}
