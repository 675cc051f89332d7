/**
 * An action's page: who drives it (`drivers`, strongest first, or why the report names
 * nobody), who leads, commissions, contributes, implements and funds it (each with its
 * quote; sectors badged as such), its targets drawn as baseline → current → target, its milestones on a
 * timeline, its status in each edition of the report (edition-statuses.ts), and the
 * report's URLs. `#/actions` lists all 22 by pillar.
 */
import type {
  ExplorerActionQuery,
  ExplorerActionQueryVariables,
  ExplorerInvolvementFragment,
} from '../../generated/explorer-operations.ts';
import { sectorBadge } from './details-panel.ts';
import { evidenceBlock, h, replaceChildren, routeLink, svg } from './dom.ts';
import { editionStatuses } from './edition-statuses.ts';
import { graphqlRequest } from './graphql-client.ts';
import { EXPLORER_ACTION } from './operations.ts';
import { relationshipWords } from './node-styles.ts';
import { labelRows, timelinePlacement, targetScale } from './page-geometry.ts';
import { indexPage, type View } from './view.ts';

type Action = NonNullable<ExplorerActionQuery['action']>;
type Target = Action['targets'][number];
type Milestone = Action['milestones'][number];

const NUMBER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
/** Room for a label such as "baseline 45" at 11 px. */
const LABEL_GAP = 80;

/** One involvement: the actor (a sector badged), the part, the role, and its quote on opening. */
function involvementItem(involvement: ExplorerInvolvementFragment, withKind = false): HTMLElement {
  const actor = involvement.actor;
  return h(
    'li',
    { 'data-kind': involvement.kind, 'data-actor': actor.id },
    h(
      'details',
      {},
      h(
        'summary',
        {},
        withKind
          ? h('span', { className: 'driver-kind' }, `${relationshipWords(involvement.kind)} `)
          : null,
        routeLink(`/explore/${encodeURIComponent(actor.id)}`, actor.name),
        involvement.part
          ? h('span', { className: 'part-code' }, ` (${involvement.part.code})`)
          : null,
        ' ',
        sectorBadge(actor.type, 'kind' in actor ? actor.kind : null),
        involvement.relation.role
          ? h('span', { className: 'role' }, ` — ${involvement.relation.role}`)
          : null,
      ),
      evidenceBlock(involvement.relation.evidence),
    ),
  );
}

/**
 * Who carries the action, strongest first as the API orders them (leads, then who
 * implements, then who commissions); where nobody is named, the reason the graph records,
 * and the same for each part the report names nobody for.
 */
function driversSection(action: Action): HTMLElement {
  const partsWithout = action.parts.filter((part) => part.drivers.length === 0);
  return h(
    'section',
    { className: 'drivers', 'aria-label': 'Driven by' },
    h('h2', {}, 'Driven by'),
    action.drivers.length > 0
      ? h(
          'ol',
          {},
          action.drivers.map((driver) => involvementItem(driver, true)),
        )
      : h(
          'p',
          { className: 'no-driver' },
          action.noDriverReason ?? 'The report names nobody who carries this action.',
        ),
    partsWithout.length > 0
      ? h(
          'ul',
          { className: 'no-driver-parts' },
          partsWithout.map((part) =>
            h(
              'li',
              { 'data-part': part.code },
              h('strong', {}, part.code),
              `: ${part.noDriverReason ?? 'the report names nobody who carries this part.'}`,
            ),
          ),
        )
      : null,
  );
}

function involvementList(
  title: string,
  involvements: readonly ExplorerInvolvementFragment[],
): HTMLElement | null {
  if (involvements.length === 0) return null;
  return h(
    'section',
    { className: 'involvements', 'aria-label': title },
    h('h3', {}, title),
    h(
      'ul',
      {},
      involvements.map((involvement) => involvementItem(involvement)),
    ),
  );
}

