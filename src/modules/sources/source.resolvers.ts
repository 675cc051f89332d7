/**
 * Sources: registering one at run time (addSource), their text and the passages quoted from
 * it, and where a fact's quote is (Evidence.selector) and when its source dates it
 * (Evidence.validFrom).
 */
import type { Resolvers } from '../../generated/graphql.ts';
import { textSelector } from '../../graph/text-anchors.ts';
import { authorisedViewer } from '../curation/edits.ts';
import { readerOf } from '../curation/facts.ts';
import type { RequestContext } from '../kernel/context.ts';
import type { NodeModel } from '../kernel/models.ts';
import { NODE_BY_ID } from '../links/link.loaders.ts';
import { quotationsOf } from './quotations.ts';
import { decodeContent, registerSource, replaceSourceFile } from './register-source.ts';
import { sourceText } from './source-texts.ts';

/** The text of a Source node, by the one reader the edits check quotes with. */
export function textOfSource(context: RequestContext, source: NodeModel): Promise<string> {
  return sourceText(readerOf(context.gateway), source);
}

async function sourceOf(context: RequestContext, id: string): Promise<NodeModel> {
  const source = await context.loader(NODE_BY_ID).load(id);
  if (!source) throw new Error(`evidence points at unknown source ${id}`);
  return source;
}

export const sourceResolvers: Resolvers = {
  Mutation: {
    addSource: async (_root, { input }, context) => {
      const { content, ...rest } = input;
      authorisedViewer(context, 'admin');
      return registerSource(context, { ...rest, bytes: decodeContent(content) });
    },
    replaceSourceFile: async (_root, { input }, context) => {
      const { content, ...rest } = input;
      authorisedViewer(context, 'admin');
      return replaceSourceFile(context, { ...rest, bytes: decodeContent(content) });
    },
  },
  Source: {
    // The seeds' source is a text file: its text is the file, and its type text/plain.
    textSha256: (source) => String(source.textSha256 ?? source.sha256),
    mediaType: (source) => String(source.mediaType ?? 'text/plain'),
    path: (source) => (typeof source.path === 'string' ? source.path : null),
    text: (source, _args, context) => textOfSource(context, source),
    quotations: async (source, _args, context) =>
      quotationsOf(context.gateway, source.id, await textOfSource(context, source)),
  },
  Evidence: {
    source: (evidence, _args, context) => sourceOf(context, evidence.sourceId),
    selector: async (evidence, _args, context) => {
      const text = await textOfSource(context, await sourceOf(context, evidence.sourceId));
      return textSelector(
        text,
        evidence.quoteStart ?? text.indexOf(evidence.quote),
        evidence.quote,
      );
    },
    validFrom: async (evidence, _args, context) =>
      String((await sourceOf(context, evidence.sourceId)).date),
  },
  Quotation: {
    kind: (quotation) => quotation.kind,
  },
};
