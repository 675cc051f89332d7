/**
 * Dutch dates and periods as a report writes them, read into partial ISO dates (YYYY,
 * YYYY-MM, YYYY-MM-DD) as precise as the words: "1 september 2015" is a day, "in januari
 * 2015" a month, "in de zomer van 2013", "eind 2014" and "in 2015" only a year (a season or
 * "eind" is no month, and the contract has no finer unit), "schooljaar 2015/16" and
 * "2015-2016" a period from the first year to the last. A day without a year ("op 25
 * maart", "1 januari jl.") and relative years ("vorig jaar", "komend schooljaar") take the
 * year from the edition's date when one is given, and are skipped otherwise.
 */

export type DatePrecision =
  'day' | 'month' | 'season' | 'school-year' | 'period' | 'year' | 'bare-year' | 'inferred';

export interface DateMention {
  /** Offsets in the text searched, half-open. */
  readonly start: number;
  readonly end: number;
  /** The date words as written, with their preposition: "in de zomer van 2013". */
  readonly text: string;
  /** Partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly date: string;
  readonly endDate?: string;
  readonly precision: DatePrecision;
  /** The numeric part as written, for a Measurement's period: "2015/16", "2015-2016", "2015". */
  readonly period: string;
}

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const MONTH = `(${MONTHS.join('|')})`;
const YEAR = '((?:19|20)\\d{2})(?![\\d.,]\\d)';
const DAY = '([1-9]|[12]\\d|3[01])(?:e|ste|de)?';
/** Prepositions and qualifiers that belong to the date words ("per 1 augustus", "eind 2013"). */
const LEAD =
  '(?:\\b(?:met ingang van|tot en met|in de loop van|uiterlijk|vanaf|sinds|per|op|in|tot|voor|na|rond|vóór|van)\\s+)?';
const SEASON = '(voorjaar|zomer|najaar|winter|lente|herfst)';
const SCHOOL_YEAR = '(?:school|studie|college|cursus)jaar';

interface DateRule {
  readonly pattern: RegExp;
  readonly read: (match: RegExpExecArray, context: DateContext) => DateValue | undefined;
}

interface DateValue {
  readonly date: string;
  readonly endDate?: string;
  readonly precision: DatePrecision;
  readonly period: string;
}

