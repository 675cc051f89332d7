/**
 * The source viewer: a report's text with every passage a live fact quotes highlighted
 * (`Source.quotations`), each highlight a link to its fact in the explore view. A link from
 * a details panel or an action page ("Show in source") names a passage; the viewer marks it
 * as current, scrolls to it and lists the facts that quote it. Its "Review" tab is the
 * source's review queue (review-queue.ts). `#/sources` lists the sources.
 *
 *   #/source/<id>?at=<start>&end=<end>&fact=<id>   the text, scrolled to a passage
 *   #/source/<id>/review?status=pending            the review queue
 */
import type {
  ExplorerEditionsQuery,
  ExplorerEditionsQueryVariables,
  ExplorerSourceViewQuery,
  ExplorerSourceViewQueryVariables,
} from '../../generated/explorer-operations.ts';
import { h, replaceChildren, routeLink } from './dom.ts';
import { graphqlRequest } from './graphql-client.ts';
import { relationshipWords } from './node-styles.ts';
import { EXPLORER_EDITIONS, EXPLORER_SOURCE_VIEW } from './operations.ts';
import { reviewQueue } from './review-queue.ts';
import { factRoute, focusOf, sourceRoute, type PassageFocus } from './source-route.ts';
import { textRuns, type TextRange } from './text-positions.ts';
import type { View } from './view.ts';
import { utf16OffsetsOf } from '../../graph/text-anchors.ts';

type Source = Extract<NonNullable<ExplorerSourceViewQuery['node']>, { text: string }>;
type Quotation = Source['quotations'][number];

/** A highlighted passage: a fact's quotation, or the linked passage no live fact quotes. */
interface Passage {
  readonly quotation?: Quotation;
  readonly focused: boolean;
}

function isSource(node: ExplorerSourceViewQuery['node']): node is Source {
  return node !== null && 'text' in node;
}

/** A quotation in words: the node, or the relationship between its ends. */
export function quotationWords(quotation: Quotation): string {
  if (!quotation.relation) return quotation.node.name;
  return `${quotation.node.name} ${relationshipWords(quotation.relation.type)} ${quotation.target?.name ?? '?'}`;
}

/** Whether a quotation is the passage the link names. */
function isFocused(quotation: Quotation, focus: PassageFocus): boolean {
  if (focus.start === undefined) return focus.fact !== undefined && quotation.factId === focus.fact;
  return (
    quotation.selector.start === focus.start &&
    (focus.end === undefined || quotation.selector.end === focus.end) &&
    (focus.fact === undefined || quotation.factId === focus.fact)
  );
}

function sourceMeta(source: {
  date: string;
  edition?: number | null;
  series?: string | null;
}): string {
  return [
    source.date,
    source.edition ? `edition ${source.edition}` : null,
    source.series ? `of ${source.series}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The text with its highlights, the focused passage marked `current`. */
function highlightedText(source: Source, focus: PassageFocus): HTMLElement {
  const toIndex = utf16OffsetsOf(source.text);
  const ranges: TextRange<Passage>[] = source.quotations.map((quotation) => ({
    start: toIndex(quotation.selector.start),
    end: toIndex(quotation.selector.end),
    value: { quotation, focused: isFocused(quotation, focus) },
  }));
  // A passage no live fact quotes (a proposal's, a retracted fact's) is still marked.
  if (
    focus.start !== undefined &&
    focus.end !== undefined &&
    !ranges.some((range) => range.value.focused)
  ) {
    ranges.push({ start: toIndex(focus.start), end: toIndex(focus.end), value: { focused: true } });
  }
  const body = h('div', {
    className: 'source-reading',
    lang: source.language,
    'aria-label': `Text of ${source.title}`,
  });
  for (const run of textRuns(source.text.length, ranges)) {
    const text = source.text.slice(run.start, run.end);
    if (run.covering.length === 0) {
      body.append(text);
      continue;
    }
    const focused = run.covering.some((passage) => passage.focused);
    const quotations = run.covering.flatMap((passage) =>
      passage.quotation ? [passage.quotation] : [],
    );
    const primary =
      run.covering.find((passage) => passage.focused && passage.quotation)?.quotation ??
      quotations[0];
    if (!primary) {
      body.append(h('mark', { className: 'quote-mark current' }, text));
      continue;
    }
    body.append(
      h(
        'a',
        {
          href: `#${factRoute(primary.factId)}`,
          className: focused ? 'quote-mark current' : 'quote-mark',
          'data-fact': primary.factId,
          'data-start': primary.selector.start,
          'data-end': primary.selector.end,
          title: quotations.map(quotationWords).join('\n'),
        },
        text,
      ),
    );
  }
  return body;
}

