/**
 * Facts as the write path sees them: a snapshot of a node or relationship (its contract
 * properties, state and the revision that gave it that state), read from the database and
 * written back. Every edit is a list of changes from one snapshot to another; a revision
 * stores them, revert writes the `before` of each, and a replay writes every `after` in
 * order: one function (applySnapshot) does all three, so they cannot drift apart.
 */
import type { Row, QueryParams, WriteTx } from '../../db/gateway.ts';
import {
  NODE_LABEL_NAMES,
  RELATIONSHIP_TYPE_NAMES,
  type NodeLabel,
  type RelationshipType,
} from '../../graph/contract.ts';
import type { PropertyValue } from '../../graph/fact-check.ts';
import { relationshipKey } from '../../graph/fact-check.ts';
import { DERIVED_NODE_KEYS, storedNodeProperties } from '../../graph/stored-properties.ts';
import {
  CREATE_NODE,
  CREATE_RELATIONSHIP,
  CREATE_RETRACTED_NODE,
  CREATE_RETRACTED_RELATIONSHIP,
  READ_NODE,
  READ_RELATIONSHIP,
  RESTORE_NODE,
  RESTORE_RELATIONSHIP,
  RETRACT_NODE,
  RETRACT_RELATIONSHIP,
  SET_NODE,
  SET_RELATIONSHIP,
  SET_RETRACTED,
} from './curation.cypher.ts';

export type FactState = 'live' | 'retracted';

/** What reads a fact: an edit's transaction, or a plain read (readerOf). */
export interface StatementRunner {
  run(cypher: string, params?: QueryParams): Promise<Row[]>;
}

export function readerOf(gateway: {
  read(cypher: string, params?: QueryParams): Promise<Row[]>;
}): StatementRunner {
  return { run: (cypher, params) => gateway.read(cypher, params) };
}
export type Properties = Record<string, PropertyValue>;

export interface NodeSnapshot {
  readonly kind: 'node';
  readonly id: string;
  readonly label: NodeLabel;
  readonly state: FactState;
  /** The contract properties, without id and without the derived search keys. */
  readonly properties: Properties;
  readonly reason?: string;
  /** The revision that gave the node this state; 0 for the imported seeds. */
  readonly revision: number;
}

export interface RelationshipSnapshot {
  readonly kind: 'relationship';
  readonly id: string;
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly state: FactState;
  readonly properties: Properties;
  readonly reason?: string;
  readonly revision: number;
}

export type FactSnapshot = NodeSnapshot | RelationshipSnapshot;
/** The GraphQL FactSnapshot's model (its SDL name is taken by the generated type). */
export type FactSnapshotModel = FactSnapshot;

export interface FactChange {
  readonly before: FactSnapshot | null;
  readonly after: FactSnapshot;
}

/** Keys the database holds beside a fact's contract properties. */
const BOOKKEEPING_KEYS = new Set<string>([
  'id',
  'revision',
  'retractedLabel',
  'retractedType',
  'retractedFrom',
  'retractedTo',
  'retractedReason',
  ...DERIVED_NODE_KEYS,
]);

function contractProperties(stored: Readonly<Record<string, unknown>>): Properties {
  const properties: Properties = {};
  for (const [key, value] of Object.entries(stored)) {
    if (!BOOKKEEPING_KEYS.has(key)) properties[key] = value as PropertyValue;
  }
  return properties;
}

