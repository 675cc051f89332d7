/**
 * Look-ahead prefetch: a root field reads the whole tree its query asks for in ONE
 * statement, instead of one round trip per level. The root resolver hands over its own
 * statement; the selection below it (info) says which loaders the field resolvers will
 * call level by level (PREFETCH_FIELDS); each of those batches runs nested in the same
 * statement, over the ids the level above returned, and its rows prime the loader under
 * the key the resolver will ask for. The resolvers stay as they are: they load, and find
 * the answer cached. What cannot be prefetched (a field missing from PREFETCH_FIELDS, a
 * level past MAX_LEVELS) is loaded as before, so a prefetch can only save round trips,
 * never change an answer.
 */
import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  type FieldNode,
  type OperationDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { RequestContext } from '../kernel/context.ts';
import { columnOfParent, nestedCypher, rowsOfLists } from '../kernel/batch.ts';
import { statementFor } from '../kernel/batch.ts';
import type { QueryParams, Row } from '../../db/gateway.ts';
import { FULL_PROJECTION, type Projection } from '../kernel/projection.ts';
import { fittedProjection } from './fitted-projection.ts';
import { fieldDefinition } from './schema-fields.ts';
import { PREFETCH_FIELDS, WRAPPER, columnOfField, type PrefetchField } from './prefetch-fields.ts';

/** Nested batches in one statement at most; deeper levels load as usual. */
export const MAX_LEVELS = 12;

/** The root field's own statement: it returns the columns `node` and `labels`. */
export interface RootStatement {
  /** Its text for a projection (its rows go to this request alone: fitted to it). */
  readonly cypher: (projection: Projection) => string;
  readonly params: QueryParams;
  /** Run in the same statement when the selection asks for `totalCount` (returns `count`). */
  readonly count?: { readonly cypher: string; readonly params: QueryParams };
  /**
   * How many of its rows are answers, when it reads more: a page reads one row past its
   * end only to know whether a next page exists. Nothing is read ahead for the rows past
   * `shown` (no resolver asks for them): Q6 at 100k read three regions' parts,
   * initiatives and milestones for a page of two.
   */
  readonly shown?: number;
}

export interface PrefetchedRoot {
  readonly rows: Row[];
  /** The count, when the root's statement had one and the selection asked for it. */
  readonly count: number | null;
}

interface Level {
  readonly name: string;
  readonly parent: string;
  /** The column of the parent's rows holding the node this batch runs for. */
  readonly parentColumn: string;
  readonly field: PrefetchField;
  readonly args: Readonly<Record<string, unknown>>;
}

interface Plan {
  readonly levels: Level[];
  countAsked: boolean;
}

interface Position {
  readonly level: string;
  /** The column holding the node here; null on a wrapper (a row: link, involvement, edge). */
  readonly column: string | null;
}

const ROOT = 'l0';
const ROOT_COLUMNS = ['node', 'labels'];
/** The root's rows that are answers (RootStatement.shown), and its parameter. */
const SHOWN = 'l0shown';
const SHOWN_PARAM = 'l0_shown';

/**
 * What a root field's read-ahead sends, worked out from the operation: the same for every
 * request with the same operation, root field, root statement and variables, so it is kept
 * (per operation of the parsed document, which Apollo keeps across requests with the same
 * query text).
 */
interface PreparedRead {
  readonly cypher: string;
  readonly levels: readonly Level[];
  /** Each level's columns (its rows travel as lists of them, see nestedCypher). */
  readonly columnsOf: ReadonlyMap<string, readonly string[]>;
  /** Per level, whether its ids are its parent rows' `id` rather than a column's node id. */
  readonly parentIsKey: ReadonlyMap<string, boolean>;
  /** The levels' own parameters, prefixed. */
  readonly levelParams: Readonly<Record<string, unknown>>;
  readonly withCount: boolean;
}

const preparedReads = new WeakMap<OperationDefinitionNode, Map<string, PreparedRead>>();
/** Reads kept per operation at most (a cursor in the variables varies freely). */
const MAX_PREPARED_PER_OPERATION = 64;

