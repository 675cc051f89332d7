/**
 * A source's review queue (the "Review" tab of the source viewer): the facts the proposer
 * read from it, filtered by status, each with its quote in context (the selector's prefix,
 * exact and suffix), its confidence and what it says. A signed-in curator accepts a pending
 * proposal or rejects it with a reason; the list is read again after each decision, so it
 * shows the queue as the server has it. Refusals are said next to the proposal.
 */
import type {
  ExplorerAcceptProposalMutation,
  ExplorerAcceptProposalMutationVariables,
  ExplorerProposalFragment,
  ExplorerProposalsQuery,
  ExplorerProposalsQueryVariables,
  ExplorerRejectProposalMutation,
  ExplorerRejectProposalMutationVariables,
  ProposalStatus,
} from '../../generated/explorer-operations.ts';
import { currentCurator, editRequest, onSessionChange } from './curator-session.ts';
import { h, replaceChildren, routeLink } from './dom.ts';
import { showRefusal } from './edit-errors.ts';
import { graphqlRequest, GraphQLRequestError } from './graphql-client.ts';
import {
  EXPLORER_ACCEPT_PROPOSAL,
  EXPLORER_PROPOSALS,
  EXPLORER_REJECT_PROPOSAL,
} from './operations.ts';
import { factRoute, showInSourceLink, sourceRoute } from './source-route.ts';

const PAGE_SIZE = 50;
const STATUSES: readonly ProposalStatus[] = ['PENDING', 'ACCEPTED', 'REJECTED'];

/** The status filter as the hash keeps it (`?status=pending`); `all` for every status. */
function statusOf(params: URLSearchParams): ProposalStatus | undefined {
  const wanted = (params.get('status') ?? 'pending').toUpperCase();
  return STATUSES.find((status) => status === wanted);
}

/** A refusal of a decision in words: the proposal codes first, then those of any edit. */
function decisionRefusal(error: unknown): string | undefined {
  if (!(error instanceof GraphQLRequestError)) return undefined;
  switch (error.code) {
    case 'STALE_PROPOSAL':
      return `Its quote is no longer where it was read (the source's file was replaced): run the proposer again to read it anew. (${error.message})`;
    case 'PROPOSAL_DECIDED':
      return `Someone has decided this proposal already (${error.message.replace(/\.$/, '')}).`;
    case 'NOT_FOUND':
      return `This proposal is gone: ${error.message}`;
    default:
      return undefined;
  }
}

function decidedLine(proposal: ExplorerProposalFragment): HTMLElement | null {
  if (proposal.status === 'PENDING') return null;
  const when = proposal.decidedAt ? ` on ${proposal.decidedAt.slice(0, 10)}` : '';
  return h(
    'p',
    { className: 'decided' },
    proposal.status === 'ACCEPTED'
      ? `Accepted by ${proposal.decidedBy ?? '?'}${when}${proposal.acceptedIn ? ` in revision #${proposal.acceptedIn.number}` : ''}.`
      : [
          `Rejected by ${proposal.decidedBy ?? '?'}${when}: `,
          h('span', { className: 'reject-reason' }, proposal.reason ?? ''),
        ],
  );
}

