/**
 * What a benchmark question is: one question, asked of three contestants in their own
 * language (our GraphQL, @neo4j/graphql's generated GraphQL, one hand-written Cypher), with
 * a normaliser per contestant that maps each answer to one canonical JSON, so that the
 * runner can check that all three answered the same before it times any of them.
 */

export type ContestantName = 'raw' | 'ours' | 'peer';
export const CONTESTANTS: readonly ContestantName[] = ['raw', 'ours', 'peer'];

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Normaliser = (data: unknown) => Json;

export interface GraphQLVariant {
  readonly query: string;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly normalise: Normaliser;
}

/** A contestant that cannot ask this question; `reason` goes into the report. */
export interface Unsupported {
  readonly unsupported: string;
}

export interface RawVariant {
  /**
   * One parameterised statement returning one row with one column `data` (the whole JSON
   * answer), or null for a question answered without the database (Q0).
   */
  readonly cypher: string | null;
  readonly params: Readonly<Record<string, unknown>>;
  /** The answer when `cypher` is null. */
  readonly constant?: Json;
  readonly normalise: Normaliser;
}

export interface Question {
  /** Q0..Q8: the id used in tables and in the raw server's routes. */
  readonly id: string;
  readonly title: string;
  readonly raw: RawVariant;
  readonly ours: GraphQLVariant | Unsupported;
  readonly peer: GraphQLVariant | Unsupported;
}

export function isUnsupported(variant: GraphQLVariant | Unsupported): variant is Unsupported {
  return 'unsupported' in variant;
}

// ---- helpers the normalisers share -------------------------------------------------------

export type Obj = Record<string, unknown>;

export function obj(value: unknown, what: string): Obj {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`expected an object at ${what}, got ${JSON.stringify(value)?.slice(0, 80)}`);
  }
  return value as Obj;
}

export function list(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) {
    throw new Error(`expected a list at ${what}, got ${JSON.stringify(value)?.slice(0, 80)}`);
  }
  return value;
}

export function str(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** Our enums are the stored kebab-case values in upper snake case: GOVERNANCE_BODY. */
export function storedEnum(value: unknown): string | null {
  return value === null || value === undefined
    ? null
    : String(value).toLowerCase().replace(/_/g, '-');
}

/** A list whose order the question does not fix, in one canonical order. */
export function canonicalSet<T extends Json>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    const x = stableStringify(a);
    const y = stableStringify(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** JSON with object keys sorted, so equal answers give equal strings. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Obj).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The node label minus the shared :Node label, as Cypher: the GraphQL __typename. */
export const TYPENAME = (variable: string): string =>
  `head([l IN labels(${variable}) WHERE l <> 'Node'])`;

/** Our GraphQL enum value for a stored kebab-case value, as Cypher. */
export const ENUM = (expression: string): string => `toUpper(replace(${expression}, '-', '_'))`;
