/**
 * Revisions as the API shows them: read back from (:Revision)-[:CHANGED]->(:FactChange),
 * each change's snapshots parsed from the JSON they are stored as (a snapshot's properties
 * vary by label and type; Neo4j properties cannot nest maps).
 */
import type { Neo4jGateway } from '../../db/gateway.ts';
import type { BatchSpec } from '../kernel/batch.ts';
import { READ_HISTORY, READ_REVISIONS, REVISIONS_BY_NUMBER_BATCH } from './curation.cypher.ts';
import {
  parseRelationshipId,
  readerOf,
  readNode,
  readRelationship,
  type FactSnapshot,
} from './facts.ts';

export interface RevisionModel {
  readonly number: number;
  readonly operation: string;
  readonly author: string;
  readonly role: string;
  readonly time: string;
  readonly comment: string | null;
  readonly tags: readonly string[];
  readonly requestId: string;
  readonly reverts: number | null;
  readonly changes: readonly FactChangeModel[];
}

export interface FactChangeModel {
  readonly id: string;
  readonly kind: 'node' | 'relationship';
  readonly before: FactSnapshot | null;
  readonly after: FactSnapshot;
}

export function toRevisionModel(
  revision: Readonly<Record<string, unknown>>,
  changes: readonly Readonly<Record<string, unknown>>[],
): RevisionModel {
  return {
    number: Number(revision.number),
    operation: String(revision.operation),
    author: String(revision.author),
    role: String(revision.role),
    time: String(revision.time),
    comment: (revision.comment as string | null | undefined) ?? null,
    tags: (revision.tags as string[] | undefined) ?? [],
    requestId: String(revision.requestId),
    reverts:
      revision.reverts === undefined || revision.reverts === null ? null : Number(revision.reverts),
    changes: [...changes]
      .sort((a, b) => Number(a.position) - Number(b.position))
      .map((change) => ({
        id: String(change.factId),
        kind: change.kind as 'node' | 'relationship',
        before: change.before ? (JSON.parse(String(change.before)) as FactSnapshot) : null,
        after: JSON.parse(String(change.after)) as FactSnapshot,
      })),
  };
}

function fromRows(rows: readonly Record<string, unknown>[]): RevisionModel[] {
  return rows.map((row) => {
    const { revision, changes } = row.row as {
      revision: Record<string, unknown>;
      changes: Record<string, unknown>[];
    };
    return toRevisionModel(revision, changes);
  });
}

export async function historyOf(gateway: Neo4jGateway, id: string): Promise<RevisionModel[]> {
  return fromRows(await gateway.read(READ_HISTORY, { id }));
}

export const MAX_REVISIONS_PAGE = 100;

export async function revisionsAfter(
  gateway: Neo4jGateway,
  after: number,
  first: number,
): Promise<{ revisions: RevisionModel[]; next: number | null }> {
  // One more than asked says whether there is a next page without a count.
  const rows = fromRows(await gateway.read(READ_REVISIONS, { after, first: first + 1 }));
  const revisions = rows.slice(0, first);
  return {
    revisions,
    next: rows.length > first ? (revisions[revisions.length - 1]?.number ?? null) : null,
  };
}

/** A fact as stored now, live or retracted; null when nothing has that id. */
export async function factById(gateway: Neo4jGateway, id: string): Promise<FactSnapshot | null> {
  const parts = parseRelationshipId(id);
  const reader = readerOf(gateway);
  return parts ? readRelationship(reader, parts.type, parts.from, parts.to) : readNode(reader, id);
}

/** Revisions by number, batched per request (`Evidence.statedIn` of a page of facts). */
export const REVISION_BY_NUMBER: BatchSpec<number, RevisionModel | null> = {
  statement: REVISIONS_BY_NUMBER_BATCH,
  idOf: (number) => String(number),
  params: () => ({}),
  fromRows: (numbers, rows) => {
    const byNumber = new Map(fromRows(rows).map((revision) => [revision.number, revision]));
    return numbers.map((number) => byNumber.get(number) ?? null);
  },
};
