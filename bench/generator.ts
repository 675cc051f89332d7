/**
 * Techniekpact-shaped graphs of any size, deterministic from a seed.
 *
 * How: k copies of the curated seed graph (one Source shared by all), then every
 * relationship that is not "ownership" gets its copies permuted: copy c of `a -> b` becomes
 * `a_c -> b_π(c)` with π a random permutation of the k copies, drawn per seed relationship.
 * Each node still has exactly one copy of each of its original relationships in each
 * direction, so the labels, the relationship types (with their label pairs) and the degree
 * of every node are those of the seed graph: the degree distribution is the seed's,
 * exactly, at every size. The permutation only decides which copy is at the other end, so
 * the graph is one connected web rather than k islands, and no duplicate triple or self
 * loop can arise (distinct seed relationships differ in an end or a type, and no seed
 * relationship joins a node to itself).
 *
 * Ownership (an ActionPart's PART_OF, HAS_TARGET, HAS_MEASUREMENT, HAS_MILESTONE) stays
 * inside its copy, so an action's parts, targets and milestones stay together as in the
 * report. Copy 0 keeps the seed's ids and names, so the benchmark questions ask about the
 * same nodes (org-slo, action-03, ...) at every size. Every node and relationship keeps
 * the quote of the seed element it copies, so the import's provenance rules hold.
 */
import type {
  PropertyValue,
  SeedGraph,
  SeedNode,
  SeedRelationship,
} from '../src/seeds/load-seeds.ts';
import { mulberry32, permutation } from './prng.ts';

export interface GraphShape {
  readonly nodes: number;
  readonly relationships: number;
  readonly nodesByLabel: Readonly<Record<string, number>>;
  readonly relationshipsByType: Readonly<Record<string, number>>;
  /** Total degree (in + out) -> number of nodes with it. */
  readonly degreeHistogram: Readonly<Record<number, number>>;
  readonly meanDegree: number;
  readonly maxDegree: number;
}

export interface GeneratedGraph {
  readonly graph: SeedGraph;
  readonly copies: number;
  readonly seedShape: GraphShape;
  readonly shape: GraphShape;
  /** True when labels, types and degree histogram are exactly `copies` times the seed's. */
  readonly sameShapeAsSeed: boolean;
}

export interface GenerateOptions {
  readonly targetNodes: number;
  readonly seed: number;
}

const SHARED_LABELS = new Set(['Source']);
const ACTIONS_PER_COPY = 22;
const PILLARS_PER_COPY = 3;

/** Relationships that stay inside their copy: an owner and what it owns. */
function isOwnership(rel: SeedRelationship, labelOf: ReadonlyMap<string, string>): boolean {
  if (rel.type === 'PART_OF') return labelOf.get(rel.from) === 'ActionPart';
  return (
    rel.type === 'HAS_TARGET' || rel.type === 'HAS_MEASUREMENT' || rel.type === 'HAS_MILESTONE'
  );
}

/** "1k" -> 1000, "1M" -> 1000000, "2500" -> 2500. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!match) throw new Error(`not a graph size: "${text}" (use e.g. 1k, 10k, 1M)`);
  const factor = match[2]?.toLowerCase() === 'k' ? 1e3 : match[2]?.toLowerCase() === 'm' ? 1e6 : 1;
  return Math.round(Number(match[1]) * factor);
}

export function formatSize(nodes: number): string {
  if (nodes >= 1e6 && nodes % 1e6 === 0) return `${nodes / 1e6}M`;
  if (nodes >= 1e3 && nodes % 1e3 === 0) return `${nodes / 1e3}k`;
  return String(nodes);
}

export function measureShape(graph: Pick<SeedGraph, 'nodes' | 'relationships'>): GraphShape {
  const nodesByLabel: Record<string, number> = {};
  for (const node of graph.nodes) nodesByLabel[node.label] = (nodesByLabel[node.label] ?? 0) + 1;
  const relationshipsByType: Record<string, number> = {};
  const degree = new Map<string, number>(graph.nodes.map((node) => [node.id, 0]));
  for (const rel of graph.relationships) {
    relationshipsByType[rel.type] = (relationshipsByType[rel.type] ?? 0) + 1;
    degree.set(rel.from, (degree.get(rel.from) ?? 0) + 1);
    degree.set(rel.to, (degree.get(rel.to) ?? 0) + 1);
  }
  const degreeHistogram: Record<number, number> = {};
  let maxDegree = 0;
  for (const d of degree.values()) {
    degreeHistogram[d] = (degreeHistogram[d] ?? 0) + 1;
    maxDegree = Math.max(maxDegree, d);
  }
  return {
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
    nodesByLabel,
    relationshipsByType,
    degreeHistogram,
    meanDegree:
      graph.nodes.length === 0 ? 0 : (2 * graph.relationships.length) / graph.nodes.length,
    maxDegree,
  };
}

/** Number of copies that gets closest to the target node count. */
export function copiesFor(seedGraph: SeedGraph, targetNodes: number): number {
  const shared = seedGraph.nodes.filter((n) => SHARED_LABELS.has(n.label)).length;
  const perCopy = seedGraph.nodes.length - shared;
  return Math.max(1, Math.round((targetNodes - shared) / perCopy));
}

