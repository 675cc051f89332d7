/**
 * Replaying revisions: every change's `after` written in revision order onto the graph as
 * it was before them (the imported seeds). That this gives exactly the current graph is the
 * proof that the history is complete: tests/modules/curation compares the checksums.
 */
import { createHash } from 'node:crypto';
import { stableStringify } from '../../graph/stable-json.ts';
import type { Neo4jGateway } from '../../db/gateway.ts';
import { READ_ALL_FACTS } from './curation.cypher.ts';
import {
  applySnapshot,
  readNode,
  readRelationship,
  writeOrder,
  type FactSnapshot,
} from './facts.ts';
import type { RevisionModel } from './revisions.ts';

export async function replayRevisions(
  gateway: Neo4jGateway,
  revisions: readonly RevisionModel[],
): Promise<void> {
  for (const revision of [...revisions].sort((a, b) => a.number - b.number)) {
    await gateway.writeTransaction(async (tx) => {
      for (const change of writeOrder(revision.changes)) {
        const target: FactSnapshot = change.after;
        const current =
          target.kind === 'node'
            ? await readNode(tx, target.id)
            : await readRelationship(tx, target.type, target.from, target.to);
        await applySnapshot(tx, current, target);
      }
    });
  }
}

/** sha256 over every fact, live and retracted, with all its stored properties. */
export async function factsChecksum(gateway: Neo4jGateway): Promise<string> {
  const hash = createHash('sha256');
  for (const row of await gateway.read(READ_ALL_FACTS)) {
    hash
      .update(stableStringify({ ...row, labels: [...(row.labels as string[])].sort() }))
      .update('\n');
  }
  return hash.digest('hex');
}
