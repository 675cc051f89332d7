/**
 * Limits on what one request may ask, checked after validation and before any resolver
 * runs (so a rejected request never reaches Neo4j): depth, aliases (`__typename` aliases
 * count too), directives and cost. Tokens are limited at parse time (parseOptions).
 *
 * Cost follows GitHub's and Shopify's public APIs: every field costs 1, and what is below
 * a list is multiplied by the list's size: `first` where the field takes it, else an
 * assumed DEFAULT_LIST_SIZE. The numbers come from our real operations (README).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { ErrorCode } from '../errors.ts';

export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 10,
  maxTokens: 4_000,
  maxCost: 50_000,
} as const;

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

/*
 * Type questions are answered structurally (ofType, getFields), not with graphql's
 * isListType/isObjectType: those refuse a schema built by another copy of graphql, which a
 * test runner's module loader can produce ("from another module or realm").
 */
function namedType(type: GraphQLType): GraphQLNamedType {
  let current = type as GraphQLType & { ofType?: GraphQLType };
  while (current.ofType) current = current.ofType as GraphQLType & { ofType?: GraphQLType };
  return current as GraphQLNamedType;
}

function isList(type: GraphQLType): boolean {
  return String(type).replace(/!$/, '').startsWith('[');
}

function fieldOf(
  parent: GraphQLNamedType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  const withFields = parent as
    { getFields?: () => Record<string, GraphQLField<unknown, unknown>> } | undefined;
  return withFields?.getFields?.()[name];
}

/** `first` as the request gives it: a literal or a variable; undefined when absent. */
function firstArgument(
  args: readonly { name: { value: string }; value: ValueNode }[] | undefined,
  variables: Record<string, unknown>,
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

/**
 * One walk over the operation as it would execute (fragments expanded where spread),
 * measuring depth, aliases, directives and cost together. Written here rather than taken
 * from graphql-query-complexity: that package loads graphql a second time under ESM
 * ("Cannot use GraphQLObjectType from another module or realm").
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): OperationMeasures {
  const vars = variables ?? {};
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  const operation = document.definitions.find(
    (d) =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  let aliases = 0;
  let directives = 0;

  /** Returns [depth reached, cost] of a selection set on `parent`. */
  const walk = (
    selectionSet: SelectionSetNode | undefined,
    parent: GraphQLNamedType | undefined,
    depth: number,
    seen: ReadonlySet<string>,
  ): [number, number] => {
    if (!selectionSet) return [depth, 0];
    let deepest = depth;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        const name = selection.name.value;
        if (INTROSPECTION_ROOTS.has(name)) continue;
        const field = fieldOf(parent, name);
        const [childDepth, childCost] = walk(
          selection.selectionSet,
          field ? namedType(field.type) : undefined,
          depth + 1,
          seen,
        );
        deepest = Math.max(deepest, childDepth);
        const first = firstArgument(selection.arguments, vars);
        const typeName = field ? namedType(field.type).name : '';
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
          selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : undefined;
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
        );
        deepest = Math.max(deepest, childDepth);
        cost += childCost;
      }
    }
    return [deepest, cost];
  };

  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION)
    return { depth: 0, aliases, directives, cost: 0 };
  directives += operation.directives?.length ?? 0;
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  const [depth, cost] = walk(operation.selectionSet, root ?? undefined, 0, new Set());
  return { depth, aliases, directives, cost };
}

/**
 * The measures of a document depend on its operation and variables only; Apollo keeps a
 * parsed document across requests with the same text, so a repeated request is not walked
 * again (at most this many variable sets per document; a cursor varies freely).
 */
const MAX_MEASURED_PER_DOCUMENT = 64;
const measured = new WeakMap<DocumentNode, Map<string, OperationMeasures>>();

function measuredOnce(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): OperationMeasures {
  const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
  let byKey = measured.get(document);
  const known = byKey?.get(key);
  if (known) return known;
  const measures = measureOperation(schema, document, operationName, variables);
  if (!byKey) measured.set(document, (byKey = new Map()));
  if (byKey.size >= MAX_MEASURED_PER_DOCUMENT) byKey.clear();
  byKey.set(key, measures);
  return measures;
}

function limitError(limit: string, max: number, actual: number): GraphQLError {
  return new GraphQLError(`the query's ${limit} is ${actual}, over the limit of ${max}`, {
    extensions: { code: ErrorCode.QUERY_TOO_LARGE, limit, max, actual, http: { status: 400 } },
  });
}

export function queryLimitsPlugin<T extends object>(limits = QUERY_LIMITS): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request }) {
          const measures = measuredOnce(
            schema,
            document,
            operationName ?? undefined,
            request.variables,
          );
          if (measures.depth > limits.maxDepth)
            throw limitError('depth', limits.maxDepth, measures.depth);
          if (measures.aliases > limits.maxAliases)
            throw limitError('aliases', limits.maxAliases, measures.aliases);
          if (measures.directives > limits.maxDirectives) {
            throw limitError('directives', limits.maxDirectives, measures.directives);
          }
          if (measures.cost > limits.maxCost)
            throw limitError('cost', limits.maxCost, measures.cost);
        },
      };
    },
  };
}
