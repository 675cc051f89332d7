/**
 * The reconciliation benchmark's column: name variants as an analyst's spreadsheet has them,
 * made from our own names and aliases with accents stripped and typos added, seeded, so
 * every run and machine gets the same column. Each variant knows the entity it stands for.
 */
import { mulberry32, type Prng } from '../prng.ts';

export interface NamedEntity {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface NameVariant {
  readonly text: string;
  readonly expectedId: string;
  /** The name or alias it was made from. */
  readonly from: string;
  readonly typos: number;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function stripAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** One typo at a random letter: a letter dropped, doubled, swapped with the next, or replaced. */
function typo(text: string, prng: Prng): string {
  const positions = [...text]
    .map((char, index) => (/\p{L}/u.test(char) ? index : -1))
    .filter((i) => i >= 0);
  if (positions.length < 2) return text;
  const at = positions[prng.int(positions.length)]!;
  const chars = [...text];
  switch (prng.int(4)) {
    case 0:
      chars.splice(at, 1);
      break;
    case 1:
      chars.splice(at, 0, chars[at]!);
      break;
    case 2:
      if (at + 1 < chars.length) [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
      break;
    default:
      chars[at] = LETTERS[prng.int(LETTERS.length)]!;
  }
  return chars.join('');
}

/**
 * `count` variants: an entity and one of its names or aliases at random, accents stripped,
 * case changed at random, and a typo for names of 6 letters or more (two from 16), so that
 * short abbreviations ("SBB") stay what they are: a typo makes them another abbreviation.
 */
export function nameVariants(
  entities: readonly NamedEntity[],
  count: number,
  seed = 23,
): NameVariant[] {
  const prng = mulberry32(seed);
  const variants: NameVariant[] = [];
  while (variants.length < count) {
    const entity = entities[prng.int(entities.length)]!;
    const names = [entity.name, ...entity.aliases];
    const from = names[prng.int(names.length)]!;
    let text = stripAccents(from);
    const casing = prng.int(3);
    if (casing === 1) text = text.toLowerCase();
    if (casing === 2) text = text.toUpperCase();
    const typos = text.length >= 16 ? 2 : text.length >= 6 ? 1 : 0;
    for (let i = 0; i < typos; i += 1) text = typo(text, prng);
    variants.push({ text, expectedId: entity.id, from, typos });
  }
  return variants;
}
