/**
 * Amounts of money, percentages and counts as Dutch text writes them: "€ 2,5 miljoen", "25
 * mln. per jaar", "140 miljoen euro", "27%", "30 procent", "1.250 stageplaatsen", "zes
 * indicatoren". Dutch number format: "." groups thousands, "," is the decimal sign. Money is
 * stored in euro ("€ 100 mln." is 100000000), as the seed contract asks.
 */

export type AmountKind = 'money' | 'percent' | 'count';

export interface AmountMention {
  /** Offsets in the text searched, half-open. */
  readonly start: number;
  readonly end: number;
  /** The amount as written: "€ 2,5 miljoen", "1.250 stageplaatsen". */
  readonly text: string;
  readonly value: number;
  /** "euro", "euro per jaar", "%", or the counted noun as written ("stageplaatsen"). */
  readonly unit: string;
  readonly kind: AmountKind;
  /** What a count counts when words stand between the number and its noun ("landelijke domeinen"). */
  readonly counts?: string;
  /** Written as a word ("zes") or money without a euro sign ("75 mln."): read less surely. */
  readonly weak: boolean;
}

/** A Dutch number: "1.250", "2,5", "1000", "12". */
const NUMBER = '(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)';
const SCALE = '(mln\\.?|miljoen|mld\\.?|miljard|duizend)';

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  één: 1,
  eén: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  honderd: 100,
  duizend: 1000,
};

/** Words after a number that are not what it counts. */
const NOT_A_NOUN = new Set([
  'de',
  'het',
  'een',
  'en',
  'of',
  'in',
  'op',
  'aan',
  'van',
  'voor',
  'met',
  'naar',
  'tot',
  'uit',
  'bij',
  'om',
  'te',
  'is',
  'zijn',
  'was',
  'waren',
  'wordt',
  'worden',
  'werd',
  'werden',
  'heeft',
  'hebben',
  'had',
  'zal',
  'zullen',
  'kan',
  'kunnen',
  'moet',
  'moeten',
  'gaat',
  'gaan',
  'die',
  'dat',
  'dit',
  'deze',
  'er',
  'als',
  'dan',
  'maar',
  'nog',
  'al',
  'ook',
  'per',
  'procent',
  'keer',
  'maal',
  'stuks',
  'waarvan',
  'waarin',
  'ongeveer',
  'circa',
  'ruim',
  'bijna',
  'tenminste',
  'minimaal',
  'maximaal',
  ...Object.keys(NUMBER_WORDS),
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
]);

/** Words before a number that make it a label, not an amount ("actie 12", "artikel 16"). */
const LABEL_BEFORE =
  /\b(?:acties?|maatregel(?:en)?|artikel|art\.|paragraaf|par\.|p\.|pag\.|pagina|hoofdstuk|bijlage|nr\.?|nummer|fase|ronde|stap|programmalijn|doel|niveau|klas|groep|leerjaar|kamerstuk|t\/m|versie)\s*$/i;

/** Words read after a number to find what it counts ("10 goed werkende regionale servicepunten"). */
const MAX_WORDS_AFTER_NUMBER = 4;
/** Words that qualify the counted noun without being it. */
const QUALIFIERS = new Set(['extra', 'meer', 'goed', 'zeer', 'ruim', 'bijna', 'nog', 'reeds']);

/**
 * What a number counts, from the words after it: the first that is not a qualifier (an
 * attributive adjective ends in -e before its noun: "landelijke domeinen"); a compound cut
 * short ("wervings- en instroommomenten") is kept whole. Undefined when the next word is
 * no noun ("14 gericht op", "65 in 2013").
 */
