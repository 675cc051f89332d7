/** Resolvers for the Node interface, look-ups by id, search, provenance and relations. */
import { badUserInput } from '../../errors.ts';
import type { Resolvers } from '../../generated/graphql.ts';
import { foldText } from '../../graph/text-folding.ts';
import { resolversOf, step } from '../kernel/field-loads.ts';
import { labelOfNodeType, revisionOf, toNodeModel, type LinkModel } from '../kernel/models.ts';
import { operationOf } from '../kernel/operation.ts';
import { FULL_PROJECTION, fittedProjection } from '../kernel/projection.ts';
import { NODE_BY_ID } from '../links/link.loaders.ts';
import { nodeFields } from './node-fields.ts';
import { SEARCH, SOURCES } from './node.cypher.ts';

const MAX_SEARCH_TEXT = 200;
const MAX_SEARCH_RESULTS = 100;
const MAX_IDS = 100;

/** Lucene query from user text: folded words only (no Lucene syntax survives), each as word or prefix. */
export function toLuceneQuery(text: string): string | null {
  const words = foldText(text).split(' ').filter(Boolean).slice(0, 12);
  if (words.length === 0) return null;
  return words.map((word) => `(${word} OR ${word}*)`).join(' AND ');
}

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_root, { id }, context) => context.loader(NODE_BY_ID).load(id),
    nodes: (_root, { ids }, context) => {
      if (ids.length > MAX_IDS)
        throw badUserInput(`"ids" takes at most ${MAX_IDS} ids, got ${ids.length}`, 'ids');
      return context
        .loader(NODE_BY_ID)
        .loadMany(ids)
        .then((results) => results.map((result) => (result instanceof Error ? null : result)));
    },
    search: async (_root, { text, first, types }, context, info) => {
      if (text.length > MAX_SEARCH_TEXT) {
        throw badUserInput(`"text" is longer than ${MAX_SEARCH_TEXT} characters`, 'text');
      }
      const limit = first ?? 10;
      if (!Number.isInteger(limit) || limit < 0 || limit > MAX_SEARCH_RESULTS) {
        throw badUserInput(
          `"first" must be between 0 and ${MAX_SEARCH_RESULTS}, got ${limit}`,
          'first',
        );
      }
      const query = toLuceneQuery(text);
      if (query === null || limit === 0) return [];
      const labels = types?.map((type) => labelOfNodeType(type)).filter(Boolean) ?? null;
      // Its rows go to this request alone: fitted to it, as a read-ahead's are.
      const projection = context.readAhead ? fittedProjection(operationOf(info)) : FULL_PROJECTION;
      const rows = await context.gateway.read(SEARCH(projection), {
        query,
        first: limit,
        scanLimit: labels ? limit * 20 : limit,
        labels: labels && labels.length > 0 ? labels : null,
      });
      return rows.map((row) => ({
        node: toNodeModel(row.node, row.labels),
        score: Number(row.score),
      }));
    },
    sources: async (_root, _args, context) =>
      (await context.gateway.read(SOURCES)).map((row) => toNodeModel(row.node, row.labels)),
  },
  Node: {
    __resolveType: (node) => node.__label,
  },
  Source: {
    ...nodeFields,
    url: (node) => (node.url as string | undefined) ?? null,
  },
  SearchHit: {
    type: (hit) => nodeFields.type(hit.node),
  },
  Relation: {
    evidence: (relation) => ({
      quote: relation.quote,
      quoteStart: relation.quoteStart,
      sourceId: relation.source,
      revision: revisionOf(relation),
    }),
    revision: (relation) => revisionOf(relation),
    type: (relation) => relation.type,
  },
};

/** The node of a link, under the field name the schema gives it: a step to its `node` column. */
const toNode = step('node', (link: LinkModel) => link.node);

/** Typed link shapes: the neighbour under the field name the schema gives it. */
export const linkResolvers: Resolvers = {
  NodeLink: resolversOf({ node: toNode }),
  ActorLink: resolversOf({ actor: toNode }),
  OrganisationLink: resolversOf({ organisation: toNode }),
  ProgrammeLink: resolversOf({ programme: toNode }),
  RegionLink: resolversOf({ region: toNode }),
  TopsectorLink: resolversOf({ topsector: toNode }),
};
