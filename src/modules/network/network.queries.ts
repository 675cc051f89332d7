/**
 * The network reads, one gateway round trip each (two for the actor network behind
 * centrality, read once per process), returning models (subgraph.ts). The
 * GraphQL resolvers and the exports both call these, so an export of a neighbourhood is the
 * same subgraph the API returns. Arguments arrive checked (network-args.ts).
 */
import type { Neo4jGateway } from '../../db/gateway.ts';
import { badUserInput } from '../../errors.ts';
import { toNodeModel, type NodeModel } from '../kernel/models.ts';
import {
  toCollaborationNetwork,
  toCollaborator,
  toCoInvolvedEdge,
  type CollaboratorModel,
} from './co-involvement.ts';
import {
  ALL_ACTORS,
  COLLABORATORS,
  CO_INVOLVEMENT,
  neighbourhoodStatement,
  PATHS,
  REGION_NETWORK,
  WHOLE_GRAPH,
} from './network.cypher.ts';
import { WHOLE_SUBGRAPH, type SubgraphProjection } from './subgraph-projection.ts';
import {
  toPath,
  toSubgraph,
  type GraphEdgeModel,
  type PathModel,
  type SubgraphModel,
} from './subgraph.ts';

export interface NeighbourhoodQuery {
  readonly id: string;
  readonly depth: number;
  /** Only through nodes with one of these labels; null: any. */
  readonly labels: readonly string[] | null;
  readonly relationshipTypes: readonly string[];
  readonly limit: number;
  /** asOf: only what these sources state (kernel/as-of.ts); null or absent: everything. */
  readonly sources?: readonly string[] | null;
}

/**
 * Null when no node has the id (the root is always the first node otherwise). `projection`:
 * what is read of each node and relationship (the whole, unless a request fitted it).
 */
export async function readNeighbourhood(
  gateway: Neo4jGateway,
  query: NeighbourhoodQuery,
  projection: SubgraphProjection = WHOLE_SUBGRAPH,
): Promise<SubgraphModel | null> {
  const statement = neighbourhoodStatement(query.depth, projection);
  const [row] = await gateway.read(statement, {
    id: query.id,
    labels: query.labels,
    relationshipTypes: query.relationshipTypes,
    limit: query.limit,
    sources: query.sources ?? null,
  });
  // Aggregation answers one row even when the root is missing: its node list is then empty.
  if (!row || (row.nodes as unknown[]).length === 0) return null;
  return toSubgraph(row.nodes, row.edges, Boolean(row.truncated));
}

export interface PathsQuery {
  readonly from: string;
  readonly to: string;
  readonly maxHops: number;
  readonly first: number;
}

/**
 * Up to `first` simple paths, shortest first. An unknown end is BAD_USER_INPUT naming it:
 * an empty list must mean "not connected within maxHops", not "no such node".
 */
export async function readPaths(gateway: Neo4jGateway, query: PathsQuery): Promise<PathModel[]> {
  if (query.from === query.to) throw badUserInput('"to" must differ from "from"', 'to');
  const statement = PATHS[query.maxHops];
  if (!statement) throw new Error(`no paths statement for ${query.maxHops} hops`);
  const [row] = await gateway.read(statement, {
    from: query.from,
    to: query.to,
    first: query.first,
  });
  if (!row?.fromFound) throw badUserInput(`"from": no node has the id "${query.from}"`, 'from');
  if (!row.toFound) throw badUserInput(`"to": no node has the id "${query.to}"`, 'to');
  return (row.paths as { nodes: unknown; edges: unknown }[]).map(toPath);
}

/** Null when no actor has the id; most shared items first. */
export async function readCollaborators(
  gateway: Neo4jGateway,
  id: string,
): Promise<CollaboratorModel[] | null> {
  const [row] = await gateway.read(COLLABORATORS, { id });
  if (!row) return null;
  return (row.collaborators as Parameters<typeof toCollaborator>[0][]).map(toCollaborator);
}

type PairRow = Parameters<typeof toCollaborationNetwork>[0][number];

export async function readCollaborationNetwork(
  gateway: Neo4jGateway,
  minWeight: number,
): Promise<SubgraphModel> {
  const rows = await gateway.read(CO_INVOLVEMENT, { minWeight });
  return toCollaborationNetwork(rows as unknown as PairRow[]);
}

/** Every actor and every co-involvement edge (the input of centrality). */
export async function readActorNetwork(
  gateway: Neo4jGateway,
): Promise<{ actors: NodeModel[]; edges: GraphEdgeModel[] }> {
  const [actorRows, pairRows] = await Promise.all([
    gateway.read(ALL_ACTORS),
    gateway.read(CO_INVOLVEMENT, { minWeight: 1 }),
  ]);
  return {
    actors: actorRows.map((row) => toNodeModel(row.node, row.labels)),
    edges: (pairRows as unknown as PairRow[]).map(toCoInvolvedEdge),
  };
}

/** Null when no region has the id. */
export async function readRegionNetwork(
  gateway: Neo4jGateway,
  id: string,
): Promise<SubgraphModel | null> {
  const [row] = await gateway.read(REGION_NETWORK, { id });
  if (!row || (row.nodes as unknown[]).length === 0) return null;
  return toSubgraph(row.nodes, row.edges);
}

export async function readWholeGraph(
  gateway: Neo4jGateway,
  sources: readonly string[] | null = null,
): Promise<SubgraphModel> {
  const [row] = await gateway.read(WHOLE_GRAPH, { sources });
  return toSubgraph(row?.nodes ?? [], row?.edges ?? []);
}
