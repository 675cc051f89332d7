/**
 * Keyset cursors of the `actions` list in each ActionOrder. In number order a cursor is
 * `[number, id]`, as before orders existed (cursors handed out then still work); in any other
 * order it is `[order, value, number, id]` with the count or the title key, so that a page
 * starts right after the last row shown whatever ties there are, and a cursor of one order
 * is refused by another (its page would start somewhere unrelated).
 */
import { badUserInput } from '../../errors.ts';
import type { ConnectionModel, EdgeModel } from '../kernel/connection.ts';
import type { NodeModel } from '../kernel/models.ts';
import { ACTION_ORDER_METRICS, type ActionOrder } from './action.cypher.ts';

/** Where a page starts: after this number, and in a ranked or title order this value. */
export interface ActionCursor {
  readonly number: number;
  /** The count (a ranked order) or the title key (TITLE); null in number order. */
  readonly value: number | string | null;
}

export function checkActionOrder(order: string | null | undefined): ActionOrder {
  const name = order ?? 'NUMBER';
  if (!Object.hasOwn(ACTION_ORDER_METRICS, name))
    throw badUserInput(`unknown order "${name}"`, 'orderBy');
  return name as ActionOrder;
}

function parse(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

export function decodeActionCursor(
  cursor: string | null | undefined,
  order: ActionOrder,
  argumentName = 'after',
): ActionCursor | null {
  if (cursor === null || cursor === undefined) return null;
  const key = parse(cursor);
  let cursorOrder: string | null = null;
  let decoded: ActionCursor | null = null;
  if (
    Array.isArray(key) &&
    key.length === 2 &&
    Number.isInteger(key[0]) &&
    typeof key[1] === 'string'
  ) {
    cursorOrder = 'NUMBER';
    decoded = { number: key[0] as number, value: null };
  } else if (
    Array.isArray(key) &&
    key.length === 4 &&
    typeof key[0] === 'string' &&
    Object.hasOwn(ACTION_ORDER_METRICS, key[0]) &&
    key[0] !== 'NUMBER' &&
    (key[0] === 'TITLE' ? typeof key[1] === 'string' : Number.isInteger(key[1])) &&
    Number.isInteger(key[2]) &&
    typeof key[3] === 'string'
  ) {
    cursorOrder = key[0];
    decoded = { number: key[2] as number, value: key[1] as number | string };
  }
  if (decoded === null)
    throw badUserInput(`"${argumentName}" is not a cursor of the actions list`, argumentName);
  if (cursorOrder !== order)
    throw badUserInput(
      `"${argumentName}" is a cursor of the order ${cursorOrder}, not of ${order}`,
      argumentName,
    );
  return decoded;
}

/** An edge whose cursor is encoded only when asked for (as the kernel's edges). */
class ActionEdge implements EdgeModel {
  constructor(
    readonly node: NodeModel,
    private readonly key: readonly unknown[],
    readonly orderValue: number | null,
  ) {}

  get cursor(): string {
    return Buffer.from(JSON.stringify(this.key), 'utf8').toString('base64url');
  }
}

/** A row of an action page: the action, its count (ranked orders) and title key (TITLE). */
export interface ActionRow {
  readonly node: NodeModel;
  readonly orderValue: number | null;
  readonly titleKey: string | null;
}

/** A page fetched with LIMIT first + 1 (the extra row only tells whether a next page exists). */
export function toActionConnection(
  rows: readonly ActionRow[],
  first: number,
  order: ActionOrder,
  afterGiven: boolean,
  count: () => Promise<number>,
): ConnectionModel {
  const page = rows.slice(0, first);
  const keyOf = ({ node, orderValue, titleKey }: ActionRow): readonly unknown[] => {
    if (order === 'NUMBER') return [node.number, node.id];
    return [order, order === 'TITLE' ? titleKey : orderValue, node.number, node.id];
  };
  return {
    edges: page.map((row) => new ActionEdge(row.node, keyOf(row), row.orderValue)),
    hasNextPage: rows.length > first,
    hasPreviousPage: afterGiven,
    count,
  };
}
