/**
 * The fact proposer (issue 22): reads a report edition's text against the curated graph's
 * entities and proposes the facts it states, each with the sentence that states it
 * (verbatim, with its place), the edits that accepting it makes through the curation
 * mutations, and a confidence. Pure: no database, no clock, no randomness; the same text
 * and nodes give the same proposals with the same keys on every run.
 *
 * What it reads, and where each rule lives:
 * - mentions of known actors: entity-matcher.ts (one Aho–Corasick pass, folded text);
 * - which action a passage is about: action-scopes.ts (numbered rows, "Actie N:" paragraphs,
 *   part letters, references in running text), and part-inference.ts (which part an
 *   unlettered sentence's words name);
 * - who does what: roles.ts (verb and phrase cues, subject and object);
 * - dates: dutch-dates.ts; amounts: amounts.ts; statuses: statuses.ts;
 * - names no known node has: new-entities.ts.
 * Nothing here knows the content of any one report: only its layout conventions and Dutch.
 */
import { createHash } from 'node:crypto';
import type { NodeLabel, RelationshipType } from '../../graph/contract.ts';
import { endProblems } from '../../graph/fact-check.ts';
import { foldText } from '../../graph/text-folding.ts';
import {
  findActionLayout,
  scopeAt,
  type ActionLayout,
  type ActionTarget,
} from './action-scopes.ts';
import { findAmounts, type AmountMention } from './amounts.ts';
import { findDutchDates, type DateMention, type DatePrecision } from './dutch-dates.ts';
import { buildEntityMatcher, findEntityMentions, type EntityMention } from './entity-matcher.ts';
import { findNewEntities, slugOf, type NewEntityCandidate } from './new-entities.ts';
import type {
  KnownNode,
  ProposalKind,
  ProposedEdit,
  ProposedFact,
  ProposeOptions,
} from './proposal-types.ts';
import { assignRoles, findRoleCues, type ActorSpan } from './roles.ts';
import { assertNoAstralCharacters, textSelector } from './selectors.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { findStatusCues } from './statuses.ts';

export type {
  KnownNode,
  ProposalKind,
  ProposedEdit,
  ProposedFact,
  ProposeOptions,
  TextSelector,
} from './proposal-types.ts';
export { buildEntityMatcher } from './entity-matcher.ts';

/**
 * What the review queue shows by default. Measured on the 2014 report (bench:proposals):
 * a mention of an actor in an action's scope without a role verb (0.6), less for a common
 * noun (0.5), stays in; guesses (a bare year, a number pinned on the first actor named, a
 * capitalised run that may be a title) fall below.
 */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

/**
 * The confidence of each rule, and why. Penalties are subtracted; nothing goes below 0.05
 * or above 0.95, because no rule here is certain.
 */
