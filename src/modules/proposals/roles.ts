/**
 * Reads from a Dutch sentence which actor does what: the role cues (verbs and prepositional
 * phrases) that say an actor leads, commissions, funds, implements or takes part in what the
 * sentence is about, and which of the actors named in the sentence each cue is about.
 *
 * Two kinds of cue:
 * - a verb whose subject is the actor ("SLO ontwikkelt", "stelt ... beschikbaar"). The
 *   subject is the nearest actor before the verb in the clause that is not the object of a
 *   preposition ("aan de PO-raad"), with actors coordinated to it ("X, Y en Z"); failing
 *   that, in Dutch inverted order, the actor right after the finite verb ("In opdracht van
 *   OCW neemt de mbo-raad het initiatief").
 * - a phrase whose object is the actor ("in opdracht van OCW", "samen met Jet-Net", "via
 *   School aan Zet", "neergelegd bij SLO"): the actor right after it, with those coordinated.
 *
 * Object phrases claim their actors first, so "in opdracht van OCW" keeps OCW from being the
 * subject of the verb after it. A cue marked weak ("zal", "gaat", a passive "door") says less
 * surely who acts; the proposer gives it a lower confidence.
 */
import type { InvolvementType, NodeLabel } from '../../graph/contract.ts';

export type RoleType = Exclude<InvolvementType, 'MENTIONED_IN'>;

export interface RoleCue {
  readonly type: RoleType;
  /** Whose role it states: the verb's subject, or the object of the phrase. */
  readonly actor: 'subject' | 'object';
  /** The cue's words as written; a gap in a separable verb is shown as " … ". */
  readonly role: string;
  /** Offsets in the sentence: the whole cue, and the end of its first word group. */
  readonly start: number;
  readonly end: number;
  readonly firstEnd: number;
  readonly weak: boolean;
  /** The cue speaks of an agent: only an Organisation can be its subject. */
  readonly organisationsOnly: boolean;
  /** The cue speaks of a thing made or put to use: only a Programme can be its subject. */
  readonly programmesOnly: boolean;
  /** The subject follows the cue ("Er komt een AMvB"), never precedes it. */
  readonly subjectAfter: boolean;
}

/** An actor named in the sentence, by offsets in the sentence. */
export interface ActorSpan {
  readonly start: number;
  readonly end: number;
  /** Several spans of one node (name and abbreviation) are one actor. */
  readonly nodeId: string;
  readonly label: NodeLabel;
}

