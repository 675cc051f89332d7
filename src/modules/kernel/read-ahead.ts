/**
 * The read-ahead: a root field reads the whole tree its query asks for in ONE statement,
 * instead of one round trip per level. The root resolver hands over its own statement; the
 * selection below it (operation.ts) and the field table (field-loads.ts) say which batches
 * the field resolvers will load level by level; each of those batches runs nested in the
 * same statement, over the ids the level above returned, and its rows prime the request's
 * loader of that batch under the key the resolver will ask for. The resolvers stay as they
 * are: they load, and find the answer primed. What cannot be read ahead (a field without a
 * load row, a level past MAX_LEVELS) is loaded as before, so a read-ahead can only save
 * round trips, never change an answer.
 */
import { getArgumentValues } from 'graphql';
import type { GraphQLAbstractType, GraphQLResolveInfo } from 'graphql';
import type { QueryParams, Row } from '../../db/gateway.ts';
import { columnOfParent, nestedCypher, rowsOfLists, statementFor } from './batch.ts';
import type { RequestContext } from './context.ts';
import { rowOf, type AnyLoadRow, type FieldRow } from './field-loads.ts';
import { fieldOf, operationOf, type CollectedField, type OperationAnalysis } from './operation.ts';
import { FULL_PROJECTION, fittedProjection, type Projection } from './projection.ts';

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
  /** What a row is: a node (a look-up), or a page's entry (a connection's, see connection.ts). */
  readonly returns: 'node' | 'page';
  /** Columns the statement returns beside `node` and `labels` (a list's order value). */
  readonly extraColumns?: readonly string[];
}

export interface RootRead {
  readonly rows: Row[];
  /** The count, when the root's statement had one and the selection asked for it. */
  readonly count: number | null;
}

interface Level {
  readonly name: string;
  readonly parent: string;
  /** The column of the parent's rows holding the node this batch runs for. */
  readonly parentColumn: string;
  readonly field: AnyLoadRow;
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
 * with the operation's analysis (operation.ts).
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

export async function readAhead(
  context: RequestContext,
  info: GraphQLResolveInfo,
  root: RootStatement,
): Promise<RootRead> {
  if (!context.readAhead) {
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
  const analysis = operationOf(info);
  const projection = fittedProjection(analysis);
  const rootCypher = root.cypher(projection);
  const key = ['read-ahead', info.path.key, rootCypher, root.count?.cypher ?? ''].join('\u0000');
  return analysis.derive(key, () =>
    prepareRead(analysis, String(info.path.key), root, rootCypher, projection),
  );
}

function prepareRead(
  analysis: OperationAnalysis,
  rootKey: string,
  root: RootStatement,
  rootCypher: string,
  projection: Projection,
): PreparedRead {
  const plan = planReadAhead(analysis, rootKey, root.returns);
  const withCount = plan.countAsked && root.count !== undefined;
  const rootColumns = [...ROOT_COLUMNS, ...(root.extraColumns ?? [])];
  const columnsOf = new Map<string, readonly string[]>([[ROOT, rootColumns]]);
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
    `WITH collect([${rootColumns.join(', ')}]) AS ${ROOT}`,
    // No bound (null) is every row: a slice to null would be null.
    `WITH ${ROOT}, ${ROOT}[..coalesce($${SHOWN_PARAM}, size(${ROOT}))] AS ${SHOWN}`,
  ];
  for (const level of plan.levels) {
    keyColumns.set(level.name, level.field.keyColumns ?? []);
    const isKey = keyColumns.get(level.parent)!.includes(level.parentColumn);
    parentIsKey.set(level.name, isKey);
    const parentColumns = columnsOf.get(level.parent)!;
    const ownKey = level.field.key('', level.args);
    const nested = nestedCypher(statementFor(level.field.batch, [ownKey]), {
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
    const own = level.field.batch.params([ownKey]);
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
  const values = level.field.batch.fromRows(keys, rows);
  const loader = context.loader(level.field.batch);
  keys.forEach((key, index) => loader.prime(key, values[index]));
}

/** Which batches the selection under the root field will load, level by level. */
function planReadAhead(
  analysis: OperationAnalysis,
  rootKey: string,
  returns: RootStatement['returns'],
): Plan {
  const plan: Plan = { levels: [], countAsked: false };
  const rootField = analysis.rootFields.get(rootKey);
  if (!rootField) return plan;
  const position = { level: ROOT, column: returns === 'page' ? null : 'node' };
  walk(analysis, plan, position, rootField.children.values(), true);
  return plan;
}

/**
 * The row behind a field: its resolver's. On an interface (whose field resolvers graphql-js
 * never runs), the row its area declared for the interface (the Actor fields), else the
 * row every implementing type resolves the field with, else none. A type that resolves
 * an interface field otherwise (a region's milestones) is then loaded level by level there.
 */
function rowOfField(analysis: OperationAnalysis, typeName: string, fieldName: string) {
  const type = analysis.schema.getType(typeName);
  if (!type) return undefined;
  const own = rowOf(fieldOf(type, fieldName)?.resolve);
  if (own || !('resolveType' in type)) return own;
  const rows = new Set<FieldRow | undefined>();
  for (const implementation of analysis.schema.getPossibleTypes(type as GraphQLAbstractType))
    rows.add(rowOf(fieldOf(implementation, fieldName)?.resolve));
  return rows.size === 1 ? [...rows][0] : undefined;
}

function walk(
  analysis: OperationAnalysis,
  plan: Plan,
  position: Position,
  fields: Iterable<CollectedField>,
  atRoot: boolean,
): void {
  for (const field of fields) {
    const row = rowOfField(analysis, field.typeName, field.fieldName);
    if (!row) continue;
    if (position.column === null) {
      if (row.kind === 'count') {
        if (atRoot) plan.countAsked = true;
      } else if (row.kind === 'step') {
        const next = row.column === null ? position : { level: position.level, column: row.column };
        walk(analysis, plan, next, field.children.values(), atRoot && row.column === null);
      }
      continue;
    }
    if (row.kind !== 'load' || plan.levels.length >= MAX_LEVELS) continue;
    const definition = fieldOf(analysis.schema.getType(field.typeName), field.fieldName);
    if (!definition) continue;
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(definition, field.nodes[0]!, analysis.variables);
    } catch {
      continue; // the resolver reports a bad argument itself
    }
    const level: Level = {
      name: `l${plan.levels.length + 1}`,
      parent: position.level,
      parentColumn: position.column,
      field: row,
      args,
    };
    plan.levels.push(level);
    walk(analysis, plan, { level: level.name, column: null }, field.children.values(), false);
  }
}
