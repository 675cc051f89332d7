import { describe, expect, it } from 'vitest';
import { LINK_BATCHES } from '../../../src/modules/links/link.cypher.ts';
import { FULL_PROJECTION } from '../../../src/modules/kernel/projection.ts';

describe('link statements', () => {
  it('order by date and number only where a neighbour of the spec can have them', () => {
    expect(LINK_BATCHES.activeHere.orderBy).toBe('id, type, m.sortName, m.id');
    expect(LINK_BATCHES.milestonesConcerning.orderBy).toBe(
      "id, type, coalesce(m.date, ''), m.sortName, m.id",
    );
    expect(LINK_BATCHES.actionsOfPillar.orderBy).toBe('id, type, m.number, m.sortName, m.id');
    expect(LINK_BATCHES.all.orderBy).toBe(
      "id, type, coalesce(m.date, ''), m.number, m.sortName, m.id",
    );
  });

  it('say the direction as a literal where the spec fixes it, and read it for both ways', () => {
    expect(LINK_BATCHES.activeIn.returns(FULL_PROJECTION)).toContain('true AS outgoing');
    expect(LINK_BATCHES.activeHere.returns(FULL_PROJECTION)).toContain('false AS outgoing');
    expect(LINK_BATCHES.all.returns(FULL_PROJECTION)).toContain('startNode(r) = n AS outgoing');
  });

  it('give the label as a literal where only one label can be at the end', () => {
    expect(LINK_BATCHES.activeIn.returns(FULL_PROJECTION)).toContain("['Region'] AS labels");
    expect(LINK_BATCHES.activeHere.returns(FULL_PROJECTION)).toContain('labels(m) AS labels');
  });
});
