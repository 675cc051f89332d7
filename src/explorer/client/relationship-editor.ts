/**
 * "Add a relationship" from the node in view: the other end found with the search box,
 * the type and direction from those the API accepts between the two (relationship-
 * choices.ts), the quote picked from the source text (quote-picker.ts), an optional role
 * and comment. A modal dialog: the source text needs more room than the side panel has.
 */
import type {
  ExplorerAddRelationshipMutation,
  ExplorerAddRelationshipMutationVariables,
  ExplorerSourcesQuery,
  ExplorerSourcesQueryVariables,
  ExplorerSourceTextQuery,
  ExplorerSourceTextQueryVariables,
  RelationshipType,
} from '../../generated/explorer-operations.ts';
import { editRequest } from './curator-session.ts';
import { h, replaceChildren } from './dom.ts';
import { showRefusal } from './edit-errors.ts';
import type { GraphNode } from './graph-types.ts';
import { graphqlRequest } from './graphql-client.ts';
import { NODE_STYLES, relationshipWords } from './node-styles.ts';
import { EXPLORER_ADD_RELATIONSHIP, EXPLORER_SOURCES, EXPLORER_SOURCE_TEXT } from './operations.ts';
import { quotePicker } from './quote-picker.ts';
import {
  labelOfNodeType,
  relationshipChoices,
  type RelationshipChoice,
} from './relationship-choices.ts';
import { searchBox, type SearchHit } from './search-box.ts';

export interface AddedRelationship {
  readonly type: string;
  readonly from: string;
  readonly to: string;
}

function errorSlot(id: string): HTMLElement {
  return h('p', { id, className: 'field-error error', role: 'alert' });
}

