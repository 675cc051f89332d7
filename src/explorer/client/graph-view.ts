/**
 * The drawn graph: a Cytoscape.js canvas holding the GraphNode/GraphEdge objects our API
 * returns, styled by node type. Views add subgraphs to it (an expansion keeps what is
 * already drawn where it is: analysts lose their bearings when a click reshuffles the
 * picture), hide elements through filters, and read back what is visible for downloads.
 */
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, NodeSingular, StylesheetJson } from 'cytoscape';
import type { GraphEdge, GraphNode, VisibleGraph } from './graph-types.ts';
import { NODE_STYLES, NODE_TYPES, relationshipWords } from './node-styles.ts';

export type { GraphEdge, GraphNode, VisibleGraph } from './graph-types.ts';

export interface GraphViewEvents {
  readonly onNodeTap?: (node: GraphNode) => void;
  readonly onEdgeTap?: (edge: GraphEdge) => void;
  readonly onBackgroundTap?: () => void;
}

/** Above this, a small graph's labels would be larger than the side panels' text. */
const MAX_FIT_ZOOM = 1.4;

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 11,
      'font-family': 'system-ui, sans-serif',
      color: '#1b1b1b',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      width: 26,
      height: 26,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  ...NODE_TYPES.map((type) => ({
    selector: `node[type = "${type}"]`,
    style: {
      'background-color': NODE_STYLES[type].colour,
      shape: NODE_STYLES[type].shape as cytoscape.Css.NodeShape,
    },
  })),
  { selector: 'node[?root]', style: { width: 38, height: 38, 'font-weight': 'bold' } },
  { selector: 'node[?expanded]', style: { 'border-width': 3, 'border-color': '#1b1b1b' } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#9aa3ad',
      'target-arrow-color': '#9aa3ad',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
    },
  },
  { selector: 'edge[!directed]', style: { 'target-arrow-shape': 'none', 'line-style': 'dashed' } },
  { selector: 'edge[type = "MENTIONED_IN"]', style: { 'line-style': 'dotted' } },
  {
    selector: 'edge:selected, edge.highlighted',
    style: {
      width: 3.5,
      'line-color': '#d1495b',
      'target-arrow-color': '#d1495b',
      label: 'data(label)',
      'font-size': 10,
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
    },
  },
  {
    selector: 'node:selected, node.highlighted',
    style: { 'border-width': 4, 'border-color': '#d1495b' },
  },
  { selector: '.filtered', style: { display: 'none' } },
];

export class GraphView {
  readonly cy: Core;
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  private destroyed = false;

