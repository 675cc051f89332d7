/** The review queue's resolvers: thin, each one call into proposal-queue.ts. */
import { badUserInput } from '../../errors.ts';
import type { Resolvers } from '../../generated/graphql.ts';
import { REVISION_BY_NUMBER } from '../curation/revisions.ts';
import { NODE_BY_ID } from '../links/link.loaders.ts';
import {
  acceptProposal,
  editsOf,
  MAX_PROPOSALS_PAGE,
  proposalById,
  proposalPage,
  rejectProposal,
  runProposer,
  selectorOf,
} from './proposal-queue.ts';

export const proposalResolvers: Resolvers = {
  Mutation: {
    proposeFacts: (_root, { input }, context) => runProposer(context, input),
    acceptProposal: (_root, { input }, context) => acceptProposal(context, input),
    rejectProposal: (_root, { input }, context) => rejectProposal(context, input),
  },
  Query: {
    proposals: (_root, args, context) => {
      const first = args.first ?? 50;
      if (!Number.isInteger(first) || first < 0 || first > MAX_PROPOSALS_PAGE) {
        throw badUserInput(`first must be 0 to ${MAX_PROPOSALS_PAGE}`, 'first');
      }
      return proposalPage(context.gateway, { ...args, first });
    },
    proposal: (_root, { id }, context) => proposalById(context.gateway, id),
  },
  ProposalRun: {
    source: async (run, _args, context) => (await context.loader(NODE_BY_ID).load(run.sourceId))!,
  },
  ProposalDecision: {
    revision: (decision, _args, context) =>
      decision.revision === null
        ? null
        : context.loader(REVISION_BY_NUMBER).load(decision.revision),
  },
  Proposal: {
    source: async (proposal, _args, context) =>
      (await context.loader(NODE_BY_ID).load(proposal.source))!,
    selector: (proposal) => selectorOf(proposal),
    subject: (proposal, _args, context) =>
      proposal.subject ? context.loader(NODE_BY_ID).load(proposal.subject) : null,
    edits: (proposal) => editsOf(proposal),
    acceptedIn: (proposal, _args, context) =>
      typeof proposal.acceptedRevision === 'number'
        ? context.loader(REVISION_BY_NUMBER).load(proposal.acceptedRevision)
        : null,
    decidedBy: (proposal) => proposal.decidedBy ?? null,
    decidedAt: (proposal) => proposal.decidedAt ?? null,
    reason: (proposal) => proposal.reason ?? null,
  },
};