export function openRelationshipEditor(
  node: GraphNode,
  onAdded: (added: AddedRelationship) => void,
): void {
  const here = labelOfNodeType(node.type);
  let other: SearchHit | undefined;
  let choices: RelationshipChoice[] = [];
  let text: string | undefined;
  let picker: ReturnType<typeof quotePicker> | undefined;

  const errors = {
    'input.to': errorSlot('edit-other-error'),
    'input.type': errorSlot('edit-type-error'),
    'input.source': errorSlot('edit-source-error'),
    'input.quote': errorSlot('edit-quote-error'),
    'input.role': errorSlot('edit-role-error'),
    'input.comment': errorSlot('edit-comment-error'),
  };
  const formError = h('p', { className: 'form-error error', role: 'alert' });

  const typeSelect = h('select', {
    id: 'edit-type',
    disabled: true,
    'aria-describedby': 'edit-type-error',
  });
  const sourceSelect = h('select', { id: 'edit-source', 'aria-describedby': 'edit-source-error' });
  const quote = h('textarea', {
    id: 'edit-quote',
    rows: 4,
    lang: 'nl',
    required: true,
    'aria-describedby': 'edit-quote-check edit-quote-error',
  });
  const quoteCheck = h('p', { id: 'edit-quote-check', className: 'hint' });
  const role = h('input', { id: 'edit-role', type: 'text', 'aria-describedby': 'edit-role-error' });
  const comment = h('textarea', {
    id: 'edit-comment',
    rows: 2,
    'aria-describedby': 'edit-comment-error',
  });
  const sourceArea = h(
    'div',
    { className: 'source-area' },
    h('p', { className: 'hint' }, 'Loading the source…'),
  );
  const submit = h('button', { type: 'submit' }, 'Add relationship');

  const search = searchBox({
    label: 'Other end',
    placeholder: 'search a name',
    onChoose: (hit) => {
      other = hit;
      renderChoices();
    },
  });
  search.input.setAttribute('aria-describedby', 'edit-other-error');

  function renderChoices(): void {
    errors['input.to'].textContent = '';
    const there = other && labelOfNodeType(other.type);
    choices =
      here && other && there
        ? relationshipChoices({ id: node.id, label: here }, { id: other.node.id, label: there })
        : [];
    const otherName = other?.node.name ?? '…';
    replaceChildren(
      typeSelect,
      choices.map((choice, index) =>
        h(
          'option',
          { value: String(index) },
          choice.outgoing
            ? `${node.name} ${relationshipWords(choice.type)} ${otherName}`
            : `${otherName} ${relationshipWords(choice.type)} ${node.name}`,
          ` (${choice.type})`,
        ),
      ),
    );
    typeSelect.disabled = choices.length === 0;
    if (other && choices.length === 0) {
      errors['input.to'].textContent =
        other.node.id === node.id
          ? 'A relationship joins two different nodes.'
          : `The graph contract allows no relationship between ${NODE_STYLES[node.type].label.toLowerCase()} and ${NODE_STYLES[other.type].label.toLowerCase()}.`;
    }
  }

  function checkQuote(): void {
    const value = quote.value;
    if (value === '' || text === undefined) quoteCheck.textContent = '';
    else if (text.includes(value)) quoteCheck.textContent = '✓ Occurs verbatim in the source.';
    else quoteCheck.textContent = 'Not in the source verbatim: the API will refuse it.';
  }
  quote.addEventListener('input', checkQuote);

  async function loadSource(id: string): Promise<void> {
    text = undefined;
    replaceChildren(sourceArea, h('p', { className: 'hint' }, 'Loading the source…'));
    try {
      const data = await graphqlRequest<ExplorerSourceTextQuery, ExplorerSourceTextQueryVariables>(
        EXPLORER_SOURCE_TEXT,
        { id },
      );
      const source = data.node && 'text' in data.node ? data.node : undefined;
      if (!source) throw new Error(`no source has the id ${id}`);
      text = source.text;
      picker = quotePicker(source.text, source.title);
      replaceChildren(
        sourceArea,
        picker.element,
        h(
          'button',
          {
            type: 'button',
            className: 'secondary use-selection',
            // Keep the text's selection: a click on a button must not clear it first.
            onmousedown: (event: Event) => event.preventDefault(),
            onclick: () => {
              const picked = picker?.selectedQuote();
              errors['input.quote'].textContent = picked
                ? ''
                : 'Select a passage of the source first.';
              if (picked) {
                quote.value = picked;
                checkQuote();
              }
            },
          },
          'Use the selection as quote',
        ),
      );
      checkQuote();
    } catch (error) {
      replaceChildren(
        sourceArea,
        h('p', { className: 'error' }, `Could not load the source: ${(error as Error).message}`),
      );
    }
  }

  async function loadSources(): Promise<void> {
    let sources: ExplorerSourcesQuery['sources'] = [];
    try {
      sources = (
        await graphqlRequest<ExplorerSourcesQuery, ExplorerSourcesQueryVariables>(
          EXPLORER_SOURCES,
          {},
        )
      ).sources;
    } catch (error) {
      errors['input.source'].textContent =
        `Could not load the sources: ${(error as Error).message}`;
    }
    const preferred = node.evidence.source?.id;
    replaceChildren(
      sourceSelect,
      sources.map((source) =>
        h('option', { value: source.id, selected: source.id === preferred }, source.title),
      ),
    );
    if (sourceSelect.value) await loadSource(sourceSelect.value);
  }
  sourceSelect.addEventListener('change', () => void loadSource(sourceSelect.value));

  async function save(): Promise<void> {
    formError.textContent = '';
    for (const slot of Object.values(errors)) slot.textContent = '';
    const choice = choices[Number(typeSelect.value)];
    if (!other) errors['input.to'].textContent = 'Choose the other end.';
    else if (!choice) errors['input.type'].textContent = 'Choose a relationship.';
    if (quote.value.trim() === '')
      errors['input.quote'].textContent = 'A quote from the source is required.';
    if (!other || !choice || quote.value.trim() === '') return;
    const [from, to] = choice.outgoing ? [node.id, other.node.id] : [other.node.id, node.id];
    submit.disabled = true;
    try {
      await editRequest<ExplorerAddRelationshipMutation, ExplorerAddRelationshipMutationVariables>(
        EXPLORER_ADD_RELATIONSHIP,
        {
          input: {
            type: choice.type as RelationshipType,
            from,
            to,
            source: sourceSelect.value,
            quote: quote.value,
            role: role.value.trim() || null,
            comment: comment.value.trim() || null,
          },
        },
      );
      dialog.close();
      onAdded({ type: choice.type, from, to });
    } catch (error) {
      // The API names the ends `from` and `to`: either is about the end chosen here (the
      // node in view was live when the panel showed it).
      showRefusal(error, { ...errors, 'input.from': errors['input.to'] }, formError);
    } finally {
      submit.disabled = false;
    }
  }

  const field = (id: string, label: string, control: HTMLElement, ...after: HTMLElement[]) =>
    h('div', { className: 'field' }, h('label', { for: id }, label), control, ...after);

  const dialog: HTMLDialogElement = h(
    'dialog',
    { className: 'editor-dialog', 'aria-labelledby': 'editor-title' },
    h(
      'form',
      {
        className: 'editor',
        novalidate: true,
        onsubmit: (event: Event) => {
          event.preventDefault();
          void save();
        },
      },
      h('h2', { id: 'editor-title' }, `Add a relationship of ${node.name}`),
      h(
        'div',
        { className: 'editor-columns' },
        h(
          'div',
          { className: 'editor-fields' },
          h('div', { className: 'field' }, search.element, errors['input.to']),
          field('edit-type', 'Relationship', typeSelect, errors['input.type']),
          field('edit-source', 'Source', sourceSelect, errors['input.source']),
          field(
            'edit-quote',
            'Quote (verbatim from the source)',
            quote,
            quoteCheck,
            errors['input.quote'],
          ),
          field('edit-role', 'Role (optional)', role, errors['input.role']),
          field(
            'edit-comment',
            'Comment (optional, kept in the history)',
            comment,
            errors['input.comment'],
          ),
          formError,
          h(
            'div',
            { className: 'button-row' },
            submit,
            h(
              'button',
              { type: 'button', className: 'secondary', onclick: () => dialog.close() },
              'Cancel',
            ),
          ),
        ),
        sourceArea,
      ),
    ),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  search.input.focus();
  void loadSources();
}
