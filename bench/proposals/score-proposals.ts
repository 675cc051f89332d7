/**
 * Scores fact proposals against the curated seed graph: what the curators took from the 2014
 * report is the gold, and the proposer saw only the graph's entities (no relationships, no
 * milestones, measurements or targets).
 */
import { INVOLVEMENT_TYPES, type NodeLabel } from '../../src/graph/contract.ts';
import type { KnownNode, ProposedFact } from '../../src/modules/proposals/propose-facts.ts';
import type { SeedGraph, SeedNode } from '../../src/seeds/load-seeds.ts';

/** The labels the proposer may know: entities, actions, their parts and the pillars. */
export const KNOWN_LABELS: readonly NodeLabel[] = [
  'Organisation',
  'Programme',
  'Topsector',
  'Region',
  'Action',
  'ActionPart',
  'Pillar',
];

export function knownNodesOf(graph: SeedGraph): KnownNode[] {
  return graph.nodes
    .filter((node) => KNOWN_LABELS.includes(node.label))
    .map((node) => {
      const { name, aliases, number, code } = node.properties;
      return {
        id: node.id,
        label: node.label,
        names: [String(name), ...(Array.isArray(aliases) ? aliases : [])],
        ...(node.label === 'Action' && typeof number === 'number' ? { number } : {}),
        ...(node.label === 'ActionPart' && typeof code === 'string' ? { code } : {}),
      };
    });
}

export interface PairScore {
  readonly gold: number;
  readonly proposed: number;
  /** Gold pairs some proposal names. */
  readonly found: number;
  /** Proposals whose pair is gold. */
  readonly correct: number;
  readonly recall: number;
  readonly precision: number;
}

export interface InvolvementScore {
  readonly threshold: number;
  /** (actor, Action or ActionPart) exactly as curated. */
  readonly exact: PairScore;
  /** (actor, action), a part counted as its action. */
  readonly actionLevel: PairScore;
  /** Of the exactly matched proposals: how many have the curated type. */
  readonly typeAgreement: { readonly matched: number; readonly sameType: number };
}

interface GoldPair {
  readonly from: string;
  readonly to: string;
  readonly type: string;
}

export class ProposalScorer {
  private readonly byId: ReadonlyMap<string, SeedNode>;
  private readonly actionOf: ReadonlyMap<string, string>;
  readonly goldPairs: readonly GoldPair[];

  constructor(private readonly graph: SeedGraph) {
    this.byId = new Map(graph.nodes.map((node) => [node.id, node]));
    const actionOf = new Map<string, string>();
    for (const node of graph.nodes) if (node.label === 'Action') actionOf.set(node.id, node.id);
    for (const rel of graph.relationships) {
      if (rel.type === 'PART_OF' && this.byId.get(rel.from)?.label === 'ActionPart') {
        actionOf.set(rel.from, rel.to);
      }
    }
    this.actionOf = actionOf;
    const involvement: readonly string[] = INVOLVEMENT_TYPES;
    this.goldPairs = graph.relationships
      .filter((rel) => involvement.includes(rel.type) && actionOf.has(rel.to))
      .map((rel) => ({ from: rel.from, to: rel.to, type: rel.type }));
  }

  involvements(proposals: readonly ProposedFact[], threshold: number): InvolvementScore {
    const edits = proposals
      .filter(
        (p) => (p.kind === 'INVOLVEMENT' || p.kind === 'MENTION') && p.confidence >= threshold,
      )
      .flatMap((p) => p.edits)
      .flatMap((e) => (e.op === 'addRelationship' && this.actionOf.has(e.to) ? [e] : []));
    const score = (level: (id: string) => string): PairScore => {
      const gold = new Set(this.goldPairs.map((g) => `${g.from}->${level(g.to)}`));
      const proposedPairs = edits.map((e) => `${e.from}->${level(e.to)}`);
      const proposed = new Set(proposedPairs);
      const found = [...gold].filter((pair) => proposed.has(pair)).length;
      const correct = [...proposed].filter((pair) => gold.has(pair)).length;
      return {
        gold: gold.size,
        proposed: proposed.size,
        found,
        correct,
        recall: gold.size === 0 ? 0 : found / gold.size,
        precision: proposed.size === 0 ? 0 : correct / proposed.size,
      };
    };
    const goldTypes = new Map<string, Set<string>>();
    for (const g of this.goldPairs) {
      const key = `${g.from}->${g.to}`;
      goldTypes.set(key, (goldTypes.get(key) ?? new Set()).add(g.type));
    }
    let matched = 0;
    let sameType = 0;
    for (const edit of edits) {
      const types = goldTypes.get(`${edit.from}->${edit.to}`);
      if (!types) continue;
      matched += 1;
      if (types.has(edit.type)) sameType += 1;
    }
    return {
      threshold,
      exact: score((id) => id),
      actionLevel: score((id) => this.actionOf.get(id) ?? id),
      typeAgreement: { matched, sameType },
    };
  }

