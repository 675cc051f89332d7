/**
 * Checks the curated seed graph against the source report as a whole, beyond what the
 * validator (load-seeds.ts) checks file by file: is every action row and every landsdeel
 * section of the report in the graph, is every entity the text names in a row or section
 * tied to that row or section, and is every entity used at all. Quote and validation
 * problems and missing actions or landsdelen are errors; unlinked mentions and unused
 * entities are warnings for a curator to review (the text names many things in passing).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { buildGazetteer, findMentions, GAZETTEER_LABELS, type Gazetteer } from './gazetteer.ts';
import {
  loadSeedGraph,
  readSourceText,
  SeedValidationError,
  seedFiles,
  type PropertyValue,
  type SeedNode,
  type SeedProblem,
  type SeedRelationship,
} from './load-seeds.ts';
import {
  ACTION_COUNT,
  blankMarkup,
  LANDSDELEN,
  parseReport,
  ReportParseError,
  type LandsdeelKey,
  type ParsedReport,
} from './report-parser.ts';
import {
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type RelationshipType,
} from '../graph/contract.ts';
import { foldText } from '../graph/text-folding.ts';
import {
  checkCompleteness,
  findException,
  type CheckTally,
  type CompletenessReport,
  type CoverageGap,
} from './completeness.ts';

/**
 * Below these the check fails (CI runs it). Set at what the curated seeds reach, so that a
 * change which loses coverage fails; raise them as the seeds improve, never lower them to
 * pass. Items the graph rightly does not state are listed in seeds/coverage-exceptions/.
 */
export const COVERAGE_GATES = {
  /** Mentions linked, of the mentions no exception accepts. */
  mentions: 1,
  /** Numbers stated as values, of the numbers found that no exception accepts. */
  numbers: 1,
  /** Dates stated as milestones (or target years, dated values), of those not excepted. */
  dates: 1,
  /** Surface forms recorded as a name or alias, of those not excepted. */
  surfaceForms: 1,
  /** Actions with at least one driver (LEADS, IMPLEMENTS, COMMISSIONS), of 22. */
  drivers: 22,
} as const;

export interface MissingActionPart {
  readonly action: number;
  readonly letter: string;
  /** The id the part would have: action-05d. */
  readonly id: string;
}

export type MentionSection =
  | { readonly kind: 'action'; readonly number: number }
  | { readonly kind: 'landsdeel'; readonly key: LandsdeelKey; readonly name: string };

export interface UnlinkedMention {
  readonly section: MentionSection;
  readonly nodeId: string;
  readonly label: string;
  readonly name: string;
  /** The passages that named it, as written, unique. */
  readonly written: readonly string[];
  /** 1-based line of the first mention in the source. */
  readonly line: number;
}

export interface UnusedEntity {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  readonly file: string;
  readonly line: number;
}

export interface Ratio {
  readonly count: number;
  readonly total: number;
}

export interface SeedCoverage {
  /** Actions of the report present as an Action node with every sub-item as ActionPart. */
  readonly actions: Ratio;
  readonly actionParts: Ratio;
  readonly landsdelen: Ratio;
  /** Pairs (row or section, entity named in it) that the graph links. */
  readonly mentions: Ratio;
  /** Entities with at least one relationship. */
  readonly entities: Ratio;
  /** Quotes of nodes and relationships found verbatim in the source. */
  readonly quotes: Ratio;
}

export interface SeedCheckReport {
  readonly seedsDir: string;
  /** False when the validator refused the seeds: the other checks then ran on a lenient read. */
  readonly valid: boolean;
  readonly nodeCount: number;
  readonly relationshipCount: number;
  readonly quoteErrors: readonly SeedProblem[];
  readonly validationErrors: readonly SeedProblem[];
  /** The report's structure could not be read (only if the source was altered). */
  readonly parseErrors: readonly string[];
  readonly missingActions: readonly number[];
  readonly missingActionParts: readonly MissingActionPart[];
  readonly missingLandsdelen: readonly { readonly key: LandsdeelKey; readonly name: string }[];
  readonly unlinkedMentions: readonly UnlinkedMention[];
  readonly unusedEntities: readonly UnusedEntity[];
  readonly coverage: SeedCoverage;
  /** Drivers, numbers, dates and surface forms per row and section (completeness.ts). */
  readonly completeness: CompletenessReport | null;
  /** Which coverage gates are not met, in words. */
  readonly gatesMissed: readonly string[];
  /** Errors found (quotes, validation, structure, missing actions, parts or landsdelen, gates). */
  readonly failed: boolean;
}

