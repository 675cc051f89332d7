import { describe, expect, it } from 'vitest';
import {
  actionListStatements,
  involvementsOfActionsBatch,
  involvementsOfActorsBatch,
  milestoneListStatements,
} from '../../../src/modules/actions/action.cypher.ts';
import { FULL_PROJECTION } from '../../../src/modules/kernel/projection.ts';

describe('actionListStatements', () => {
  it('holds the conditions of the given filters only, with the asked kinds as types', () => {
    const { page, count } = actionListStatements({
      given: ['organisationKinds'],
      kinds: ['LEADS'],
    });
    const cypher = page(FULL_PROJECTION);
    expect(cypher).toContain('(o:Organisation)-[:LEADS]->(a)');
    expect(cypher).not.toMatch(/\$pillar|\$region|\$programme|\$topsector|places|\$kinds/);
    expect(count).toContain('RETURN count(a) AS count');
  });

  it('starts from the first actor and checks only the others', () => {
    const cypher = actionListStatements({
      given: ['actors', 'region'],
      kinds: ['LEADS', 'FUNDS'],
    }).page(FULL_PROJECTION);
    expect(cypher).toContain('MATCH (:Node {id: $actors[0]})-[:LEADS|FUNDS]->(t:Node)');
    expect(cypher).toContain('all(actorId IN $actors[1..]');
    expect(cypher).toContain('WITH DISTINCT places, coalesce(parent, t) AS a');
  });

  it('reads actions in number order when nothing is filtered, whatever the kinds', () => {
    const cypher = actionListStatements({ given: [], kinds: ['LEADS'] }).page(FULL_PROJECTION);
    expect(cypher).toMatch(/^MATCH \(a:Action\)\nWHERE a\.number > coalesce\(\$afterNumber, -1\)/);
  });

  it('refuses a kind that is not an involvement type, so no other text reaches Cypher', () => {
    expect(() =>
      actionListStatements({ given: ['actors'], kinds: ['LEADS]->() DETACH DELETE (n'] }),
    ).toThrow(/unknown involvement kind/);
  });

  it('takes a kind asked twice as asked once', () => {
    expect(actionListStatements({ given: ['actors'], kinds: ['LEADS', 'LEADS'] })).toBe(
      actionListStatements({ given: ['actors'], kinds: ['LEADS'] }),
    );
  });

  it('gives the same statements for the same shape (one plan per shape in Neo4j)', () => {
    const shape = { given: ['pillar', 'numbers'] as const, kinds: ['LEADS'] };
    expect(actionListStatements({ ...shape, given: [...shape.given] })).toBe(
      actionListStatements({ given: ['numbers', 'pillar'], kinds: ['LEADS'] }),
    );
  });
});

describe.each([
  [
    'involvementsOfActionsBatch',
    involvementsOfActionsBatch,
    'MATCH (x:Node)-[r:LEADS|CONTRIBUTES_TO]->(t)',
  ],
  [
    'involvementsOfActorsBatch',
    involvementsOfActorsBatch,
    'MATCH (x:Node {id: id})-[r:LEADS|CONTRIBUTES_TO]->(t:Node)',
  ],
] as const)('%s', (_name, batch, pattern) => {
  it('follows only the asked kinds, as relationship types in a fixed order', () => {
    const statement = batch(['CONTRIBUTES_TO', 'LEADS']);
    expect(statement.body).toContain(pattern);
    expect(statement.body).not.toContain('$kinds');
  });

  it('builds one statement per set of kinds, whatever their order', () => {
    expect(batch(['FUNDS', 'LEADS'])).toBe(batch(['LEADS', 'FUNDS', 'LEADS']));
  });

  it('refuses a kind that is not an involvement type, and an empty set', () => {
    expect(() => batch(['LEADS]->() DETACH DELETE (n'])).toThrow(/unknown involvement kind/);
    expect(() => batch([])).toThrow(/unknown involvement kind/);
  });
});

describe('milestoneListStatements', () => {
  it('holds the conditions of the given filters only, and counts from the count store without', () => {
    const { page } = milestoneListStatements(['words', 'on']);
    expect(page).toMatch(
      /^MATCH \(m:Milestone\)\nWHERE m\.date STARTS WITH \$on\n {2}AND all\(word/,
    );
    expect(page).toContain('m.date >= coalesce($afterDate, $on)');
    expect(page).not.toMatch(/\$(on|words) IS NULL|\$concerns|\$action|\$from|\$to\b/);
    expect(milestoneListStatements([]).count).toBe('MATCH (m:Milestone)\nRETURN count(m) AS count');
  });

  it('starts from the node or action a filter names, and checks the other filters after', () => {
    const byNode = milestoneListStatements(['action', 'concerns']).page;
    expect(byNode).toMatch(
      /^MATCH \(:Node \{id: \$concerns\}\)<-\[:CONCERNS\]-\(m:Milestone\)\nWHERE EXISTS \{/,
    );
    expect(byNode).toContain('owner.number = $action');
    const byAction = milestoneListStatements(['action']).count;
    expect(byAction).toMatch(
      /^CALL \(\) \{\n {2}MATCH \(:Action \{number: \$action\}\)-\[:HAS_MILESTONE\]->/,
    );
    expect(byAction).toContain('}\nWITH m\nRETURN count(m) AS count');
  });

  it('gives the same statements for the same shape', () => {
    expect(milestoneListStatements(['to', 'from'])).toBe(milestoneListStatements(['from', 'to']));
  });
});
