/**
 * The statements every gateway sends during the current test, in order. They still run
 * against the real database: the spy only writes their text down, and is removed when the
 * test finishes.
 */
import { onTestFinished, vi } from 'vitest';
import { Neo4jGateway } from '../../src/db/gateway.ts';

export function recordStatements(): string[] {
  const sent: string[] = [];
  const read = Neo4jGateway.prototype.read;
  vi.spyOn(Neo4jGateway.prototype, 'read').mockImplementation(function (
    this: Neo4jGateway,
    cypher,
    params,
  ) {
    sent.push(cypher);
    return read.call(this, cypher, params);
  });
  onTestFinished(() => {
    vi.restoreAllMocks();
  });
  return sent;
}
