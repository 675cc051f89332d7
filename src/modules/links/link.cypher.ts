/**
 * Cypher for following relationships, one named statement per kind of link. The pattern
 * (types, direction, labels) is fixed per entry of LINK_SPECS and built once at load time;
 * node ids always travel as $ids. Each statement answers a whole DataLoader batch.
 */
import type { BatchStatement } from '../kernel/batch.ts';
import {
  RELATIONSHIP_TYPE_NAMES,
  type NodeLabel,
  type RelationshipType,
} from '../../graph/contract.ts';
import { labelsAtEnd, labelsColumn, propertiesOf } from '../kernel/projection.ts';

export interface LinkSpec {
  readonly types: readonly RelationshipType[];
  readonly direction: 'out' | 'in' | 'both';
  /** Only neighbours with one of these labels. */
  readonly labels?: readonly NodeLabel[];
}

/**
 * The kinds of link several fields follow (a field of its own may give its spec inline, see
 * `links` in link.loaders.ts). Add an entry here to share one.
 */
export const LINK_SPECS = {
  pillarOfAction: { types: ['IN_PILLAR'], direction: 'out' },
  actionsOfPillar: { types: ['IN_PILLAR'], direction: 'in' },
  partsOfAction: { types: ['PART_OF'], direction: 'in', labels: ['ActionPart'] },
  actionOfPart: { types: ['PART_OF'], direction: 'out', labels: ['Action'] },
  targets: { types: ['HAS_TARGET'], direction: 'out' },
  milestones: { types: ['HAS_MILESTONE'], direction: 'out' },
  measurements: { types: ['HAS_MEASUREMENT'], direction: 'out' },
  measurementParts: { types: ['PART_OF'], direction: 'in', labels: ['Measurement'] },
  measurementWhole: { types: ['PART_OF'], direction: 'out', labels: ['Measurement'] },
  measurementOwners: { types: ['HAS_MEASUREMENT'], direction: 'in' },
  // A landsdeel's own milestones (HAS_MILESTONE out) and those about it (CONCERNS in).
  regionMilestones: {
    types: ['HAS_MILESTONE', 'CONCERNS'],
    direction: 'both',
    labels: ['Milestone'],
  },
  concerns: { types: ['CONCERNS'], direction: 'out' },
  milestonesConcerning: { types: ['CONCERNS'], direction: 'in', labels: ['Milestone'] },
  activeIn: { types: ['ACTIVE_IN'], direction: 'out', labels: ['Region'] },
  activeHere: { types: ['ACTIVE_IN'], direction: 'in' },
  partOf: { types: ['PART_OF'], direction: 'out' },
  parts: { types: ['PART_OF'], direction: 'in' },
  runs: { types: ['RUNS'], direction: 'out' },
  runBy: { types: ['RUNS'], direction: 'in' },
  commissions: { types: ['COMMISSIONS'], direction: 'out' },
  funds: { types: ['FUNDS'], direction: 'out' },
  fundedBy: { types: ['FUNDS'], direction: 'in' },
  memberOf: { types: ['MEMBER_OF'], direction: 'out' },
  members: { types: ['MEMBER_OF'], direction: 'in' },
  coordinates: { types: ['COORDINATES'], direction: 'out' },
  coordinatedBy: { types: ['COORDINATES'], direction: 'in' },
  focusesOn: { types: ['FOCUSES_ON'], direction: 'out' },
  focusedBy: { types: ['FOCUSES_ON'], direction: 'in' },
  mentions: { types: ['MENTIONED_IN'], direction: 'in' },
  statuses: { types: ['HAS_STATUS'], direction: 'out', labels: ['Status'] },
  statusOf: { types: ['HAS_STATUS'], direction: 'in' },
  continues: { types: ['CONTINUES'], direction: 'out' },
  continuedBy: { types: ['CONTINUES'], direction: 'in', labels: ['Objective'] },
  /** Every relationship of a node, either way (a node's `links`). */
  all: { types: RELATIONSHIP_TYPE_NAMES, direction: 'both' },
} as const satisfies Record<string, LinkSpec>;

export type LinkSpecName = keyof typeof LINK_SPECS;

/** The batch statement of a kind of link, built from its spec. */
export function linkStatement(spec: LinkSpec): BatchStatement {
  const types = spec.types.join('|');
  const pattern =
    spec.direction === 'out'
      ? `(n)-[r:${types}]->(m:Node)`
      : spec.direction === 'in'
        ? `(n)<-[r:${types}]-(m:Node)`
        : `(n)-[r:${types}]-(m:Node)`;
  const labelFilter = spec.labels
    ? `WHERE ${spec.labels.map((label) => `m:${label}`).join(' OR ')}`
    : '';
  // The neighbour's possible labels follow from the relationship types and direction.
  const end = spec.direction === 'out' ? 'to' : spec.direction === 'in' ? 'from' : 'both';
  const reachable = labelsAtEnd(spec.types, end);
  const labels = spec.labels
    ? reachable.filter((label) => spec.labels!.includes(label))
    : reachable;
  // Whether the relationship leaves the node the batch ran for: known but for 'both'.
  const outgoing =
    spec.direction === 'out' ? 'true' : spec.direction === 'in' ? 'false' : 'startNode(r) = n';
  return {
    body: `MATCH (n:Node {id: id})
MATCH ${pattern}
${labelFilter}`,
    returns: (projection) =>
      `id, ${projection.node('m', labels)} AS node, ${labelsColumn('m', labels)} AS labels, ${projection.relation('r')} AS rel,
       type(r) AS type, ${outgoing} AS outgoing`,
    orderBy: linkOrder(labels),
  };
}

/**
 * Links come by type, then dated ones by date, numbered ones by number, then by name and
 * id. A key that no neighbour of the spec can have (no `date` on an organisation) is the
 * same for every row, so it is left out: each costs a property read per row (Q6 at 10k:
 * two of the four reads per region part, initiative and milestone), and the order is the
 * same without it.
 */
function linkOrder(labels: readonly NodeLabel[]): string {
  const properties = propertiesOf(labels);
  const has = (property: string) => properties.includes(property);
  return [
    'id',
    'type',
    ...(has('date') ? ["coalesce(m.date, '')"] : []),
    ...(has('number') ? ['m.number'] : []),
    'm.sortName',
    'm.id',
  ].join(', ');
}

/** Each link kind's batch statement, in parts (a loader runs it alone, a read-ahead nested). */
export const LINK_BATCHES: Readonly<Record<LinkSpecName, BatchStatement>> = Object.fromEntries(
  Object.entries(LINK_SPECS).map(([name, spec]) => [name, linkStatement(spec)]),
) as Record<LinkSpecName, BatchStatement>;

/** Nodes by id, whatever their label (so the whole node: see projection.ts). */
export const NODES_BY_ID_BATCH: BatchStatement = {
  body: 'OPTIONAL MATCH (n:Node {id: id})',
  returns: () => 'id, n AS node, labels(n) AS labels',
};
