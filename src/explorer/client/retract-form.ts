/**
 * "Retract" a node or relationship, with a required reason: the fact is deprecated, never
 * deleted (its history keeps it, and an admin can revert). The edit names the revision the
 * curator saw, read when the form opens; a CONFLICT means someone else changed the fact in
 * the meantime, and the form offers to reload it rather than overwrite what it does not show.
 */
import type {
  ExplorerFactQuery,
  ExplorerFactQueryVariables,
  ExplorerRetractMutation,
  ExplorerRetractMutationVariables,
} from '../../generated/explorer-operations.ts';
import { editRequest } from './curator-session.ts';
import { h, replaceChildren } from './dom.ts';
import { showRefusal } from './edit-errors.ts';
import { graphqlRequest, GraphQLRequestError } from './graphql-client.ts';
import { EXPLORER_FACT, EXPLORER_RETRACT } from './operations.ts';

export function retractForm(
  id: string,
  what: string,
  onRetracted: (reason: string) => void,
  onCancel: () => void,
): HTMLElement {
  let expectedRevision: number | undefined;
  const revisionLine = h('p', { className: 'meta' }, 'Reading its revision…');
  const reason = h('textarea', {
    id: 'retract-reason',
    rows: 3,
    required: true,
    'aria-describedby': 'retract-reason-error',
  });
  const comment = h('input', { id: 'retract-comment', type: 'text' });
  const reasonError = h('p', {
    id: 'retract-reason-error',
    className: 'field-error error',
    role: 'alert',
  });
  const commentError = h('p', { className: 'field-error error', role: 'alert' });
  const formError = h('div', { className: 'form-error error', role: 'alert' });
  const submit = h('button', { type: 'submit', className: 'danger', disabled: true }, 'Retract');

  async function readRevision(): Promise<void> {
    submit.disabled = true;
    try {
      const { fact } = await graphqlRequest<ExplorerFactQuery, ExplorerFactQueryVariables>(
        EXPLORER_FACT,
        { id },
      );
      if (!fact || fact.state !== 'LIVE') {
        revisionLine.textContent = fact
          ? `Already retracted: ${fact.reason ?? ''}`
          : 'No fact has this id.';
        return;
      }
      expectedRevision = fact.revision;
      revisionLine.textContent =
        fact.revision === 0
          ? 'As imported from the seed files (revision 0).'
          : `At revision ${fact.revision}.`;
      submit.disabled = false;
    } catch (error) {
      revisionLine.textContent = `Could not read its revision: ${(error as Error).message}`;
    }
  }

  async function save(): Promise<void> {
    reasonError.textContent = '';
    formError.textContent = '';
    if (reason.value.trim() === '') {
      reasonError.textContent = 'Say why it is wrong: the reason is kept with the fact.';
      reason.focus();
      return;
    }
    if (expectedRevision === undefined) return;
    submit.disabled = true;
    try {
      await editRequest<ExplorerRetractMutation, ExplorerRetractMutationVariables>(
        EXPLORER_RETRACT,
        {
          input: {
            id,
            expectedRevision,
            reason: reason.value.trim(),
            comment: comment.value.trim() || null,
          },
        },
      );
      onRetracted(reason.value.trim());
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.code === 'CONFLICT') {
        replaceChildren(
          formError,
          `Someone else changed this ${what} since you opened it (it is now at revision ${String(error.extensions.currentRevision ?? '?')}). Reload it to see the change before you retract it.`,
          ' ',
          h(
            'button',
            {
              type: 'button',
              className: 'secondary reload',
              onclick: () => {
                formError.textContent = '';
                void readRevision();
              },
            },
            'Reload',
          ),
        );
        return;
      }
      showRefusal(error, { 'input.reason': reasonError, 'input.comment': commentError }, formError);
      submit.disabled = false;
    }
  }

  void readRevision();
  return h(
    'form',
    {
      className: 'retract-form',
      novalidate: true,
      'aria-label': `Retract this ${what}`,
      onsubmit: (event: Event) => {
        event.preventDefault();
        void save();
      },
    },
    h('h3', {}, `Retract this ${what}`),
    revisionLine,
    what === 'node'
      ? h('p', { className: 'hint' }, 'Its relationships are retracted with it.')
      : null,
    h('label', { for: 'retract-reason' }, 'Reason (required, kept with the fact)'),
    reason,
    reasonError,
    h('label', { for: 'retract-comment' }, 'Comment (optional)'),
    comment,
    commentError,
    formError,
    h(
      'div',
      { className: 'button-row' },
      submit,
      h('button', { type: 'button', className: 'secondary', onclick: onCancel }, 'Cancel'),
    ),
  );
}