export async function readWithPrefetch(
  context: RequestContext,
  info: GraphQLResolveInfo,
  root: RootStatement,
): Promise<PrefetchedRoot> {
  if (!context.prefetch) {
    return {
      rows: await context.gateway.read(root.cypher(FULL_PROJECTION), root.params),
      count: null,
    };
  }
  const prepared = preparedRead(info, root);
  if (prepared.levels.length === 0 && !prepared.withCount) {
    return { rows: await context.gateway.read(prepared.cypher, root.params), count: null };
  }
  const params: Record<string, unknown> = {
    ...(prepared.withCount ? root.count!.params : {}),
    ...root.params,
    ...prepared.levelParams,
    [SHOWN_PARAM]: root.shown ?? null,
  };
  const [result] = await context.gateway.read(prepared.cypher, params);
  const rowsIn = (name: string) =>
    rowsOfLists((result?.[name] as unknown[][] | undefined) ?? [], prepared.columnsOf.get(name)!);
  const rootRows = rowsIn(ROOT);
  const rowsOf = new Map<string, Row[]>([
    [ROOT, rootRows],
    [SHOWN, root.shown === undefined ? rootRows : rootRows.slice(0, root.shown)],
  ]);
  for (const level of prepared.levels) {
    const rows = rowsIn(level.name);
    const parentRows = rowsOf.get(level.parent === ROOT ? SHOWN : level.parent) ?? [];
    prime(context, level, parentRows, prepared.parentIsKey.get(level.name)!, rows);
    rowsOf.set(level.name, rows);
  }
  return {
    rows: rowsOf.get(ROOT)!,
    count: prepared.withCount ? Number(result?.count ?? 0) : null,
  };
}

function preparedRead(info: GraphQLResolveInfo, root: RootStatement): PreparedRead {
  const projection = fittedProjection(info);
  const rootCypher = root.cypher(projection);
  const key = [
    info.path.key,
    rootCypher,
    root.count?.cypher ?? '',
    JSON.stringify(info.variableValues),
  ].join('\u0000');
  let byKey = preparedReads.get(info.operation);
  const known = byKey?.get(key);
  if (known) return known;
  const prepared = prepareRead(info, root, rootCypher, projection);
  if (!byKey) preparedReads.set(info.operation, (byKey = new Map()));
  if (byKey.size >= MAX_PREPARED_PER_OPERATION) byKey.clear();
  byKey.set(key, prepared);
  return prepared;
}

function prepareRead(
  info: GraphQLResolveInfo,
  root: RootStatement,
  rootCypher: string,
  projection: Projection,
): PreparedRead {
  const plan = planPrefetch(info);
  const withCount = plan.countAsked && root.count !== undefined;
  const columnsOf = new Map<string, readonly string[]>([[ROOT, ROOT_COLUMNS]]);
  const parentIsKey = new Map<string, boolean>();
  const levelParams: Record<string, unknown> = {};
  if (plan.levels.length === 0 && !withCount) {
    return { cypher: rootCypher, levels: [], columnsOf, parentIsKey, levelParams, withCount };
  }
  // Whether a level's ids are its parent rows' `id` (the key the parent batch ran for) or
  // the id of the node in a column of those rows; the Cypher and the priming both follow it.
  const keyColumns = new Map<string, readonly string[]>([[ROOT, []]]);
  const parts = [
    `CALL {\n${rootCypher}\n}`,
    `WITH collect([${ROOT_COLUMNS.join(', ')}]) AS ${ROOT}`,
    // No bound (null) is every row: a slice to null would be null.
    `WITH ${ROOT}, ${ROOT}[..coalesce($${SHOWN_PARAM}, size(${ROOT}))] AS ${SHOWN}`,
  ];
  for (const level of plan.levels) {
    keyColumns.set(level.name, level.field.keyColumns ?? []);
    const isKey = keyColumns.get(level.parent)!.includes(level.parentColumn);
    parentIsKey.set(level.name, isKey);
    const parentColumns = columnsOf.get(level.parent)!;
    const ownKey = level.field.key('', level.args);
    const nested = nestedCypher(statementFor(level.field.spec, [ownKey]), {
      parentList: level.parent === ROOT ? SHOWN : level.parent,
      idOfParent: isKey
        ? columnOfParent(parentColumns, 'id')
        : `${columnOfParent(parentColumns, level.parentColumn)}.id`,
      paramPrefix: `${level.name}_`,
      output: level.name,
      projection,
    });
    columnsOf.set(level.name, nested.columns);
    parts.push(nested.cypher);
    // The level's own parameters, the same for every key of the level.
    const own = level.field.spec.params([ownKey]);
    for (const [name, value] of Object.entries(own)) levelParams[`${level.name}_${name}`] = value;
  }
  if (withCount) parts.push(`CALL {\n${root.count!.cypher}\n}`);
  const outputs = [
    ROOT,
    ...plan.levels.map((level) => level.name),
    ...(withCount ? ['count'] : []),
  ];
  parts.push(`RETURN ${outputs.join(', ')}`);
  return {
    cypher: parts.join('\n'),
    levels: plan.levels,
    columnsOf,
    parentIsKey,
    levelParams,
    withCount,
  };
}