  constructor(container: HTMLElement, events: GraphViewEvents = {}) {
    this.cy = cytoscape({
      container,
      style: STYLE,
      // Views make the canvas before it is in the page: no layout until there is content.
      layout: { name: 'preset' },
      minZoom: 0.15,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.cy.on('tap', 'node', (event) => {
      const node = this.nodes.get(event.target.id());
      if (node) events.onNodeTap?.(node);
    });
    this.cy.on('tap', 'edge', (event) => {
      const edge = this.edges.get(event.target.id());
      if (edge) events.onEdgeTap?.(edge);
    });
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) events.onBackgroundTap?.();
    });
  }

  clear(): void {
    this.cy.elements().remove();
    this.nodes.clear();
    this.edges.clear();
  }

  /**
   * Adds nodes and edges not yet drawn. With `around`, new nodes are placed on a ring
   * round that node and nothing else moves; otherwise everything is laid out afresh (as a
   * tree from `root` when given).
   * Returns how many nodes were new.
   */
  add(
    nodes: readonly GraphNode[],
    edges: readonly GraphEdge[],
    placement: { around?: string; root?: string } = {},
  ): number {
    if (this.destroyed) return 0; // an answer for a view the user has left
    this.cy.resize(); // the container may have been attached or resized since
    const fresh: ElementDefinition[] = [];
    for (const node of nodes) {
      if (this.nodes.has(node.id)) continue;
      this.nodes.set(node.id, node);
      fresh.push({ group: 'nodes', data: { id: node.id, label: node.name, type: node.type } });
    }
    const newNodes = fresh.length;
    for (const edge of edges) {
      if (this.edges.has(edge.id)) continue;
      if (!this.nodes.has(edge.source) || !this.nodes.has(edge.target)) continue;
      this.edges.set(edge.id, edge);
      fresh.push({
        group: 'edges',
        data: {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          type: edge.type,
          directed: edge.directed,
          label: relationshipWords(edge.type),
        },
      });
    }
    const added = this.cy.add(fresh);
    const centre = placement.around ? this.cy.getElementById(placement.around) : undefined;
    if (centre && centre.nonempty() && this.cy.nodes().length > newNodes) {
      this.placeAround(centre, added.nodes());
    } else {
      this.layout(placement.root);
    }
    return newNodes;
  }

  /** Marks nodes (a bold border): the root of the view and nodes already expanded. */
  mark(id: string, flag: 'root' | 'expanded'): void {
    this.cy.getElementById(id).data(flag, true);
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  node(id: string): GraphNode | undefined {
    return this.nodes.get(id);
  }

  /** The edges in view that touch a node, with the node at their other end. */
  edgesOf(id: string): { edge: GraphEdge; other: GraphNode; outgoing: boolean }[] {
    const result: { edge: GraphEdge; other: GraphNode; outgoing: boolean }[] = [];
    for (const edge of this.edges.values()) {
      if (edge.source !== id && edge.target !== id) continue;
      const outgoing = edge.source === id;
      const other = this.nodes.get(outgoing ? edge.target : edge.source);
      if (other && !this.cy.getElementById(edge.id).hasClass('filtered'))
        result.push({ edge, other, outgoing });
    }
    return result;
  }

  /** Hides the nodes `hide` picks (and so their edges); shows the rest. */
  filter(hide: (node: GraphNode) => boolean): void {
    if (this.destroyed) return;
    this.cy.batch(() => {
      this.cy.nodes().forEach((element) => {
        const node = this.nodes.get(element.id());
        element.toggleClass('filtered', node ? hide(node) : false);
      });
      this.cy.edges().forEach((edge) => {
        edge.toggleClass(
          'filtered',
          edge.source().hasClass('filtered') || edge.target().hasClass('filtered'),
        );
      });
    });
  }

  select(id: string | null): void {
    this.cy.elements().unselect();
    if (id) this.cy.getElementById(id).select();
  }

  highlight(ids: readonly string[]): void {
    this.cy.elements().removeClass('highlighted');
    for (const id of ids) this.cy.getElementById(id).addClass('highlighted');
  }

  visible(): VisibleGraph {
    const nodes: GraphNode[] = [];
    const edges: GraphEdge[] = [];
    this.cy
      .nodes()
      .not('.filtered')
      .forEach((element) => {
        const node = this.nodes.get(element.id());
        if (node) nodes.push(node);
      });
    this.cy
      .edges()
      .not('.filtered')
      .forEach((element) => {
        const edge = this.edges.get(element.id());
        if (edge) edges.push(edge);
      });
    return { nodes, edges };
  }

  counts(): { nodes: number; edges: number } {
    return {
      nodes: this.cy.nodes().not('.filtered').length,
      edges: this.cy.edges().not('.filtered').length,
    };
  }

  /**
   * Concentric by depth when every node has one (a neighbourhood), a tree from `root` when
   * given (paths read left to right), a force layout otherwise.
   */
  layout(root?: string): void {
    const nodes = this.cy.nodes();
    if (nodes.length === 0) return;
    const byDepth = nodes
      .map((node) => this.nodes.get(node.id()))
      .every((node) => typeof node?.depth === 'number');
    const options: cytoscape.LayoutOptions = root
      ? { name: 'breadthfirst', roots: [root], directed: false, spacingFactor: 1.1, animate: false }
      : byDepth
        ? {
            name: 'concentric',
            concentric: (node: NodeSingular) => 10 - (this.nodes.get(node.id())?.depth ?? 9),
            levelWidth: () => 1,
            minNodeSpacing: 70,
            animate: false,
          }
        : {
            name: 'cose',
            animate: false,
            randomize: true,
            nodeRepulsion: () => 9000,
            idealEdgeLength: () => 70,
            numIter: 1500,
          };
    this.cy.layout(options).run();
    this.fit();
  }

  /** Everything in view, but never zoomed in so far that a few nodes fill the screen. */
  private fit(): void {
    this.cy.fit(this.cy.elements(), 30);
    if (this.cy.zoom() > MAX_FIT_ZOOM) {
      this.cy.zoom(MAX_FIT_ZOOM);
      this.cy.center();
    }
  }

  private placeAround(centre: NodeSingular, added: cytoscape.NodeCollection): void {
    const { x, y } = centre.position();
    const count = added.length;
    const radius = 90 + count * 6;
    added.forEach((node, index) => {
      const angle = (2 * Math.PI * index) / Math.max(count, 1);
      node.position({ x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) });
    });
    this.fit();
  }

  /** Where a node is on screen, relative to the canvas (for tests and tooling). */
  renderedPosition(id: string): { x: number; y: number } | null {
    const node = this.cy.getElementById(id);
    return node.nonempty() ? node.renderedPosition() : null;
  }

  png(): Blob {
    return this.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
  }

  destroy(): void {
    this.destroyed = true;
    this.cy.destroy();
  }
}