/** How a mention in a landsdeel section counts as linked; printed with the report. */
export const LANDSDEEL_LINK_RULE =
  'an entity named in a landsdeel section is linked when it is the landsdeel region or one of its parts ' +
  '(PART_OF chain), has a relationship to one of those, or has a relationship to a node that has one ' +
  '(e.g. PBT MEMBER_OF a werkgroep that COORDINATES the region)';

export const ACTION_LINK_RULE =
  'an entity named in an action row is linked when it has a relationship, either way, to the Action, ' +
  'one of its ActionParts, or a Target or Milestone of those';

export function checkSeeds(seedsDir: string): SeedCheckReport {
  let nodes: readonly SeedNode[];
  let relationships: readonly SeedRelationship[];
  let sourceText: string;
  let problems: readonly SeedProblem[] = [];
  try {
    ({ nodes, relationships, sourceText } = loadSeedGraph({ seedsDir }));
  } catch (error) {
    if (!(error instanceof SeedValidationError)) throw error;
    // The validator is all or nothing; the coverage checks still say something useful on
    // whatever the files hold, so read them again without validating.
    problems = error.problems;
    sourceText = readSourceText(seedsDir);
    ({ nodes, relationships } = readGraphLeniently(seedsDir));
  }
  const quoteErrors = problems.filter((p) => p.field.endsWith('.quote'));
  const validationErrors = problems.filter((p) => !p.field.endsWith('.quote'));

  let report: ParsedReport | undefined;
  const parseErrors: string[] = [];
  try {
    report = parseReport(sourceText);
  } catch (error) {
    if (!(error instanceof ReportParseError)) throw error;
    parseErrors.push(error.message);
  }

  const graph = indexGraph(nodes, relationships);
  const actions = report
    ? checkActions(report, graph)
    : { missingActions: [], missingActionParts: [], covered: 0, partsTotal: 0 };
  const landsdeelRegions = findLandsdeelRegions(graph);
  const missingLandsdelen = LANDSDELEN.filter((l) => !landsdeelRegions.has(l.key)).map(
    ({ key, name }) => ({ key, name }),
  );
  const measured = report
    ? checkCompleteness({ report, nodes, relationships, gazetteer: graph.gazetteer, seedsDir })
    : null;
  const mentions = report
    ? checkMentions(report, graph, landsdeelRegions)
    : { unlinked: [], linked: 0, total: 0 };
  // Mentions an exception accepts are not listed (still not counted as linked).
  const sectionId = (m: UnlinkedMention): string =>
    m.section.kind === 'action'
      ? actionId(m.section.number)
      : `landsdeel-${m.section.key}`;
  const unlinkedMentions = mentions.unlinked.filter(
    (m) => !findException(measured?.exceptions ?? [], 'mention', sectionId(m), m.nodeId),
  );
  // Mention exceptions are applied here (this file owns the mention check), so their
  // staleness is judged here too.
  const completeness = measured && {
    ...measured,
    staleExceptions: [
      ...measured.staleExceptions,
      ...measured.exceptions.filter(
        (e) =>
          e.check === 'mention' &&
          !mentions.unlinked.some((m) => sectionId(m) === e.section && m.nodeId === e.text),
      ),
    ],
  };
  // An excepted mention is neither linked nor a gap: it leaves the tally.
  const mentionsCounted = {
    linked: mentions.linked,
    total: mentions.total - (mentions.unlinked.length - unlinkedMentions.length),
  };
  const gatesMissed = completeness ? missedGates(completeness, mentionsCounted) : [];

  const entities = nodes.filter((n) => GAZETTEER_LABELS.includes(n.label));
  const unusedEntities = entities
    .filter((n) => (graph.neighbours.get(n.id)?.size ?? 0) === 0)
    .map((n) => ({
      id: n.id,
      label: n.label,
      name: String(n.properties.name ?? n.id),
      file: n.file,
      line: n.line,
    }));

  const quotes = [...nodes, ...relationships]
    .map((item) => item.properties.quote)
    .filter((q) => typeof q === 'string');
  const missingActionParts = actions.missingActionParts;
  return {
    seedsDir,
    valid: problems.length === 0,
    nodeCount: nodes.length,
    relationshipCount: relationships.length,
    quoteErrors,
    validationErrors,
    parseErrors,
    missingActions: actions.missingActions,
    missingActionParts,
    missingLandsdelen,
    unlinkedMentions,
    unusedEntities,
    coverage: {
      actions: { count: actions.covered, total: report?.actions.length ?? ACTION_COUNT },
      actionParts: {
        count: actions.partsTotal - missingActionParts.length,
        total: actions.partsTotal,
      },
      landsdelen: { count: LANDSDELEN.length - missingLandsdelen.length, total: LANDSDELEN.length },
      mentions: { count: mentionsCounted.linked, total: mentionsCounted.total },
      entities: { count: entities.length - unusedEntities.length, total: entities.length },
      quotes: { count: quotes.filter((q) => sourceText.includes(q)).length, total: quotes.length },
    },
    completeness,
    gatesMissed,
    failed:
      gatesMissed.length > 0 ||
      (completeness?.exceptionProblems.length ?? 0) > 0 ||
      (completeness?.staleExceptions.length ?? 0) > 0 ||
      problems.length > 0 ||
      parseErrors.length > 0 ||
      actions.missingActions.length > 0 ||
      missingActionParts.length > 0 ||
      missingLandsdelen.length > 0,
  };
}

