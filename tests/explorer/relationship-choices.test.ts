/**
 * The add-relationship form offers exactly what the graph contract allows between the two
 * labels, in each allowed direction, so the API never refuses a choice for its ends.
 */
import { describe, expect, it } from 'vitest';
import {
  labelOfNodeType,
  relationshipChoices,
  relationshipId,
} from '../../src/explorer/client/relationship-choices.ts';
import { endProblems } from '../../src/graph/fact-check.ts';
import { NODE_LABEL_NAMES, RELATIONSHIP_TYPE_NAMES } from '../../src/graph/contract.ts';

const org = { id: 'org-ocw', label: 'Organisation' } as const;
const action = { id: 'action-16', label: 'Action' } as const;

describe('relationship choices', () => {
  it('offers an organisation and an action what the contract allows, one way only', () => {
    const choices = relationshipChoices(org, action);
    expect(choices).toContainEqual({ type: 'COMMISSIONS', outgoing: true });
    expect(choices).toContainEqual({ type: 'LEADS', outgoing: true });
    expect(choices.some((choice) => !choice.outgoing)).toBe(false);
    expect(relationshipChoices(action, org)).toContainEqual({
      type: 'COMMISSIONS',
      outgoing: false,
    });
  });

  it('offers both directions where both are allowed, and nothing where none is', () => {
    const regions = relationshipChoices(
      { id: 'region-noord', label: 'Region' },
      { id: 'region-groningen', label: 'Region' },
    );
    expect(regions).toContainEqual({ type: 'PART_OF', outgoing: true });
    expect(regions).toContainEqual({ type: 'PART_OF', outgoing: false });
    expect(
      relationshipChoices({ id: 'pillar-1', label: 'Pillar' }, { id: 'm', label: 'Milestone' }),
    ).toEqual([]);
    const self = relationshipChoices(
      { id: 'region-noord', label: 'Region' },
      { id: 'region-noord', label: 'Region' },
    );
    expect(self).toEqual([]);
  });

  it("offers exactly what the API's own check of a relationship's ends accepts", () => {
    for (const here of NODE_LABEL_NAMES) {
      for (const there of NODE_LABEL_NAMES) {
        const offered = relationshipChoices({ id: 'a', label: here }, { id: 'b', label: there });
        for (const type of RELATIONSHIP_TYPE_NAMES) {
          for (const outgoing of [true, false]) {
            const [from, to] = outgoing ? [here, there] : [there, here];
            const accepted =
              endProblems(type, { id: 'a', label: from }, { id: 'b', label: to }).length === 0;
            expect(
              offered.some((choice) => choice.type === type && choice.outgoing === outgoing),
              `${type} ${from} -> ${to}`,
            ).toBe(accepted);
          }
        }
      }
    }
  });

  it('maps GraphQL node types to labels and writes ids as the API does', () => {
    expect(labelOfNodeType('ACTION_PART')).toBe('ActionPart');
    expect(labelOfNodeType('NOPE')).toBeUndefined();
    expect(relationshipId('LEADS', 'org-slo', 'action-1')).toBe('LEADS:org-slo->action-1');
  });
});
