/**
 * The executable schema: the SDL files of schema/ (the source of truth) and the resolvers of
 * every area, merged. Connection types share one set of resolvers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { actionResolvers } from '../modules/actions/action.resolvers.ts';
import { actorResolvers } from '../modules/actors/actor.resolvers.ts';
import { connectionResolvers } from '../modules/kernel/connection.ts';
import { networkResolvers } from '../modules/network/network.resolvers.ts';
import { linkResolvers, nodeResolvers } from '../modules/nodes/node.resolvers.ts';
import { programmeResolvers } from '../modules/programmes/programme.resolvers.ts';
import { regionResolvers } from '../modules/regions/region.resolvers.ts';
import { topsectorResolvers } from '../modules/topsectors/topsector.resolvers.ts';

export const SCHEMA_DIR = join(PROJECT_ROOT, 'schema');

export function readTypeDefs(): string {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(join(SCHEMA_DIR, file), 'utf8'))
    .join('\n');
}

const CONNECTIONS = [
  'ActionConnection',
  'OrganisationConnection',
  'ProgrammeConnection',
  'RegionConnection',
  'TopsectorConnection',
  'ActorConnection',
  'MilestoneConnection',
  'MeasurementConnection',
] as const;

/** Merges per-area resolver maps; two areas defining the same field is a programming error. */
export function mergeResolvers(...maps: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      const target = (merged[typeName] ??= {});
      for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
        if (field in target) throw new Error(`resolver ${typeName}.${field} is defined twice`);
        target[field] = resolver;
      }
    }
  }
  return merged as Resolvers;
}

export function createResolvers(): Resolvers {
  return mergeResolvers(
    nodeResolvers,
    linkResolvers,
    actionResolvers,
    actorResolvers,
    programmeResolvers,
    regionResolvers,
    topsectorResolvers,
    networkResolvers,
    Object.fromEntries(CONNECTIONS.map((name) => [name, connectionResolvers])) as Resolvers,
  );
}
