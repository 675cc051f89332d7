/**
 * Schema-driven fuzzing: random valid operations generated from our own schema, of every
 * operation type (queries; mutations with and without a curator's token; subscriptions,
 * which the schema does not serve), with random root fields, arguments of the right types
 * including out-of-range values, nested selections, and malformed documents made by
 * mutating them. Every response is a 200 or a 400, and every error carries a code other
 * than INTERNAL_SERVER_ERROR. The seed is printed, and FUZZ_SEED=<n> replays a run. Random
 * mutations may succeed: afterAll makes the suite's graph the seeds again.
 */
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isInputObjectType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLInterfaceType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { readTypeDefs } from '../../src/api/graphql-schema.ts';
import { signToken } from '../../src/auth/tokens.ts';
import { guardSharedGraph, type SharedGraphGuard } from '../support/shared-graph.ts';
import { postGraphQL, startTestApi, testAppConfig } from '../support/test-api.ts';

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

/** mulberry32: small, seedable, good enough to explore. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const schema = buildSchema(readTypeDefs());
const KNOWN_IDS = [
  'org-sbb',
  'org-ocw',
  'prog-jet-net',
  'region-noord',
  'action-03',
  'topsector-htsm',
  'nope',
  '',
];
const STRINGS = [
  'SBB',
  'beta techniek',
  'Landsdeel Oost',
  '2014-04',
  '2014',
  '"',
  '*',
  '',
  'x'.repeat(300),
];

function generator(random: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;

  const value = (type: GraphQLInputType, depth = 0): string => {
    if (isNonNullType(type)) return value(type.ofType, depth);
    if (isListType(type)) {
      return `[${Array.from({ length: Math.floor(random() * 3) }, () => value(type.ofType, depth + 1)).join(', ')}]`;
    }
    if (isEnumType(type)) return pick(type.getValues()).name;
    if (isInputObjectType(type)) {
      // Required fields always, so that mutations get past validation to the resolvers.
      const fields = Object.values(type.getFields()).filter(
        (f) => isNonNullType(f.type) || (chance(0.4) && depth < 2),
      );
      return `{ ${fields.map((f) => `${f.name}: ${value(f.type, depth + 1)}`).join(', ')} }`;
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'Int':
          return String(pick([0, 1, 3, 16, 22, 25, 99, 100, 101, -1, 2_000_000_000]));
        case 'Float':
          return String(pick([0, 1.5, -3]));
        case 'Boolean':
          return pick(['true', 'false']);
        case 'ID':
          return JSON.stringify(pick(KNOWN_IDS));
        default:
          return JSON.stringify(pick(STRINGS));
      }
    }
    return 'null';
  };

  const args = (list: readonly GraphQLArgument[]): string => {
    const chosen = list.filter((a) => isNonNullType(a.type) || chance(0.5));
    return chosen.length > 0
      ? `(${chosen.map((a) => `${a.name}: ${value(a.type)}`).join(', ')})`
      : '';
  };

  const selection = (type: GraphQLNamedType, depth: number): string => {
    if (!(isObjectType(type) || isInterfaceType(type))) return '';
    const fields = Object.values((type as GraphQLObjectType | GraphQLInterfaceType).getFields());
    const leaves = fields.filter(
      (f) => !(isObjectType(getNamedType(f.type)) || isInterfaceType(getNamedType(f.type))),
    );
    const branches = fields.filter(
      (f) => isObjectType(getNamedType(f.type)) || isInterfaceType(getNamedType(f.type)),
    );
    const parts: string[] = [];
    for (let i = 0; i < 1 + Math.floor(random() * 3) && leaves.length > 0; i++) {
      const field = pick(leaves);
      parts.push(`${field.name}${args(field.args)}`);
    }
    if (depth < 4) {
      for (let i = 0; i < Math.floor(random() * 2) && branches.length > 0; i++) {
        const field = pick(branches);
        parts.push(
          `${field.name}${args(field.args)} { ${selection(getNamedType(field.type), depth + 1)} }`,
        );
      }
    }
    if (parts.length === 0) parts.push('__typename');
    return parts.join(' ');
  };

  const rootField = (root: GraphQLObjectType): string => {
    const field = pick(Object.values(root.getFields()));
    const named = getNamedType(field.type);
    const body = isObjectType(named) || isInterfaceType(named) ? ` { ${selection(named, 1)} }` : '';
    return `${field.name}${args(field.args)}${body}`;
  };

  /** An operation of a random type: mostly queries, then mutations, then subscriptions. */
  const operation = (): { text: string; kind: 'query' | 'mutation' | 'subscription' } => {
    const roll = random();
    if (roll < 0.7) return { text: `{ ${rootField(schema.getQueryType()!)} }`, kind: 'query' };
    if (roll < 0.92) {
      return { text: `mutation { ${rootField(schema.getMutationType()!)} }`, kind: 'mutation' };
    }
    // The schema has no Subscription type: a field of any root, or an unknown one.
    const field = chance(0.5) ? rootField(schema.getQueryType()!) : 'x';
    return { text: `subscription { ${field} }`, kind: 'subscription' };
  };

  const malformed = (text: string): string => {
    const chars = [...text];
    for (let i = 0; i < 1 + Math.floor(random() * 4); i++) {
      const at = Math.floor(random() * chars.length);
      if (chance(0.5)) chars.splice(at, 1);
      else chars.splice(at, 0, pick(['{', '}', '(', ')', '"', ':', '$', '@', '...', '!', '#']));
    }
    return chars.join('');
  };

  return { operation, malformed, chance };
}

