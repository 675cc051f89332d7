import { describe, expect, it } from 'vitest';
import {
  neighbourhoodStatement,
  neighbourhoodStatementsBuilt,
} from '../../../src/modules/network/network.cypher.ts';
import { WHOLE_SUBGRAPH } from '../../../src/modules/network/subgraph-projection.ts';

describe('neighbourhoodStatement', () => {
  it('sends whole nodes and relationships for the whole projection', () => {
    const cypher = neighbourhoodStatement(2, WHOLE_SUBGRAPH);
    expect(cypher).toContain('{node: k.node, labels: labels(k.node), depth: k.depth}');
    expect(cypher).toContain('{rel: r, type: type(r)');
    expect(cypher).toContain('{0,2}');
  });

  it('sends only the projected properties, once the nodes are cut', () => {
    const cypher = neighbourhoodStatement(1, {
      ...WHOLE_SUBGRAPH,
      nodeProperties: ['id', 'name'],
      relationProperties: ['id'],
    });
    expect(cypher).toContain('{node: {id: k.node.id, name: k.node.name}, labels: labels(k.node)');
    expect(cypher).toContain('{rel: {id: r.id}, type: type(r)');
    expect(cypher).not.toMatch(/node: k\.node,|rel: r,/);
  });

  it('builds each statement once, and refuses a depth it has no statement for', () => {
    const projection = { ...WHOLE_SUBGRAPH, nodeProperties: ['id', 'aliases'] };
    const before = neighbourhoodStatementsBuilt();
    const first = neighbourhoodStatement(3, projection);
    expect(neighbourhoodStatementsBuilt()).toBe(before + 1);
    // An equal projection (another object) gets the same statement, not a new one.
    expect(neighbourhoodStatement(3, { ...projection, nodeProperties: ['id', 'aliases'] })).toBe(
      first,
    );
    expect(neighbourhoodStatementsBuilt()).toBe(before + 1);
    neighbourhoodStatement(2, projection);
    expect(neighbourhoodStatementsBuilt()).toBe(before + 2);
    expect(() => neighbourhoodStatement(4, WHOLE_SUBGRAPH)).toThrow(/depth 4/);
    expect(() => neighbourhoodStatement(0, WHOLE_SUBGRAPH)).toThrow(/depth 0/);
  });

  it('sends only the columns a projection keeps', () => {
    const cypher = neighbourhoodStatement(2, {
      nodeProperties: ['id'],
      relationProperties: ['id'],
      nodeColumns: ['depth'],
      edgeColumns: ['ends'],
    });
    expect(cypher).toContain('{node: {id: k.node.id}, depth: k.depth}');
    expect(cypher).toContain('{rel: {id: r.id}, from: a.id, to: b.id}');
    expect(cypher).not.toContain('labels: labels(k.node)');
    expect(cypher).not.toContain('type: type(r)');
    // The order and cut still use the depth and the type filter, read or not.
    expect(cypher).toContain('ORDER BY depth, m.id');
    expect(cypher).toContain('type(r) IN $relationshipTypes');
  });
});
