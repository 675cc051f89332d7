/**
 * A node's properties as stored: its contract properties plus the derived keys the reads
 * depend on. One function, so that a node written by the import and one written by an edit
 * are found, sorted and searched alike.
 */
import type { PropertyValue } from './fact-check.ts';
import { foldText } from './text-folding.ts';

export function storedNodeProperties(
  properties: Readonly<Record<string, PropertyValue>>,
): Record<string, unknown> {
  const aliases = (properties.aliases as string[] | undefined) ?? [];
  const name = String(properties.name);
  return {
    ...properties,
    // Derived keys: sorting by folded name, exact look-up by any name, full-text search,
    // and substring filters (milestone text) that ignore case and accents.
    sortName: foldText(name),
    foldedNames: [...new Set([name, ...aliases].map(foldText))],
    searchAliases: aliases.join(' | '),
    searchText: foldText(
      `${name} ${String(properties.quote)} ${String(properties.dateText ?? '')}`,
    ),
  };
}

/** The derived keys, which a snapshot of an edit leaves out (they follow from the rest). */
export const DERIVED_NODE_KEYS = [
  'sortName',
  'foldedNames',
  'searchAliases',
  'searchText',
] as const;
