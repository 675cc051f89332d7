/**
 * The validator our /reconcile tests rely on, checked against the protocol's own examples:
 * it accepts every valid example and refuses every invalid one, so that a response it
 * accepts is one the protocol accepts.
 */
import { describe, expect, it } from 'vitest';
import {
  examplesOf,
  RECONCILIATION_SCHEMAS,
  schemaErrors,
} from '../support/reconciliation-schemas.ts';

describe('ajv with the Reconciliation API 0.2 schemas', () => {
  const valid = RECONCILIATION_SCHEMAS.flatMap((schema) =>
    examplesOf(schema, 'valid').map(({ file, document }) => [schema, file, document] as const),
  );
  const invalid = RECONCILIATION_SCHEMAS.flatMap((schema) =>
    examplesOf(schema, 'invalid').map(({ file, document }) => [schema, file, document] as const),
  );

  it('has examples to check, valid and invalid', () => {
    expect(valid.length).toBeGreaterThanOrEqual(25);
    expect(invalid.length).toBeGreaterThanOrEqual(15);
  });

  it.each(valid)('%s accepts the valid example %s', (schema, _file, document) => {
    expect(schemaErrors(schema, document)).toEqual([]);
  });

  it.each(invalid)('%s refuses the invalid example %s', (schema, _file, document) => {
    expect(schemaErrors(schema, document)).not.toEqual([]);
  });
});
