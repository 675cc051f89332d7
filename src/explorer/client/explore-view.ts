/**
 * Explore: search a node, see its neighbourhood (depth 1–3), click a node to expand it,
 * click an edge (or a connection in the side panel) to read its evidence; filter by node
 * type and pillar; pick an edition to see the graph as the reports up to it state it
 * (`?asOf=`); download what is visible. `?edge=<id>` opens that edge once drawn (a source
 * viewer's highlight links here).
 */
import type {
  ExplorerNeighbourhoodQuery,
  ExplorerNeighbourhoodQueryVariables,
  ExplorerStartingPointsQuery,
  ExplorerStartingPointsQueryVariables,
  NodeType,
} from '../../generated/explorer-operations.ts';
import { inspectedGraph, showMessage } from './details-panel.ts';
import { h, replaceChildren, routeLink } from './dom.ts';
import { downloadButtons } from './downloads.ts';
import { editionPicker } from './edition-picker.ts';
import { loadIndex, type ExplorerIndex } from './explorer-index.ts';
import type { GraphNode } from './graph-view.ts';
import { graphqlRequest } from './graphql-client.ts';
import { NODE_STYLES, NODE_TYPES } from './node-styles.ts';
import { EXPLORER_NEIGHBOURHOOD, EXPLORER_STARTING_POINTS } from './operations.ts';
import { searchBox } from './search-box.ts';
import type { View } from './view.ts';

/** Nodes per request: enough for any depth-3 neighbourhood of the seed graph to stay readable. */
const NEIGHBOURHOOD_LIMIT = 150;
/** An expansion adds the clicked node's direct neighbours only. */
const EXPAND_LIMIT = 60;

async function neighbourhood(id: string, depth: number, limit: number, asOf?: string) {
  const data = await graphqlRequest<
    ExplorerNeighbourhoodQuery,
    ExplorerNeighbourhoodQueryVariables
  >(EXPLORER_NEIGHBOURHOOD, { id, depth, limit, asOf });
  return data.neighbourhood;
}

/** The explore view's link: the root, the depth and the edition the graph is drawn as of. */
function exploreRoute(rootId: string | undefined, depth: number, asOf: string | undefined): string {
  const params = new URLSearchParams();
  if (rootId) params.set('depth', String(depth));
  if (asOf) params.set('asOf', asOf);
  const query = params.toString();
  return `#/explore${rootId ? `/${encodeURIComponent(rootId)}` : ''}${query ? `?${query}` : ''}`;
}

/** The best-connected actors, as links: a first step for someone who does not know the names. */
async function showStartingPoints(panel: HTMLElement): Promise<void> {
  try {
    const data = await graphqlRequest<
      ExplorerStartingPointsQuery,
      ExplorerStartingPointsQueryVariables
    >(EXPLORER_STARTING_POINTS, { first: 10 });
    panel.append(
      h(
        'section',
        { className: 'starting-points', 'aria-label': 'Starting points' },
        h('h2', {}, 'Most connected actors'),
        h(
          'ol',
          {},
          data.centrality.map(({ actor, degree }) =>
            h(
              'li',
              {},
              routeLink(`/explore/${encodeURIComponent(actor.id)}`, actor.name),
              h('span', { className: 'meta' }, ` · ${degree} collaborators`),
            ),
          ),
        ),
      ),
    );
  } catch {
    // Only a shortcut: the search box is the way in.
  }
}