let app: RunningApp;
let curator: string;
let sharedGraph: SharedGraphGuard;
beforeAll(async () => {
  app = await startTestApi();
  curator = await signToken(testAppConfig().auth, { name: 'fuzz', role: 'curator', days: 1 });
  sharedGraph = await guardSharedGraph(app.gateway);
});
afterAll(async () => {
  if (!app) return;
  try {
    await sharedGraph?.restore();
  } finally {
    await app.close();
  }
});

describe('schema-driven fuzzing', () => {
  it(`answers ${RUNS} random valid and malformed operations of every type with 200 or a coded 400 (seed ${SEED})`, async () => {
    console.log(`schema fuzz: FUZZ_SEED=${SEED}`);
    const { operation, malformed, chance } = generator(prng(SEED));
    const statuses = new Map<number, number>();
    const codes = new Map<string, number>();
    for (let run = 0; run < RUNS; run++) {
      const { text: valid, kind } = operation();
      const text = run % 4 === 3 ? malformed(valid) : valid;
      const headers: Record<string, string> =
        kind === 'mutation' && chance(0.5) ? { authorization: `Bearer ${curator}` } : {};
      const response = await postGraphQL(app, text, {}, headers);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      for (const error of response.errors ?? []) {
        const code = `${kind} ${String(error.extensions?.code)}`;
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }
      if (kind === 'subscription' && text === valid) {
        expect(response.errors?.[0]?.extensions?.code, text).toBe('OPERATION_NOT_SUPPORTED');
      }
      const context = `run ${run} of FUZZ_SEED=${SEED}: ${text.slice(0, 500)}`;
      expect([200, 400, 413], context).toContain(response.status);
      for (const error of response.errors ?? []) {
        expect(error.extensions?.code, `${context}\n${JSON.stringify(error)}`).toBeTruthy();
        expect(error.extensions?.code, `${context}\n${JSON.stringify(error)}`).not.toBe(
          'INTERNAL_SERVER_ERROR',
        );
      }
    }
    console.log(`schema fuzz: statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    console.log(`schema fuzz: error codes ${JSON.stringify(Object.fromEntries(codes))}`);
  }, 300_000);
});
