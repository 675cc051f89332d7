/**
 * Field resolvers every node type shares (type, aliases, evidence), and the helpers that
 * turn a link list into the typed link shapes of the schema.
 */
import type { RequestContext } from '../../api/request-context.ts';
import type { RelationshipType } from '../../seeds/seed-schema.ts';
import { nodeTypeOf, type EvidenceModel, type LinkModel, type NodeModel } from '../graph-models.ts';
import type { LinkSpecName } from '../links/link.cypher.ts';

export const nodeFields = {
  type: (node: NodeModel) => nodeTypeOf(node),
  aliases: (node: NodeModel): string[] => [...(node.aliases ?? [])],
  evidence: (node: NodeModel): EvidenceModel => ({ quote: node.quote, sourceId: node.source }),
};

export function loadLinks(
  context: RequestContext,
  spec: LinkSpecName,
  node: NodeModel,
): Promise<LinkModel[]> {
  return context.links(spec).load(node.id);
}

/** Links of one spec, optionally narrowed to some relationship types. */
export async function linksOfTypes(
  context: RequestContext,
  node: NodeModel,
  types: readonly string[] | null | undefined,
): Promise<LinkModel[]> {
  const links = await loadLinks(context, 'all', node);
  return types && types.length > 0
    ? links.filter((link) => types.includes(link.relation.type as RelationshipType))
    : links;
}