interface DateContext {
  /** The edition's year and month, when its date is known. */
  readonly sourceYear?: number;
  readonly sourceMonth?: number;
  readonly sourceDay?: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const monthNumber = (name: string): number => MONTHS.indexOf(name.toLowerCase()) + 1;
const day = (year: number, month: number, d: number): string => `${year}-${pad(month)}-${pad(d)}`;
/** "2015/16" -> 2016, "2015/2016" -> 2016, "2015-16" -> 2016. */
const secondYear = (first: number, written: string): number =>
  written.length === 4 ? Number(written) : Math.floor(first / 100) * 100 + Number(written);

/** The year a day without one falls in: the latest such day not after the edition's date. */
function inferYear(context: DateContext, month: number, d: number): number | undefined {
  if (context.sourceYear === undefined) return undefined;
  if (context.sourceMonth === undefined) return context.sourceYear;
  const sourceDay = context.sourceDay ?? 31;
  const after = month > context.sourceMonth || (month === context.sourceMonth && d > sourceDay);
  return after ? context.sourceYear - 1 : context.sourceYear;
}

/** Most specific first: where rules overlap, the longest match wins, then the earlier rule. */
const RULES: readonly DateRule[] = [
  {
    // "van 12 mei 2014 tot en met 8 juni 2014", "van 12 mei tot 8 juni 2014"
    pattern: new RegExp(
      `\\bvan\\s+${DAY}\\s+${MONTH}(?:\\s+${YEAR})?\\s+(?:tot en met|t/m|tot)\\s+${DAY}\\s+${MONTH}\\s+${YEAR}`,
      'giu',
    ),
    read: (m) => {
      const endYear = Number(m[6]);
      const startYear = m[3] ? Number(m[3]) : endYear;
      return {
        date: day(startYear, monthNumber(m[2]!), Number(m[1])),
        endDate: day(endYear, monthNumber(m[5]!), Number(m[4])),
        precision: 'period',
        period: `${m[3] ?? m[6]}`,
      };
    },
  },
  {
    // "van april tot en met 31 mei 2014", "van april tot juni 2014"
    pattern: new RegExp(
      `\\bvan\\s+${MONTH}(?:\\s+${YEAR})?\\s+(?:tot en met|t/m|tot)\\s+(?:${DAY}\\s+)?${MONTH}\\s+${YEAR}`,
      'giu',
    ),
    read: (m) => {
      const endYear = Number(m[5]);
      const startYear = m[2] ? Number(m[2]) : endYear;
      const endMonth = monthNumber(m[4]!);
      return {
        date: `${startYear}-${pad(monthNumber(m[1]!))}`,
        endDate: m[3] ? day(endYear, endMonth, Number(m[3])) : `${endYear}-${pad(endMonth)}`,
        precision: 'period',
        period: m[5]!,
      };
    },
  },
  {
    // "op 19 mei 2014", "per 1 augustus 2013", "1 september 2015"
    pattern: new RegExp(`${LEAD}\\b${DAY}\\s+${MONTH}\\s+${YEAR}`, 'giu'),
    read: (m) => ({
      date: day(Number(m[3]), monthNumber(m[2]!), Number(m[1])),
      precision: 'day',
      period: m[3]!,
    }),
  },
  {
    // "op 25 maart", "1 januari jl.": the year from the edition's date
    pattern: new RegExp(
      `${LEAD}\\b${DAY}\\s+${MONTH}\\b(?:\\s+jl\\b\\.?)?(?!\\s*(?:19|20)\\d\\d)`,
      'giu',
    ),
    read: (m, context) => {
      const month = monthNumber(m[2]!);
      const year = inferYear(context, month, Number(m[1]));
      if (year === undefined) return undefined;
      return { date: day(year, month, Number(m[1])), precision: 'inferred', period: String(year) };
    },
  },
  {
    // "in januari 2015", "september 2014"
    pattern: new RegExp(`${LEAD}\\b${MONTH}\\s+${YEAR}`, 'giu'),
    read: (m) => ({
      date: `${m[2]}-${pad(monthNumber(m[1]!))}`,
      precision: 'month',
      period: m[2]!,
    }),
  },
  {
    // "in de zomer van 2013", "tot het najaar 2013", "voor de zomer 2014"
    pattern: new RegExp(`${LEAD}\\b(?:(?:het|de)\\s+)?${SEASON}\\s+(?:van\\s+)?${YEAR}`, 'giu'),
    read: (m) => ({ date: m[2]!, precision: 'season', period: m[2]! }),
  },
  {
    // "begin 2014", "eind 2013", "medio 2015"
    pattern: new RegExp(
      `${LEAD}\\b(?:begin|eind|einde|medio|half|halverwege|midden)\\s+(?:van\\s+)?${YEAR}`,
      'giu',
    ),
    read: (m) => ({ date: m[1]!, precision: 'season', period: m[1]! }),
  },
  {
    // "in het schooljaar 2015/16", "vanaf schooljaar 2013/2014", "collegejaar 2015-2016"
    pattern: new RegExp(
      `${LEAD}\\b(?:(?:het|dit)\\s+)?${SCHOOL_YEAR}\\s+${YEAR}\\s?[/–-]\\s?(\\d{4}|\\d{2})(?!\\d)`,
      'giu',
    ),
    read: (m) => {
      const first = Number(m[1]);
      return {
        date: m[1]!,
        endDate: String(secondYear(first, m[2]!)),
        precision: 'school-year',
        period: `${m[1]}/${m[2]}`,
      };
    },
  },
  {
    // "2014/15" on its own: a school or academic year
    pattern: new RegExp(`${LEAD}\\b${YEAR}/(\\d{2}|\\d{4})(?!\\d)`, 'giu'),
    read: (m) => {
      const first = Number(m[1]);
      return {
        date: m[1]!,
        endDate: String(secondYear(first, m[2]!)),
        precision: 'school-year',
        period: `${m[1]}/${m[2]}`,
      };
    },
  },
  {
    // "in de periode 2015-2016", "2011–2013", "van 2014 tot 2016"
    pattern: new RegExp(
      `(?:(?:in|voor)\\s+de\\s+periode\\s+|\\bvan\\s+)?\\b${YEAR}\\s?(?:[–-]|\\s(?:tot en met|t/m|tot)\\s)\\s?${YEAR}`,
      'giu',
    ),
    read: (m) =>
      Number(m[2]) > Number(m[1])
        ? { date: m[1]!, endDate: m[2]!, precision: 'period', period: `${m[1]}-${m[2]}` }
        : undefined,
  },
  {
    // "in de jaren 2014, 2015, 2016"
    pattern: new RegExp(
      `\\b(?:in\\s+)?de\\s+jaren\\s+${YEAR}((?:\\s*(?:,|en)\\s*(?:19|20)\\d{2})+)`,
      'giu',
    ),
    read: (m) => {
      const years = [
        Number(m[1]),
        ...[...m[2]!.matchAll(/(?:19|20)\d{2}/g)].map((y) => Number(y[0])),
      ];
      const last = Math.max(...years);
      return { date: m[1]!, endDate: String(last), precision: 'period', period: `${m[1]}-${last}` };
    },
  },
  {
    // "in 2015", "vanaf 2014", "per 2016"
    pattern: new RegExp(
      `\\b(?:met ingang van|in de loop van|uiterlijk|vanaf|sinds|per|in|tot|voor|na|rond|vóór)\\s+(?:het\\s+jaar\\s+)?${YEAR}`,
      'giu',
    ),
    read: (m) => ({ date: m[1]!, precision: 'year', period: m[1]! }),
  },
  {
    // "vorig jaar", "het afgelopen jaar": the year before the edition's
    pattern: /\b(?:het\s+)?(?:vorig|vorige|afgelopen)\s+(?:jaar|kalenderjaar)\b/giu,
    read: (_m, context) =>
      context.sourceYear === undefined
        ? undefined
        : {
            date: String(context.sourceYear - 1),
            precision: 'inferred',
            period: String(context.sourceYear - 1),
          },
  },
  {
    // "komend cursusjaar", "het aankomende studiejaar": the school year the edition looks to
    pattern: new RegExp(
      `\\b(?:het\\s+)?(?:komend|komende|aankomend|aankomende|volgend|volgende)\\s+${SCHOOL_YEAR}\\b`,
      'giu',
    ),
    read: (_m, context) =>
      context.sourceYear === undefined
        ? undefined
        : {
            date: String(context.sourceYear),
            endDate: String(context.sourceYear + 1),
            precision: 'inferred',
            period: `${context.sourceYear}/${String(context.sourceYear + 1).slice(2)}`,
          },
  },
  {
    // a year alone: "De eerste tranche Onderwijstrainees (2013)"
    pattern: new RegExp(`(?<![\\d.,/-])\\b${YEAR}\\b(?![/-]\\d)`, 'gu'),
    read: (m) => ({ date: m[1]!, precision: 'bare-year', period: m[1]! }),
  },
];

/** Parses an edition's date ('2014-05') into the context that completes dates without a year. */
export function dateContext(sourceDate: string | undefined): DateContext {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(sourceDate ?? '');
  if (!match) return {};
  return {
    sourceYear: Number(match[1]),
    ...(match[2] ? { sourceMonth: Number(match[2]) } : {}),
    ...(match[3] ? { sourceDay: Number(match[3]) } : {}),
  };
}

/**
 * Every date or period in the text, in order, not overlapping: where readings overlap the
 * longest wins ("van 12 mei 2014 tot en met 8 juni 2014" is one period, not two days).
 */
export function findDutchDates(text: string, sourceDate?: string): DateMention[] {
  const context = dateContext(sourceDate);
  const candidates: (DateMention & { rule: number })[] = [];
  RULES.forEach((rule, index) => {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const value = rule.read(m, context);
      if (!value) continue;
      const written = m[0];
      candidates.push({
        start: m.index,
        end: m.index + written.length,
        text: written,
        ...value,
        rule: index,
      });
    }
  });
  candidates.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.rule - b.rule || a.start - b.start,
  );
  const chosen: DateMention[] = [];
  for (const { rule: _rule, ...candidate } of candidates) {
    if (chosen.some((other) => candidate.start < other.end && other.start < candidate.end))
      continue;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