/**
 * What a tally's gate is measured against: every candidate the text shows, less those an
 * exception accepts as not a fact (a list number, a cross-reference). Exceptions are reviewed in
 * git, each with its reason, and one that matches nothing fails the check, so this cannot hide
 * a gap that the seeds later open.
 */
const factual = (t: CheckTally): number => t.total - t.excepted;

function missedGates(
  completeness: CompletenessReport,
  mentions: { linked: number; total: number },
): string[] {
  const missed: string[] = [];
  const ratio = (name: string, count: number, total: number, gate: number): void => {
    if (total > 0 && count / total < gate)
      missed.push(`${name} ${count}/${total} (${((100 * count) / total).toFixed(1)}%) is below ${(100 * gate).toFixed(0)}%`);
  };
  ratio('mentions linked', mentions.linked, mentions.total, COVERAGE_GATES.mentions);
  ratio('numbers structured', completeness.numbers.covered, factual(completeness.numbers), COVERAGE_GATES.numbers);
  ratio('dates as milestones', completeness.dates.covered, factual(completeness.dates), COVERAGE_GATES.dates);
  ratio('surface forms as aliases', completeness.surfaceForms.covered, factual(completeness.surfaceForms), COVERAGE_GATES.surfaceForms);
  if (completeness.drivers.covered < COVERAGE_GATES.drivers)
    missed.push(`actions with drivers ${completeness.drivers.covered}/${completeness.drivers.total} is below ${COVERAGE_GATES.drivers}`);
  return missed;
}

interface GraphIndex {
  readonly byId: ReadonlyMap<string, SeedNode>;
  readonly relationships: readonly SeedRelationship[];
  /** Every node a node has a relationship with, in either direction. */
  readonly neighbours: ReadonlyMap<string, ReadonlySet<string>>;
  readonly gazetteer: Gazetteer;
}

function indexGraph(
  nodes: readonly SeedNode[],
  relationships: readonly SeedRelationship[],
): GraphIndex {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    let set = neighbours.get(a);
    if (!set) neighbours.set(a, (set = new Set()));
    set.add(b);
  };
  for (const rel of relationships) {
    link(rel.from, rel.to);
    link(rel.to, rel.from);
  }
  return { byId, relationships, neighbours, gazetteer: buildGazetteer(nodes) };
}

function actionId(number: number): string {
  return `action-${String(number).padStart(2, '0')}`;
}

