/**
 * Degree and betweenness of every actor over the co-involvement network, computed in Node
 * with graphology + graphology-metrics: Neo4j Community has no Graph Data Science library,
 * and the network is small (a few hundred actors). The scores are computed once per graph
 * version and reused: each request reads the version first (the revision counter every
 * edit advances, one index seek), so an edit made through any API process is seen by the
 * next request of every process; a failed computation is not cached. A re-import does not
 * advance the counter (docs/decisions.md): a running server sees it after a restart.
 */
import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import type { Neo4jGateway } from '../../db/gateway.ts';
import type { NodeModel } from '../kernel/models.ts';
import { GRAPH_VERSION } from './network.cypher.ts';
import { readActorNetwork } from './network.queries.ts';
import type { GraphEdgeModel } from './subgraph.ts';

export interface CentralityScore {
  readonly actor: NodeModel;
  /** Distinct actors it shares an action or programme with. */
  readonly degree: number;
  /** The sum of the edge weights (shared items, counted per partner). */
  readonly weightedDegree: number;
  /** Normalised betweenness over the unweighted network: 1/((n-1)(n-2)) of the pair count. */
  readonly betweenness: number;
}

export interface CentralityModel extends CentralityScore {
  /** Position among all actors in the asked order, from 1. */
  readonly rank: number;
}

export type CentralityOrder = 'DEGREE' | 'WEIGHTED_DEGREE' | 'BETWEENNESS';

/**
 * A CommonJS module whose types declare `export default`: TypeScript (NodeNext) types the
 * default import as `{ default: fn }`, while Node's ESM interop hands over module.exports,
 * the function itself. This accepts both.
 */
function cjsDefault<T>(module: { default: T } | T): T {
  return (module as { default?: T }).default ?? (module as T);
}

/** Pure: the scores of every actor, isolated ones included (with zeros). */
export function computeCentrality(
  actors: readonly NodeModel[],
  edges: readonly GraphEdgeModel[],
): CentralityScore[] {
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const actor of actors) graph.mergeNode(actor.id);
  for (const edge of edges) {
    if (graph.hasNode(edge.source) && graph.hasNode(edge.target)) {
      graph.mergeEdge(edge.source, edge.target, { weight: edge.weight });
    }
  }
  // Unweighted on purpose: a weight here would be a distance, and more shared work is
  // a closer tie, not a longer one.
  const between = cjsDefault(betweennessModule)(graph, { getEdgeWeight: null, normalized: true });
  return actors.map((actor) => ({
    actor,
    degree: graph.degree(actor.id),
    weightedDegree: graph.reduceEdges(
      actor.id,
      (sum, _edge, attributes) => sum + attributes.weight,
      0,
    ),
    betweenness: between[actor.id] ?? 0,
  }));
}

const MEASURES: Readonly<Record<CentralityOrder, readonly (keyof CentralityScore)[]>> = {
  DEGREE: ['degree', 'betweenness', 'weightedDegree'],
  WEIGHTED_DEGREE: ['weightedDegree', 'degree', 'betweenness'],
  BETWEENNESS: ['betweenness', 'degree', 'weightedDegree'],
};

/** Every actor ranked by `order` (ties by the other measures, then name, then id). */
export function rankActors(
  scores: readonly CentralityScore[],
  order: CentralityOrder,
): CentralityModel[] {
  const measures = MEASURES[order];
  const sorted = [...scores].sort((a, b) => {
    for (const measure of measures) {
      const difference = (b[measure] as number) - (a[measure] as number);
      if (difference !== 0) return difference;
    }
    return (
      String(a.actor.sortName ?? a.actor.name).localeCompare(
        String(b.actor.sortName ?? b.actor.name),
      ) || (a.actor.id < b.actor.id ? -1 : 1)
    );
  });
  return sorted.map((score, index) => ({ ...score, rank: index + 1 }));
}

const cache = new WeakMap<object, { version: number; scores: Promise<CentralityScore[]> }>();

/** The scores for the gateway's database at its current graph version. */
export async function actorCentrality(gateway: Neo4jGateway): Promise<CentralityScore[]> {
  const [row] = await gateway.read(GRAPH_VERSION);
  const version = Number(row?.version ?? 0);
  const cached = cache.get(gateway.driver);
  if (cached && cached.version === version) return cached.scores;
  const scores = readActorNetwork(gateway).then(({ actors, edges }) =>
    computeCentrality(actors, edges),
  );
  cache.set(gateway.driver, { version, scores });
  scores.catch(() => {
    if (cache.get(gateway.driver)?.scores === scores) cache.delete(gateway.driver);
  });
  return scores;
}
