/**
 * Resolvers of the network questions: neighbourhoods, paths, collaborators, the
 * co-involvement network, region networks and centrality. Thin: check the arguments, run
 * one read of network.queries.ts, hand back models; the flat GraphNode/GraphEdge fields
 * are read off those models without further queries (only `evidence.source` and `node`
 * fields beyond the id go through the request's batched loaders).
 */
import type { Resolvers } from '../../generated/graphql.ts';
import {
  labelOfActorType,
  revisionOf,
  type EvidenceModel,
  type RelationModel,
} from '../kernel/models.ts';
import { nodeFields } from '../nodes/node-fields.ts';
import { asOfSources } from '../editions/editions.ts';
import { actorCentrality, rankActors } from './centrality.ts';
import { fittedSubgraphProjection } from './subgraph-projection.ts';
import {
  checkDepth,
  checkLimit,
  checkMaxHops,
  checkPathCount,
  checkRange,
  labelsOf,
  MAX_COLLABORATORS,
  MAX_RANKED,
  relationshipTypesOf,
} from './network-args.ts';
import {
  readCollaborationNetwork,
  readCollaborators,
  readNeighbourhood,
  readPaths,
  readRegionNetwork,
} from './network.queries.ts';

/** Each passage once, in order (several involvements can quote the same sentence). */
function evidenceOf(relations: readonly RelationModel[]): EvidenceModel[] {
  const seen = new Map<string, EvidenceModel>();
  for (const relation of relations) {
    seen.set(`${relation.source}\u0000${relation.quote}\u0000${relation.quoteStart}`, {
      quote: relation.quote,
      quoteStart: relation.quoteStart,
      sourceId: relation.source,
      revision: revisionOf(relation),
    });
  }
  return [...seen.values()];
}

export const networkResolvers: Resolvers = {
  Query: {
    neighbourhood: async (
      _root,
      { id, depth, types, relationshipTypes, limit, asOf },
      context,
      info,
    ) => {
      const query = {
        id,
        depth: checkDepth(depth),
        labels: labelsOf(types),
        relationshipTypes: relationshipTypesOf(relationshipTypes),
        limit: checkLimit(limit),
      };
      const sources = asOf ? [...(await asOfSources(context, asOf)).sources] : null;
      return readNeighbourhood(
        context.gateway,
        { ...query, sources },
        fittedSubgraphProjection(info),
      );
    },
    paths: (_root, { from, to, maxHops, first }, context) =>
      readPaths(context.gateway, {
        from,
        to,
        maxHops: checkMaxHops(maxHops),
        first: checkPathCount(first),
      }),
    collaborators: async (_root, { id, first }, context) => {
      const limit = first == null ? null : checkRange(first, 0, 0, MAX_COLLABORATORS, 'first');
      const collaborators = await readCollaborators(context.gateway, id);
      return collaborators && limit !== null ? collaborators.slice(0, limit) : collaborators;
    },
    collaborationNetwork: (_root, { minWeight }, context) =>
      readCollaborationNetwork(
        context.gateway,
        checkRange(minWeight, 1, 1, Number.MAX_SAFE_INTEGER, 'minWeight'),
      ),
    regionNetwork: (_root, { id }, context) => readRegionNetwork(context.gateway, id),
    centrality: async (_root, { types, first, orderBy }, context) => {
      const limit = checkRange(first, 25, 0, MAX_RANKED, 'first');
      const labels = types?.length ? types.map((type) => labelOfActorType(type)) : null;
      const ranked = rankActors(await actorCentrality(context.gateway), orderBy ?? 'DEGREE');
      return ranked
        .filter((entry) => !labels || (labels as string[]).includes(entry.actor.__label))
        .slice(0, limit);
    },
  },
  GraphNode: {
    id: ({ node }) => node.id,
    type: ({ node }) => nodeFields.type(node),
    name: ({ node }) => node.name,
    aliases: ({ node }) => nodeFields.aliases(node),
    kind: ({ node }) => (node.kind ?? node.level ?? null) as string | null,
    depth: ({ depth }) => depth,
    evidence: ({ node }) => nodeFields.evidence(node),
    node: ({ node }) => node,
  },
  GraphEdge: {
    type: (edge) => edge.type,
    role: (edge) => edge.relation?.role ?? null,
    amount: (edge) => edge.relation?.amount ?? null,
    unit: (edge) => edge.relation?.unit ?? null,
    period: (edge) => edge.relation?.period ?? null,
    note: (edge) => edge.relation?.note ?? null,
    evidence: (edge) => evidenceOf(edge.relations),
    relations: (edge) => [...edge.relations],
    shared: (edge) => [...edge.shared],
  },
  Path: {
    length: (path) => path.hops.length,
  },
};
