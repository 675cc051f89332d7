/**
 * Field resolvers every node type shares (type, aliases, evidence), and the helpers that
 * turn a link list into the typed link shapes of the schema.
 */
import type { RequestContext } from '../kernel/context.ts';
import type { RelationshipType } from '../../graph/contract.ts';
import {
  nodeTypeOf,
  type EvidenceModel,
  type LinkModel,
  type NodeModel,
} from '../kernel/models.ts';
import type { LinkSpecName } from '../links/link.cypher.ts';
import { mapNow } from '../kernel/batch.ts';

export const nodeFields = {
  type: (node: NodeModel) => nodeTypeOf(node),
  aliases: (node: NodeModel): string[] => [...(node.aliases ?? [])],
  evidence: (node: NodeModel): EvidenceModel => ({ quote: node.quote, sourceId: node.source }),
};

/** A node's links of one spec: the list itself when a read-ahead has it, else a load. */
export function loadLinks(
  context: RequestContext,
  spec: LinkSpecName,
  node: NodeModel,
): LinkModel[] | Promise<LinkModel[]> {
  return context.links(spec).loadNow(node.id);
}

/** Links of one spec, optionally narrowed to some relationship types. */
export function linksOfTypes(
  context: RequestContext,
  node: NodeModel,
  types: readonly string[] | null | undefined,
): LinkModel[] | Promise<LinkModel[]> {
  return mapNow(loadLinks(context, 'all', node), (links) =>
    types && types.length > 0
      ? links.filter((link) => types.includes(link.relation.type as RelationshipType))
      : links,
  );
}