function checkActions(
  report: ParsedReport,
  graph: GraphIndex,
): {
  missingActions: number[];
  missingActionParts: MissingActionPart[];
  covered: number;
  partsTotal: number;
} {
  const actionNumbers = new Set(
    [...graph.byId.values()].filter((n) => n.label === 'Action').map((n) => n.properties.number),
  );
  const partIds = new Set(
    [...graph.byId.values()].filter((n) => n.label === 'ActionPart').map((n) => n.id),
  );
  const missingActions: number[] = [];
  const missingActionParts: MissingActionPart[] = [];
  let covered = 0;
  let partsTotal = 0;
  for (const action of report.actions) {
    const present = actionNumbers.has(action.number);
    if (!present) missingActions.push(action.number);
    const missingParts = action.letters
      .map((letter) => ({
        action: action.number,
        letter,
        id: `${actionId(action.number)}${letter}`,
      }))
      .filter((part) => !partIds.has(part.id));
    partsTotal += action.letters.length;
    missingActionParts.push(...missingParts);
    if (present && missingParts.length === 0) covered++;
  }
  return { missingActions, missingActionParts, covered, partsTotal };
}

/** The Region (level landsdeel) of each landsdeel: by id region-<key>, else by name or alias. */
function findLandsdeelRegions(graph: GraphIndex): Map<LandsdeelKey, string> {
  const regions = [...graph.byId.values()].filter(
    (n) => n.label === 'Region' && n.properties.level === 'landsdeel',
  );
  const found = new Map<LandsdeelKey, string>();
  for (const { key, name } of LANDSDELEN) {
    const wanted = new Set([foldText(name), key]);
    const names = (n: SeedNode): string[] =>
      [n.properties.name, ...asList(n.properties.aliases)].map((v) => foldText(String(v)));
    const region =
      regions.find((n) => n.id === `region-${key}`) ??
      regions.find((n) => names(n).some((v) => wanted.has(v)));
    if (region) found.set(key, region.id);
  }
  return found;
}

function checkMentions(
  report: ParsedReport,
  graph: GraphIndex,
  landsdeelRegions: ReadonlyMap<LandsdeelKey, string>,
): { unlinked: UnlinkedMention[]; linked: number; total: number } {
  const unlinked: UnlinkedMention[] = [];
  let linked = 0;
  let total = 0;
  const review = (
    section: MentionSection,
    text: string,
    startLine: number,
    isLinked: (id: string) => boolean,
  ): void => {
    const byNode = new Map<string, { written: Set<string>; index: number }>();
    for (const mention of findMentions(graph.gazetteer, blankMarkup(text))) {
      const seen = byNode.get(mention.nodeId);
      if (seen) seen.written.add(mention.text);
      else byNode.set(mention.nodeId, { written: new Set([mention.text]), index: mention.index });
    }
    for (const [nodeId, { written, index }] of byNode) {
      total++;
      if (isLinked(nodeId)) {
        linked++;
        continue;
      }
      const node = graph.byId.get(nodeId)!;
      unlinked.push({
        section,
        nodeId,
        label: node.label,
        name: String(node.properties.name ?? nodeId),
        written: [...written],
        line: startLine + (text.slice(0, index).match(/\n/g)?.length ?? 0),
      });
    }
  };

  for (const action of report.actions) {
    const scope = actionScope(action.number, graph);
    const isLinked = (id: string): boolean =>
      [...(graph.neighbours.get(id) ?? [])].some((n) => scope.has(n));
    review({ kind: 'action', number: action.number }, action.text, action.startLine, isLinked);
  }
  for (const landsdeel of report.landsdelen) {
    const regionId = landsdeelRegions.get(landsdeel.key);
    const isLinked = regionId ? landsdeelLinks(regionId, graph) : () => false;
    review(
      { kind: 'landsdeel', key: landsdeel.key, name: landsdeel.name },
      landsdeel.text,
      landsdeel.startLine,
      isLinked,
    );
  }
  return { unlinked, linked, total };
}

/** The Action, its parts, and the Targets and Milestones of either. */
function actionScope(number: number, graph: GraphIndex): Set<string> {
  const scope = new Set(
    [...graph.byId.values()]
      .filter((n) => n.label === 'Action' && n.properties.number === number)
      .map((n) => n.id),
  );
  for (const rel of graph.relationships) {
    if (
      rel.type === 'PART_OF' &&
      scope.has(rel.to) &&
      graph.byId.get(rel.from)?.label === 'ActionPart'
    )
      scope.add(rel.from);
  }
  for (const rel of graph.relationships) {
    if ((rel.type === 'HAS_TARGET' || rel.type === 'HAS_MILESTONE') && scope.has(rel.from))
      scope.add(rel.to);
  }
  return scope;
}

