/**
 * Folding used wherever we compare names: lower case, accents removed ("Bèta" = "beta"),
 * punctuation to spaces. Neo4j's standard-folding analyzer does the same for search.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