export interface AssignedRole {
  /** Index into the actors passed to assignRoles. */
  readonly actor: number;
  readonly type: RoleType;
  readonly role: string;
  readonly weak: boolean;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

interface CueSpec {
  readonly type: RoleType | 'PASSIVE_AGENT' | 'SOURCE';
  readonly actor: 'subject' | 'object';
  /** Alternatives of the first word group. */
  readonly first: string;
  /** Alternatives of the second word group of a separable verb ("stelt ... beschikbaar"). */
  readonly then?: string;
  /** Most characters between the groups; 0 means the groups are adjacent. */
  readonly maxGap?: number;
  readonly weak?: boolean;
  /** The subject must be an Organisation. */
  readonly organisationsOnly?: boolean;
  /** The subject must be a Programme. */
  readonly programmesOnly?: boolean;
  /** The subject is looked for after the cue only. */
  readonly subjectAfter?: boolean;
}

/** The auxiliaries of the perfect ("heeft ... opgeleverd") and of "is/zijn" + participle or adjective. */
const PERFECT = '(?:heeft|hebben|had|hadden)';
const IS = '(?:is|zijn|was|waren)';

/**
 * The cues, by kind of involvement (seeds/README.md, "Drivers": lead = does, develops, is
 * responsible for, takes the initiative for, carries out; commission = asks or pays for it;
 * contribute = takes part).
 */
const CUES: readonly CueSpec[] = [
  // --- LEADS: does, develops, is responsible, takes the initiative, carries out
  {
    type: 'LEADS',
    actor: 'subject',
    first:
      'ontwikkelt|ontwikkelen|ontwikkelde|ontwikkelden|organiseert|organiseren|organiseerde|organiseerden|coördineert|coördineren|coördineerde|realiseert|realiseren|presenteert|presenteren|presenteerde|lanceert|lanceren|lanceerde|publiceert|publiceren|publiceerde|adviseert|adviseren|adviseerde|uitvoeren|opstellen|ontwerpt|ontwerpen|beheert|beheren|verzorgt|verzorgen|benut|benutten|onderzoekt|onderzoeken',
  },
  { type: 'LEADS', actor: 'subject', first: `${IS}\\s+verantwoordelijk(?:\\s+voor)?` },
  { type: 'LEADS', actor: 'subject', first: 'draagt|dragen', then: 'zorg', maxGap: 30 },
  {
    type: 'LEADS',
    actor: 'subject',
    first: 'zorgt|zorgen|zorgde|zorgden',
    then: 'voor',
    maxGap: 0,
  },
  {
    type: 'LEADS',
    actor: 'subject',
    first: 'neemt|nemen|nam|namen',
    then: 'het\\s+initiatief|de\\s+leiding|de\\s+regie',
    maxGap: 60,
  },
  {
    type: 'LEADS',
    actor: 'subject',
    first: 'voert|voeren|voerde|voerden',
    then: 'uit',
    maxGap: 80,
  },
  {
    type: 'LEADS',
    actor: 'subject',
    first: 'stelt|stellen|stelde|stelden',
    then: 'op|vast',
    maxGap: 80,
  },
  {
    type: 'LEADS',
    actor: 'subject',
    first: 'levert|leveren|leverde|leverden',
    then: 'op',
    maxGap: 80,
  },
  {
    type: 'LEADS',
    actor: 'subject',
    first: 'richt|richten|richtte|richtten',
    then: 'in',
    maxGap: 80,
  },
  {
    type: 'LEADS',
    actor: 'subject',
    first: 'biedt|bieden|bood|boden',
    then: 'aan',
    maxGap: 80,
  },
  {
    type: 'LEADS',
    actor: 'subject',
    first: 'spant|spannen|zet|zetten',
    then: 'zich(?:\\s+\\p{L}+){0,3}\\s+in',
    maxGap: 0,
  },
  { type: 'LEADS', actor: 'subject', first: 'bereidt|bereiden', then: 'voor', maxGap: 80 },
  { type: 'LEADS', actor: 'subject', first: 'maakt|maken', then: 'mogelijk', maxGap: 60 },
  { type: 'LEADS', actor: 'subject', first: 'start|starten|startte|startten' },
  {
    type: 'LEADS',
    actor: 'subject',
    first: IS,
    then: 'gestart|begonnen|bezig',
    maxGap: 60,
  },
  {
    type: 'LEADS',
    actor: 'subject',
    first: PERFECT,
    then: 'ontwikkeld|opgeleverd|opgesteld|ingericht|vastgesteld|gelanceerd|gepubliceerd|uitgebracht|ingediend|genomen|geadviseerd|ingevoerd|georganiseerd|gepresenteerd|gerealiseerd|uitgevoerd|gestuurd|opgezet|gestart|verricht|belegd|gecoördineerd|geïnitieerd|ontworpen',
    maxGap: 100,
  },
  // Modal verbs name who will act, but not how: weak, and only of an organisation (a
  // programme, letter or plan that "will" something is the thing done, not who does it).
  {
    type: 'LEADS',
    actor: 'subject',
    first: 'zal|zullen|gaat|gaan',
    weak: true,
    organisationsOnly: true,
  },
  {
    type: 'LEADS',
    actor: 'subject',
    first: 'stemt|stemmen|stemde|stemden',
    then: 'af',
    maxGap: 80,
  },
  // --- COMMISSIONS: asks for or pays for it
  { type: 'COMMISSIONS', actor: 'object', first: 'in\\s+opdracht\\s+van|op\\s+verzoek\\s+van' },
  {
    type: 'COMMISSIONS',
    actor: 'subject',
    first: 'geeft|geven|gaf|gaven',
    then: 'opdracht',
    maxGap: 60,
  },
  // Not "verzoeken": that is also the plural noun ("verzoeken ingediend").
  { type: 'COMMISSIONS', actor: 'subject', first: 'verzoekt|verzocht' },
  {
    type: 'COMMISSIONS',
    actor: 'subject',
    first: PERFECT,
    then: 'opdracht\\s+gegeven|gevraagd|verzocht',
    maxGap: 80,
  },
  // --- LEADS, as an object: the assignment lies with them
  {
    type: 'LEADS',
    actor: 'object',
    first:
      'op\\s+initiatief\\s+van|onder\\s+(?:regie|leiding|verantwoordelijkheid|coördinatie)\\s+van|neergelegd\\s+bij|belegd\\s+bij|berust\\s+bij|ondergebracht\\s+bij|(?:ligt|liggen)\\s+bij',
  },
  // The parties to an agreement ("afspraken gemaakt tussen OCW en X") carry it.
  {
    type: 'LEADS',
    actor: 'object',
    first: '(?:afspraken|overeenkomst|akkoord|convenant)(?:\\s+\\p{L}+){0,2}\\s+tussen',
  },
  // --- FUNDS
  {
    type: 'FUNDS',
    actor: 'subject',
    first:
      'financiert|financieren|financierde|financierden|subsidieert|subsidiëren|subsidieerde|investeert|investeren|investeerde|cofinanciert|cofinancieren|betaalt|betalen|bekostigt|bekostigen',
  },
  {
    type: 'FUNDS',
    actor: 'subject',
    first: 'stelt|stellen|stelde|stelden',
    then: 'beschikbaar|ter\\s+beschikking',
    maxGap: 100,
  },
  { type: 'FUNDS', actor: 'subject', first: 'kent|kennen|kende|kenden', then: 'toe', maxGap: 80 },
  {
    type: 'FUNDS',
    actor: 'subject',
    first: PERFECT,
    then: 'toegekend|gefinancierd|geïnvesteerd|gesubsidieerd|beschikbaar\\s+gesteld',
    maxGap: 100,
  },
  {
    type: 'FUNDS',
    actor: 'object',
    first:
      '(?:co)?financiering\\s+(?:vanuit|van|door|uit)|(?:financiële\\s+)?bijdrage\\s+van|subsidie\\s+van|(?:gefinancierd|bekostigd|betaald|gesubsidieerd)(?:\\s+(?:moet|moeten|wordt|worden|zal|zullen))*(?:\\s+worden)?\\s+door',
  },
  // --- IMPLEMENTS: the programme through which it is carried out
  {
    type: 'IMPLEMENTS',
    actor: 'object',
    first:
      "via|door\\s+middel\\s+van|met\\s+(?:het|de)\\s+(?:programma|programma's|regeling|netwerk|fonds|aanpak)|in\\s+het\\s+kader\\s+van",
  },
  // --- IMPLEMENTS, as the subject of a passive or of "er komt": a programme that is made,
  // put to use or comes into force in the action's row is what carries the action out
  // ("O&O fondsen worden ingezet", "Er komt een AMvB", "is de regeling in werking getreden").
  {
    type: 'IMPLEMENTS',
    actor: 'subject',
    first: 'wordt|worden|werd|werden|is|zijn|was|waren',
    then: 'ontwikkeld|ingevoerd|ingezet|gerealiseerd|uitgebreid|opgezet|ingericht|opgesteld|vastgesteld|gepubliceerd|beschikbaar|gereed|in\\s*werking\\s+getreden',
    maxGap: 100,
    programmesOnly: true,
  },
  {
    type: 'IMPLEMENTS',
    actor: 'subject',
    first: 'er\\s+(?:komt|komen|kwam|kwamen)',
    programmesOnly: true,
    subjectAfter: true,
  },
  // --- CONTRIBUTES_TO: takes part
  {
    type: 'CONTRIBUTES_TO',
    actor: 'object',
    first:
      'in\\s+samenwerking\\s+met|samen\\s+met|af\\s+met|in\\s+overleg\\s+met|in\\s+gesprek\\s+met|met\\s+(?:de\\s+)?steun\\s+van|met\\s+medewerking\\s+van|in\\s+afstemming\\s+met|samenwerkingsverband(?:en)?\\s+(?:van|tussen)|pilots?\\s+(?:van|met)',
  },
  {
    type: 'CONTRIBUTES_TO',
    actor: 'subject',
    first: 'werkt|werken|werkte|werkten',
    then: 'mee|samen',
    maxGap: 80,
  },
  {
    type: 'CONTRIBUTES_TO',
    actor: 'subject',
    first:
      'samenwerken|samenwerkt|meewerken|ondersteunt|ondersteunen|ondersteunde|participeert|participeren|helpt|helpen|bijdragen|deelnemen',
  },
  {
    type: 'CONTRIBUTES_TO',
    actor: 'subject',
    first: 'neemt|nemen|nam|namen|doet|doen|deed|deden',
    then: 'deel|mee',
    maxGap: 80,
  },
  {
    type: 'CONTRIBUTES_TO',
    actor: 'subject',
    first: 'draagt|dragen|droeg|droegen',
    then: 'bij',
    maxGap: 80,
  },
  {
    type: 'CONTRIBUTES_TO',
    actor: 'subject',
    first: 'sluit|sluiten|schuift|schuiven|denkt|denken',
    then: 'aan|mee',
    maxGap: 60,
  },
  {
    type: 'CONTRIBUTES_TO',
    actor: 'subject',
    first: `${IS}`,
    then: 'betrokken|in\\s+gesprek',
    maxGap: 40,
  },
  {
    type: 'CONTRIBUTES_TO',
    actor: 'subject',
    first: 'input',
    then: 'leveren|geleverd|gegeven|geven',
    maxGap: 30,
  },
  // --- an agent whose type depends on the sentence
  // A passive's agent ("wordt door OCW vastgelegd"): LEADS, or FUNDS in a sentence about funding.
  { type: 'PASSIVE_AGENT', actor: 'object', first: 'door', weak: true },
  // Where something comes from ("vanuit het Rijk"): FUNDS in a sentence about money, else takes part.
  { type: 'SOURCE', actor: 'object', first: 'vanuit', weak: true },
];

/** How many cues there are: for the benchmark's description of the rules. */
export const ROLE_CUE_COUNT = CUES.length;

const COMPILED = CUES.map((spec) => {
  const first = `${B}(?:${spec.first})${E}`;
  const source = spec.then
    ? spec.maxGap
      ? `${first}(,?\\s(?:[^.;:!?]{0,${spec.maxGap}}?\\s)?)${B}(?:${spec.then})${E}`
      : `${first}(\\s+)(?:${spec.then})${E}`
    : first;
  return { spec, pattern: new RegExp(source, 'giu') };
});

const FUNDING_WORDS =
  /€|\b(?:euro|mln|miljoen|mld|miljard|budget|middelen|subsidie|financier\p{L}*|gefinancierd|cofinanciering|beschikbaar|ter beschikking|investe\p{L}*)/iu;
const MONEY = /€|\b(?:euro|mln|miljoen|mld|miljard)\b/i;

/** Every role cue in the sentence, in order. */
export function findRoleCues(sentence: string): RoleCue[] {
  const cues: RoleCue[] = [];
  const aboutFunding = FUNDING_WORDS.test(sentence);
  const aboutMoney = MONEY.test(sentence);
  for (const { spec, pattern } of COMPILED) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      const written = m[0];
      const gap = m[1];
      const firstEnd =
        gap === undefined ? m.index + written.length : m.index + written.indexOf(gap, 1);
      const role =
        gap === undefined || gap.trim() === ''
          ? written.replace(/\s+/g, ' ')
          : `${sentence.slice(m.index, firstEnd)} … ${sentence.slice(firstEnd + gap.length, m.index + written.length)}`;
      let type: RoleType;
      let weak = spec.weak ?? false;
      if (spec.type === 'PASSIVE_AGENT') type = aboutFunding ? 'FUNDS' : 'LEADS';
      else if (spec.type === 'SOURCE') {
        type = aboutMoney ? 'FUNDS' : 'CONTRIBUTES_TO';
        weak = !aboutMoney;
      } else type = spec.type;
      cues.push({
        type,
        actor: spec.actor,
        role,
        start: m.index,
        end: m.index + written.length,
        firstEnd,
        weak,
        organisationsOnly: spec.organisationsOnly ?? false,
        programmesOnly: spec.programmesOnly ?? false,
        subjectAfter: spec.subjectAfter ?? false,
      });
    }
  }
  return cues.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Words an actor may be preceded by as a preposition's object: then it is not a subject. */
