/**
 * The depth of a GraphQL query: how many levels of fields with a selection below them it
 * nests (`{ organisation(id:) { name } }` is 1). Our round-trip contract is "at most one per
 * level", so this is the bound the runner checks ours against. Fragments count where they
 * are spread; inline fragments add no level.
 */
import { Kind, parse, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

export function queryDepth(query: string): number {
  const document = parse(query);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  const depthOf = (set: SelectionSetNode | undefined): number => {
    if (!set) return 0;
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.selectionSet)
          deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet));
      } else {
        deepest = Math.max(deepest, depthOf(fragments.get(selection.name.value)?.selectionSet));
      }
    }
    return deepest;
  };
  let depth = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION)
      depth = Math.max(depth, depthOf(definition.selectionSet));
  }
  return depth;
}
