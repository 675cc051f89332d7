/**
 * Statements of where an action stands: done ("is afgerond", "is gereed"), on schedule
 * ("ligt op schema", "op koers") or delayed ("is vertraagd", "loopt achter"). The Techniekpact
 * reports its actions in these three states (the 2014 annex by colour: geel, blauw, rood).
 */

export type ActionStatus = 'done' | 'on-schedule' | 'delayed';

export interface StatusCue {
  /** Offsets in the sentence, half-open. */
  readonly start: number;
  readonly end: number;
  readonly status: ActionStatus;
  /** The sentence's subject is the action itself ("De actie ligt op schema"). */
  readonly aboutTheAction: boolean;
  /** Negated ("is nog niet afgerond"): the cue does not state the status. */
  readonly negated: boolean;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const STATUS_PATTERNS: readonly { readonly status: ActionStatus; readonly pattern: RegExp }[] = [
  {
    // "on schedule" before "done": "op schema; implementatie nog niet afgerond"
    status: 'on-schedule',
    pattern: new RegExp(
      `${B}(?:op\\s+schema|op\\s+koers|volgens\\s+planning|volgens\\s+plan)${E}`,
      'giu',
    ),
  },
  {
    status: 'delayed',
    pattern: new RegExp(
      `${B}(?:vertraagd|vertraging\\s+opgelopen|loopt\\s+achter|lopen\\s+achter|achter\\s+op\\s+schema|achterstand)${E}`,
      'giu',
    ),
  },
  {
    status: 'done',
    pattern: new RegExp(
      `${B}(?:afgerond|voltooid|gerealiseerd|gereed|uitgevoerd|is\\s+behaald|zijn\\s+behaald)${E}`,
      'giu',
    ),
  },
];

/** "De actie", "deze maatregel", "Actie 4 ..." as what the sentence speaks of. */
const ACTION_SUBJECT =
  /(?<![\p{L}\p{N}])(?:de|deze|die|dit|het)?\s*(?:actie|maatregel|actiepunt)(?![\p{L}\p{N}])/iu;
const NEGATION = /(?<![\p{L}\p{N}])(?:niet|nog\s+niet|geen|nooit)\s+(?:\p{L}+\s+){0,2}$/iu;

export function findStatusCues(sentence: string): StatusCue[] {
  const cues: StatusCue[] = [];
  const aboutTheAction = ACTION_SUBJECT.test(sentence);
  for (const { status, pattern } of STATUS_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (cues.some((c) => start < c.end && c.start < end)) continue;
      cues.push({
        start,
        end,
        status,
        aboutTheAction,
        negated: NEGATION.test(sentence.slice(Math.max(0, start - 30), start)),
      });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}