  /** Curated milestones of actions as (action, date); found when a MILESTONE proposal has both. */
  milestones(proposals: readonly ProposedFact[], threshold: number): RecallScore {
    const gold = new Set<string>();
    for (const rel of this.graph.relationships) {
      const action = this.actionOf.get(rel.from);
      const milestone = this.byId.get(rel.to);
      if (rel.type !== 'HAS_MILESTONE' || !action || milestone?.label !== 'Milestone') continue;
      gold.add(`${action}@${milestone.properties.date}`);
    }
    const proposed = new Set<string>();
    for (const p of proposals) {
      if (p.kind !== 'MILESTONE' || p.confidence < threshold) continue;
      const node = p.edits.find((e) => e.op === 'addNode');
      const rel = p.edits.find((e) => e.op === 'addRelationship');
      if (node?.op !== 'addNode' || rel?.op !== 'addRelationship') continue;
      proposed.add(`${this.actionOf.get(rel.from) ?? rel.from}@${node.properties.date}`);
    }
    return recallOf(gold, proposed);
  }

  /**
   * Every number the curators stored (Measurement values, Target targets, baselines and
   * current values, relationship amounts), each where its quote stands in the text; found
   * when an AMOUNT proposal (or a FUNDS edit's amount) has the same value and its quote
   * lies within `near` characters of that place.
   */
  numbers(proposals: readonly ProposedFact[], threshold: number, near = 200): RecallScore {
    const text = this.graph.sourceText;
    const gold: { key: string; value: number; starts: number[]; end: number }[] = [];
    const place = (quote: unknown): number[] => {
      if (typeof quote !== 'string' || quote.length === 0) return [];
      const starts: number[] = [];
      for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) starts.push(at);
      return starts;
    };
    const add = (key: string, value: unknown, quote: unknown): void => {
      if (typeof value !== 'number') return;
      const starts = place(quote);
      if (starts.length === 0) return;
      gold.push({ key, value, starts, end: String(quote).length });
    };
    for (const node of this.graph.nodes) {
      if (node.label === 'Measurement')
        add(`${node.id}.value`, node.properties.value, node.properties.quote);
      if (node.label === 'Target') {
        for (const field of ['target', 'baseline', 'current']) {
          add(`${node.id}.${field}`, node.properties[field], node.properties.quote);
        }
      }
    }
    for (const rel of this.graph.relationships) {
      add(`${rel.key}.amount`, rel.properties.amount, rel.properties.quote);
    }
    const stated: { value: number; start: number; end: number }[] = [];
    for (const p of proposals) {
      if (p.confidence < threshold) continue;
      for (const edit of p.edits) {
        const value =
          p.kind === 'AMOUNT' && edit.op === 'addNode'
            ? edit.properties.value
            : edit.op === 'addRelationship'
              ? edit.amount
              : undefined;
        if (typeof value === 'number')
          stated.push({ value, start: p.selector.start, end: p.selector.end });
      }
    }
    let found = 0;
    for (const g of gold) {
      const hit = stated.some(
        (s) =>
          s.value === g.value &&
          g.starts.some((start) => s.start < start + g.end + near && start - near < s.end),
      );
      if (hit) found += 1;
    }
    return { gold: gold.length, found, recall: gold.length === 0 ? 0 : found / gold.length };
  }
}

export interface RecallScore {
  readonly gold: number;
  readonly found: number;
  readonly recall: number;
  /** For a set of proposals: how many there were, and how many match gold. */
  readonly proposed?: number;
  readonly correct?: number;
}

function recallOf(gold: ReadonlySet<string>, proposed: ReadonlySet<string>): RecallScore {
  const found = [...gold].filter((g) => proposed.has(g)).length;
  const correct = [...proposed].filter((p) => gold.has(p)).length;
  return {
    gold: gold.size,
    found,
    recall: gold.size === 0 ? 0 : found / gold.size,
    proposed: proposed.size,
    correct,
  };
}
