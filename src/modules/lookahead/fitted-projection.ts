/**
 * A projection fitted to one request: of each node, only the properties some field of the
 * operation reads, and relationships whole only when some field asks for a `relation`.
 * Fetching every property the API could read (the loaders' full projection) sent, for a
 * page of actions with their leads, each action's commitment and each actor's quote and
 * description, and cost one db hit per property (benchmark Q2 at 1k: 1,480 db hits with the
 * full projection, 1,192 fitted; Q5 238 to 108).
 *
 * Only a read-ahead statement uses it: its rows go to the loaders of this request alone, and
 * every field of the operation, wherever it is, was counted. The field names are taken from
 * the whole document regardless of type, so a property is kept if any type's field of that
 * name is selected; a field whose resolver reads a property of another name is in READS.
 */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { propertiesOf, type Projection } from '../nodes/node-projection.ts';

/**
 * Kept whatever is selected: the id, and what resolvers sort and filter by (parts by code,
 * region parts by level) or page by (actions by number). A statement that reads another
 * property of its own projection asks for it (`keep`: a page's sortName cursor, ...).
 */
const ALWAYS = ['id', 'number', 'code', 'date', 'level'];

/** Fields whose resolvers read properties under other names. */
const READS: Readonly<Record<string, readonly string[]>> = {
  // Evidence.source reads `source`, a field of that name: counted when selected.
  evidence: ['quote'],
  precision: ['date'],
  reachesTarget: ['value', 'target', 'baseline'],
};

export function fittedProjection(info: GraphQLResolveInfo): Projection {
  const names = selectedFieldNames(info);
  const wanted = new Set(ALWAYS);
  for (const name of names) {
    wanted.add(name);
    for (const property of READS[name] ?? []) wanted.add(property);
  }
  const wholeRelations = names.has('relation');
  return {
    node: (variable, labels, keep = []) =>
      `${variable} {${propertiesOf(labels)
        .filter((key) => wanted.has(key) || keep.includes(key))
        .map((key) => `.${key}`)
        .join(', ')}}`,
    relation: (variable) => (wholeRelations ? variable : `${variable} {.id}`),
  };
}

/** Every field name in the operation and in every fragment of the document. */
function selectedFieldNames(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        names.add(selection.name.value);
        visit(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      }
    }
  };
  visit(info.operation.selectionSet);
  for (const fragment of Object.values(info.fragments)) visit(fragment.selectionSet);
  return names;
}