export const CONFIDENCE = {
  /** Role verb, actor and an explicit action reference ("Actie 4: ... ontwikkelt") in one sentence. */
  roleWithReference: 0.9,
  /** Role verb and actor in a sentence inside an action part's scope (a row's "a." item). */
  roleInPart: 0.85,
  /** Role verb and actor in a sentence inside an action's scope (its row or paragraph). */
  roleInAction: 0.8,
  /** Role verb and actor, the object a known programme, outside any action. */
  roleOnProgramme: 0.6,
  /** A weak cue ("zal", "gaat", a passive "door") says less surely who acts. */
  weakCue: 0.15,
  /** A role whose type the actor's label does not allow, turned into CONTRIBUTES_TO. */
  typeFallback: 0.1,
  /** The term names several nodes: which one is meant is a guess. */
  ambiguousTerm: 0.15,
  /** An actor named in a sentence that references the action, with no role verb. */
  mentionWithReference: 0.65,
  /** An actor named in an action's scope, with no role verb. */
  mentionInScope: 0.6,
  /** The actor is named by a lower-case common noun ("scholen", "onderwijs"). */
  commonNoun: 0.1,
  /** The actor is named inside a longer name ("VO-raad" in "Bestuursakkoord van de VO-raad"). */
  nestedName: 0.1,
  /** An explicit action reference in the sentence of a date, amount or status. */
  referenceBonus: 0.05,
  milestone: {
    day: 0.85,
    month: 0.8,
    season: 0.75,
    'school-year': 0.75,
    period: 0.75,
    year: 0.7,
    inferred: 0.55,
    'bare-year': 0.45,
  } satisfies Record<DatePrecision, number>,
  amount: {
    /** "€ 2,5 miljoen", "140 miljoen euro", "27%": the unit is written. */
    stated: 0.85,
    /** "1.250 stageplaatsen": a number and the noun after it. */
    count: 0.7,
    /** "75 mln." (no euro), "zes indicatoren" (a number word). */
    weak: 0.6,
    /** Outside any action: pinned on the first actor the sentence names, a guess. */
    onActor: 0.45,
  },
  status: {
    /** The sentence speaks of the action itself ("De actie is vertraagd", "Actie 1: ... is afgerond"). */
    aboutTheAction: 0.85,
    /** A status word in the action's scope about something else ("het raamwerk is afgerond"). */
    inScope: 0.4,
  },
  newEntity: {
    /** "Stichting X (SX)": a head word and an abbreviation. */
    'abbreviation-and-head': 0.75,
    /** "Techniektalent Nederland (TN)": an abbreviation whose letters are the initials. */
    abbreviation: 0.7,
    /** An abbreviation that does not spell the name's initials. */
    abbreviationLoose: 0.5,
    /** "Stichting X": a head word, no abbreviation. */
    head: 0.6,
    /** Two or more capitalised words: as often a title or a place. */
    capitals: 0.35,
  },
} as const;

const KIND_ORDER: readonly ProposalKind[] = [
  'INVOLVEMENT',
  'MENTION',
  'MILESTONE',
  'AMOUNT',
  'STATUS',
  'NEW_ENTITY',
];

/** Label and type the lead adds to the contract (issue 22); literals until then. */
const STATUS_LABEL = 'Status' as NodeLabel;
const HAS_STATUS = 'HAS_STATUS' as RelationshipType;