/** One target: a scale with the baseline, each current value and the target marked. */
function targetFigure(target: Target): HTMLElement {
  const currents =
    target.measurements.length > 0
      ? target.measurements.map((m) => ({
          label: m.segment ?? 'current',
          value: m.value,
          reaches: m.reachesTarget,
        }))
      : target.current !== null && target.current !== undefined
        ? [{ label: 'current', value: target.current, reaches: null }]
        : [];
  const scale = targetScale([target.baseline, target.target, ...currents.map((c) => c.value)]);
  const width = 520;
  const x = (value: number) => 20 + scale(value) * (width - 40);
  const marks: { value: number; label: string; className: string }[] = [];
  if (target.baseline !== null && target.baseline !== undefined)
    marks.push({ value: target.baseline, label: 'baseline', className: 'baseline' });
  for (const current of currents)
    marks.push({
      value: current.value,
      label: current.label,
      className: current.reaches ? 'current reached' : 'current',
    });
  marks.push({ value: target.target, label: 'target', className: 'target' });
  // Rows above and below the axis, so that close values keep readable labels.
  const LABEL_Y = [24, 68, 10, 82];
  const rows = labelRows(
    marks.map((mark) => x(mark.value)),
    LABEL_GAP,
    LABEL_Y.length,
  );
  const drawn: SVGElement[] = [
    svg('line', { x1: 20, x2: width - 20, y1: 46, y2: 46, class: 'axis' }),
  ];
  marks.forEach((mark, i) => {
    drawn.push(
      svg('line', { x1: x(mark.value), x2: x(mark.value), y1: 36, y2: 56, class: mark.className }),
      svg(
        'text',
        { x: x(mark.value), y: LABEL_Y[rows[i]!]!, 'text-anchor': 'middle', class: mark.className },
        `${mark.label} ${NUMBER.format(mark.value)}`,
      ),
    );
  });
  const words = [
    target.baseline !== null && target.baseline !== undefined
      ? `baseline ${NUMBER.format(target.baseline)}`
      : null,
    ...currents.map(
      (c) => `${c.label} ${NUMBER.format(c.value)}${c.reaches ? ' (reaches the target)' : ''}`,
    ),
    `target ${NUMBER.format(target.target)}${target.targetYear ? ` in ${target.targetYear}` : ''}`,
  ]
    .filter(Boolean)
    .join(' → ');
  return h(
    'figure',
    { className: 'target', 'data-target': target.id },
    h(
      'figcaption',
      {},
      h('strong', {}, target.indicator),
      target.part ? ` (${target.part.code})` : null,
      ` — ${target.unit}`,
    ),
    svg(
      'svg',
      { viewBox: `0 0 ${width} 90`, role: 'img', 'aria-label': words, class: 'target-scale' },
      ...drawn,
    ),
    h('p', { className: 'target-words' }, words),
    evidenceBlock(target.evidence),
  );
}

function timeline(milestones: readonly Milestone[]): HTMLElement | null {
  if (milestones.length === 0) return null;
  const width = 640;
  const placed = timelinePlacement(
    milestones.map((m) => ({ date: m.date, endDate: m.endDate ?? null })),
  );
  const x = (fraction: number) => 20 + fraction * (width - 40);
  const items: SVGElement[] = [
    svg('line', { x1: 20, x2: width - 20, y1: 30, y2: 30, class: 'axis' }),
  ];
  for (const year of placed.years) {
    items.push(
      svg('line', { x1: x(year.at), x2: x(year.at), y1: 24, y2: 36, class: 'tick' }),
      svg(
        'text',
        { x: x(year.at), y: 54, 'text-anchor': 'middle', class: 'year' },
        String(year.year),
      ),
    );
  }
  placed.items.forEach((item, i) => {
    const milestone = milestones[i]!;
    const shape =
      item.end !== null
        ? svg('rect', {
            x: x(item.start),
            y: 26,
            width: Math.max(4, x(item.end) - x(item.start)),
            height: 8,
            rx: 3,
            class: 'period',
          })
        : svg('circle', { cx: x(item.start), cy: 30, r: 5, class: 'event' });
    shape.appendChild(svg('title', {}, `${milestone.dateText}: ${milestone.name}`));
    items.push(shape);
  });
  return h(
    'section',
    { className: 'timeline', 'aria-label': 'Milestones' },
    h('h3', {}, `Milestones (${milestones.length})`),
    svg(
      'svg',
      {
        viewBox: `0 0 ${width} 64`,
        role: 'img',
        'aria-label': `Timeline of ${milestones.length} milestones`,
        class: 'timeline-axis',
      },
      ...items,
    ),
    h(
      'ol',
      { className: 'milestones' },
      milestones.map((m) =>
        h(
          'li',
          { 'data-date': m.date },
          h(
            'details',
            {},
            h('summary', {}, h('time', { datetime: m.date }, m.dateText), ` ${m.name}`),
            evidenceBlock(m.evidence),
          ),
        ),
      ),
    ),
  );
}

