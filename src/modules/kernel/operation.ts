/**
 * The one walk of an operation, and the one cache of what is derived from it. A request's
 * operation is walked once, as it would execute (fragments expanded where spread, each
 * under its type condition), and the walk gives at once:
 * - the limit measures (depth, aliases, directives, cost; src/api/query-limits.ts checks
 *   them before any resolver runs);
 * - the fields selected on each type (what a fitted projection sends, projection.ts and
 *   network/subgraph-projection.ts), whatever @skip/@include say: a field they leave out
 *   costs a property, never a wrong answer;
 * - the selection merged by response key as the executor merges it, @skip/@include
 *   applied, under each root field (what read-ahead.ts plans its levels from).
 *
 * The analysis depends on the operation and its variables only. Apollo keeps a parsed
 * document across requests with the same text, so the analyses are kept per operation
 * node, by variables (at most MAX_PER_OPERATION of them; a cursor varies freely), and what
 * is derived from an analysis (`derive`) is kept with it: one cache, not one per user.
 *
 * Type questions are answered structurally (ofType, getFields), not with graphql's
 * isListType/isObjectType: those refuse a schema built by another copy of graphql, which a
 * test runner's module loader can produce ("from another module or realm"). The limits
 * are measured here rather than with graphql-query-complexity for the same reason.
 */
import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getDirectiveValues,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** Assumed size of a list without `first` (an action has at most ~20 actors). */
export const DEFAULT_LIST_SIZE = 20;
/** Assumed page of a connection without `first` (its default). */
const DEFAULT_PAGE_SIZE = 25;

/**
 * Introspection (`__schema`, `__type`) reads the in-memory schema, never the database, and
 * is bounded by the schema itself; GraphiQL's own introspection query must pass.
 */
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

export interface OperationMeasures {
  readonly depth: number;
  readonly aliases: number;
  readonly directives: number;
  readonly cost: number;
}

/** A field as the executor runs it: every node selecting it under one response key. */
export interface CollectedField {
  /** The type it is selected on (a fragment's type condition, or its parent's type). */
  readonly typeName: string;
  readonly fieldName: string;
  readonly nodes: FieldNode[];
  /** The fields selected below it, by `type.responseKey`. */
  readonly children: Map<string, CollectedField>;
}

export interface OperationAnalysis {
  readonly schema: GraphQLSchema;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly measures: OperationMeasures;
  /** Field names selected on each type, anywhere in the operation. */
  readonly selectedByType: ReadonlyMap<string, ReadonlySet<string>>;
  /** The root fields, by response key, with what is selected below them. */
  readonly rootFields: ReadonlyMap<string, CollectedField>;
  /** A value built from this analysis once, and kept with it. */
  derive<T>(key: string, build: (analysis: OperationAnalysis) => T): T;
}

/** Analyses kept per operation at most (a cursor in the variables varies freely). */
const MAX_PER_OPERATION = 64;
const analyses = new WeakMap<OperationDefinitionNode, Map<string, OperationAnalysis>>();

/** The analysis of the operation a resolver runs in. */
export function operationOf(info: GraphQLResolveInfo): OperationAnalysis {
  return analyseOperation(info.schema, info.operation, info.fragments, info.variableValues);
}

/** The operation of a document that a request names (or its only one). */
export function operationIn(
  document: DocumentNode,
  operationName: string | null | undefined,
): OperationDefinitionNode | undefined {
  return document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
}

export function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

export function analyseOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Readonly<Record<string, unknown>> | undefined,
): OperationAnalysis {
  const vars = variables ?? {};
  const key = JSON.stringify(vars);
  let byVariables = analyses.get(operation);
  const known = byVariables?.get(key);
  if (known) return known;
  const analysis = walkOperation(schema, operation, fragments, vars);
  if (!byVariables) analyses.set(operation, (byVariables = new Map()));
  if (byVariables.size >= MAX_PER_OPERATION) byVariables.clear();
  byVariables.set(key, analysis);
  return analysis;
}

function namedType(type: GraphQLType): GraphQLNamedType {
  let current = type as GraphQLType & { ofType?: GraphQLType };
  while (current.ofType) current = current.ofType as GraphQLType & { ofType?: GraphQLType };
  return current as GraphQLNamedType;
}

function isList(type: GraphQLType): boolean {
  return String(type).replace(/!$/, '').startsWith('[');
}

/** The definition of a field of an object or interface type, if there is one. */
export function fieldOf(
  parent: GraphQLNamedType | null | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  const withFields = parent as
    { getFields?: () => Record<string, GraphQLField<unknown, unknown>> } | null | undefined;
  return withFields?.getFields?.()[name];
}

