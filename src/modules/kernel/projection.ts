/**
 * What a statement returns for a node: a map projection of the properties the API reads,
 * picked per label set at load time. Returning the whole node sends (and reads, one db hit
 * each) the derived search keys too (`foldedNames`, `searchAliases`, `searchText`, the
 * latter as long as the quote), which no resolver reads; for a known label set a
 * projection reads fewer properties. Where the label is unknown (any node), the union of
 * every label's properties would cost more hits than the node itself, so those statements
 * keep returning the node. An absent property projects as null; toNodeModel drops nulls
 * (Neo4j stores no nulls), so a projected node and a whole node give the same model.
 */
import {
  COMMON_NODE_PROPERTIES,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type RelationshipType,
} from '../../graph/contract.ts';

/** Stored on every node besides the seed properties; `sortName` is the keyset cursor's key. */
const STORED_ON_EVERY_NODE = ['id', 'source', 'sortName'];

/** A whole node costs one hit per stored property: about this many for the largest labels. */
const WHOLE_NODE_PROPERTIES = 13;

export function propertiesOf(labels: readonly NodeLabel[]): string[] {
  const keys = new Set([...STORED_ON_EVERY_NODE, ...Object.keys(COMMON_NODE_PROPERTIES)]);
  for (const label of labels) for (const key of Object.keys(NODE_LABELS[label])) keys.add(key);
  return [...keys];
}

/** `v {.id, .name, ...}` for nodes with one of `labels`; the whole node when that is cheaper. */
export function nodeProjection(variable: string, labels: readonly NodeLabel[]): string {
  const keys = propertiesOf(labels);
  if (keys.length > WHOLE_NODE_PROPERTIES) return variable;
  return `${variable} {${keys.map((key) => `.${key}`).join(', ')}}`;
}

/** Labels a node can have at the `direction` end of relationships of `types`. */
export function labelsAtEnd(
  types: readonly RelationshipType[],
  end: 'from' | 'to' | 'both',
): NodeLabel[] {
  const labels = new Set<NodeLabel>();
  for (const type of types) {
    const spec = RELATIONSHIP_TYPES[type];
    if (end !== 'to') for (const label of spec.from) labels.add(label);
    if (end !== 'from') for (const label of spec.to) labels.add(label);
  }
  return [...labels];
}

/**
 * How a statement returns the nodes and relationships it reads. The full projection (every
 * property the API reads) is what loaders use, since their values may serve any field; a
 * read-ahead statement may use a narrower one, fitted to its own request (see
 * src/modules/lookahead/fitted-projection.ts).
 */
export interface Projection {
  /** `keep`: properties the statement itself reads from the projected map (its ORDER BY). */
  readonly node: (
    variable: string,
    labels: readonly NodeLabel[],
    keep?: readonly string[],
  ) => string;
  readonly relation: (variable: string) => string;
}

export const FULL_PROJECTION: Projection = {
  node: (variable, labels) => nodeProjection(variable, labels),
  relation: (variable) => variable,
};

/**
 * The `labels` column of a statement whose node can only have one label: that label as a
 * literal (from the fixed table, never input), since `labels(n)` costs a db hit per row.
 */
export function labelsColumn(variable: string, labels: readonly NodeLabel[]): string {
  return labels.length === 1 ? `['${labels[0]}']` : `labels(${variable})`;
}
