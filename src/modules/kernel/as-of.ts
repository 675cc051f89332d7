/**
 * `asOf`: the graph as the sources dated up to a day state it. A root field given asOf
 * marks each node it returns with the ids of the sources visible then; the fields of that
 * node (its involvements, parts, milestones, ...) keep only what those sources state. The
 * mark travels on the node model (a request's own objects), not in the loaders' caches, so
 * the same batch serves a request's asOf and current reads alike.
 */
import type { NodeModel } from './models.ts';

export interface AsOf {
  /** The last day it covers, YYYY-MM-DD. */
  readonly bound: string;
  readonly sources: ReadonlySet<string>;
}

const AS_OF_KEY = '__asOf';

export function withAsOf(node: NodeModel, asOf: AsOf | null): NodeModel {
  return asOf ? { ...node, [AS_OF_KEY]: asOf } : node;
}

export function asOfOf(node: NodeModel): AsOf | null {
  return (node[AS_OF_KEY] as AsOf | undefined) ?? null;
}

/** Whether what these sources state is visible from `node` (always, without asOf). */
export function visibleFrom(node: NodeModel, ...sources: unknown[]): boolean {
  const asOf = asOfOf(node);
  if (!asOf) return true;
  return sources.every((source) => typeof source !== 'string' || asOf.sources.has(source));
}

/** The nodes of a list visible from `parent`. */
export function nodesVisibleFrom<T extends NodeModel>(parent: NodeModel, nodes: T[]): T[] {
  return asOfOf(parent) ? nodes.filter((node) => visibleFrom(parent, node.source)) : nodes;
}

/**
 * Whether an operation passes `asOf` to any of its root fields: its statements then send
 * each relationship's `source`, which filtering by date needs (the projection is fitted to
 * the document, so this is known from the document alone).
 */
export function operationUsesAsOf(
  rootFields: Iterable<{
    readonly nodes: readonly {
      readonly arguments?: readonly { readonly name: { readonly value: string } }[];
    }[];
  }>,
): boolean {
  for (const field of rootFields) {
    for (const node of field.nodes) {
      if (node.arguments?.some((argument) => argument.name.value === 'asOf')) return true;
    }
  }
  return false;
}
