/**
 * "How are these two connected?": pick two nodes, see every shortest path (and a few longer
 * ones) as hops in words with the evidence of each hop, and all of them drawn together.
 */
import type {
  ExplorerNodeNamesQuery,
  ExplorerNodeNamesQueryVariables,
  ExplorerPathsQuery,
  ExplorerPathsQueryVariables,
} from '../../generated/explorer-operations.ts';
import { inspectedGraph } from './details-panel.ts';
import { evidenceBlock, h, replaceChildren } from './dom.ts';
import { downloadButtons } from './downloads.ts';
import { graphqlRequest } from './graphql-client.ts';
import { relationshipWords } from './node-styles.ts';
import { EXPLORER_NODE_NAMES, EXPLORER_PATHS } from './operations.ts';
import { searchBox } from './search-box.ts';
import type { View } from './view.ts';

type Path = ExplorerPathsQuery['paths'][number];

export function pathsView(app: HTMLElement, params: URLSearchParams): View {
  let fromId = params.get('from') ?? '';
  let toId = params.get('to') ?? '';
  const maxHops = Math.min(6, Math.max(1, Number(params.get('maxHops') ?? 4) || 4));
  let title = 'Paths';

  const results = h('section', {
    className: 'path-list',
    'aria-live': 'polite',
    'aria-label': 'Paths',
  });
  const details = h(
    'aside',
    { className: 'details', 'aria-label': 'Details' },
    h('p', { className: 'hint' }, 'Click a hop, a node or an edge for its evidence.'),
  );
  const canvas = h('div', {
    className: 'graph',
    id: 'graph',
    role: 'img',
    'aria-label': 'Paths graph',
  });
  const { graph, openEdge } = inspectedGraph(canvas, details);

  const from = searchBox({ label: 'From', onChoose: (hit) => (fromId = hit.node.id) });
  const to = searchBox({ label: 'To', onChoose: (hit) => (toId = hit.node.id) });
  const hopsSelect = h(
    'select',
    { id: 'max-hops' },
    [2, 3, 4, 5, 6].map((n) =>
      h('option', { value: String(n), selected: n === maxHops }, `At most ${n} hops`),
    ),
  );
  const form = h(
    'form',
    {
      className: 'path-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        if (!fromId || !toId) {
          replaceChildren(
            results,
            h('p', { className: 'hint' }, 'Choose both nodes from the search results.'),
          );
          return;
        }
        location.hash = `#/paths?from=${encodeURIComponent(fromId)}&to=${encodeURIComponent(toId)}&maxHops=${hopsSelect.value}`;
      },
    },
    from.element,
    to.element,
    h('div', { className: 'row' }, h('label', { for: 'max-hops' }, 'Length'), hopsSelect),
    h('button', { type: 'submit' }, 'Find paths'),
  );

  function hopLine(path: Path, index: number): HTMLElement {
    const hop = path.hops[index]!;
    const a = path.nodes[index]!;
    const b = path.nodes[index + 1]!;
    const [subject, object] = hop.forward ? [a, b] : [b, a];
    return h(
      'li',
      {},
      h(
        'button',
        {
          type: 'button',
          className: 'link-button hop',
          'data-edge': hop.edge.id,
          onclick: () => {
            graph.highlight([...path.nodes.map((n) => n.id), ...path.hops.map((x) => x.edge.id)]);
            openEdge(hop.edge);
          },
        },
        h('strong', {}, subject.name),
        ` ${relationshipWords(hop.edge.type)} `,
        h('strong', {}, object.name),
      ),
      hop.edge.evidence[0] ? evidenceBlock(hop.edge.evidence[0]) : null,
    );
  }

  function render(paths: Path[]): void {
    const fromName = paths[0]?.nodes[0]?.name ?? fromId;
    const toName = paths[0]?.nodes.at(-1)?.name ?? toId;
    title = `Paths from ${fromName} to ${toName}`;
    if (paths.length === 0) {
      replaceChildren(
        results,
        h('p', { className: 'hint' }, `No path of at most ${maxHops} hops.`),
      );
      return;
    }
    const shortest = paths[0]!.length;
    replaceChildren(
      results,
      h(
        'h2',
        {},
        `${paths.length} path${paths.length === 1 ? '' : 's'}; the shortest has ${shortest} hop${shortest === 1 ? '' : 's'}`,
      ),
      paths.map((path, index) =>
        h(
          'article',
          { className: 'path', 'data-path': index },
          h('h3', {}, `Path ${index + 1} (${path.length} hop${path.length === 1 ? '' : 's'})`),
          h(
            'ol',
            {},
            path.hops.map((_hop, i) => hopLine(path, i)),
          ),
        ),
      ),
    );
    graph.add(
      paths.flatMap((path) => path.nodes),
      paths.flatMap((path) => path.hops.map((hop) => hop.edge)),
      { root: paths[0]!.nodes[0]!.id },
    );
    const first = paths[0]!;
    graph.highlight([...first.nodes.map((n) => n.id), ...first.hops.map((x) => x.edge.id)]);
  }

  replaceChildren(
    app,
    h(
      'div',
      { className: 'paths layout-three' },
      h(
        'aside',
        { className: 'controls', 'aria-label': 'Choose two nodes' },
        h('h2', {}, 'How are these two connected?'),
        form,
        downloadButtons(graph, () => title),
      ),
      h('section', { className: 'canvas-area', 'aria-label': 'Paths' }, canvas, results),
      details,
    ),
  );

  if (fromId && toId) {
    replaceChildren(results, h('p', { className: 'hint' }, 'Searching…'));
    void graphqlRequest<ExplorerPathsQuery, ExplorerPathsQueryVariables>(EXPLORER_PATHS, {
      from: fromId,
      to: toId,
      maxHops,
      first: 10,
    }).then(
      (data) => render(data.paths),
      (error: unknown) =>
        replaceChildren(
          results,
          h('p', { className: 'error' }, `Could not find paths: ${(error as Error).message}`),
        ),
    );
  } else {
    replaceChildren(
      results,
      h(
        'p',
        { className: 'hint' },
        'Choose two nodes: an organisation, programme, action, region or topsector.',
      ),
    );
  }
  // The search boxes show names, also for ids that came in the link.
  const ids = [fromId, toId].filter(Boolean);
  if (ids.length > 0) {
    void graphqlRequest<ExplorerNodeNamesQuery, ExplorerNodeNamesQueryVariables>(
      EXPLORER_NODE_NAMES,
      { ids },
    ).then(
      (data) => {
        const names = new Map(data.nodes.flatMap((node) => (node ? [[node.id, node.name]] : [])));
        if (fromId) from.setValue(names.get(fromId) ?? fromId);
        if (toId) to.setValue(names.get(toId) ?? toId);
      },
      () => undefined, // the ids stay in the boxes
    );
  }

  return { graph, destroy: () => graph.destroy() };
}
