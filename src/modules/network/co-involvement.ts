/**
 * The actor co-involvement network: two actors are linked when they have a stated
 * involvement in the same action (an action part counts for its action) or the same
 * programme, weighted by how many such items they share. Rows of COLLABORATORS and
 * CO_INVOLVEMENT become collaborators and undirected CO_INVOLVED edges here; each edge keeps
 * the stored relationships it is derived from, so its evidence is the report's own words.
 */
import {
  toNodeModel,
  toRelationModel,
  type NodeModel,
  type RelationModel,
} from '../kernel/models.ts';
import {
  CO_INVOLVED,
  type GraphEdgeModel,
  type GraphNodeModel,
  type SubgraphModel,
} from './subgraph.ts';

export interface SharedWorkModel {
  /** The shared action or programme. */
  readonly item: NodeModel;
  /** The asking actor's involvements in the item (or its parts). */
  readonly own: readonly RelationModel[];
  /** The other actor's involvements. */
  readonly theirs: readonly RelationModel[];
}

export interface CollaboratorModel {
  readonly actor: NodeModel;
  readonly weight: number;
  readonly shared: readonly SharedWorkModel[];
}

interface RelationRow {
  readonly rel: unknown;
  readonly type: unknown;
}

interface SharedRow {
  readonly item: unknown;
  readonly itemLabels: unknown;
  readonly own: readonly RelationRow[];
  readonly theirs: readonly RelationRow[];
}

const toRelations = (rows: readonly RelationRow[]) =>
  rows.map((row) => toRelationModel(row.rel, row.type));

function toSharedWork(row: SharedRow): SharedWorkModel {
  return {
    item: toNodeModel(row.item, row.itemLabels),
    own: toRelations(row.own),
    theirs: toRelations(row.theirs),
  };
}

export function toCollaborator(row: {
  actor: unknown;
  labels: unknown;
  shared: readonly SharedRow[];
}): CollaboratorModel {
  const shared = row.shared.map(toSharedWork);
  return { actor: toNodeModel(row.actor, row.labels), weight: shared.length, shared };
}

/** Relations in first-seen order, each once (one relation can back several shared items). */
function uniqueRelations(shared: readonly SharedWorkModel[]): RelationModel[] {
  const byId = new Map<string, RelationModel>();
  for (const work of shared) {
    for (const relation of [...work.own, ...work.theirs]) byId.set(relation.id, relation);
  }
  return [...byId.values()];
}

/** One CO_INVOLVEMENT row (source id < target id) as an undirected weighted edge. */
export function toCoInvolvedEdge(row: {
  source: unknown;
  target: unknown;
  shared: readonly SharedRow[];
}): GraphEdgeModel {
  const shared = row.shared.map(toSharedWork);
  const source = String((row.source as { id: string }).id);
  const target = String((row.target as { id: string }).id);
  return {
    id: `${CO_INVOLVED}:${source}->${target}`,
    type: CO_INVOLVED,
    source,
    target,
    directed: false,
    weight: shared.length,
    relation: null,
    relations: uniqueRelations(shared),
    shared: shared.map((work) => work.item),
  };
}

interface PairRow {
  readonly source: unknown;
  readonly sourceLabels: unknown;
  readonly target: unknown;
  readonly targetLabels: unknown;
  readonly shared: readonly SharedRow[];
}

/** The network as a subgraph: the actors with at least one edge, in id order. */
export function toCollaborationNetwork(rows: readonly PairRow[]): SubgraphModel {
  const nodes = new Map<string, GraphNodeModel>();
  for (const row of rows) {
    for (const [node, labels] of [
      [row.source, row.sourceLabels],
      [row.target, row.targetLabels],
    ] as const) {
      const model = toNodeModel(node, labels);
      if (!nodes.has(model.id)) nodes.set(model.id, { node: model, depth: null });
    }
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => (a.node.id < b.node.id ? -1 : 1)),
    edges: rows.map(toCoInvolvedEdge),
    truncated: false,
  };
}