/** See LANDSDEEL_LINK_RULE: region and parts, nodes next to them, nodes next to those. */
function landsdeelLinks(regionId: string, graph: GraphIndex): (id: string) => boolean {
  const core = new Set([regionId]);
  for (let grew = true; grew;) {
    grew = false;
    for (const rel of graph.relationships) {
      if (rel.type === 'PART_OF' && core.has(rel.to) && !core.has(rel.from)) {
        core.add(rel.from);
        grew = true;
      }
    }
  }
  const direct = new Set<string>();
  for (const id of core) for (const n of graph.neighbours.get(id) ?? []) direct.add(n);
  return (id) =>
    core.has(id) ||
    direct.has(id) ||
    [...(graph.neighbours.get(id) ?? [])].some((n) => direct.has(n));
}

function asList(value: PropertyValue | undefined): string[] {
  return Array.isArray(value) ? value : [];
}

/**
 * The nodes and relationships of every seed file, taken as they are: what the validator
 * would refuse (a bad quote, a dangling end) is kept, what cannot be read at all is skipped.
 */
function readGraphLeniently(seedsDir: string): {
  nodes: SeedNode[];
  relationships: SeedRelationship[];
} {
  const nodes: SeedNode[] = [];
  const relationships: SeedRelationship[] = [];
  for (const path of seedFiles(join(seedsDir, 'graph'))) {
    const file = relative(join(seedsDir, '..'), path);
    const lineCounter = new LineCounter();
    const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter });
    if (doc.errors.length > 0 || !isMap(doc.contents)) continue;
    const items = (key: string): YamlNode[] => {
      const seq = doc.get(key, true);
      return isSeq(seq) ? (seq.items as YamlNode[]) : [];
    };
    const lineOf = (item: YamlNode): number =>
      item.range ? lineCounter.linePos(item.range[0]).line : 1;
    for (const item of items('nodes')) {
      if (!isMap(item)) continue;
      const { id, label, ...properties } = item.toJS(doc) as Record<string, unknown>;
      if (typeof id !== 'string' || typeof label !== 'string' || !(label in NODE_LABELS)) continue;
      nodes.push({
        id,
        label: label as NodeLabel,
        properties: { ...(properties as Record<string, PropertyValue>), id },
        file,
        line: lineOf(item),
      });
    }
    for (const item of items('relationships')) {
      if (!isMap(item)) continue;
      const { type, from, to, ...properties } = item.toJS(doc) as Record<string, unknown>;
      if (
        typeof type !== 'string' ||
        !(type in RELATIONSHIP_TYPES) ||
        typeof from !== 'string' ||
        typeof to !== 'string'
      ) {
        continue;
      }
      const key = `${type}:${from}->${to}`;
      relationships.push({
        key,
        type: type as RelationshipType,
        from,
        to,
        properties: { ...(properties as Record<string, PropertyValue>), id: key },
        file,
        line: lineOf(item),
      });
    }
  }
  return { nodes, relationships };
}