const PREPOSITION_BEFORE =
  /(?:^|[\s(])(?:van|voor|aan|in|bij|met|op|naar|over|uit|via|door|tot|tussen|onder|binnen|vanuit|namens|tegen|zonder|rond|om|na|per|dan|als)\s+(?:(?:de|het|een|hun|haar|zijn|alle|andere|deze|die|elk|elke|ieder|iedere|beide)\s+)?$/i;
/**
 * What may stand between coordinated actors: a connector ("X, Y en Z", "X of Y", "X/Y") or
 * brackets ("X (Y)"), then an article. A bare article or space is no coordination: in "de
 * SBB de minister van OCW" the second actor is the verb's object, not a second subject.
 */
const COORDINATION =
  /^\s*(?:,\s*(?:en|of)?|en|of|&|\/|\(|\)|\)\s*(?:,|en|of)|\)\s*\(?)\s*(?:(?:de|het|een|andere|alle|diverse|ook)\s+)*\(?$/i;
/**
 * What may stand between a cue and its object: articles, a few adjectives and words that
 * say what the actor is ("via het lopende programma X", "door de stichting X"); or a plural
 * noun whose examples follow in brackets ("via bestaande infrastructuren (Jet-Net, ...)");
 * then an opening quote or a web address's "www." ("via www.techniekonderwijs.nl"). Anything else means the phrase has another object ("door doorgaande leerlijnen vmbo-mbo").
 */
const OBJECT_GAP = new RegExp(
  `^\\s*(?:\\d+\\s+)?(?:(?:de|het|een|hun|haar|zijn|alle|beide|deze|die|dit|lopende|nieuwe|bestaande|landelijke|regionale|huidige|eigen|programma|programma's|regeling|stichting|organisatie|netwerk|fonds|platform|ministerie|minister|initiatief)\\s+)*(?:(?:[\\p{L}'’-]+\\s+){1,2}\\()?(?:["“‘]|www\\.)?$`,
  'iu',
);
/**
 * What may stand between a finite verb and its inverted subject: "neemt (ook) de mbo-raad",
 * "is een aantal hogescholen gestart".
 */
const INVERTED_GAP =
  /^\s*(?:(?:ook|nu|zelf|al|inmiddels|hiervoor|hierbij|hiermee|daarom|daarnaast|daarbij|jaarlijks|samen|de|het|een|alle|beide|deze|er|aantal|enkele|veel|diverse|verschillende|meerdere)\s+)*$/i;
/** Most characters between a subject and its verb. */
const MAX_SUBJECT_GAP = 90;

/**
 * Which actor each cue is about. An actor claimed by an object phrase is not the subject of
 * a verb; a weak cue does not add to an actor that a strong cue already gave a role.
 */
export function assignRoles(
  sentence: string,
  actors: readonly ActorSpan[],
  cues: readonly RoleCue[] = findRoleCues(sentence),
): AssignedRole[] {
  const order = actors.map((_, index) => index).sort((a, b) => actors[a]!.start - actors[b]!.start);
  const claimed = new Set<number>();
  const assigned: AssignedRole[] = [];
  const give = (actor: number, cue: RoleCue): void => {
    if (assigned.some((a) => a.actor === actor && a.type === cue.type && !a.weak)) return;
    assigned.push({ actor, type: cue.type, role: cue.role, weak: cue.weak });
  };
  const sameNode = (group: number[], index: number) =>
    group.some((member) => actors[member]!.nodeId === actors[index]!.nodeId);

  // Object phrases first, nearest phrase first: "in opdracht van OCW" claims OCW.
  for (const cue of cues.filter((c) => c.actor === 'object')) {
    const next = order.find((i) => actors[i]!.start >= cue.end && !claimed.has(i));
    if (next === undefined || !OBJECT_GAP.test(sentence.slice(cue.end, actors[next]!.start))) {
      continue;
    }
    // A cue inside an actor's own name ("Toptechniek in Bedrijf" has no cue, but "Centre of
    // Expertise voor ..." might) says nothing: the actor spans are settled already.
    if (actors.some((a) => a.start < cue.start && cue.end <= a.end)) continue;
    for (const member of extendRight(sentence, actors, order, next)) {
      claimed.add(member);
      give(member, cue);
    }
  }
  const subjectCues = cues.filter((c) => c.actor === 'subject');
  // Strong cues before weak ones, so a weak one never displaces a stated role.
  for (const cue of [...subjectCues.filter((c) => !c.weak), ...subjectCues.filter((c) => c.weak)]) {
    if (actors.some((a) => a.start <= cue.start && cue.end <= a.end)) continue;
    const group = subjectOf(sentence, actors, order, claimed, cue);
    if (cue.type === 'LEADS' && !cue.weak && group.length > 0 && MAKING.test(cue.role)) {
      // Read from the object's place, not stated of it: weak.
      for (const member of objectsOf(sentence, actors, order, claimed, cue, group)) {
        claimed.add(member);
        give(member, { ...cue, type: 'IMPLEMENTS', weak: true });
      }
    }
    for (const member of group) {
      if (cue.organisationsOnly && actors[member]!.label !== 'Organisation') continue;
      if (cue.programmesOnly && actors[member]!.label !== 'Programme') continue;
      if (cue.weak && assigned.some((a) => a.actor === member && !a.weak)) continue;
      if (cue.weak && group.some((m) => m !== member && sameNode([m], member))) continue;
      give(member, cue);
    }
  }
  return assigned;
}

/** Verbs of making or putting to use ("ontwikkelt", "stellen … op", "heeft … ingericht"). */
const MAKING =
  /ontwikkel|opstel|opgesteld|\bop$|vastgesteld|\bvast$|ingericht|\bin$|opgezet|realise|gerealiseerd|ingevoerd|lanceer|gelanceerd/iu;

/**
 * The programmes a doing verb makes or puts to use, which carry out what the sentence is
 * about: inside a separable or perfect verb ("stellen sectorplannen op", "heeft ... de
 * beleidsagenda vastgesteld"), or right after a one-word verb ("SBB ontwikkelt een
 * studiebijsluiter").
 */
function objectsOf(
  sentence: string,
  actors: readonly ActorSpan[],
  order: readonly number[],
  claimed: ReadonlySet<number>,
  cue: RoleCue,
  subjects: readonly number[],
): number[] {
  const free = (i: number) =>
    !claimed.has(i) && !subjects.includes(i) && actors[i]!.label === 'Programme';
  if (cue.end > cue.firstEnd + 1 && /\s/.test(sentence.slice(cue.firstEnd, cue.end))) {
    const inGap = order.filter(
      (i) => actors[i]!.start >= cue.firstEnd && actors[i]!.end < cue.end && free(i),
    );
    if (inGap.length > 0) return inGap;
  }
  const next = order.find((i) => actors[i]!.start >= cue.end && !subjects.includes(i));
  if (next === undefined || !free(next)) return [];
  if (!OBJECT_GAP.test(sentence.slice(cue.end, actors[next]!.start))) return [];
  return extendRight(sentence, actors, order, next).filter(free);
}

function subjectOf(
  sentence: string,
  actors: readonly ActorSpan[],
  order: readonly number[],
  claimed: ReadonlySet<number>,
  cue: RoleCue,
): number[] {
  const before = order.filter(
    (i) =>
      actors[i]!.end <= cue.start &&
      !claimed.has(i) &&
      !PREPOSITION_BEFORE.test(sentence.slice(0, actors[i]!.start)),
  );
  const nearest = cue.subjectAfter ? undefined : before[before.length - 1];
  if (nearest !== undefined) {
    const gap = sentence.slice(actors[nearest]!.end, cue.start);
    if (gap.length <= MAX_SUBJECT_GAP && !/[;:]/.test(gap) && !hasCueBetween(gap)) {
      return extendLeft(sentence, actors, order, nearest, claimed);
    }
  }
  const after = order.find((i) => actors[i]!.start >= cue.firstEnd && !claimed.has(i));
  if (
    after !== undefined &&
    INVERTED_GAP.test(sentence.slice(cue.firstEnd, actors[after]!.start))
  ) {
    return extendRight(sentence, actors, order, after);
  }
  return [];
}

/** A finite verb between a subject and a later cue starts another clause ("X ontwikkelt ... en Y ..."). */
function hasCueBetween(gap: string): boolean {
  return /(?<![\p{L}\p{N}])(?:die|dat|waarin|waarbij|waarmee|waardoor|omdat|terwijl|nadat|zodat)(?![\p{L}\p{N}])/iu.test(
    gap,
  );
}

function extendLeft(
  sentence: string,
  actors: readonly ActorSpan[],
  order: readonly number[],
  from: number,
  claimed: ReadonlySet<number>,
): number[] {
  const group = [from];
  let position = order.indexOf(from);
  while (position > 0) {
    const previous = order[position - 1]!;
    const current = order[position]!;
    if (claimed.has(previous)) break;
    if (actors[previous]!.end > actors[current]!.start) break;
    if (!COORDINATION.test(sentence.slice(actors[previous]!.end, actors[current]!.start))) break;
    group.unshift(previous);
    position -= 1;
  }
  return group;
}

function extendRight(
  sentence: string,
  actors: readonly ActorSpan[],
  order: readonly number[],
  from: number,
): number[] {
  const group = [from];
  let position = order.indexOf(from);
  while (position < order.length - 1) {
    const next = order[position + 1]!;
    const current = order[position]!;
    if (actors[next]!.start < actors[current]!.end) break;
    if (!COORDINATION.test(sentence.slice(actors[current]!.end, actors[next]!.start))) break;
    group.push(next);
    position += 1;
  }
  return group;
}
