/**
 * The executable schema: the SDL files of schema/ (the source of truth) and the resolvers of
 * every area, merged. Connection types share one set of resolvers, and edge types another.
 */
import { readdirSync, readFileSync } from 'node:fs';
import {
  buildSchema,
  GraphQLScalarType,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  type GraphQLSchema,
} from 'graphql';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { actionResolvers } from '../modules/actions/action.resolvers.ts';
import { actorResolvers } from '../modules/actors/actor.resolvers.ts';
import { curationResolvers } from '../modules/curation/curation.resolvers.ts';
import { countsResolvers } from '../modules/counts/counts.resolvers.ts';
import { connectionResolvers, edgeResolvers } from '../modules/kernel/connection.ts';
import { networkResolvers } from '../modules/network/network.resolvers.ts';
import { linkResolvers, nodeResolvers } from '../modules/nodes/node.resolvers.ts';
import { programmeResolvers } from '../modules/programmes/programme.resolvers.ts';
import { regionResolvers } from '../modules/regions/region.resolvers.ts';
import { topsectorResolvers } from '../modules/topsectors/topsector.resolvers.ts';
import { sourceResolvers } from '../modules/sources/source.resolvers.ts';
import { proposalResolvers } from '../modules/proposals/proposal.resolvers.ts';
import { editionResolvers } from '../modules/editions/edition.resolvers.ts';

const SCHEMA_DIR = join(PROJECT_ROOT, 'schema');

export function readTypeDefs(): string {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(join(SCHEMA_DIR, file), 'utf8'))
    .join('\n');
}

/** The types with a page of their own: `<name>Connection` and `<name>Edge` each. */
const CONNECTIONS = [
  'Action',
  'Organisation',
  'Programme',
  'Region',
  'Topsector',
  'Actor',
  'Milestone',
  'Measurement',
] as const;

/** Merges per-area resolver maps; two areas defining the same field is a programming error. */
function mergeResolvers(...maps: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      if (fields instanceof GraphQLScalarType) {
        if (typeName in merged) throw new Error(`scalar ${typeName} is defined twice`);
        merged[typeName] = fields as unknown as Record<string, unknown>;
        continue;
      }
      const target = (merged[typeName] ??= {});
      for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
        if (field in target) throw new Error(`resolver ${typeName}.${field} is defined twice`);
        target[field] = resolver;
      }
    }
  }
  return merged as Resolvers;
}

function createResolvers(): Resolvers {
  return mergeResolvers(
    nodeResolvers,
    linkResolvers,
    actionResolvers,
    actorResolvers,
    programmeResolvers,
    regionResolvers,
    topsectorResolvers,
    networkResolvers,
    curationResolvers,
    countsResolvers,
    sourceResolvers,
    proposalResolvers,
    editionResolvers,
    Object.fromEntries(
      CONNECTIONS.flatMap((name) => [
        [`${name}Connection`, connectionResolvers],
        [`${name}Edge`, edgeResolvers],
      ]),
    ) as Resolvers,
  );
}

/**
 * The schema with its resolvers set on its fields as they are: the read-ahead finds a
 * field's row behind its resolver (src/modules/kernel/field-loads.ts), which a wrapped or
 * bound copy (as graphql-tools' makeExecutableSchema makes) would hide. A resolver for a
 * field the SDL lacks is a programming error, refused here.
 */
export function createSchema(): GraphQLSchema {
  const schema = buildSchema(readTypeDefs());
  for (const [typeName, fields] of Object.entries(createResolvers())) {
    const type = schema.getType(typeName);
    if (fields instanceof GraphQLScalarType) {
      if (!(type instanceof GraphQLScalarType))
        throw new Error(`${typeName} is no scalar of the schema`);
      // A custom scalar's parsing and serialising, set on the SDL's scalar in place.
      type.serialize = fields.serialize;
      type.parseValue = fields.parseValue;
      type.parseLiteral = fields.parseLiteral;
      continue;
    }
    for (const [name, resolver] of Object.entries(fields as Record<string, unknown>)) {
      if (name === '__resolveType' && isAbstractType(type)) {
        type.resolveType = resolver as typeof type.resolveType;
        continue;
      }
      // On an interface, a field's resolver is never run by graphql-js: it says which row
      // the read-ahead reads for the field where only the interface is known.
      const field =
        isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
      if (!field) throw new Error(`resolver ${typeName}.${name} has no field in the schema`);
      field.resolve = resolver as typeof field.resolve;
    }
  }
  return schema;
}