export function formatSeedCheckReport(report: SeedCheckReport): string {
  const out: string[] = [];
  const section = (title: string, lines: readonly string[], kind: 'error' | 'warning'): void => {
    out.push(
      '',
      `${title}: ${lines.length}${lines.length > 0 && kind === 'warning' ? ' (warnings)' : ''}`,
    );
    for (const line of lines) out.push(`  ${line}`);
  };
  const problem = (p: SeedProblem): string => `${p.file}:${p.line} ${p.field}: ${p.message}`;
  const sectionName = (s: MentionSection): string =>
    s.kind === 'action' ? `actie ${s.number}` : s.name;

  out.push(`Seed check of ${report.seedsDir}`);
  out.push(
    report.valid
      ? `  seeds valid: ${report.nodeCount} nodes, ${report.relationshipCount} relationships`
      : `  seeds NOT valid; the checks below ran on the ${report.nodeCount} nodes and ${report.relationshipCount} relationships that could be read`,
  );
  section('Quote errors', report.quoteErrors.map(problem), 'error');
  section('Validation errors', report.validationErrors.map(problem), 'error');
  if (report.parseErrors.length > 0)
    section('Report structure errors', report.parseErrors, 'error');
  section(
    'Actions missing from the seeds',
    report.missingActions.map(
      (n) => `actie ${n}: no Action node with number ${n} (${actionId(n)})`,
    ),
    'error',
  );
  section(
    'Action parts missing from the seeds',
    report.missingActionParts.map((p) => `actie ${p.action}${p.letter}: no ActionPart ${p.id}`),
    'error',
  );
  section(
    'Landsdelen missing from the seeds',
    report.missingLandsdelen.map(
      (l) => `${l.name}: no Region region-${l.key} with level landsdeel`,
    ),
    'error',
  );
  section(
    'Mentions without a relationship',
    report.unlinkedMentions.map(
      (m) =>
        `${sectionName(m.section)} (line ${m.line}): ${m.nodeId} [${m.label}] "${m.name}", written ${m.written
          .map((w) => JSON.stringify(w))
          .join(', ')}`,
    ),
    'warning',
  );
  out.push(`  rule, actions: ${ACTION_LINK_RULE}`);
  out.push(`  rule, landsdelen: ${LANDSDEEL_LINK_RULE}`);
  section(
    'Entities without any relationship',
    report.unusedEntities.map((e) => `${e.id} [${e.label}] "${e.name}" (${e.file}:${e.line})`),
    'warning',
  );
  const c = report.completeness;
  if (c) {
    const gap = (g: CoverageGap): string =>
      `${g.section} (line ${g.line}): ${JSON.stringify(g.text)}  … ${g.context} …`;
    section('Actions without a driver', c.drivers.gaps.map(gap), 'warning');
    out.push(`  rule: a driver is a ${'LEADS, IMPLEMENTS or COMMISSIONS'} on the action or one of its parts`);
    section('Action parts without a driver of their own', [...c.partsWithoutDriver], 'warning');
    section('Numbers without a structured value', c.numbers.gaps.map(gap), 'warning');
    out.push('  rule: a Measurement, Target, Milestone amount or relationship amount with that value whose quote (or a quote of its relationships) covers the number in the text');
    section('Dates without a milestone', c.dates.gaps.map(gap), 'warning');
    out.push('  rule: a Milestone, a Target with that targetYear, or a dated Measurement whose quote covers the date words');
    section('Surface forms that are not aliases', c.surfaceForms.gaps.map(gap), 'warning');
    section(
      'Stale coverage exceptions (match nothing)',
      c.staleExceptions.map((e) => `${e.file}:${e.line} ${e.check} ${e.section} ${JSON.stringify(e.text)}`),
      'warning',
    );
    if (c.exceptionProblems.length > 0)
      section('Coverage exception file errors', c.exceptionProblems, 'error');
  }
  out.push('', formatCoverage(report.coverage, report.completeness));
  if (report.gatesMissed.length > 0) section('Coverage gates missed', report.gatesMissed, 'error');
  out.push(
    '',
    report.failed
      ? 'Result: FAILED (quote, validation or structure errors, missing actions, parts or landsdelen, or a coverage gate missed)'
      : 'Result: OK (the lists above are warnings; the coverage gates are met)',
  );
  return out.join('\n');
}

export function formatCoverage(
  coverage: SeedCoverage,
  completeness: CompletenessReport | null = null,
): string {
  const percent = (r: Ratio): string =>
    r.total === 0 ? '-' : `${((100 * r.count) / r.total).toFixed(1)}%`;
  const row = (label: string, r: Ratio, withPercent = false): string =>
    `  ${label.padEnd(18)} ${`${r.count}/${r.total}`.padStart(9)}${withPercent ? ` (${percent(r)})` : ''}`;
  return [
    'Coverage',
    row('actions covered', coverage.actions),
    row('action parts', coverage.actionParts),
    row('landsdelen', coverage.landsdelen),
    row('mentions linked', coverage.mentions, true),
    row('entities used', coverage.entities, true),
    row('quotes verified', coverage.quotes),
    ...(completeness
      ? [
          row('actions w/ driver', { count: completeness.drivers.covered, total: completeness.drivers.total }),
          tallyRow('numbers as values', completeness.numbers),
          tallyRow('dates as milestones', completeness.dates),
          tallyRow('forms as aliases', completeness.surfaceForms),
        ]
      : []),
  ].join('\n');
  function tallyRow(label: string, t: CheckTally): string {
    const found = t.excepted > 0 ? `, ${t.excepted} of ${t.total} found excepted` : '';
    return `${row(label, { count: t.covered, total: factual(t) }, true)}${found}`;
  }
}