function countedNoun(
  after: string,
): { unit: string; counts?: string; writtenLength: number } | undefined {
  const words = [...after.matchAll(/\s+(['‘"]?)([\p{L}][\p{L}'’‘-]*)/gu)];
  const qualifiers: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]![2]!;
    const lower = word.toLowerCase();
    const writtenLength = words[i]!.index + words[i]![0].length;
    if (NOT_A_NOUN.has(lower)) return undefined;
    const next = words[i + 1]?.[2];
    if (word.endsWith('-') && next && /^(?:en|of)$/.test(next) && words[i + 2]) {
      const last = words[i + 2]!;
      return {
        unit: `${word} ${next} ${last[2]}`,
        writtenLength: last.index + last[0].length,
      };
    }
    const qualifies =
      next !== undefined &&
      (QUALIFIERS.has(lower) ||
        (/e$/.test(lower) && /^\p{Ll}/u.test(word) && !NOT_A_NOUN.has(next.toLowerCase())));
    if (qualifies) {
      qualifiers.push(word);
      continue;
    }
    // The noun: lower case, or a capital only after qualifiers ("twintig zeer actieve Technet-kringen").
    if (!/^\p{Ll}/u.test(word) && qualifiers.length === 0) return undefined;
    if (word.length < 3 || word.endsWith('-')) return undefined;
    // A participle right after the number is a verb ("14 gericht op"), not what it counts.
    if (qualifiers.length === 0 && /^ge\p{L}+[dt]$/u.test(word)) return undefined;
    const unit = words[i]![1] ? word.replace(/['’]$/, '') : word;
    return {
      unit,
      ...(qualifiers.length > 0 ? { counts: `${qualifiers.join(' ')} ${unit}` } : {}),
      writtenLength,
    };
  }
  return undefined;
}

export function parseDutchNumber(written: string): number {
  return Number(written.replace(/\./g, '').replace(',', '.'));
}

const scaleOf = (word: string | undefined): number => {
  if (!word) return 1;
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w === 'mln' || w === 'miljoen') return 1_000_000;
  if (w === 'mld' || w === 'miljard') return 1_000_000_000;
  if (w === 'duizend') return 1_000;
  return 1;
};

/** Rounds away binary fractions: 2,5 miljoen is 2500000, not 2499999.9999999995. */
const scaled = (value: number, scale: number): number => Math.round(value * scale * 100) / 100;

/**
 * Every amount in the text (a sentence), in order, not overlapping. Money in a sentence that
 * speaks of a yearly amount ("jaarlijks", "per jaar") is "euro per jaar".
 */
