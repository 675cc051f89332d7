/**
 * A landsdeel's page: its priorities, its parts, and its initiative network (the API's
 * regionNetwork: parts, initiatives, coordinating bodies and their members, topsectors),
 * drawn and explorable like the main view. `#/regions` lists the five landsdelen.
 */
import type {
  ExplorerRegionQuery,
  ExplorerRegionQueryVariables,
} from '../../generated/explorer-operations.ts';
import { inspectedGraph } from './details-panel.ts';
import { evidenceBlock, h, replaceChildren, routeLink } from './dom.ts';
import { downloadButtons } from './downloads.ts';
import { graphqlRequest } from './graphql-client.ts';
import { EXPLORER_REGION } from './operations.ts';
import { indexPage, type View } from './view.ts';

type Region = NonNullable<ExplorerRegionQuery['region']>;

const LEVELS: Readonly<Record<string, string>> = {
  LANDSDEEL: 'landsdeel',
  SUBREGION: 'subregion',
  PROVINCE: 'province',
  CITY: 'city',
  LABOUR_MARKET_REGION: 'labour-market region',
  CLUSTER: 'cluster',
  AREA: 'area',
};

function regionLink(region: { id: string; name: string; level?: string }): HTMLAnchorElement {
  return region.level === 'LANDSDEEL'
    ? routeLink(`/region/${encodeURIComponent(region.id)}`, region.name)
    : routeLink(`/explore/${encodeURIComponent(region.id)}`, region.name);
}

export function regionPage(app: HTMLElement, id: string): View {
  const details = h('aside', { className: 'details', 'aria-label': 'Details' });
  const canvas = h('div', {
    className: 'graph',
    id: 'graph',
    role: 'img',
    'aria-label': 'Region network',
  });
  const summary = h('p', { className: 'summary', role: 'status' });
  const { graph } = inspectedGraph(canvas, details);
  let title = 'Region';
  const info = h('div', { className: 'region-info' }, h('p', { className: 'hint' }, 'Loading…'));

  replaceChildren(
    app,
    h(
      'div',
      { className: 'region-page layout-three' },
      h(
        'aside',
        { className: 'controls', 'aria-label': 'Region' },
        info,
        downloadButtons(graph, () => title),
      ),
      h('section', { className: 'canvas-area', 'aria-label': 'Region network' }, canvas, summary),
      details,
    ),
  );

  function render(region: Region, network: ExplorerRegionQuery['regionNetwork']): void {
    title = `Region ${region.name}`;
    document.title = `${region.name} · Techniekpact explorer`;
    replaceChildren(
      info,
      h('p', { className: 'crumbs' }, routeLink('/regions', 'Regions')),
      h('h1', {}, region.name),
      h(
        'p',
        { className: 'meta' },
        LEVELS[region.level] ?? region.level,
        region.partOf.length > 0 ? ' in ' : null,
        region.partOf.map((p, i) => [i > 0 ? ', ' : null, regionLink(p.region)]).flat(),
      ),
      evidenceBlock(region.evidence),
      region.priorities.length > 0
        ? h(
            'section',
            { 'aria-label': 'Priorities' },
            h('h2', {}, 'Priorities'),
            h(
              'ul',
              { lang: 'nl' },
              region.priorities.map((p) => h('li', {}, p)),
            ),
          )
        : null,
      h(
        'section',
        { className: 'region-parts', 'aria-label': 'Parts' },
        h('h2', {}, `Parts (${region.parts.length})`),
        region.parts.length > 0
          ? h(
              'ul',
              {},
              region.parts.map((part) =>
                h(
                  'li',
                  {},
                  regionLink(part.region),
                  h(
                    'span',
                    { className: 'meta' },
                    ` · ${LEVELS[part.region.level] ?? part.region.level}`,
                  ),
                ),
              ),
            )
          : h('p', { className: 'hint' }, 'The report names no parts.'),
      ),
    );
    if (network) {
      graph.add(network.nodes, network.edges);
      graph.mark(region.id, 'root');
      const { nodes, edges } = graph.counts();
      summary.textContent = `${nodes} nodes, ${edges} edges in the network of ${region.name}.`;
    }
    details.replaceChildren(
      h('p', { className: 'hint' }, 'Click a node or an edge for its evidence.'),
    );
  }

  void graphqlRequest<ExplorerRegionQuery, ExplorerRegionQueryVariables>(EXPLORER_REGION, {
    id,
  }).then(
    (data) => {
      if (data.region) render(data.region, data.regionNetwork);
      else replaceChildren(info, h('p', { className: 'error' }, `No region has the id "${id}".`));
    },
    (error: unknown) =>
      replaceChildren(
        info,
        h('p', { className: 'error' }, `Could not load the region: ${(error as Error).message}`),
      ),
  );
  return { graph, destroy: () => graph.destroy() };
}

export function regionList(app: HTMLElement): View {
  return indexPage(app, 'Regions', 'The five landsdelen', (index) =>
    h(
      'ul',
      { className: 'region-list' },
      index.landsdelen.map((region) =>
        h('li', {}, routeLink(`/region/${encodeURIComponent(region.id)}`, region.name)),
      ),
    ),
  );
}
