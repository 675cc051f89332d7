/**
 * A fact's history: every revision that changed it, oldest first, with who, when, the
 * comment, and what changed in a line (before → after). Loaded when opened: most panels
 * are read without it.
 */
import type {
  ExplorerFactSnapshotFragment,
  ExplorerHistoryQuery,
  ExplorerHistoryQueryVariables,
} from '../../generated/explorer-operations.ts';
import { h, replaceChildren } from './dom.ts';
import { graphqlRequest } from './graphql-client.ts';
import { EXPLORER_HISTORY } from './operations.ts';

type Revision = ExplorerHistoryQuery['history'][number];

const OPERATION_WORDS: Readonly<Record<string, string>> = {
  ADD_NODE: 'added the node',
  UPDATE_NODE: 'updated the node',
  ADD_RELATIONSHIP: 'added the relationship',
  UPDATE_RELATIONSHIP: 'updated the relationship',
  RETRACT: 'retracted',
  REVERT: 'reverted',
};

const MAX_VALUE = 80;

function shown(value: unknown): string {
  const text =
    value === undefined ? '—' : typeof value === 'string' ? `“${value}”` : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…”` : text;
}

function propertiesOf(snapshot: ExplorerFactSnapshotFragment | null): Record<string, unknown> {
  const properties = snapshot?.properties;
  return properties && typeof properties === 'object'
    ? (properties as Record<string, unknown>)
    : {};
}

/** What one change did to the fact, in short lines. */
export function changeLines(
  before: ExplorerFactSnapshotFragment | null,
  after: ExplorerFactSnapshotFragment,
): string[] {
  if (!before)
    return [
      'created',
      ...(propertiesOf(after).quote ? [`quote: ${shown(propertiesOf(after).quote)}`] : []),
    ];
  const lines: string[] = [];
  if (before.state !== after.state) {
    lines.push(
      after.state === 'RETRACTED'
        ? `live → retracted${after.reason ? `: ${shown(after.reason)}` : ''}`
        : 'retracted → live',
    );
  }
  const old = propertiesOf(before);
  const now = propertiesOf(after);
  for (const key of [...new Set([...Object.keys(old), ...Object.keys(now)])].sort()) {
    if (JSON.stringify(old[key]) !== JSON.stringify(now[key])) {
      lines.push(`${key}: ${shown(old[key])} → ${shown(now[key])}`);
    }
  }
  return lines.length > 0 ? lines : ['no change to its values'];
}

function revisionItem(revision: Revision, id: string): HTMLElement {
  const own = revision.changes.find((change) => change.id === id);
  const others = revision.changes.length - (own ? 1 : 0);
  return h(
    'li',
    { 'data-revision': String(revision.number) },
    h(
      'p',
      { className: 'revision-head' },
      h('strong', {}, `#${revision.number}`),
      ' ',
      h('span', { className: 'revision-author' }, revision.author),
      ` (${revision.role}) `,
      h(
        'span',
        { className: 'revision-operation' },
        OPERATION_WORDS[revision.operation] ?? revision.operation,
      ),
      revision.reverts !== null ? ` revision #${revision.reverts}` : null,
      ' · ',
      h('time', { dateTime: revision.time }, revision.time.replace('T', ' ').slice(0, 16) + ' UTC'),
    ),
    revision.comment ? h('p', { className: 'revision-comment' }, revision.comment) : null,
    own
      ? h(
          'ul',
          { className: 'revision-changes' },
          changeLines(own.before, own.after).map((line) => h('li', {}, line)),
        )
      : null,
    others > 0
      ? h('p', { className: 'meta' }, `and ${others} other fact${others === 1 ? '' : 's'}`)
      : null,
  );
}

/** A "History" section for a node or relationship id; `open` loads it at once. */
export function historySection(id: string, open = false): HTMLDetailsElement {
  const body = h('div', { className: 'history-body' });
  const section = h(
    'details',
    { className: 'history', 'data-fact': id, open },
    h('summary', {}, 'History'),
    body,
  );
  let loaded = false;
  async function load(): Promise<void> {
    loaded = true;
    replaceChildren(body, h('p', { className: 'hint' }, 'Loading…'));
    try {
      const { history } = await graphqlRequest<ExplorerHistoryQuery, ExplorerHistoryQueryVariables>(
        EXPLORER_HISTORY,
        { id },
      );
      replaceChildren(
        body,
        history.length === 0
          ? h('p', { className: 'hint' }, 'No edits: as imported from the seed files.')
          : h(
              'ol',
              { className: 'revisions' },
              history.map((revision) => revisionItem(revision, id)),
            ),
      );
    } catch (error) {
      loaded = false;
      replaceChildren(
        body,
        h('p', { className: 'error' }, `Could not load the history: ${(error as Error).message}`),
      );
    }
  }
  section.addEventListener('toggle', () => {
    if (section.open && !loaded) void load();
  });
  if (open) void load();
  return section;
}
