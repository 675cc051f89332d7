/**
 * The side panel: what a clicked node is (type, aliases, the passage that names it, its
 * connections in view) or what a clicked edge says (the relationship in words and the
 * verbatim quotes it rests on). Every fact on screen shows its source sentence.
 */
import type {
  ExplorerDirectEdgesQuery,
  ExplorerDirectEdgesQueryVariables,
} from '../../generated/explorer-operations.ts';
import { edgeCuration, nodeCuration, type CurationHooks } from './curation-controls.ts';
import { evidenceBlock, h, replaceChildren, routeLink } from './dom.ts';
import { historySection } from './fact-history.ts';
import { GraphView, type GraphEdge, type GraphNode } from './graph-view.ts';
import { graphqlRequest } from './graphql-client.ts';
import { EXPLORER_DIRECT_EDGES } from './operations.ts';
import { relationshipId } from './relationship-choices.ts';
import { showInSourceLink } from './source-route.ts';
import { NODE_STYLES, relationshipWords, SECTOR_STYLE, sectorKindOf } from './node-styles.ts';

export interface DetailsActions {
  readonly onExpand?: (node: GraphNode) => void;
  readonly onEdge: (edge: GraphEdge) => void;
  /** A neighbour chosen in the connections list (the explore view expands it). */
  readonly onNode: (node: GraphNode) => void;
  /** What a curator's edit does to the view (absent: the panel offers no edits). */
  readonly curation?: CurationHooks;
}

/** A link to the page that tells most about a node, when it has one. */
export function pageLinkOf(node: GraphNode): HTMLAnchorElement | null {
  const action = /^action-(\d+)$/.exec(node.id);
  if (node.type === 'ACTION' && action) {
    return routeLink(`/action/${Number(action[1])}`, 'Open the action page', {
      className: 'button',
    });
  }
  if (node.type === 'REGION' && node.kind === 'landsdeel') {
    return routeLink(`/region/${node.id}`, 'Open the region page', { className: 'button' });
  }
  return null;
}

/** A sector's badge ("Sector · education sector"), for an organisation of a sector kind. */
export function sectorBadge(type: string, kind: string | null | undefined): HTMLElement | null {
  const sector = sectorKindOf(type, kind);
  if (!sector) return null;
  return h(
    'span',
    {
      className: 'sector-badge',
      title: 'a sector the report treats as an actor, not one organisation',
    },
    h('span', {
      className: 'swatch sector',
      style: `background:${SECTOR_STYLE.colour};border-color:${SECTOR_STYLE.border}`,
    }),
    `${SECTOR_STYLE.label} · ${sector}`,
  );
}

export function typeBadge(type: GraphNode['type']): HTMLElement {
  const style = NODE_STYLES[type];
  return h(
    'span',
    { className: 'type-badge' },
    h('span', { className: 'swatch', style: `background:${style.colour}` }),
    style.label,
  );
}

export function showNode(
  panel: HTMLElement,
  node: GraphNode,
  graph: GraphView,
  actions: DetailsActions,
): void {
  const connections = graph.edgesOf(node.id);
  replaceChildren(
    panel,
    h('h2', {}, node.name),
    h(
      'p',
      { className: 'meta' },
      typeBadge(node.type),
      node.kind ? ` · ${node.kind}` : null,
      sectorBadge(node.type, node.kind),
    ),
    node.aliases.length > 0
      ? h('p', { className: 'aliases' }, 'Also: ', node.aliases.join(', '))
      : null,
    evidenceBlock(node.evidence),
    showInSourceLink(node.evidence, node.id),
    h(
      'div',
      { className: 'button-row' },
      actions.onExpand
        ? h('button', { type: 'button', onclick: () => actions.onExpand?.(node) }, 'Expand')
        : null,
      routeLink(`/paths?from=${encodeURIComponent(node.id)}`, 'Paths from here', {
        className: 'button',
      }),
      pageLinkOf(node),
    ),
    h('h3', {}, `Connections in view (${connections.length})`),
    h(
      'ul',
      { className: 'connections' },
      connections.map(({ edge, other, outgoing }) => {
        const words = relationshipWords(edge.type);
        const evidenceButton = h(
          'button',
          {
            type: 'button',
            className: 'link-button',
            'data-edge': edge.id,
            'aria-label': `Evidence: ${outgoing ? node.name : other.name} ${words} ${outgoing ? other.name : node.name}`,
            onclick: () => actions.onEdge(edge),
          },
          words,
        );
        // The neighbour itself, so that the graph can be walked with the keyboard alone.
        const nodeButton = h(
          'button',
          {
            type: 'button',
            className: 'link-button node-link',
            'data-node': other.id,
            onclick: () => actions.onNode(other),
          },
          other.name,
        );
        return h(
          'li',
          {},
          outgoing ? [evidenceButton, ' → ', nodeButton] : [nodeButton, ' → ', evidenceButton],
        );
      }),
    ),
    actions.curation ? nodeCuration(node, actions.curation) : null,
  );
}

