/**
 * seeds/README.md is where curators read which labels and relationship types exist; the
 * contract is what the validator enforces. This test ties the two, so that a type added to
 * the contract without its row in the README (or a row left behind after a type is removed)
 * fails here instead of misleading the next curator.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE_LABEL_NAMES, RELATIONSHIP_TYPE_NAMES } from '../../src/graph/contract.ts';

const README = readFileSync(new URL('../../seeds/README.md', import.meta.url), 'utf8');

/** The first-column names (`NAME`) of the table under one `## heading` of the README. */
function tableNames(heading: string): string[] {
  const start = README.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`seeds/README.md has no section "## ${heading}"`);
  const next = README.indexOf('\n## ', start + 1);
  const section = README.slice(start, next < 0 ? undefined : next);
  return [...section.matchAll(/^\| `([A-Za-z_]+)` \|/gm)].map((match) => match[1]!);
}

describe('seeds/README.md against the graph contract', () => {
  it('has one row for every relationship type of the contract, and no other', () => {
    const documented = tableNames('Relationship types');
    expect([...documented].sort()).toEqual([...RELATIONSHIP_TYPE_NAMES].sort());
    expect(new Set(documented).size).toBe(documented.length);
  });

  it('has one row for every node label of the contract, and no other', () => {
    const documented = tableNames('Node labels and their properties');
    expect([...documented].sort()).toEqual([...NODE_LABEL_NAMES].sort());
  });
});