export function findAmounts(text: string): AmountMention[] {
  const found: AmountMention[] = [];
  const taken = (start: number, end: number) =>
    found.some((other) => start < other.end && other.start < end);
  const yearly = /\b(?:jaarlijks|per jaar|elk jaar|ieder jaar)\b/i.test(text);
  const moneyUnit = (after: string): string =>
    yearly || /^\s*(?:per jaar|jaarlijks)\b/i.test(after) ? 'euro per jaar' : 'euro';

  // Money with a sign: "€ 2,5 miljoen", "€ 100 mln.", "EUR 11 mln"
  for (const m of text.matchAll(new RegExp(`(?:€|\\bEUR)\\s?${NUMBER}(?:\\s?${SCALE})?`, 'giu'))) {
    const start = m.index;
    const end = start + m[0].length;
    found.push({
      start,
      end,
      text: m[0],
      value: scaled(parseDutchNumber(m[1]!), scaleOf(m[2])),
      unit: moneyUnit(text.slice(end)),
      kind: 'money',
      weak: false,
    });
  }
  // Money with the word: "140 miljoen euro", "25 mln. euro"; and with a scale alone, "75 mln."
  for (const m of text.matchAll(
    new RegExp(`(?<![\\d.,€])\\b${NUMBER}\\s?${SCALE}(?:\\s?(euro))?(?!\\p{L})`, 'giu'),
  )) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    // "1 miljoen leerlingen" counts leerlingen: a scale without euro is money only if no noun follows.
    const next = /^\s*([\p{L}'’-]+)/u.exec(text.slice(end))?.[1]?.toLowerCase();
    if (!m[3] && next && !NOT_A_NOUN.has(next) && !['extra', 'structureel', 'euro'].includes(next))
      continue;
    found.push({
      start,
      end,
      text: m[0],
      value: scaled(parseDutchNumber(m[1]!), scaleOf(m[2])),
      unit: moneyUnit(text.slice(end)),
      kind: 'money',
      weak: !m[3],
    });
  }
  // Percentages: "27%", "30 procent"
  for (const m of text.matchAll(new RegExp(`(?<![\\d.,])${NUMBER}\\s?(%|procent\\b)`, 'giu'))) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    found.push({
      start,
      end,
      text: m[0],
      value: parseDutchNumber(m[1]!),
      unit: '%',
      kind: 'percent',
      weak: false,
    });
  }
  // Counts: a number, then what it counts ("1.250 stageplaatsen", "zes landelijke domeinen")
  // Number words as written, and capitalised at a sentence start ("Eén technische sector").
  const numberWords = Object.keys(NUMBER_WORDS)
    .flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)])
    .join('|');
  const count = new RegExp(
    `(?<![\\d.,/\\p{L}-])(?:${NUMBER}|(${numberWords}))(?![\\d.,]?\\d)(?![.)]\\s)((?:\\s+['‘"]?[\\p{L}][\\p{L}'’‘-]*){1,${MAX_WORDS_AFTER_NUMBER}})`,
    'gu',
  );
  for (const m of text.matchAll(count)) {
    const start = m.index;
    const written = m[1];
    if (taken(start, start + (written ?? m[2]!).length)) continue;
    if (LABEL_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
    // A year is a date, not a count ("2014 worden ...").
    if (written && /^(?:19|20)\d{2}$/.test(written)) continue;
    const noun = countedNoun(m[3]!);
    if (!noun) continue;
    const end = start + m[0].length - (m[3]!.length - noun.writtenLength);
    found.push({
      start,
      end,
      text: text.slice(start, end),
      value: written ? parseDutchNumber(written) : NUMBER_WORDS[m[2]!.toLowerCase()]!,
      unit: noun.unit,
      kind: 'count',
      ...(noun.counts ? { counts: noun.counts } : {}),
      weak: !written,
    });
  }
  // A range ("50 - 80 extra studenten", "10 tot 12 weken"): the first number counts what the second does.
  for (const m of text.matchAll(
    new RegExp(`(?<![\\d.,])${NUMBER}(\\s*(?:-|–|tot|à)\\s*)(?=\\d)`, 'gu'),
  )) {
    const start = m.index;
    const second = found.find((a) => a.kind === 'count' && a.start === start + m[0].length);
    if (!second || taken(start, start + m[1]!.length)) continue;
    found.push({
      ...second,
      start,
      text: text.slice(start, second.end),
      value: parseDutchNumber(m[1]!),
    });
  }
  // "van 25 deelnemers ... naar 65": the number after "naar" counts what the one before did.
  for (const m of text.matchAll(
    new RegExp(`\\bnaar\\s+${NUMBER}(?![\\d.,]?\\d)(?!\\s*(?:%|procent))`, 'gu'),
  )) {
    const start = m.index + m[0].length - m[1]!.length;
    if (taken(start, start + m[1]!.length) || /^(?:19|20)\d{2}$/.test(m[1]!)) continue;
    const earlier = found.filter((a) => a.kind === 'count' && a.end <= m.index).pop();
    if (!earlier) continue;
    found.push({
      start,
      end: start + m[1]!.length,
      text: m[1]!,
      value: parseDutchNumber(m[1]!),
      unit: earlier.unit,
      kind: 'count',
      weak: true,
    });
  }
  // "techniek bachelors (65)": a number in brackets counts the noun before it.
  for (const m of text.matchAll(new RegExp(`(\\p{Ll}[\\p{L}'’-]{2,})\\s\\(${NUMBER}\\)`, 'gu'))) {
    const start = m.index + m[1]!.length + 2;
    if (taken(start, start + m[2]!.length) || /^(?:19|20)\d{2}$/.test(m[2]!)) continue;
    found.push({
      start,
      end: start + m[2]!.length,
      text: m[2]!,
      value: parseDutchNumber(m[2]!),
      unit: m[1]!,
      kind: 'count',
      weak: true,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}