/** Web addresses: names inside them ("www.slo.nl") are addresses, not mentions. */
const URL = /(?:https?:\/\/|www\.)[^\s<>"'()[\]]+/gi;

const MAX_NAME_LENGTH = 90;

interface Context {
  readonly text: string;
  readonly layout: ActionLayout;
  readonly sourceDate: string | undefined;
  readonly proposals: Map<string, ProposedFact>;
  readonly newEntityEdits: Map<string, ProposedEdit[]>;
}

export function proposeFacts(
  text: string,
  known: readonly KnownNode[],
  options: ProposeOptions = {},
): ProposedFact[] {
  assertNoAstralCharacters(text);
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const urls = [...text.matchAll(URL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const inUrl = (start: number, end: number) => urls.some((u) => start < u.end && u.start < end);

  const mentions = findEntityMentions(buildEntityMatcher(known), text).filter(
    // A domain name that is itself an actor's name ("techniekonderwijs.nl") still counts.
    (m) => !inUrl(m.start, m.end) || m.term.includes('.'),
  );
  const layout = findActionLayout(text, known);
  const sentences = splitSentences(text);
  const dates = findDutchDates(text, options.sourceDate).filter(
    // A year inside a name ("Sectorakkoord VO 2014-2017") dates the name, not an event.
    (d) => !inUrl(d.start, d.end) && !mentions.some((m) => d.start < m.end && m.start < d.end),
  );
  const knownFolded = new Set(known.flatMap((node) => node.names.map(foldText)));
  const knownIds = new Set(known.map((node) => node.id));
  // A candidate whose id a known node has is that node under another spelling, not a new one.
  const candidates = findNewEntities(text, sentences, knownFolded, mentions).filter(
    (candidate) => !knownIds.has(candidate.id),
  );

  const context: Context = {
    text,
    layout,
    sourceDate: options.sourceDate,
    proposals: new Map(),
    newEntityEdits: new Map(),
  };
  const within = <T extends { start: number; end: number }>(items: readonly T[], s: Sentence) =>
    items.filter((item) => s.start <= item.start && item.end <= s.end);

  for (const sentence of sentences) {
    const references = within(layout.references, sentence).filter((r) => !r.crossReference);
    const explicit = references.length > 0;
    const scope = explicit ? undefined : scopeAt(layout, sentence.start);
    const targets = explicit
      ? uniqueById(references.flatMap((r) => r.targets))
      : (scope?.targets ?? []);
    // A part its words name, not its letter: as sure as the action's scope, not the letter's.
    const lettered = explicit || !scope?.inferred;
    const sentenceMentions = within(mentions, sentence).filter((m) => !m.nested);
    const sentenceCandidates = within(candidates, sentence);
    proposeInvolvements(
      context,
      sentence,
      targets,
      explicit,
      lettered,
      sentenceMentions,
      sentenceCandidates,
    );
    proposeNestedMentions(
      context,
      sentence,
      targets,
      explicit,
      within(mentions, sentence).filter((m) => m.nested),
      sentenceMentions,
    );
    const sentenceDates = within(dates, sentence);
    proposeMilestones(context, sentence, targets, explicit, sentenceDates);
    proposeAmounts(
      context,
      sentence,
      targets,
      explicit,
      sentenceMentions,
      sentenceDates,
      (a) =>
        inUrl(a.start, a.end) ||
        sentenceDates.some((d) => a.start < d.end && d.start < a.end) ||
        // A number inside a name ("Brainport 2020") is the name's; the counted noun may be a
        // name itself ("19 technologieroutes").
        sentenceMentions.some((m) => m.start <= a.start && a.start < m.end),
    );
    proposeStatuses(context, sentence, targets, explicit);
  }
  proposeNewEntities(context, candidates, sentences);

  // A mention says less than a role: where the actor has a role in the action, drop it.
  const involved = new Set(
    [...context.proposals.values()]
      .filter((p) => p.kind === 'INVOLVEMENT')
      .flatMap((p) => p.edits.map((e) => (e.op === 'addRelationship' ? `${e.from}->${e.to}` : ''))),
  );
  return [...context.proposals.values()]
    .filter(
      (p) =>
        !(
          p.kind === 'MENTION' &&
          p.edits.some((e) => e.op === 'addRelationship' && involved.has(`${e.from}->${e.to}`))
        ),
    )
    .filter((p) => p.confidence >= minConfidence)
    .sort(
      (a, b) =>
        a.selector.start - b.selector.start ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
}

/** Keeps the better of two proposals with one key: higher confidence, then the earlier quote. */
function offer(context: Context, proposal: ProposedFact): void {
  const bounded = {
    ...proposal,
    confidence: round(Math.min(0.95, Math.max(0.05, proposal.confidence))),
  };
  const existing = context.proposals.get(proposal.key);
  if (
    !existing ||
    bounded.confidence > existing.confidence ||
    (bounded.confidence === existing.confidence && bounded.selector.start < existing.selector.start)
  ) {
    context.proposals.set(proposal.key, bounded);
  }
}

const round = (value: number): number => Math.round(value * 100) / 100;

function uniqueById(targets: readonly ActionTarget[]): ActionTarget[] {
  const seen = new Set<string>();
  return targets.filter((t) => !seen.has(t.id) && (seen.add(t.id), true));
}

/** The type to propose for a role: the cue's, else CONTRIBUTES_TO where the labels forbid it. */
function allowedType(
  type: RelationshipType,
  from: { id: string; label: NodeLabel },
  to: { id: string; label: NodeLabel },
): { type: RelationshipType; fellBack: boolean } | undefined {
  for (const candidate of [type, 'CONTRIBUTES_TO', 'MENTIONED_IN'] as const) {
    if (endProblems(candidate, from, to).length === 0) {
      return { type: candidate, fellBack: candidate !== type };
    }
  }
  return undefined;
}

const actionName = (target: ActionTarget): string => `actie ${target.code}`;

interface SpanGroup {
  readonly start: number;
  readonly end: number;
  /** The nodes this span names: known actors, or one new-entity candidate. */
  readonly nodes: readonly {
    id: string;
    label: NodeLabel;
    written: string;
    mention?: EntityMention;
  }[];
  readonly candidate?: NewEntityCandidate;
}

function proposeInvolvements(
  context: Context,
  sentence: Sentence,
  targets: readonly ActionTarget[],
  explicit: boolean,
  lettered: boolean,
  mentions: readonly EntityMention[],
  candidates: readonly NewEntityCandidate[],
): void {
  const groups = spanGroups(mentions, candidates);
  if (groups.length === 0) return;
  const actors: ActorSpan[] = groups.map((g) => ({
    start: g.start - sentence.start,
    end: g.end - sentence.start,
    nodeId: g.nodes[0]!.id,
    label: g.nodes[0]!.label,
  }));
  const cues = findRoleCues(sentence.text);
  const roles = assignRoles(sentence.text, actors, cues);
  const money = findAmounts(sentence.text).filter((a) => a.kind === 'money');
  const period = findDutchDates(sentence.text, context.sourceDate).find(
    (d) => d.precision !== 'bare-year',
  );
  const selector = textSelector(context.text, sentence.start, sentence.end);
  const base = explicit
    ? CONFIDENCE.roleWithReference
    : targets[0]?.label === 'ActionPart' && lettered
      ? CONFIDENCE.roleInPart
      : CONFIDENCE.roleInAction;
  const roleNodes = new Set(roles.map((r) => groups[r.actor]!.nodes[0]!.id));

  groups.forEach((group, index) => {
    const groupRoles = roles.filter((r) => r.actor === index);
    for (const node of group.nodes) {
      const penalty =
        (node.mention?.ambiguous ? CONFIDENCE.ambiguousTerm : 0) +
        (node.mention?.commonNoun ? CONFIDENCE.commonNoun : 0);
      const emit = (
        kind: 'INVOLVEMENT' | 'MENTION',
        type: RelationshipType,
        to: { id: string; label: NodeLabel; name: string },
        confidence: number,
        role: string | undefined,
      ): void => {
        const fundsAmount = type === 'FUNDS' && money.length === 1 ? money[0] : undefined;
        const edit: ProposedEdit = {
          op: 'addRelationship',
          type,
          from: node.id,
          to: to.id,
          ...(role ? { role } : {}),
          ...(fundsAmount ? { amount: fundsAmount.value, unit: fundsAmount.unit } : {}),
          ...(fundsAmount && period ? { period: period.period } : {}),
        };
        if (group.candidate) {
          const edits = context.newEntityEdits.get(node.id) ?? [];
          if (!edits.some((e) => e.op === 'addRelationship' && e.type === type && e.to === to.id)) {
            edits.push(edit);
          }
          context.newEntityEdits.set(node.id, edits);
          return;
        }
        const summary =
          kind === 'MENTION'
            ? `${node.written} MENTIONED_IN ${to.name}`
            : `${node.written} ${type} ${to.name}${role ? ` (${role})` : ''}`;
        offer(context, {
          key:
            kind === 'MENTION'
              ? `MENTION:${node.id}->${to.id}`
              : `INVOLVEMENT:${type}:${node.id}->${to.id}`,
          kind,
          confidence: confidence - penalty,
          summary,
          selector,
          edits: [edit],
          subject: to.id,
        });
      };
      if (targets.length > 0) {
        for (const target of targets) {
          const to = { id: target.id, label: target.label, name: actionName(target) };
          if (groupRoles.length === 0) {
            const confidence = explicit
              ? CONFIDENCE.mentionWithReference
              : CONFIDENCE.mentionInScope;
            emit('MENTION', 'MENTIONED_IN', to, confidence, undefined);
            continue;
          }
          for (const role of groupRoles) {
            const allowed = allowedType(role.type, node, to);
            if (!allowed) continue;
            const kind = allowed.type === 'MENTIONED_IN' ? 'MENTION' : 'INVOLVEMENT';
            const confidence =
              (kind === 'MENTION' ? CONFIDENCE.mentionInScope : base) -
              (role.weak ? CONFIDENCE.weakCue : 0) -
              (allowed.fellBack ? CONFIDENCE.typeFallback : 0);
            emit(kind, allowed.type, to, confidence, kind === 'MENTION' ? undefined : role.role);
          }
        }
      } else if (groupRoles.length > 0) {
        // Outside any action: the role is on the programme the sentence names after the actor.
        const object = groups.find(
          (g, i) =>
            i > index &&
            !roleNodes.has(g.nodes[0]!.id) &&
            g.nodes.length === 1 &&
            g.nodes[0]!.label === 'Programme' &&
            !g.candidate,
        );
        if (!object) continue;
        const programme = object.nodes[0]!;
        for (const role of groupRoles) {
          const type: RelationshipType = role.type === 'IMPLEMENTS' ? 'CONTRIBUTES_TO' : role.type;
          const allowed = allowedType(type, node, programme);
          if (!allowed || allowed.type === 'MENTIONED_IN') continue;
          emit(
            'INVOLVEMENT',
            allowed.type,
            { id: programme.id, label: programme.label, name: programme.written },
            CONFIDENCE.roleOnProgramme - (role.weak ? CONFIDENCE.weakCue : 0),
            role.role,
          );
        }
      }
    }
  });
}

/**
 * The words before a name inside a longer one that make it whom the longer one is for or
 * goes to ("studiebijsluiters voor het mbo", "brief naar de kamer").
 */
const FOR_AUDIENCE = /\s(?:voor|naar|aan)\s+(?:(?:het|de)\s+)?(?:[\p{L}-]+\s+(?:en|of)\s+)?$/iu;

/**
 * A name inside a longer name: named, with no role of its own (roles go to the longer name);
 * less surely than a name of its own, unless the longer name is for it ("... voor het mbo").
 */
function proposeNestedMentions(
  context: Context,
  sentence: Sentence,
  targets: readonly ActionTarget[],
  explicit: boolean,
  nested: readonly EntityMention[],
  outer: readonly EntityMention[],
): void {
  if (targets.length === 0 || nested.length === 0) return;
  const selector = textSelector(context.text, sentence.start, sentence.end);
  for (const mention of nested) {
    // "studiebijsluiters voor het mbo", "programma voor PO en VO", "brief naar de kamer": the
    // longer name says whom it is for or goes to, which names them in their own right.
    const container = outer.find((m) => m.start <= mention.start && mention.end <= m.end);
    const audience =
      container !== undefined &&
      FOR_AUDIENCE.test(context.text.slice(container.start, mention.start));
    const confidence =
      (explicit ? CONFIDENCE.mentionWithReference : CONFIDENCE.mentionInScope) -
      (audience ? 0 : CONFIDENCE.nestedName) -
      (mention.ambiguous ? CONFIDENCE.ambiguousTerm : 0) -
      (mention.commonNoun ? CONFIDENCE.commonNoun : 0);
    for (const target of targets) {
      offer(context, {
        key: `MENTION:${mention.nodeId}->${target.id}`,
        kind: 'MENTION',
        confidence,
        summary: `${mention.text} MENTIONED_IN ${actionName(target)}`,
        selector,
        edits: [
          { op: 'addRelationship', type: 'MENTIONED_IN', from: mention.nodeId, to: target.id },
        ],
        subject: target.id,
      });
    }
  }
}

/** Mentions grouped by span (a shared alias names several nodes), with the new-entity candidates. */
function spanGroups(
  mentions: readonly EntityMention[],
  candidates: readonly NewEntityCandidate[],
): SpanGroup[] {
  const groups: SpanGroup[] = [];
  for (const mention of mentions) {
    const last = groups[groups.length - 1];
    const node = { id: mention.nodeId, label: mention.label, written: mention.text, mention };
    if (last && last.start === mention.start && last.end === mention.end) {
      (last.nodes as (typeof node)[]).push(node);
    } else groups.push({ start: mention.start, end: mention.end, nodes: [node] });
  }
  for (const candidate of candidates) {
    groups.push({
      start: candidate.start,
      end: candidate.end,
      nodes: [
        {
          id: candidate.id,
          label: candidate.label,
          written: candidate.abbreviation ?? candidate.name,
        },
      ],
      candidate,
    });
  }
  return groups.sort((a, b) => a.start - b.start);
}

const shortHash = (text: string): string =>
  createHash('sha1').update(text).digest('hex').slice(0, 6);
const pad = (n: number): string => String(n).padStart(2, '0');

/** A node name from its sentence: tags and markers out, cut at a word near MAX_NAME_LENGTH. */
function nameFromSentence(sentence: string): string {
  const plain = sentence
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[.;:]+$/, '')
    .trim();
  if (plain.length <= MAX_NAME_LENGTH) return plain;
  const cut = plain.slice(0, MAX_NAME_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : cut.length)} …`;
}

function proposeMilestones(
  context: Context,
  sentence: Sentence,
  targets: readonly ActionTarget[],
  explicit: boolean,
  dates: readonly DateMention[],
): void {
  if (targets.length === 0) return;
  const selector = textSelector(context.text, sentence.start, sentence.end);
  for (const date of dates) {
    for (const target of targets) {
      const id = `ms-${pad(target.number)}-${date.date}-${shortHash(
        `${target.id}|${date.date}|${date.endDate ?? ''}|${date.text}|${sentence.text}`,
      )}`;
      offer(context, {
        key: `MILESTONE:${target.id}:${id}`,
        kind: 'MILESTONE',
        confidence:
          CONFIDENCE.milestone[date.precision] + (explicit ? CONFIDENCE.referenceBonus : 0),
        summary: `${actionName(target)}: mijlpaal ${date.date}${date.endDate ? `/${date.endDate}` : ''} ("${date.text}")`,
        selector,
        edits: [
          {
            op: 'addNode',
            id,
            label: 'Milestone',
            name: nameFromSentence(sentence.text),
            properties: {
              date: date.date,
              ...(date.endDate ? { endDate: date.endDate } : {}),
              dateText: date.text,
            },
          },
          { op: 'addRelationship', type: 'HAS_MILESTONE', from: target.id, to: id },
        ],
        subject: target.id,
      });
    }
  }
}

function proposeAmounts(
  context: Context,
  sentence: Sentence,
  targets: readonly ActionTarget[],
  explicit: boolean,
  mentions: readonly EntityMention[],
  dates: readonly DateMention[],
  excluded: (amount: { start: number; end: number }) => boolean,
): void {
  const amounts = findAmounts(sentence.text)
    .map((a): AmountMention => ({
      ...a,
      start: a.start + sentence.start,
      end: a.end + sentence.start,
    }))
    .filter((a) => !excluded(a));
  if (amounts.length === 0) return;
  const selector = textSelector(context.text, sentence.start, sentence.end);
  const datesForPeriod = dates.filter((d) => d.precision !== 'bare-year' || dates.length === 1);
  const period = datesForPeriod.length === 1 ? datesForPeriod[0]!.period : undefined;
  // Outside any action, the number is pinned on the first known actor the sentence names.
  const firstActor = mentions.find((m) => !m.ambiguous);
  const subjects: { id: string; code: string; name: string; confidence: number }[] =
    targets.length > 0
      ? targets.map((t) => ({
          id: t.id,
          code: `${pad(t.number)}${t.label === 'ActionPart' ? t.code.replace(/^\d+/, '') : ''}`,
          name: actionName(t),
          confidence: explicit ? CONFIDENCE.referenceBonus : 0,
        }))
      : firstActor
        ? [
            {
              id: firstActor.nodeId,
              code: slugOf(firstActor.nodeId.replace(/^[a-z]+-/, '')),
              name: firstActor.text,
              confidence: CONFIDENCE.amount.onActor - CONFIDENCE.amount.stated,
            },
          ]
        : [];
  for (const amount of amounts) {
    const base = amount.weak
      ? CONFIDENCE.amount.weak
      : amount.kind === 'count'
        ? CONFIDENCE.amount.count
        : CONFIDENCE.amount.stated;
    for (const subject of subjects) {
      const unitSlug = slugOf(amount.unit === '%' ? 'procent' : amount.unit) || 'waarde';
      const id = `measure-${subject.code}-${unitSlug}-${shortHash(
        `${subject.id}|${amount.value}|${amount.unit}|${amount.text}|${sentence.text}`,
      )}`;
      offer(context, {
        key: `AMOUNT:${subject.id}:${id}`,
        kind: 'AMOUNT',
        confidence:
          targets.length > 0
            ? base + subject.confidence
            : Math.min(base, CONFIDENCE.amount.onActor),
        summary: `${subject.name}: ${amount.value} ${amount.unit} ("${amount.text}")`,
        selector,
        edits: [
          {
            op: 'addNode',
            id,
            label: 'Measurement',
            name: `${amount.text.replace(/\s+/g, ' ')} (${subject.name})`,
            properties: {
              value: amount.value,
              unit: amount.unit,
              ...(amount.counts ? { counts: amount.counts } : {}),
              ...(period ? { period } : {}),
            },
          },
          { op: 'addRelationship', type: 'HAS_MEASUREMENT', from: subject.id, to: id },
        ],
        subject: subject.id,
      });
    }
  }
}

function proposeStatuses(
  context: Context,
  sentence: Sentence,
  targets: readonly ActionTarget[],
  explicit: boolean,
): void {
  if (targets.length === 0) return;
  const cues = findStatusCues(sentence.text).filter((c) => !c.negated);
  if (cues.length === 0) return;
  const selector = textSelector(context.text, sentence.start, sentence.end);
  const date = context.sourceDate ?? '';
  const actions = new Map(targets.map((t) => [t.actionId, t]));
  for (const cue of cues) {
    for (const [actionId, target] of actions) {
      // The status is part of the id: two sentences may state different statuses of one
      // action in one edition, and a curator who accepts the wrong one and retracts it must
      // still be able to accept the other (a retracted node keeps its id).
      const id = `status-${pad(target.number)}${date ? `-${slugOf(date)}` : ''}-${cue.status}`;
      const confidence =
        cue.aboutTheAction || explicit
          ? CONFIDENCE.status.aboutTheAction
          : CONFIDENCE.status.inScope;
      offer(context, {
        key: `STATUS:${actionId}:${cue.status}:${date}`,
        kind: 'STATUS',
        confidence,
        summary: `actie ${target.number}: ${cue.status} ("${sentence.text.slice(cue.start, cue.end)}")`,
        selector,
        edits: [
          {
            op: 'addNode',
            id,
            label: STATUS_LABEL,
            name: `Status actie ${target.number}${date ? ` ${date}` : ''}`,
            properties: { status: cue.status, date, basis: 'stated' },
          },
          { op: 'addRelationship', type: HAS_STATUS, from: actionId, to: id },
        ],
        subject: actionId,
      });
    }
  }
}

function newEntityConfidence(candidate: NewEntityCandidate): number {
  const c = CONFIDENCE.newEntity;
  switch (candidate.sign) {
    case 'abbreviation-and-head':
      return c['abbreviation-and-head'];
    case 'abbreviation':
      return candidate.initialsMatch ? c.abbreviation : c.abbreviationLoose;
    case 'head':
      return c.head;
    case 'capitals':
      return c.capitals;
  }
}

function proposeNewEntities(
  context: Context,
  candidates: readonly NewEntityCandidate[],
  sentences: readonly Sentence[],
): void {
  for (const candidate of candidates) {
    const sentence = sentences.find((s) => s.start <= candidate.start && candidate.end <= s.end);
    if (!sentence) continue;
    const related = context.newEntityEdits.get(candidate.id) ?? [];
    offer(context, {
      key: `NEW_ENTITY:${candidate.id}`,
      kind: 'NEW_ENTITY',
      confidence: newEntityConfidence(candidate),
      summary: `nieuw: ${candidate.label} "${candidate.name}"${candidate.abbreviation ? ` (${candidate.abbreviation})` : ''}, ${candidate.kind}`,
      selector: textSelector(context.text, sentence.start, sentence.end),
      edits: [
        {
          op: 'addNode',
          id: candidate.id,
          label: candidate.label,
          name: candidate.name,
          ...(candidate.abbreviation ? { aliases: [candidate.abbreviation] } : {}),
          properties: { kind: candidate.kind },
        },
        ...related,
      ],
      subject: candidate.id,
    });
  }
}