export function exploreView(app: HTMLElement, params: URLSearchParams, rootId?: string): View {
  const depth = Math.min(3, Math.max(1, Number(params.get('depth') ?? 1) || 1));
  const asOf = params.get('asOf') || undefined;
  const hiddenTypes = new Set<NodeType>();
  let pillar = 0;
  let index: ExplorerIndex | undefined;
  let title = 'Techniekpact graph';

  const canvas = h('div', { className: 'graph', id: 'graph', role: 'img', 'aria-label': 'Graph' });
  const details = h('aside', {
    className: 'details',
    'aria-live': 'polite',
    'aria-label': 'Details',
  });
  const summary = h('p', { className: 'summary', role: 'status' });
  const legend = h('fieldset', { className: 'legend' });
  const { graph, openNode, openEdge } = inspectedGraph(
    canvas,
    details,
    (node) => void expand(node),
    () => applyFilters(),
  );

  async function expand(node: GraphNode): Promise<void> {
    openNode(node);
    try {
      const subgraph = await neighbourhood(node.id, 1, EXPAND_LIMIT, asOf);
      if (!subgraph) return;
      // Depth in an expansion is relative to the clicked node: drop it so that layouts and
      // exports do not mix two roots' depths.
      const added = graph.add(
        subgraph.nodes.map((n) => (graph.has(n.id) ? n : { ...n, depth: null })),
        subgraph.edges,
        { around: node.id },
      );
      graph.mark(node.id, 'expanded');
      applyFilters();
      openNode(node);
      summarise(added === 0 ? `${node.name}: no new neighbours.` : `${node.name}: ${added} new.`);
    } catch (error) {
      showMessage(details, `Could not expand ${node.name}: ${(error as Error).message}`);
    }
  }

  function applyFilters(): void {
    graph.filter(
      (node) =>
        node.id !== rootId &&
        (hiddenTypes.has(node.type) ||
          (pillar !== 0 &&
            index?.pillarOf.has(node.id) === true &&
            index.pillarOf.get(node.id) !== pillar)),
    );
    renderLegend();
    summarise();
  }

  function summarise(extra?: string): void {
    const { nodes, edges } = graph.counts();
    const asOfWords = asOf ? ` As of ${asOf}.` : '';
    summary.textContent = `${nodes} nodes, ${edges} edges in view.${asOfWords}${extra ? ` ${extra}` : ''}`;
  }

  function renderLegend(): void {
    const present = new Map<NodeType, number>();
    for (const node of graph.visible().nodes)
      present.set(node.type, (present.get(node.type) ?? 0) + 1);
    replaceChildren(
      legend,
      h('legend', {}, 'Node types'),
      NODE_TYPES.map((type) => {
        const style = NODE_STYLES[type];
        const checkbox = h('input', {
          type: 'checkbox',
          checked: !hiddenTypes.has(type),
          'data-type': type,
          onchange: (event: Event) => {
            if ((event.target as HTMLInputElement).checked) hiddenTypes.delete(type);
            else hiddenTypes.add(type);
            applyFilters();
          },
        });
        return h(
          'label',
          { className: 'legend-item' },
          checkbox,
          h('span', { className: 'swatch', style: `background:${style.colour}` }),
          style.plural,
          h('span', { className: 'count' }, String(present.get(type) ?? 0)),
        );
      }),
    );
  }

  const pillarSelect = h(
    'select',
    {
      id: 'pillar-filter',
      onchange: (event: Event) => {
        pillar = Number((event.target as HTMLSelectElement).value);
        applyFilters();
      },
    },
    h('option', { value: '0' }, 'All pillars'),
  );
  const depthSelect = h(
    'select',
    {
      id: 'depth',
      onchange: (event: Event) => {
        if (rootId)
          location.hash = exploreRoute(
            rootId,
            Number((event.target as HTMLSelectElement).value),
            asOf,
          );
      },
    },
    [1, 2, 3].map((d) => h('option', { value: String(d), selected: d === depth }, `Depth ${d}`)),
  );
  const editions = editionPicker(asOf, (chosen) => {
    location.hash = exploreRoute(rootId, depth, chosen);
  });
  const search = searchBox({
    label: 'Search names and aliases',
    onChoose: (hit) => {
      location.hash = exploreRoute(hit.node.id, depth, asOf);
    },
  });

  replaceChildren(
    app,
    h(
      'div',
      { className: 'explore layout-three' },
      h(
        'aside',
        { className: 'controls', 'aria-label': 'Search and filters' },
        search.element,
        h('div', { className: 'row' }, h('label', { for: 'depth' }, 'Neighbourhood'), depthSelect),
        h('div', { className: 'row' }, h('label', { for: 'edition' }, 'Edition'), editions.element),
        h(
          'div',
          { className: 'row' },
          h('label', { for: 'pillar-filter' }, 'Pillar'),
          pillarSelect,
        ),
        legend,
        downloadButtons(graph, () => title),
        h(
          'button',
          { type: 'button', className: 'secondary', onclick: () => graph.layout() },
          'Re-layout',
        ),
      ),
      h(
        'section',
        { className: 'canvas-area', 'aria-label': 'Graph view' },
        canvas,
        rootId ? null : h('p', { className: 'canvas-hint' }, 'Search a name to draw its network.'),
        summary,
      ),
      details,
    ),
  );
  renderLegend();

  void loadIndex().then(
    (loaded) => {
      index = loaded;
      for (const p of loaded.pillars)
        pillarSelect.append(
          h('option', { value: String(p.number) }, `Pillar ${p.number}: ${p.name}`),
        );
    },
    () => undefined, // the filter stays at "All pillars"; the graph itself does not need it
  );

  async function load(id: string): Promise<void> {
    summarise('Loading…');
    try {
      const subgraph = await neighbourhood(id, depth, NEIGHBOURHOOD_LIMIT, asOf);
      if (!subgraph) {
        summary.textContent = '';
        showMessage(details, `No node has the id "${id}".`);
        return;
      }
      const root = subgraph.nodes.find((node) => node.id === id);
      graph.add(subgraph.nodes, subgraph.edges);
      graph.mark(id, 'root');
      title = `${root?.name ?? id}, depth ${depth}${asOf ? `, as of ${asOf}` : ''}`;
      document.title = `${root?.name ?? id} · Techniekpact explorer`;
      canvas.setAttribute(
        'aria-label',
        `Graph: neighbourhood of ${root?.name ?? id}, depth ${depth}`,
      );
      search.setValue(root?.name ?? '');
      applyFilters();
      if (subgraph.truncated) summarise(`Showing the nearest ${NEIGHBOURHOOD_LIMIT}.`);
      const edgeId = params.get('edge');
      const edge = edgeId ? graph.visible().edges.find((e) => e.id === edgeId) : undefined;
      if (edge) openEdge(edge);
      else if (root) openNode(root);
      if (edgeId && !edge) summarise(`${edgeId} is not in this view.`);
    } catch (error) {
      summary.textContent = '';
      showMessage(details, `Could not load the neighbourhood: ${(error as Error).message}`);
    }
  }

  if (rootId) void load(rootId);
  else {
    summary.textContent = '';
    showMessage(
      details,
      'Search for an organisation, programme, action, region or topsector to see its network.',
      'Click a node to expand it; click an edge to read the sentence of the report it rests on.',
    );
    void showStartingPoints(details);
    search.input.focus();
  }

  return { graph, destroy: () => graph.destroy() };
}
