/**
 * A search box over names and aliases, as an ARIA combobox: type, move with ↑/↓, choose
 * with Enter (or a click), close with Escape. Hits come from the API's `search` field, so
 * "PBT" and "beta techniek" both find Platform Bèta Techniek.
 */
import type {
  ExplorerSearchQuery,
  ExplorerSearchQueryVariables,
} from '../../generated/explorer-operations.ts';
import { h, replaceChildren } from './dom.ts';
import { graphqlRequest } from './graphql-client.ts';
import { NODE_STYLES } from './node-styles.ts';
import { EXPLORER_SEARCH } from './operations.ts';

export type SearchHit = ExplorerSearchQuery['search'][number];

export interface SearchBoxOptions {
  /** The visible label, e.g. "Search" or "From". */
  readonly label: string;
  readonly placeholder?: string;
  readonly onChoose: (hit: SearchHit) => void;
}

const DEBOUNCE_MS = 150;
let instances = 0;

export function searchBox(options: SearchBoxOptions): {
  element: HTMLElement;
  input: HTMLInputElement;
  setValue(text: string): void;
} {
  const id = `search-${++instances}`;
  const listId = `${id}-list`;
  const input = h('input', {
    id,
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    placeholder: options.placeholder ?? 'e.g. PBT, Jet-Net, SLO',
  });
  const list = h('ul', { id: listId, role: 'listbox', className: 'search-hits', hidden: true });
  const status = h('div', { className: 'search-status', role: 'status', 'aria-live': 'polite' });
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function choose(hit: SearchHit): void {
    input.value = hit.node.name;
    close();
    options.onChoose(hit);
  }

  function setActive(index: number): void {
    active = index;
    list.querySelectorAll('[role="option"]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index));
      if (i === index) {
        input.setAttribute('aria-activedescendant', option.id);
        option.scrollIntoView({ block: 'nearest' });
      }
    });
  }

  function render(): void {
    replaceChildren(
      list,
      hits.map((hit, index) => {
        const style = NODE_STYLES[hit.type];
        const alias = hit.node.aliases.find((a) =>
          a.toLowerCase().includes(input.value.trim().toLowerCase()),
        );
        return h(
          'li',
          {
            id: `${listId}-${index}`,
            role: 'option',
            'aria-selected': 'false',
            'data-id': hit.node.id,
            onmousedown: (event: Event) => event.preventDefault(),
            onclick: () => choose(hit),
          },
          h('span', { className: 'swatch', style: `background:${style.colour}` }),
          h('span', { className: 'hit-name' }, hit.node.name),
          alias && alias !== hit.node.name ? h('span', { className: 'hit-alias' }, alias) : null,
          h('span', { className: 'hit-type' }, style.label),
        );
      }),
    );
    const open = hits.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    status.textContent =
      input.value.trim() === '' ? '' : open ? `${hits.length} results` : 'No results';
    active = -1;
  }

  async function ask(text: string): Promise<void> {
    const ticket = ++asked;
    try {
      const data = await graphqlRequest<ExplorerSearchQuery, ExplorerSearchQueryVariables>(
        EXPLORER_SEARCH,
        { text, first: 12 },
      );
      if (ticket !== asked) return; // a newer keystroke won
      hits = data.search;
    } catch (error) {
      if (ticket !== asked) return;
      hits = [];
      status.textContent = `Search failed: ${(error as Error).message}`;
      close();
      return;
    }
    render();
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text === '') {
      asked++;
      hits = [];
      render();
      return;
    }
    timer = setTimeout(() => void ask(text), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length > 0) {
      event.preventDefault();
      if (list.hidden) render();
      setActive((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length > 0) {
      event.preventDefault();
      setActive(active <= 0 ? hits.length - 1 : active - 1);
    } else if (event.key === 'Enter') {
      const hit = hits[active >= 0 ? active : 0];
      if (hit && !list.hidden) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));

  const element = h(
    'div',
    { className: 'search-box' },
    h('label', { for: id }, options.label),
    input,
    list,
    status,
  );
  return {
    element,
    input,
    setValue(text: string) {
      input.value = text;
    },
  };
}