function renderAction(app: HTMLElement, action: Action): void {
  document.title = `Action ${action.number} · Techniekpact explorer`;
  replaceChildren(
    app,
    h(
      'article',
      { className: 'page action-page', 'data-action': action.number },
      h(
        'p',
        { className: 'crumbs' },
        routeLink('/actions', 'Actions'),
        ` › Pillar ${action.pillar.number}: ${action.pillar.name}`,
      ),
      h('h1', {}, `Action ${action.number}: ${action.title}`),
      h(
        'div',
        { className: 'button-row' },
        routeLink(`/explore/${action.id}?depth=2`, 'Explore its network', { className: 'button' }),
      ),
      h(
        'section',
        { 'aria-label': 'Commitment' },
        h('h2', {}, 'Commitment'),
        h('p', { lang: 'nl', className: 'commitment' }, action.commitment),
        evidenceBlock(action.evidence),
      ),
      editionStatuses(action.statuses),
      action.parts.length > 0
        ? h(
            'section',
            {},
            h('h2', {}, 'Parts'),
            h(
              'ul',
              {},
              action.parts.map((part) =>
                h('li', {}, h('strong', {}, part.code), ' ', h('span', { lang: 'nl' }, part.text)),
              ),
            ),
          )
        : null,
      driversSection(action),
      h(
        'section',
        { className: 'who' },
        h('h2', {}, 'Who'),
        involvementList('Leads', action.leads),
        involvementList('Commissioned by', action.commissioners),
        involvementList('Contributors', action.contributors),
        involvementList('Programmes', action.programmes),
        involvementList('Funders', action.funders),
      ),
      action.targets.length > 0
        ? h(
            'section',
            { className: 'targets' },
            h('h2', {}, 'Targets'),
            action.targets.map(targetFigure),
          )
        : null,
      timeline(action.milestones),
      action.urls.length > 0
        ? h(
            'section',
            { className: 'urls' },
            h('h2', {}, 'Read more'),
            h(
              'ul',
              {},
              action.urls.map((url) =>
                h(
                  'li',
                  {},
                  h(
                    'a',
                    {
                      href: /^https?:\/\//.test(url) ? url : `https://${url}`,
                      rel: 'noopener noreferrer',
                      target: '_blank',
                    },
                    url,
                  ),
                ),
              ),
            ),
          )
        : null,
    ),
  );
}

export function actionPage(app: HTMLElement, number: number): View {
  replaceChildren(app, h('p', { className: 'hint page' }, 'Loading…'));
  void graphqlRequest<ExplorerActionQuery, ExplorerActionQueryVariables>(EXPLORER_ACTION, {
    number,
  }).then(
    (data) => {
      if (data.action) renderAction(app, data.action);
      else
        replaceChildren(
          app,
          h(
            'p',
            { className: 'error page' },
            `There is no action ${number}; the Techniekpact has actions 1 to 22.`,
          ),
        );
    },
    (error: unknown) =>
      replaceChildren(
        app,
        h(
          'p',
          { className: 'error page' },
          `Could not load action ${number}: ${(error as Error).message}`,
        ),
      ),
  );
  return { destroy: () => undefined };
}

export function actionList(app: HTMLElement): View {
  return indexPage(app, 'Actions', 'The 22 national actions', (index) =>
    index.pillars.map((pillar) =>
      h(
        'section',
        {},
        h('h2', {}, `Pillar ${pillar.number}: ${pillar.name}`),
        h(
          'ol',
          { className: 'action-list' },
          pillar.actions.map((action) =>
            h(
              'li',
              { value: action.number },
              routeLink(`/action/${action.number}`, `Action ${action.number}: ${action.title}`),
            ),
          ),
        ),
      ),
    ),
  );
}
