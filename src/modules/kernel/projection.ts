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
import { operationUsesAsOf } from './as-of.ts';
import type { OperationAnalysis } from './operation.ts';

/**
 * Stored on every node besides the seed properties; `sortName` is the keyset cursor's key,
 * `revision` the edit that last changed it (absent on what the import wrote).
 */
const STORED_ON_EVERY_NODE = ['id', 'source', 'sortName', 'revision'];

/**
 * A whole node costs one hit per stored property: about this many for the largest labels.
 * (15 with `revision`, which only edited nodes store, and `quoteStart`, which every node does: the same choice per label as before.)
 */
const WHOLE_NODE_PROPERTIES = 15;

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
 * read-ahead statement may use a narrower one, fitted to its own request (fittedProjection).
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

/*
 * A projection fitted to one operation: of each node, only the properties some field of the
 * operation reads on that node's type, and relationships only when some field asks for a
 * `relation`. Fetching every property the API could read (the loaders' full projection)
 * sent, for a page of actions with their leads, each action's commitment and each actor's
 * quote and description, and cost one db hit per property (benchmark Q2 at 1k: 1,480 db
 * hits with the full projection, 1,192 fitted by field name).
 *
 * Fields count per type: a field selected on an object type counts for nodes of that label
 * (our object types are named as the labels), a field selected on an interface (Node,
 * Actor) for every label whose type implements it. Fitting by field name alone, whatever
 * the type, sent every action's and part's long `name` when only the actors' names were
 * asked (Q2: 11.7 kB a page, where the answer is 5 kB); the driver's decoding of what is
 * sent was the largest cost of a request on the Node side.
 *
 * Only a read-ahead statement uses it: its rows go to the loaders of this request alone. A
 * field whose resolver reads a property of another name, or of another node, is in READS.
 * The projection depends on the document only (@skip/@include are ignored: a field they
 * leave out costs a property, never a wrong answer), so it is built once per parsed
 * operation, which Apollo keeps across requests with the same query text.
 */

/**
 * Kept whatever is selected: the id, and what resolvers sort and filter by (parts by code,
 * region parts by level) or page by (actions by number). A statement that reads another
 * property of its own projection asks for it (`keep`: a page's sortName cursor, ...).
 */
const ALWAYS = ['id', 'number', 'code', 'date', 'level'];

/**
 * Fields whose resolvers read properties under other names: of the node the field is
 * selected on (`own`; `ownWhen`: only while a field below it, `Type.field`, is selected), or
 * of nodes of another label (`of`).
 */
const READS: Readonly<
  Record<
    string,
    {
      readonly own?: readonly string[];
      readonly ownWhen?: Readonly<Record<string, readonly string[]>>;
      readonly of?: Partial<Record<NodeLabel, readonly string[]>>;
    }
  >
> = {
  // Evidence is built from the node's quote and source id (Evidence.source loads the Source).
  evidence: {
    own: ['quote'],
    ownWhen: {
      'Evidence.source': ['source'],
      'Evidence.statedIn': ['revision'],
      'Evidence.selector': ['source', 'quoteStart'],
      'Evidence.validFrom': ['source'],
    },
  },
  precision: { own: ['date'] },
  // A Source's text is read from the file its path names, or from the database by its
  // file's sha256, checked by the text's sha256 (source-texts.ts).
  text: { own: ['path', 'sha256', 'textSha256'] },
  quotations: { own: ['path', 'sha256', 'textSha256'] },
  textSha256: { own: ['sha256'] },
  // A measurement is compared with its target's target and baseline.
  reachesTarget: { own: ['value'], of: { Target: ['target', 'baseline'] } },
};

/** The interfaces an object type implements (structurally: see operation.ts). */
function interfacesOf(type: unknown): string[] {
  const withInterfaces = type as { getInterfaces?: () => readonly { name: string }[] } | undefined;
  return withInterfaces?.getInterfaces?.().map((i) => i.name) ?? [];
}

/** The projection fitted to an operation; built once per analysis. */
export function fittedProjection(analysis: OperationAnalysis): Projection {
  return analysis.derive('fitted projection', buildProjection);
}

function buildProjection(analysis: OperationAnalysis): Projection {
  const selected = analysis.selectedByType;
  const allSelected = new Set([...selected.values()].flatMap((fields) => [...fields]));
  const memo = new Map<NodeLabel, ReadonlySet<string>>();
  const wantedOf = (label: NodeLabel): ReadonlySet<string> => {
    const known = memo.get(label);
    if (known) return known;
    const wanted = new Set(ALWAYS);
    const type = analysis.schema.getType(label);
    const typeNames = [label, ...interfacesOf(type)];
    for (const typeName of typeNames) {
      for (const field of selected.get(typeName) ?? []) {
        wanted.add(field);
        for (const property of READS[field]?.own ?? []) wanted.add(property);
        for (const [below, properties] of Object.entries(READS[field]?.ownWhen ?? {})) {
          const [belowType, belowField] = below.split('.');
          if (selected.get(belowType!)?.has(belowField!))
            for (const property of properties) wanted.add(property);
        }
      }
    }
    for (const field of allSelected) {
      for (const property of READS[field]?.of?.[label] ?? []) wanted.add(property);
    }
    memo.set(label, wanted);
    return wanted;
  };
  // asOf filters involvements by their relationship's source (as-of.ts): it needs them.
  const wholeRelations =
    allSelected.has('relation') || operationUsesAsOf(analysis.rootFields.values());
  // Statements ask for the same few projections on every request.
  const projected = new Map<string, string>();
  return {
    node: (variable, labels, keep = []) => {
      const key = `${variable}|${labels.join(',')}|${keep.join(',')}`;
      const known = projected.get(key);
      if (known !== undefined) return known;
      const wanted = new Set(keep);
      for (const label of labels) for (const property of wantedOf(label)) wanted.add(property);
      const projection = `${variable} {${propertiesOf(labels)
        .filter((property) => wanted.has(property))
        .map((property) => `.${property}`)
        .join(', ')}}`;
      projected.set(key, projection);
      return projection;
    },
    relation: (variable) => (wholeRelations ? variable : 'null'),
  };
}
