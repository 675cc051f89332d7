/**
 * The field table is complete: a field of a node type is either a property the contract
 * stores (read off the node as it is) or has a resolver, so a field added to the SDL
 * without its row fails here rather than as a null at run time; and every resolver has its
 * field in the SDL (createSchema refuses one that has not).
 */
import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../../src/api/graphql-schema.ts';
import {
  COMMON_NODE_PROPERTIES,
  NODE_LABELS,
  type NodeLabel,
} from '../../../src/graph/contract.ts';
import { rowOf } from '../../../src/modules/kernel/field-loads.ts';

const schema = createSchema();
const STORED_ON_EVERY_NODE = ['id', ...Object.keys(COMMON_NODE_PROPERTIES)];

describe('the field table', () => {
  it.each(Object.keys(NODE_LABELS) as NodeLabel[])(
    'resolves every field of %s that is not a stored property',
    (label) => {
      const type = schema.getType(label);
      if (!isObjectType(type)) throw new Error(`${label} is no object type`);
      const stored = new Set([...STORED_ON_EVERY_NODE, ...Object.keys(NODE_LABELS[label])]);
      const unresolved = Object.values(type.getFields())
        .filter((field) => !stored.has(field.name) && field.resolve === undefined)
        .map((field) => field.name);
      expect(unresolved).toEqual([]);
    },
  );

  it('finds the row behind a loadable field, and none behind a plain one', () => {
    const organisation = schema.getType('Organisation');
    if (!isObjectType(organisation)) throw new Error('no Organisation type');
    const fields = organisation.getFields();
    expect(rowOf(fields.runs!.resolve)).toMatchObject({ kind: 'load' });
    expect(rowOf(fields.kind!.resolve)).toBeUndefined();
  });
});
