/**
 * The drawn graph: a Cytoscape.js canvas holding the GraphNode/GraphEdge objects our API
 * returns, styled by node type. Views add subgraphs to it (an expansion keeps what is
 * already drawn where it is: analysts lose their bearings when a click reshuffles the
 * picture), hide elements through filters, and read back what is visible for downloads.
 */
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, NodeSingular, StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { GraphEdge, GraphNode, VisibleGraph } from './graph-types.ts';
import {
  NODE_STYLES,
  NODE_TYPES,
  relationshipWords,
  SECTOR_STYLE,
  sectorKindOf,
} from './node-styles.ts';

export type { GraphEdge, GraphNode, VisibleGraph } from './graph-types.ts';

export interface GraphViewEvents {
  readonly onNodeTap?: (node: GraphNode) => void;
  readonly onEdgeTap?: (edge: GraphEdge) => void;
  readonly onBackgroundTap?: () => void;
}

cytoscape.use(fcose);

/** Space kept between two nodes' boxes (node and label) after a layout, in model pixels. */
const LABEL_GAP = 6;
/** Rounds of pushing overlapping boxes apart; each round resolves most of what is left. */
const SEPARATION_ROUNDS = 60;

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
  {
    selector: 'node[?sector]',
    style: {
      'background-color': SECTOR_STYLE.colour,
      shape: SECTOR_STYLE.shape,
      'border-width': 2,
      'border-style': 'dashed',
      'border-color': SECTOR_STYLE.border,
    },
  },
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
      fresh.push({
        group: 'nodes',
        data: {
          id: node.id,
          label: node.name,
          type: node.type,
          sector: sectorKindOf(node.type, node.kind) !== null,
        },
      });
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

  /** Removes a node (with its edges) or an edge: a fact just retracted. */
  remove(id: string): void {
    if (this.destroyed) return;
    const element = this.cy.getElementById(id);
    const edges = element.isNode() ? element.connectedEdges() : element;
    edges.forEach((edge) => {
      this.edges.delete(edge.id());
    });
    this.nodes.delete(id);
    this.edges.delete(id);
    element.remove();
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
   * A tree from `root` when given (paths read left to right); otherwise fCoSE, a force
   * layout that counts each node's label in its size, with a neighbourhood's root held in
   * the middle; then overlapping node-and-label boxes are pushed apart. (Concentric rings
   * by depth, before, stacked the labels of a ring's neighbours on each other, as did
   * plain CoSE in region networks.)
   */
  layout(root?: string): void {
    const nodes = this.cy.nodes();
    if (nodes.length === 0) return;
    if (root) {
      this.cy
        .layout({
          name: 'breadthfirst',
          roots: [root],
          directed: false,
          spacingFactor: 1.1,
          animate: false,
        })
        .run();
      this.separateBoxes();
      this.fit();
      return;
    }
    const centre = nodes.filter((node) => this.nodes.get(node.id())?.depth === 0);
    const options = {
      name: 'fcose',
      quality: 'proof',
      randomize: true,
      animate: false,
      nodeDimensionsIncludeLabels: true,
      nodeSeparation: 40,
      idealEdgeLength: () => 60,
      nodeRepulsion: () => 4500,
      packComponents: true,
      fixedNodeConstraint:
        centre.length === 1 ? [{ nodeId: centre.id(), position: { x: 0, y: 0 } }] : undefined,
    } as cytoscape.LayoutOptions;
    this.cy.layout(options).run();
    this.matchCanvasShape();
    this.separateBoxes();
    this.fit();
  }

  /**
   * Squeezes the drawing's longer side to the canvas's proportions: fCoSE lays out without
   * knowing the canvas, and a wide drawing in a tall canvas is fitted at a zoom where its
   * labels are too small to read. The overlaps this makes are undone by separateBoxes,
   * which moves labels up and down first, into the room the canvas has.
   */
  private matchCanvasShape(): void {
    const nodes = this.cy.nodes().not('.filtered');
    if (nodes.length < 3) return;
    const box = nodes.boundingBox({ includeLabels: false });
    const canvas = { w: this.cy.width(), h: this.cy.height() };
    if (box.w === 0 || box.h === 0 || canvas.w === 0 || canvas.h === 0) return;
    const ratio = canvas.w / canvas.h / (box.w / box.h);
    const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
    nodes.forEach((node) => {
      const { x, y } = node.position();
      node.position(
        ratio < 1
          ? { x: centre.x + (x - centre.x) * ratio, y }
          : { x, y: centre.y + (y - centre.y) / ratio },
      );
    });
  }

  /**
   * Moves nodes apart until no two boxes of node and label overlap (or the rounds run
   * out): each overlapping pair is pushed apart along the axis where it overlaps least,
   * half each. A force layout places nodes, not labels, and a long label still lands on
   * its neighbour's; this pass is deterministic and moves only what overlaps.
   */
  private separateBoxes(): void {
    const nodes = this.cy.nodes().not('.filtered');
    const boxes = nodes.map((node) => {
      const box = node.boundingBox({
        includeNodes: true,
        includeLabels: true,
        includeEdges: false,
      });
      return { x1: box.x1, x2: box.x2, y1: box.y1, y2: box.y2, dx: 0, dy: 0 };
    });
    for (let round = 0; round < SEPARATION_ROUNDS; round++) {
      let moved = false;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const overlapX =
            Math.min(a.x2 + a.dx, b.x2 + b.dx) - Math.max(a.x1 + a.dx, b.x1 + b.dx) + LABEL_GAP;
          const overlapY =
            Math.min(a.y2 + a.dy, b.y2 + b.dy) - Math.max(a.y1 + a.dy, b.y1 + b.dy) + LABEL_GAP;
          if (overlapX <= 0 || overlapY <= 0) continue;
          moved = true;
          const aCentre = { x: (a.x1 + a.x2) / 2 + a.dx, y: (a.y1 + a.y2) / 2 + a.dy };
          const bCentre = { x: (b.x1 + b.x2) / 2 + b.dx, y: (b.y1 + b.y2) / 2 + b.dy };
          // Labels are wide and low: moving up or down frees them sooner, unless far less
          // overlap is left sideways.
          if (overlapY <= overlapX * 2) {
            const step = overlapY / 2;
            const down = bCentre.y > aCentre.y || (bCentre.y === aCentre.y && j > i);
            a.dy += down ? -step : step;
            b.dy += down ? step : -step;
          } else {
            const step = overlapX / 2;
            const right = bCentre.x > aCentre.x || (bCentre.x === aCentre.x && j > i);
            a.dx += right ? -step : step;
            b.dx += right ? step : -step;
          }
        }
      }
      if (!moved) break;
    }
    nodes.forEach((node, index) => {
      const { dx, dy } = boxes[index]!;
      if (dx === 0 && dy === 0) return;
      const position = node.position();
      node.position({ x: position.x + dx, y: position.y + dy });
    });
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