export function generateGraph(seedGraph: SeedGraph, options: GenerateOptions): GeneratedGraph {
  const copies = copiesFor(seedGraph, options.targetNodes);
  const prng = mulberry32(options.seed);
  const labelOf = new Map(seedGraph.nodes.map((n) => [n.id, n.label as string]));
  const shared = new Set(
    seedGraph.nodes.filter((n) => SHARED_LABELS.has(n.label)).map((n) => n.id),
  );
  const copyId = (id: string, copy: number): string =>
    copy === 0 || shared.has(id) ? id : `${id}-x${copy}`;

  const nodes: SeedNode[] = [];
  for (const node of seedGraph.nodes.filter((n) => shared.has(n.id))) nodes.push(node);
  for (let copy = 0; copy < copies; copy++) {
    for (const node of seedGraph.nodes) {
      if (shared.has(node.id)) continue;
      nodes.push(copyNode(node, copy, copyId(node.id, copy)));
    }
  }

  const relationships: SeedRelationship[] = [];
  for (const rel of seedGraph.relationships) {
    const own = isOwnership(rel, labelOf);
    const targets = own ? null : permutation(copies, prng);
    for (let copy = 0; copy < copies; copy++) {
      const from = copyId(rel.from, copy);
      const to = copyId(rel.to, targets ? targets[copy]! : copy);
      const key = `${rel.type}:${from}->${to}`;
      relationships.push({
        ...rel,
        key,
        from,
        to,
        properties: { ...rel.properties, id: key },
        file: 'bench/generator.ts',
        line: 0,
      });
    }
  }

  const graph: SeedGraph = { nodes, relationships, sourceText: seedGraph.sourceText };
  assertQuotesOccur(graph);
  const seedShape = measureShape(seedGraph);
  const shape = measureShape(graph);
  return {
    graph,
    copies,
    seedShape,
    shape,
    sameShapeAsSeed: scaledEqual(seedShape, shape, copies, shared.size),
  };
}

function copyNode(node: SeedNode, copy: number, id: string): SeedNode {
  if (copy === 0) return node;
  const properties: Record<string, PropertyValue> = {
    ...node.properties,
    id,
    // A suffix keeps names distinct (sorting and paging need a total order) while the
    // words, and so the search behaviour, stay those of the seed.
    name: `${String(node.properties.name)} ${copy}`,
  };
  if (node.label === 'Action') {
    properties.number = copy * ACTIONS_PER_COPY + Number(node.properties.number);
  }
  if (node.label === 'Pillar') {
    properties.number = copy * PILLARS_PER_COPY + Number(node.properties.number);
  }
  return { ...node, id, properties, file: 'bench/generator.ts', line: 0 };
}

/** The import refuses a quote that is not in the report; fail here, before Neo4j, if one is not. */
function assertQuotesOccur(graph: SeedGraph): void {
  const quotes = new Set<string>();
  for (const element of [...graph.nodes, ...graph.relationships]) {
    quotes.add(String(element.properties.quote));
  }
  for (const quote of quotes) {
    if (!graph.sourceText.includes(quote)) {
      throw new Error(
        `generated graph has a quote that is not in the source text: ${quote.slice(0, 80)}`,
      );
    }
  }
}

function scaledEqual(
  seed: GraphShape,
  shape: GraphShape,
  copies: number,
  sharedNodes: number,
): boolean {
  const scaled = (counts: Readonly<Record<string | number, number>>, key: string | number) =>
    (counts[key] ?? 0) * copies;
  for (const label of Object.keys(seed.nodesByLabel)) {
    const expected =
      label === 'Source' ? seed.nodesByLabel[label] : scaled(seed.nodesByLabel, label);
    if (shape.nodesByLabel[label] !== expected) return false;
  }
  for (const type of Object.keys(seed.relationshipsByType)) {
    if (shape.relationshipsByType[type] !== scaled(seed.relationshipsByType, type)) return false;
  }
  // Shared nodes have no relationships in the seed (the Source is reached by property).
  for (const degree of Object.keys(seed.degreeHistogram).map(Number)) {
    const expected =
      scaled(seed.degreeHistogram, degree) - (degree === 0 ? sharedNodes * (copies - 1) : 0);
    if (shape.degreeHistogram[degree] !== expected) return false;
  }
  return true;
}
