/**
 * Links into the source viewer, and from a quote back to the graph. A passage is named by
 * its TextPositionSelector (code points) and, where known, the fact that quotes it: a
 * passage can be quoted by several facts, and a derived edge has no fact of its own.
 */
import { routeLink } from './dom.ts';

export interface PassageFocus {
  /** Code point offsets into `Source.text`, as `TextSelector.start`/`end`. */
  readonly start?: number;
  readonly end?: number;
  /** A node id, or a relationship id `TYPE:from->to`. */
  readonly fact?: string;
}

export function sourceRoute(sourceId: string, focus: PassageFocus = {}, tab?: 'review'): string {
  const params = new URLSearchParams();
  if (focus.start !== undefined) params.set('at', String(focus.start));
  if (focus.end !== undefined) params.set('end', String(focus.end));
  if (focus.fact) params.set('fact', focus.fact);
  const query = params.toString();
  return `/source/${encodeURIComponent(sourceId)}${tab ? `/${tab}` : ''}${query ? `?${query}` : ''}`;
}

export function focusOf(params: URLSearchParams): PassageFocus {
  const number = (name: string) => {
    const value = params.get(name);
    return value !== null && /^\d+$/.test(value) ? Number(value) : undefined;
  };
  return { start: number('at'), end: number('end'), fact: params.get('fact') ?? undefined };
}

/** "Show in source": the viewer scrolled to this evidence's passage. */
export function showInSourceLink(
  evidence: {
    source?: { id: string } | null;
    selector?: { start: number; end: number } | null;
  },
  fact?: string,
): HTMLAnchorElement | null {
  if (!evidence.source || !evidence.selector) return null;
  const { start, end } = evidence.selector;
  return routeLink(sourceRoute(evidence.source.id, { start, end, fact }), 'Show in source', {
    className: 'show-in-source',
  });
}

/** Where the explore view shows a fact: a node as the root, a relationship from its source end, opened. */
export function factRoute(factId: string): string {
  const relationship = /^[A-Z_]+:(.+)->(.+)$/.exec(factId);
  if (!relationship) return `/explore/${encodeURIComponent(factId)}`;
  const params = new URLSearchParams({ edge: factId });
  return `/explore/${encodeURIComponent(relationship[1]!)}?${params.toString()}`;
}