const RELATIONSHIP_ID = /^([A-Z_]+):([a-z0-9]+(?:-[a-z0-9]+)*)->([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** `TYPE:from->to` read back into its parts; undefined when the id is not one. */
export function parseRelationshipId(
  id: string,
): { type: RelationshipType; from: string; to: string } | undefined {
  const match = RELATIONSHIP_ID.exec(id);
  if (!match || !(RELATIONSHIP_TYPE_NAMES as readonly string[]).includes(match[1]!))
    return undefined;
  return { type: match[1] as RelationshipType, from: match[2]!, to: match[3]! };
}

export async function readNode(tx: StatementRunner, id: string): Promise<NodeSnapshot | null> {
  const [row] = await tx.run(READ_NODE, { id });
  const fact = row?.fact as
    { live: boolean; labels: string[]; properties: Record<string, unknown> } | null | undefined;
  if (!fact) return null;
  const label = fact.live
    ? (fact.labels.find((l) => (NODE_LABEL_NAMES as readonly string[]).includes(l)) as NodeLabel)
    : (String(fact.properties.retractedLabel) as NodeLabel);
  return {
    kind: 'node',
    id,
    label,
    state: fact.live ? 'live' : 'retracted',
    properties: contractProperties(fact.properties),
    ...(fact.live ? {} : { reason: String(fact.properties.retractedReason ?? '') }),
    revision: Number(fact.properties.revision ?? 0),
  };
}

/** A live node's snapshot from its labels and stored properties (as a read returns them). */
export function liveNodeSnapshot(
  id: string,
  labels: readonly string[],
  stored: Readonly<Record<string, unknown>>,
): NodeSnapshot {
  return {
    kind: 'node',
    id,
    label: labels.find((l) => (NODE_LABEL_NAMES as readonly string[]).includes(l)) as NodeLabel,
    state: 'live',
    properties: contractProperties(stored),
    revision: Number(stored.revision ?? 0),
  };
}

export async function readRelationship(
  tx: StatementRunner,
  type: RelationshipType,
  from: string,
  to: string,
): Promise<RelationshipSnapshot | null> {
  const id = relationshipKey(type, from, to);
  const [row] = await tx.run(READ_RELATIONSHIP[type], { id, from, to });
  const fact = row?.fact as
    { live: boolean; properties: Record<string, unknown> } | null | undefined;
  if (!fact) return null;
  return relationshipSnapshot(type, from, to, fact.live ? 'live' : 'retracted', fact.properties);
}

export function relationshipSnapshot(
  type: RelationshipType,
  from: string,
  to: string,
  state: FactState,
  stored: Readonly<Record<string, unknown>>,
): RelationshipSnapshot {
  return {
    kind: 'relationship',
    id: relationshipKey(type, from, to),
    type,
    from,
    to,
    state,
    properties: contractProperties(stored),
    ...(state === 'retracted' ? { reason: String(stored.retractedReason ?? '') } : {}),
    revision: Number(stored.revision ?? 0),
  };
}

/** What the database holds for a snapshot: its properties and bookkeeping keys. */
function storedForm(snapshot: FactSnapshot): Record<string, unknown> {
  const base = { ...snapshot.properties, id: snapshot.id, revision: snapshot.revision };
  if (snapshot.kind === 'node') {
    return snapshot.state === 'live'
      ? {
          ...storedNodeProperties(snapshot.properties),
          id: snapshot.id,
          revision: snapshot.revision,
        }
      : { ...base, retractedLabel: snapshot.label, retractedReason: snapshot.reason ?? '' };
  }
  return snapshot.state === 'live'
    ? base
    : {
        ...base,
        retractedType: snapshot.type,
        retractedFrom: snapshot.from,
        retractedTo: snapshot.to,
        retractedReason: snapshot.reason ?? '',
      };
}

/**
 * Makes the database hold `target` where it holds `current` now (null: nothing by that id).
 * A relationship can only go live between live ends; that failing is an error the caller
 * turns into the edit's refusal (the transaction then changes nothing).
 */
export async function applySnapshot(
  tx: WriteTx,
  current: FactSnapshot | null,
  target: FactSnapshot,
): Promise<void> {
  const properties = storedForm(target);
  if (target.kind === 'node') {
    const params = { id: target.id, properties };
    if (!current) {
      await tx.run(
        target.state === 'live' ? CREATE_NODE[target.label] : CREATE_RETRACTED_NODE,
        params,
      );
    } else if (current.state === 'live') {
      await tx.run((target.state === 'live' ? SET_NODE : RETRACT_NODE)[target.label], params);
    } else {
      await tx.run(target.state === 'live' ? RESTORE_NODE[target.label] : SET_RETRACTED, params);
    }
    return;
  }
  const params = { id: target.id, from: target.from, to: target.to, properties };
  let statement: string;
  if (target.state === 'live') {
    statement = !current
      ? CREATE_RELATIONSHIP[target.type]
      : current.state === 'live'
        ? SET_RELATIONSHIP[target.type]
        : RESTORE_RELATIONSHIP[target.type];
  } else if (current?.state === 'live') {
    statement = RETRACT_RELATIONSHIP[target.type];
  } else {
    // A retracted record written afresh or again: no ends needed.
    await tx.run(current ? SET_RETRACTED : CREATE_RETRACTED_RELATIONSHIP, params);
    return;
  }
  const [row] = await tx.run(statement, params);
  if (Number(row?.written ?? 0) !== 1) {
    throw new EndsNotLiveError(target.from, target.to);
  }
}

export class EndsNotLiveError extends Error {
  override name = 'EndsNotLiveError';
  constructor(
    readonly from: string,
    readonly to: string,
  ) {
    super(`both ends must be live nodes: ${from}, ${to}`);
  }
}

/**
 * The order in which a revision's changes are written: relationships leave the graph before
 * their ends do, and come back after them.
 */
export function writeOrder<T extends { readonly after: FactSnapshot }>(changes: readonly T[]): T[] {
  const rank = (change: T): number =>
    change.after.kind === 'node' ? 1 : change.after.state === 'retracted' ? 0 : 2;
  return [...changes].sort((a, b) => rank(a) - rank(b));
}