/** Gives the loader what its own batch would have answered for the parent rows' nodes. */
function prime(
  context: RequestContext,
  level: Level,
  parentRows: readonly Row[],
  parentIsKey: boolean,
  rows: readonly Row[],
): void {
  const ids = new Set<string>();
  for (const row of parentRows) {
    const id = parentIsKey ? row.id : (row[level.parentColumn] as Row | null | undefined)?.id;
    if (id !== null && id !== undefined) ids.add(String(id));
  }
  const keys = [...ids].map((id) => level.field.key(id, level.args));
  const values = level.field.spec.fromRows(keys, rows);
  const loader = level.field.loader(context);
  keys.forEach((key, index) => loader.prime(key, values[index]));
}

/** Which batches the selection under the root field will load, level by level. */
export function planPrefetch(info: GraphQLResolveInfo): Plan {
  const plan: Plan = { levels: [], countAsked: false };
  const rootType = getNamedType(info.returnType);
  const selections = info.fieldNodes.flatMap((node) =>
    node.selectionSet ? [node.selectionSet] : [],
  );
  const rootColumn = rootType.name.endsWith('Connection') ? null : 'node';
  walk(info, plan, { level: ROOT, column: rootColumn }, rootType.name, selections, true);
  return plan;
}

function walk(
  info: GraphQLResolveInfo,
  plan: Plan,
  position: Position,
  typeName: string,
  selections: readonly SelectionSetNode[],
  atRoot: boolean,
): void {
  for (const { typeName: ownerType, fieldName, nodes } of collectFields(
    info,
    typeName,
    selections,
  )) {
    const definition = fieldDefinition(info, ownerType, fieldName);
    if (!definition) continue;
    const childType = getNamedType(definition.type).name;
    const childSelections = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
    if (position.column === null) {
      if (atRoot && fieldName === 'totalCount') plan.countAsked = true;
      const column = columnOfField(ownerType, fieldName);
      if (column === WRAPPER) walk(info, plan, position, childType, childSelections, atRoot);
      else if (column !== null)
        walk(info, plan, { level: position.level, column }, childType, childSelections, false);
      continue;
    }
    const field = PREFETCH_FIELDS[ownerType]?.[fieldName];
    if (!field || plan.levels.length >= MAX_LEVELS) continue;
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(definition, nodes[0]!, info.variableValues);
    } catch {
      continue; // the resolver reports a bad argument itself
    }
    const level: Level = {
      name: `l${plan.levels.length + 1}`,
      parent: position.level,
      parentColumn: position.column,
      field,
      args,
    };
    plan.levels.push(level);
    walk(info, plan, { level: level.name, column: null }, childType, childSelections, false);
  }
}

interface CollectedField {
  readonly typeName: string;
  readonly fieldName: string;
  readonly nodes: FieldNode[];
}

/**
 * The fields selected on a type, merged by response key as the executor merges them, with
 * fragments followed; a fragment on another type (a concrete type under an interface)
 * gives its fields under that type. Fields skipped by @skip/@include are left out.
 */
function collectFields(
  info: GraphQLResolveInfo,
  typeName: string,
  selections: readonly SelectionSetNode[],
): CollectedField[] {
  const byKey = new Map<string, CollectedField>();
  const visit = (owner: string, selectionSet: SelectionSetNode, seen: Set<string>) => {
    for (const selection of selectionSet.selections) {
      if (!included(info, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const key = `${owner}.${selection.alias?.value ?? selection.name.value}`;
        const entry = byKey.get(key) ?? {
          typeName: owner,
          fieldName: selection.name.value,
          nodes: [],
        };
        entry.nodes.push(selection);
        byKey.set(key, entry);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.typeCondition?.name.value ?? owner, selection.selectionSet, seen);
      } else {
        const name = selection.name.value;
        const fragment = info.fragments[name];
        if (!fragment || seen.has(name)) continue;
        visit(fragment.typeCondition.name.value, fragment.selectionSet, new Set([...seen, name]));
      }
    }
  };
  for (const selectionSet of selections) visit(typeName, selectionSet, new Set());
  return [...byKey.values()];
}

function included(
  info: GraphQLResolveInfo,
  node: Parameters<typeof getDirectiveValues>[1],
): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, info.variableValues);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues);
  return include?.if !== false;
}