export function showEdge(
  panel: HTMLElement,
  edge: GraphEdge,
  graph: GraphView,
  onNode?: (node: GraphNode) => void,
  curation?: CurationHooks,
): void {
  const source = graph.node(edge.source);
  const target = graph.node(edge.target);
  const extras = [
    edge.role ? `Role: ${edge.role}` : null,
    edge.amount !== null && edge.amount !== undefined
      ? `Amount: ${edge.amount.toLocaleString('nl-NL')}${edge.unit ? ` ${edge.unit}` : ''}`
      : null,
    edge.period ? `Period: ${edge.period}` : null,
    edge.note ? `Note: ${edge.note}` : null,
    edge.directed ? null : `Shared actions and programmes: ${edge.weight}`,
  ].filter((line): line is string => line !== null);
  replaceChildren(
    panel,
    h('h2', {}, 'Evidence'),
    h(
      'p',
      { className: 'statement' },
      endOf(source, edge.source, onNode),
      ` ${relationshipWords(edge.type)} `,
      endOf(target, edge.target, onNode),
    ),
    h('p', { className: 'meta' }, h('code', {}, edge.type)),
    extras.length > 0
      ? h(
          'ul',
          { className: 'extras' },
          extras.map((line) => h('li', {}, line)),
        )
      : null,
    // A derived edge (CO_INVOLVED) has no fact of its own: its passages are named by position.
    edge.evidence.flatMap((evidence) => [
      evidenceBlock(evidence),
      showInSourceLink(evidence, edge.directed ? edge.id : undefined),
    ]),
    curation ? edgeCuration(edge, curation) : null,
  );
}

/** A fact just retracted: gone from the view, its reason, and its history (opened). */
export function showRetracted(panel: HTMLElement, id: string, name: string, reason: string): void {
  replaceChildren(
    panel,
    h('h2', {}, 'Retracted'),
    h('p', { className: 'statement retracted-fact' }, name),
    h('p', {}, 'Reason: ', h('span', { className: 'retract-reason' }, reason)),
    h('p', { className: 'hint' }, 'Kept in the history; an administrator can revert it.'),
    historySection(id, true),
  );
}

/** An edge's end: a button back to the node when the view can open it. */
function endOf(
  node: GraphNode | undefined,
  id: string,
  onNode: ((node: GraphNode) => void) | undefined,
): HTMLElement {
  if (!node || !onNode) return h('strong', {}, node?.name ?? id);
  return h(
    'button',
    {
      type: 'button',
      className: 'link-button strong',
      'data-node': node.id,
      onclick: () => onNode(node),
    },
    node.name,
  );
}

/**
 * A graph whose clicks open the details panel: a node shows what it is and its
 * connections, an edge its evidence. With `expand` (the explore view), a click on a node,
 * a neighbour in the panel or the Expand button expands that node instead.
 */
export function inspectedGraph(
  canvas: HTMLElement,
  details: HTMLElement,
  expand?: (node: GraphNode) => void,
  /** Called after an edit added or removed something drawn (filters, counts, legend). */
  onGraphChanged?: () => void,
): { graph: GraphView; openNode: (node: GraphNode) => void; openEdge: (edge: GraphEdge) => void } {
  const graph = new GraphView(canvas, {
    onNodeTap: (node) => (expand ?? openNode)(node),
    onEdgeTap: (edge) => openEdge(edge),
    onBackgroundTap: () => graph.select(null),
  });
  /**
   * After an edit, the view shows it at once: an added relationship is fetched as drawn
   * (with its other end, placed round the node), opened in the panel; a retracted fact is
   * taken off the canvas and the panel says so, with its history.
   */
  const curation: CurationHooks = {
    onAdded: async (added, from) => {
      const id = relationshipId(added.type, added.from, added.to);
      try {
        const { paths } = await graphqlRequest<
          ExplorerDirectEdgesQuery,
          ExplorerDirectEdgesQueryVariables
        >(EXPLORER_DIRECT_EDGES, { from: added.from, to: added.to });
        const path = paths.find((p) => p.hops.some((hop) => hop.edge.id === id));
        const edge = path?.hops.find((hop) => hop.edge.id === id)?.edge;
        if (!path || !edge) throw new Error(`${id} is not in the graph`);
        graph.add(
          path.nodes.map((n) => (graph.has(n.id) ? n : { ...n, depth: null })),
          [edge],
          {
            around: from.id,
          },
        );
        onGraphChanged?.();
        openEdge(edge);
      } catch (error) {
        showMessage(details, `Added ${id}, but could not draw it: ${(error as Error).message}`);
      }
    },
    onRetracted: (id, reason) => {
      const node = graph.node(id);
      const edge = node ? undefined : edgeById(id);
      const name = node
        ? node.name
        : edge
          ? `${graph.node(edge.source)?.name ?? edge.source} ${relationshipWords(edge.type)} ${graph.node(edge.target)?.name ?? edge.target}`
          : id;
      graph.remove(id);
      onGraphChanged?.();
      showRetracted(details, id, name, reason);
    },
  };
  function edgeById(id: string): GraphEdge | undefined {
    return graph.visible().edges.find((edge) => edge.id === id);
  }
  function openNode(node: GraphNode): void {
    graph.select(node.id);
    showNode(details, node, graph, {
      onExpand: expand,
      onEdge: openEdge,
      onNode: expand ?? openNode,
      curation,
    });
  }
  function openEdge(edge: GraphEdge): void {
    graph.select(edge.id);
    showEdge(details, edge, graph, openNode, curation);
  }
  return { graph, openNode, openEdge };
}

export function showMessage(panel: HTMLElement, ...lines: string[]): void {
  replaceChildren(
    panel,
    lines.map((line) => h('p', { className: 'hint' }, line)),
  );
}