export function reviewQueue(sourceId: string, params: URLSearchParams): HTMLElement {
  const status = statusOf(params);
  const list = h('ol', { className: 'proposals' });
  const queueStatus = h('p', { className: 'queue-status', role: 'status' });
  const more = h('div', { className: 'more' });
  const filter = h(
    'select',
    {
      id: 'proposal-status',
      onchange: (event: Event) => {
        const value = (event.target as HTMLSelectElement).value;
        location.hash = `#${sourceRoute(sourceId, {}, 'review')}?status=${value}`;
      },
    },
    h('option', { value: 'all', selected: status === undefined }, 'All'),
    STATUSES.map((s) =>
      h('option', { value: s.toLowerCase(), selected: s === status }, s.toLowerCase()),
    ),
  );
  const element = h(
    'section',
    { className: 'review-queue', 'aria-label': 'Review queue' },
    h('div', { className: 'row' }, h('label', { for: 'proposal-status' }, 'Status'), filter),
    queueStatus,
    h(
      'p',
      { className: 'hint signed-out-hint' },
      'Sign in with a curator token to accept or reject proposals.',
    ),
    list,
    more,
  );

  function proposalItem(proposal: ExplorerProposalFragment): HTMLElement {
    const controls = h('div', { className: 'decision' });
    const problem = h('p', { className: 'proposal-error error', role: 'alert' });
    const { selector } = proposal;
    const item = h(
      'li',
      { className: 'proposal', 'data-proposal': proposal.id, 'data-status': proposal.status },
      h(
        'p',
        { className: 'meta' },
        h('span', { className: 'proposal-kind' }, proposal.kind.toLowerCase().replace('_', ' ')),
        ' · ',
        h('span', { className: 'proposal-status' }, proposal.status.toLowerCase()),
        ' · ',
        h('span', { className: 'confidence' }, `confidence ${proposal.confidence.toFixed(2)}`),
      ),
      h('p', { className: 'proposal-summary' }, proposal.summary),
      h(
        'blockquote',
        { className: 'in-context', lang: 'nl' },
        selector.prefix ? `…${selector.prefix}` : null,
        h('mark', {}, selector.exact),
        selector.suffix ? `${selector.suffix}…` : null,
      ),
      h(
        'p',
        { className: 'button-row' },
        showInSourceLink({ source: { id: sourceId }, selector }),
        proposal.subject ? routeLink(factRoute(proposal.subject.id), proposal.subject.name) : null,
      ),
      decidedLine(proposal),
      controls,
      problem,
    );

    async function decide(
      run: () => Promise<ExplorerProposalFragment>,
      words: (decided: ExplorerProposalFragment) => string,
      reasonError?: HTMLElement,
    ): Promise<void> {
      problem.textContent = '';
      for (const button of controls.querySelectorAll('button')) button.disabled = true;
      try {
        const decided = await run();
        queueStatus.textContent = words(decided);
        await load();
      } catch (error) {
        for (const button of controls.querySelectorAll('button')) button.disabled = false;
        const refusal = decisionRefusal(error);
        // Each of these means the list is out of date: offer to read it again.
        if (refusal)
          replaceChildren(
            problem,
            refusal,
            ' ',
            h(
              'button',
              { type: 'button', className: 'link-button', onclick: () => void load() },
              'Reload the queue',
            ),
          );
        else showRefusal(error, reasonError ? { 'input.reason': reasonError } : {}, problem);
      }
    }

    function accept(): void {
      void decide(
        async () =>
          (
            await editRequest<
              ExplorerAcceptProposalMutation,
              ExplorerAcceptProposalMutationVariables
            >(EXPLORER_ACCEPT_PROPOSAL, { input: { id: proposal.id } })
          ).acceptProposal.proposal,
        (decided) =>
          `Accepted: ${decided.summary}${decided.acceptedIn ? ` (revision #${decided.acceptedIn.number})` : ''}.`,
      );
    }

    function rejectForm(): void {
      const reason = h('input', {
        type: 'text',
        id: `reject-reason-${proposal.id}`,
        className: 'reject-reason-input',
        // Not `required`: the browser's own bubble would stop the submit before our words.
        'aria-required': 'true',
      });
      const reasonError = h('p', { className: 'field-error error' });
      replaceChildren(
        controls,
        h(
          'form',
          {
            className: 'reject-form',
            'aria-label': 'Reject this proposal',
            onsubmit: (event: Event) => {
              event.preventDefault();
              const why = reason.value.trim();
              if (!why) {
                reasonError.textContent = 'Say why it is wrong: the reason is kept with it.';
                return;
              }
              void decide(
                async () =>
                  (
                    await editRequest<
                      ExplorerRejectProposalMutation,
                      ExplorerRejectProposalMutationVariables
                    >(EXPLORER_REJECT_PROPOSAL, { input: { id: proposal.id, reason: why } })
                  ).rejectProposal.proposal,
                (decided) => `Rejected: ${decided.summary}.`,
                reasonError,
              );
            },
          },
          h('label', { for: `reject-reason-${proposal.id}` }, 'Reason (required)'),
          reason,
          reasonError,
          h(
            'div',
            { className: 'button-row' },
            h('button', { type: 'submit' }, 'Reject'),
            h('button', { type: 'button', className: 'secondary', onclick: idle }, 'Cancel'),
          ),
        ),
      );
      reason.focus();
    }

    function idle(): void {
      if (proposal.status !== 'PENDING' || !currentCurator()) {
        replaceChildren(controls);
        return;
      }
      replaceChildren(
        controls,
        h(
          'div',
          { className: 'button-row' },
          h('button', { type: 'button', className: 'accept', onclick: accept }, 'Accept'),
          h(
            'button',
            { type: 'button', className: 'secondary reject', onclick: rejectForm },
            'Reject…',
          ),
        ),
      );
    }
    onSessionChange(controls, idle);
    idle();
    return item;
  }

  async function load(after?: string): Promise<void> {
    if (!after) replaceChildren(list, h('li', { className: 'hint' }, 'Loading…'));
    try {
      const { proposals } = await graphqlRequest<
        ExplorerProposalsQuery,
        ExplorerProposalsQueryVariables
      >(EXPLORER_PROPOSALS, { source: sourceId, status, first: PAGE_SIZE, after });
      if (!after) replaceChildren(list);
      list.dataset.total = String(proposals.totalCount);
      list.append(...proposals.proposals.map(proposalItem));
      if (proposals.totalCount === 0)
        list.append(
          h(
            'li',
            { className: 'hint empty' },
            status
              ? `No ${status.toLowerCase()} proposals for this source.`
              : 'No proposals for this source: a curator runs proposeFacts on it first.',
          ),
        );
      replaceChildren(
        more,
        proposals.next
          ? h(
              'button',
              {
                type: 'button',
                className: 'secondary',
                onclick: () => void load(proposals.next ?? undefined),
              },
              `Show more (${proposals.totalCount - list.querySelectorAll('.proposal').length} left)`,
            )
          : null,
      );
    } catch (error) {
      replaceChildren(
        list,
        h('li', { className: 'error' }, `Could not load the queue: ${(error as Error).message}`),
      );
    }
  }

  function hint(): void {
    element.querySelector<HTMLElement>('.signed-out-hint')!.hidden = currentCurator() !== undefined;
  }
  onSessionChange(element, hint);
  hint();
  void load();
  return element;
}
