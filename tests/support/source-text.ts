/** The source report, for checking that every quote an answer carries occurs in it verbatim. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { SEEDS_DIR } from './seed-fixtures.ts';

export const SOURCE_ID = 'src-techniekpact-bijlage-1-2014';
export const SOURCE_TEXT = readFileSync(
  join(SEEDS_DIR, 'source/techniekpact-bijlage-1-2014.txt'),
  'utf8',
);

/** Every item has at least one quote, and each occurs verbatim in the report. */
export function expectQuotedFromSource(
  items: readonly { evidence: readonly { quote: string; source: { id: string } }[] }[],
): void {
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    expect(item.evidence.length).toBeGreaterThan(0);
    for (const evidence of item.evidence) {
      expect(evidence.source.id).toBe(SOURCE_ID);
      expect(
        SOURCE_TEXT.includes(evidence.quote),
        `quote not in the report: ${evidence.quote}`,
      ).toBe(true);
    }
  }
}