/** The facts that quote the passage in focus, each a link to the graph. */
function quotedHere(source: Source, focus: PassageFocus): HTMLElement {
  const focused = source.quotations.filter((quotation) => isFocused(quotation, focus));
  const sameSpan = focused[0]
    ? source.quotations.filter(
        (q) =>
          q.selector.start === focused[0]!.selector.start &&
          q.selector.end === focused[0]!.selector.end,
      )
    : [];
  const facts = new Set(source.quotations.map((q) => q.factId)).size;
  return h(
    'aside',
    { className: 'details quoted-here', 'aria-label': 'Quoted here' },
    h('h2', {}, 'Quoted here'),
    sameSpan.length > 0
      ? h(
          'ul',
          { className: 'quoting-facts' },
          sameSpan.map((q) =>
            h(
              'li',
              {},
              routeLink(factRoute(q.factId), quotationWords(q), { 'data-fact': q.factId }),
            ),
          ),
        )
      : focus.start !== undefined
        ? h('p', { className: 'hint' }, 'No live fact quotes the marked passage.')
        : null,
    h(
      'p',
      { className: 'hint' },
      `${source.quotations.length} highlighted passages, quoted by ${facts} facts. Click a highlight to see its fact in the graph.`,
    ),
  );
}

export function sourceView(
  app: HTMLElement,
  id: string,
  tab: string | undefined,
  params: URLSearchParams,
): View {
  const focus = focusOf(params);
  replaceChildren(app, h('p', { className: 'hint page' }, 'Loading…'));
  void graphqlRequest<ExplorerSourceViewQuery, ExplorerSourceViewQueryVariables>(
    EXPLORER_SOURCE_VIEW,
    { id },
  ).then(
    (data) => {
      const source = isSource(data.node) ? data.node : undefined;
      if (!source) {
        replaceChildren(app, h('p', { className: 'error page' }, `No source has the id "${id}".`));
        return;
      }
      document.title = `${source.title} · Techniekpact explorer`;
      const reviewing = tab === 'review';
      const tabLink = (label: string, route: string, current: boolean) =>
        routeLink(route, label, {
          className: 'tab',
          'aria-current': current ? 'page' : undefined,
        });
      const body = reviewing
        ? reviewQueue(source.id, params)
        : h(
            'div',
            { className: 'source-layout' },
            highlightedText(source, focus),
            quotedHere(source, focus),
          );
      replaceChildren(
        app,
        h(
          'article',
          { className: 'page source-view', 'data-source': source.id },
          h('p', { className: 'crumbs' }, routeLink('/sources', 'Sources')),
          h('h1', {}, source.title),
          h('p', { className: 'meta' }, sourceMeta(source)),
          h(
            'nav',
            { className: 'tabs', 'aria-label': 'Source' },
            tabLink('Text', sourceRoute(source.id), !reviewing),
            tabLink('Review', sourceRoute(source.id, {}, 'review'), reviewing),
          ),
          body,
        ),
      );
      app.querySelector('.quote-mark.current')?.scrollIntoView({ block: 'center' });
    },
    (error: unknown) =>
      replaceChildren(
        app,
        h(
          'p',
          { className: 'error page' },
          `Could not load the source: ${(error as Error).message}`,
        ),
      ),
  );
  return { destroy: () => undefined };
}

/** `#/sources`: every registered source, editions of a series by date. */
export function sourceList(app: HTMLElement): View {
  replaceChildren(app, h('p', { className: 'hint page' }, 'Loading…'));
  void graphqlRequest<ExplorerEditionsQuery, ExplorerEditionsQueryVariables>(
    EXPLORER_EDITIONS,
    {},
  ).then(
    ({ sources }) => {
      document.title = 'Sources · Techniekpact explorer';
      const sorted = [...sources].sort((a, b) => a.date.localeCompare(b.date));
      replaceChildren(
        app,
        h(
          'article',
          { className: 'page' },
          h('h1', {}, 'Sources'),
          h(
            'ul',
            { className: 'source-list' },
            sorted.map((source) =>
              h(
                'li',
                { 'data-source': source.id },
                routeLink(sourceRoute(source.id), source.title),
                h('span', { className: 'meta' }, ` · ${sourceMeta(source)} · `),
                routeLink(sourceRoute(source.id, {}, 'review'), 'Review'),
              ),
            ),
          ),
        ),
      );
    },
    (error: unknown) =>
      replaceChildren(
        app,
        h(
          'p',
          { className: 'error page' },
          `Could not load the sources: ${(error as Error).message}`,
        ),
      ),
  );
  return { destroy: () => undefined };
}