/** `first` as the request gives it: a literal or a variable; undefined when absent. */
function firstArgument(
  args: readonly { name: { value: string }; value: ValueNode }[] | undefined,
  variables: Readonly<Record<string, unknown>>,
): number | undefined {
  const arg = args?.find((a) => a.name.value === 'first');
  if (!arg) return undefined;
  if (arg.value.kind === Kind.INT) return Number(arg.value.value);
  if (arg.value.kind === Kind.VARIABLE) {
    const value = variables[arg.value.name.value];
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
}

function included(node: SelectionNode, variables: Readonly<Record<string, unknown>>): boolean {
  try {
    const skip = getDirectiveValues(GraphQLSkipDirective, node, variables);
    if (skip?.if === true) return false;
    const include = getDirectiveValues(GraphQLIncludeDirective, node, variables);
    return include?.if !== false;
  } catch {
    return true; // variables the executor will refuse: nothing runs either way
  }
}

function walkOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Readonly<Record<string, unknown>>,
): OperationAnalysis {
  let aliases = 0;
  let directives = 0;
  const selectedByType = new Map<string, Set<string>>();
  const root: CollectedField = { typeName: '', fieldName: '', nodes: [], children: new Map() };

  /**
   * Returns [depth reached, cost] of a selection set on `parent`, and adds its included
   * fields to `merged` (null below a field @skip/@include leave out).
   */
  const walk = (
    selectionSet: SelectionSetNode | undefined,
    parent: GraphQLNamedType | undefined,
    depth: number,
    seen: ReadonlySet<string>,
    merged: CollectedField | null,
  ): [number, number] => {
    if (!selectionSet) return [depth, 0];
    let deepest = depth;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      directives += selection.directives?.length ?? 0;
      const into = merged && included(selection, variables) ? merged : null;
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        const name = selection.name.value;
        if (INTROSPECTION_ROOTS.has(name)) continue;
        const field = fieldOf(parent, name);
        const type = field ? namedType(field.type) : undefined;
        let below: CollectedField | null = null;
        if (parent && !name.startsWith('__')) {
          let fields = selectedByType.get(parent.name);
          if (!fields) selectedByType.set(parent.name, (fields = new Set()));
          fields.add(name);
          if (into) {
            const key = `${parent.name}.${selection.alias?.value ?? name}`;
            below = into.children.get(key) ?? null;
            if (!below) {
              below = { typeName: parent.name, fieldName: name, nodes: [], children: new Map() };
              into.children.set(key, below);
            }
            below.nodes.push(selection);
          }
        }
        const [childDepth, childCost] = walk(selection.selectionSet, type, depth + 1, seen, below);
        deepest = Math.max(deepest, childDepth);
        const first = firstArgument(selection.arguments, variables);
        const typeName = type?.name ?? '';
        if (parent?.name.endsWith('Connection') && (name === 'nodes' || name === 'edges')) {
          cost += childCost; // already multiplied by the connection's `first`
        } else if (typeName.endsWith('Connection')) {
          cost += 1 + childCost * (first ?? DEFAULT_PAGE_SIZE);
        } else if (field && isList(field.type)) {
          cost += 1 + childCost * (first ?? DEFAULT_LIST_SIZE);
        } else {
          cost += 1 + childCost;
        }
      } else {
        const fragment =
          selection.kind === Kind.FRAGMENT_SPREAD ? fragments[selection.name.value] : undefined;
        if (
          selection.kind === Kind.FRAGMENT_SPREAD &&
          (!fragment || seen.has(selection.name.value))
        )
          continue;
        if (fragment) directives += fragment.directives?.length ?? 0;
        const node = fragment ?? (selection.kind === Kind.INLINE_FRAGMENT ? selection : undefined);
        if (!node) continue;
        const condition = node.typeCondition
          ? schema.getType(node.typeCondition.name.value)
          : parent;
        const [childDepth, childCost] = walk(
          node.selectionSet,
          condition ?? undefined,
          depth,
          fragment ? new Set([...seen, fragment.name.value]) : seen,
          into,
        );
        deepest = Math.max(deepest, childDepth);
        cost += childCost;
      }
    }
    return [deepest, cost];
  };

  directives += operation.directives?.length ?? 0;
  const rootType =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  const [depth, cost] = walk(operation.selectionSet, rootType ?? undefined, 0, new Set(), root);
  const rootFields = new Map<string, CollectedField>();
  for (const [key, field] of root.children) rootFields.set(key.slice(key.indexOf('.') + 1), field);
  const derived = new Map<string, unknown>();
  const analysis: OperationAnalysis = {
    schema,
    variables,
    measures: { depth, aliases, directives, cost },
    selectedByType,
    rootFields,
    derive<T>(key: string, build: (analysis: OperationAnalysis) => T): T {
      if (derived.has(key)) return derived.get(key) as T;
      const value = build(analysis);
      derived.set(key, value);
      return value;
    },
  };
  return analysis;
}
