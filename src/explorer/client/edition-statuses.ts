/**
 * An action's status over the editions of the report series (`Action.statuses`, oldest
 * first): per edition its date, the status, whether the text states it or a rule read it,
 * and the quote, linked to the passage in the source viewer. An edition that states no
 * status for the action says so (every 2014 status is UNKNOWN: the colours were lost).
 */
import type { ExplorerActionQuery } from '../../generated/explorer-operations.ts';
import { h, routeLink } from './dom.ts';
import { showInSourceLink, sourceRoute } from './source-route.ts';

type EditionStatus = NonNullable<ExplorerActionQuery['action']>['statuses'][number];

const STATUS_WORDS: Readonly<Record<EditionStatus['status'], string>> = {
  DONE: 'done',
  ON_SCHEDULE: 'on schedule',
  DELAYED: 'delayed',
  UNKNOWN: 'unknown',
};

const BASIS_WORDS = { STATED: 'stated in the text', INFERRED: 'read from the text by a rule' };

function statusItem(entry: EditionStatus): HTMLElement {
  const { claim, source } = entry;
  return h(
    'li',
    { className: 'edition-status', 'data-source': source.id, 'data-status': entry.status },
    h(
      'p',
      {},
      h('time', { datetime: entry.date }, entry.date),
      ' · ',
      routeLink(
        sourceRoute(source.id),
        source.edition ? `Edition ${source.edition}: ${source.title}` : source.title,
      ),
    ),
    h(
      'p',
      {},
      h(
        'strong',
        { className: `status-value status-${entry.status.toLowerCase()}` },
        STATUS_WORDS[entry.status],
      ),
      claim
        ? h('span', { className: 'status-basis' }, ` (${BASIS_WORDS[claim.basis]})`)
        : h('span', { className: 'status-basis' }, ' (the edition states no status)'),
    ),
    claim
      ? h(
          'figure',
          { className: 'evidence' },
          h('blockquote', { lang: 'nl' }, claim.evidence.quote),
          h('figcaption', {}, showInSourceLink({ ...claim.evidence, source }, claim.id)),
        )
      : null,
  );
}

export function editionStatuses(statuses: readonly EditionStatus[]): HTMLElement | null {
  if (statuses.length === 0) return null;
  return h(
    'section',
    { className: 'edition-statuses', 'aria-label': 'Status per edition' },
    h('h2', {}, 'Status per edition'),
    h('ol', { className: 'status-list' }, statuses.map(statusItem)),
  );
}
