/** Field resolvers every node type shares: type, aliases, evidence, revision. */
import { nodeTypeOf, revisionOf, type EvidenceModel, type NodeModel } from '../kernel/models.ts';

export const nodeFields = {
  type: (node: NodeModel) => nodeTypeOf(node),
  aliases: (node: NodeModel): string[] => [...(node.aliases ?? [])],
  evidence: (node: NodeModel): EvidenceModel => ({
    quote: node.quote,
    quoteStart: typeof node.quoteStart === 'number' ? node.quoteStart : undefined,
    sourceId: node.source,
    revision: revisionOf(node),
  }),
  revision: (node: NodeModel): number => revisionOf(node),
};
