import { describe, expect, it } from 'vitest';
import { entityListStatements } from '../../../src/modules/actors/actor.cypher.ts';
import { FULL_PROJECTION } from '../../../src/modules/kernel/projection.ts';

describe('entityListStatements', () => {
  it('holds the conditions of the given filters only', () => {
    const { page, count } = entityListStatements('Organisation', {
      given: ['kinds'],
      single: [],
    });
    const cypher = page(FULL_PROJECTION);
    expect(cypher).toContain('n.kind IN $kinds');
    expect(cypher).not.toMatch(/IS NULL OR n\.kind|\$levels|\$region|\$partOf|labels\(n\)/);
    expect(count).toMatch(/^MATCH \(n:Organisation\)\nWHERE n\.kind IN \$kinds/);
  });

  it('compares a single level for equality and leads the order with it, as its index is ordered', () => {
    const { page, count } = entityListStatements('Region', {
      given: ['levels'],
      single: ['levels'],
    });
    const cypher = page(FULL_PROJECTION);
    expect(cypher).toContain('WHERE n.level = $level');
    expect(cypher).toContain('ORDER BY n.level, n.sortName, n.id');
    expect(count).toContain('n.level = $level\n  AND n.sortName IS NOT NULL');
  });

  it('orders by name alone when a filter holds several values', () => {
    const cypher = entityListStatements('Region', { given: ['levels'], single: [] }).page(
      FULL_PROJECTION,
    );
    expect(cypher).toContain('ORDER BY n.sortName, n.id');
    expect(cypher).not.toContain('$level\n');
  });

  it('counts from the count store when nothing is filtered', () => {
    const { page, count } = entityListStatements('Topsector', { given: [], single: [] });
    expect(count).toBe('MATCH (n:Topsector) RETURN count(n) AS count');
    expect(page(FULL_PROJECTION)).toMatch(/^MATCH \(n:Topsector\)\nWHERE n\.sortName >= /);
  });

  it('ignores a single value of a filter that is not given', () => {
    expect(entityListStatements('Region', { given: ['region'], single: ['levels'] })).toBe(
      entityListStatements('Region', { given: ['region'], single: [] }),
    );
  });

  it('starts from the region a filter names, and checks the other filters after', () => {
    const { page, count } = entityListStatements('Region', {
      given: ['levels', 'partOf'],
      single: ['levels'],
    });
    expect(page(FULL_PROJECTION)).toMatch(
      /^MATCH \(:Node&Region \{id: \$partOf\}\)<-\[:PART_OF\*1\.\.3\]-\(n:Region\)\nWITH DISTINCT n\nWHERE n\.level = \$level\n/,
    );
    expect(count).not.toContain('EXISTS');
    expect(
      entityListStatements('Organisation', { given: ['region'], single: [] }).page(FULL_PROJECTION),
    ).toContain('<-[:PART_OF*0..3]-(:Region)<-[:ACTIVE_IN]-(n:Organisation)\nWITH DISTINCT n');
  });

  it('matches only the labels of the asked actor types, so one type reads its own indexes', () => {
    const one = entityListStatements('Actor', {
      given: ['kinds'],
      single: ['kinds'],
      labels: ['Organisation'],
    });
    expect(one.page(FULL_PROJECTION)).toMatch(/^MATCH \(n:Organisation\)\nWHERE n\.kind = \$kind/);
    const two = entityListStatements('Actor', {
      given: [],
      single: [],
      labels: ['Region', 'Programme'],
    });
    expect(two.page(FULL_PROJECTION)).toMatch(/^MATCH \(n:Programme\|Region\)\n/);
    expect(two.count).toBe(
      'CALL {\n  MATCH (n:Programme) RETURN count(n) AS c UNION ALL\n  MATCH (n:Region) RETURN count(n) AS c\n}\nRETURN sum(c) AS count',
    );
  });

  it('refuses a label that is not an actor label, so no other text reaches Cypher', () => {
    expect(() =>
      entityListStatements('Actor', {
        given: [],
        single: [],
        labels: ['Organisation) DETACH DELETE (n'],
      }),
    ).toThrow(/unknown actor label/);
    expect(() =>
      entityListStatements('Region', { given: [], single: [], labels: ['Organisation'] }),
    ).toThrow(/none of the labels/);
  });

  it('gives the same statements for the same shape (one plan per shape in Neo4j)', () => {
    expect(
      entityListStatements('Actor', {
        given: ['partOf', 'kinds'],
        single: ['levels'],
        labels: ['Region', 'Topsector'],
      }),
    ).toBe(
      entityListStatements('Actor', {
        given: ['kinds', 'partOf'],
        single: [],
        labels: ['Topsector', 'Region'],
      }),
    );
    expect(entityListStatements('Actor', { given: [], single: [], labels: ['Region'] })).toBe(
      entityListStatements('Region', { given: [], single: [] }),
    );
  });
});
