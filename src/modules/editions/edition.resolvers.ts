/** Resolvers of the graph over time: statuses per edition, objectives, changes. */
import type { Resolvers } from '../../generated/graphql.ts';
import { asOfOf, visibleFrom } from '../kernel/as-of.ts';
import type { RequestContext } from '../kernel/context.ts';
import { resolversOf } from '../kernel/field-loads.ts';
import { toNodeModel, type LinkModel, type NodeModel } from '../kernel/models.ts';
import { links, NODE_BY_ID } from '../links/link.loaders.ts';
import { nodeFields } from '../nodes/node-fields.ts';
import { REVISION_BY_NUMBER } from '../curation/revisions.ts';
import { changesBetween } from './changes.ts';
import { OBJECTIVES } from './editions.cypher.ts';
import { editionsOf, sourceDates, statusesPerEdition, statusValueOf } from './editions.ts';

const STATUSES = links('statuses');

/** Links whose neighbour and relationship are both stated by sources visible from `parent`. */
const linksVisibleFrom = (parent: NodeModel, list: LinkModel[]) =>
  list.filter((link) => visibleFrom(parent, link.node.source, link.relation.source));

const actionLoads = {
  continuedBy: links('continuedBy', (list, action) => linksVisibleFrom(action, list)),
};

const objectiveLoads = {
  continues: links('continues'),
};

const statusLoads = {
  action: links('statusOf', ([owner]) => owner?.node ?? null),
};

async function sourceNode(context: RequestContext, id: string): Promise<NodeModel> {
  const source = await context.loader(NODE_BY_ID).load(id);
  if (!source) throw new Error(`no source ${id}`);
  return source;
}

export const editionResolvers: Resolvers = {
  Query: {
    objectives: async (_root, _args, context) =>
      (await context.gateway.read(OBJECTIVES)).map((row) => toNodeModel(row.node, row.labels)),
    changes: (_root, { from, to }, context) => changesBetween(context, from, to),
  },
  Action: {
    statuses: async (action, _args, context) => {
      const [claims, sources] = await Promise.all([
        context.loader(STATUSES.batch).load(action.id),
        sourceDates(context),
      ]);
      return statusesPerEdition(
        editionsOf(sources, action.source),
        claims.map((link) => link.node),
        asOfOf(action)?.bound ?? null,
      );
    },
    ...resolversOf(actionLoads),
  },
  EditionStatus: {
    source: (status, _args, context) => sourceNode(context, status.sourceId),
  },
  Status: {
    ...nodeFields,
    status: (status) => statusValueOf(status.status),
    basis: (status) => (status.basis === 'inferred' ? 'INFERRED' : 'STATED'),
    ...resolversOf(statusLoads),
  },
  Objective: {
    ...nodeFields,
    number: (objective) => (objective.number as number | undefined) ?? null,
    title: (objective) => (objective.title as string | undefined) ?? null,
    ...resolversOf(objectiveLoads),
  },
  ChangeSet: {
    sources: (set, _args, context) =>
      Promise.all(set.sourceIds.map((id) => sourceNode(context, id))),
    added: (set) => set.changes.filter((c) => c.kind === 'ADDED').length,
    retracted: (set) => set.changes.filter((c) => c.kind === 'RETRACTED').length,
    changed: (set) => set.changes.filter((c) => c.kind === 'CHANGED').length,
  },
  GraphChange: {
    source: (change, _args, context) =>
      change.sourceId ? context.loader(NODE_BY_ID).load(change.sourceId) : null,
    revision: (change, _args, context) =>
      change.revision ? context.loader(REVISION_BY_NUMBER).load(change.revision) : null,
  },
};
