/**
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
import {
  Kind,
  getNamedType,
  isObjectType,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { NodeLabel } from '../../graph/contract.ts';
import { propertiesOf, type Projection } from '../kernel/projection.ts';
import { fieldDefinition } from './schema-fields.ts';

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
  evidence: { own: ['quote'], ownWhen: { 'Evidence.source': ['source'] } },
  precision: { own: ['date'] },
  // A measurement is compared with its target's target and baseline.
  reachesTarget: { own: ['value'], of: { Target: ['target', 'baseline'] } },
};

const cache = new WeakMap<OperationDefinitionNode, Projection>();
const selectedCache = new WeakMap<
  OperationDefinitionNode,
  ReadonlyMap<string, ReadonlySet<string>>
>();

export function fittedProjection(info: GraphQLResolveInfo): Projection {
  let projection = cache.get(info.operation);
  if (!projection) {
    projection = buildProjection(info);
    cache.set(info.operation, projection);
  }
  return projection;
}

/**
 * The fields selected on each type anywhere in the operation (and the fragments it
 * spreads), by type name; built once per parsed operation.
 */
export function selectedFields(info: GraphQLResolveInfo): ReadonlyMap<string, ReadonlySet<string>> {
  let selected = selectedCache.get(info.operation);
  if (!selected) {
    selected = selectedFieldsByType(info);
    selectedCache.set(info.operation, selected);
  }
  return selected;
}

function buildProjection(info: GraphQLResolveInfo): Projection {
  const selected = selectedFields(info);
  const allSelected = new Set([...selected.values()].flatMap((fields) => [...fields]));
  const memo = new Map<NodeLabel, ReadonlySet<string>>();
  const wantedOf = (label: NodeLabel): ReadonlySet<string> => {
    const known = memo.get(label);
    if (known) return known;
    const wanted = new Set(ALWAYS);
    const type = info.schema.getType(label);
    const typeNames = [
      label,
      ...(isObjectType(type) ? type.getInterfaces().map((i) => i.name) : []),
    ];
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
  const wholeRelations = allSelected.has('relation');
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

/**
 * The fields selected on each type, over the operation and the fragments it spreads; a
 * fragment or inline fragment counts for its type condition.
 */
function selectedFieldsByType(info: GraphQLResolveInfo): Map<string, Set<string>> {
  const selected = new Map<string, Set<string>>();
  const visit = (typeName: string, selectionSet: SelectionSetNode, seen: ReadonlySet<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        const fields = selected.get(typeName) ?? new Set<string>();
        fields.add(name);
        selected.set(typeName, fields);
        if (!selection.selectionSet) continue;
        const field = fieldDefinition(info, typeName, name);
        if (field) visit(getNamedType(field.type).name, selection.selectionSet, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.typeCondition?.name.value ?? typeName, selection.selectionSet, seen);
      } else {
        const name = selection.name.value;
        const fragment = info.fragments[name];
        if (!fragment || seen.has(name)) continue;
        visit(fragment.typeCondition.name.value, fragment.selectionSet, new Set([...seen, name]));
      }
    }
  };
  const root = info.schema.getRootType(info.operation.operation);
  if (root) visit(root.name, info.operation.selectionSet, new Set());
  return selected;
}
