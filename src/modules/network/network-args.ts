/**
 * Bounds and checks of the network arguments, shared by the GraphQL resolvers and the
 * export routes and CLI: an out-of-range value is a BAD_USER_INPUT naming the argument
 * (the export routes turn it into HTTP 400). Node and relationship types become labels and
 * relationship types through fixed tables only, never from raw input.
 */
import { badUserInput } from '../../errors.ts';
import type { NodeType } from '../../generated/graphql.ts';
import { RELATIONSHIP_TYPE_NAMES, type NodeLabel } from '../../graph/contract.ts';
import { labelOfNodeType } from '../kernel/models.ts';
import { MAX_DEPTH, MAX_HOPS, MAX_PATHS } from './network.cypher.ts';

/** Nodes a neighbourhood may hold (the bound that `truncated` reports). */
export const MAX_LIMIT = 2000;
export const DEFAULT_LIMIT = 200;
export const DEFAULT_DEPTH = 1;
export const DEFAULT_MAX_HOPS = 4;
export const DEFAULT_PATHS = 5;
export const MAX_COLLABORATORS = 100;
export const MAX_RANKED = 100;

export function checkRange(
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
  argumentName: string,
): number {
  const resolved = value ?? fallback;
  if (!Number.isInteger(resolved) || resolved < min || resolved > max) {
    throw badUserInput(
      `"${argumentName}" must be between ${min} and ${max}, got ${resolved}`,
      argumentName,
    );
  }
  return resolved;
}

export const checkDepth = (depth: number | null | undefined) =>
  checkRange(depth, DEFAULT_DEPTH, 1, MAX_DEPTH, 'depth');

export const checkLimit = (limit: number | null | undefined) =>
  checkRange(limit, DEFAULT_LIMIT, 1, MAX_LIMIT, 'limit');

export const checkMaxHops = (maxHops: number | null | undefined) =>
  checkRange(maxHops, DEFAULT_MAX_HOPS, 1, MAX_HOPS, 'maxHops');

export const checkPathCount = (first: number | null | undefined) =>
  checkRange(first, DEFAULT_PATHS, 0, MAX_PATHS, 'first');

/** Labels for a node-type filter; null (no filter) when none are given. */
export function labelsOf(types: readonly NodeType[] | null | undefined): NodeLabel[] | null {
  if (!types || types.length === 0) return null;
  return types.map((type) => labelOfNodeType(type)).filter((label) => label !== undefined);
}

/** Relationship types to follow: the given ones (from the schema's enum), else all. */
export function relationshipTypesOf(types: readonly string[] | null | undefined): string[] {
  if (!types || types.length === 0) return [...RELATIONSHIP_TYPE_NAMES];
  return RELATIONSHIP_TYPE_NAMES.filter((type) => types.includes(type));
}
