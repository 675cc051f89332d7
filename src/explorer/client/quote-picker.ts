/**
 * A source's text with a find box, to pick an edit's quote from: the curator finds a
 * passage (Enter for the next match, Shift+Enter for the previous; the current match is
 * selected), adjusts the selection by mouse or Shift+arrows, and takes it as the quote. The
 * quote is cut from the source text by the selection's offsets, never from what the
 * browser copies, so it is the source's characters exactly, as the API checks them.
 */
import { h, replaceChildren } from './dom.ts';

const MAX_MARKS = 500;

export interface QuotePicker {
  readonly element: HTMLElement;
  /** The selected passage of the source (trimmed), or undefined when nothing is selected. */
  selectedQuote(): string | undefined;
}

/** Characters of `container`'s text before the point (node, offset). */
function offsetOf(container: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

export function quotePicker(text: string, title: string): QuotePicker {
  const body = h('div', {
    className: 'source-text',
    lang: 'nl',
    tabindex: 0,
    'aria-label': `Text of ${title}`,
  });
  const find = h('input', {
    id: 'quote-find',
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'a few words of the passage',
  });
  const status = h('span', { className: 'find-status', role: 'status' });
  let marks: HTMLElement[] = [];
  let current = -1;
  /** The last selection inside the text, kept when focus moves to a button. */
  let selection: { start: number; end: number } | undefined;

  function render(needle: string): void {
    marks = [];
    current = -1;
    if (needle === '') {
      replaceChildren(body, text);
      status.textContent = '';
      return;
    }
    const haystack = text.toLowerCase();
    const wanted = needle.toLowerCase();
    const pieces: (string | HTMLElement)[] = [];
    let from = 0;
    for (let at = haystack.indexOf(wanted); at >= 0 && marks.length < MAX_MARKS;) {
      pieces.push(text.slice(from, at));
      const mark = h('mark', {}, text.slice(at, at + wanted.length));
      marks.push(mark);
      pieces.push(mark);
      from = at + wanted.length;
      at = haystack.indexOf(wanted, from);
    }
    pieces.push(text.slice(from));
    replaceChildren(body, pieces);
    if (marks.length === 0) status.textContent = 'Not found';
    else go(0);
  }

  function go(index: number): void {
    if (marks.length === 0) return;
    marks[current]?.classList.remove('current');
    current = (index + marks.length) % marks.length;
    const mark = marks[current]!;
    mark.classList.add('current');
    mark.scrollIntoView({ block: 'center' });
    status.textContent = `${current + 1} of ${marks.length}${marks.length === MAX_MARKS ? '+' : ''}`;
    // The match becomes the selection, so that "Use the selection" takes it as it is.
    const range = document.createRange();
    range.selectNodeContents(mark);
    const chosen = window.getSelection();
    chosen?.removeAllRanges();
    chosen?.addRange(range);
    remember();
  }

  function remember(): void {
    if (!body.isConnected) return;
    const chosen = window.getSelection();
    if (!chosen || chosen.rangeCount === 0 || chosen.isCollapsed) return;
    const range = chosen.getRangeAt(0);
    if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return;
    selection = {
      start: offsetOf(body, range.startContainer, range.startOffset),
      end: offsetOf(body, range.endContainer, range.endOffset),
    };
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  find.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => render(find.value.trim()), 150);
  });
  find.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    clearTimeout(timer);
    if (marks.length === 0 || current < 0) render(find.value.trim());
    else go(current + (event.shiftKey ? -1 : 1));
  });
  document.addEventListener('selectionchange', remember);
  render('');

  return {
    element: h(
      'div',
      { className: 'quote-picker' },
      h(
        'div',
        { className: 'row find-row' },
        h('label', { for: 'quote-find' }, 'Find in the source'),
        find,
        status,
      ),
      body,
    ),
    selectedQuote() {
      if (!selection) return undefined;
      let { start, end } = selection;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      return start < end ? text.slice(start, end) : undefined;
    },
  };
}
