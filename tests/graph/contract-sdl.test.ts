import { buildSchema, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readTypeDefs } from '../../src/api/graphql-schema.ts';
import {
  ACTOR_LABELS,
  INVOLVEMENT_TYPES,
  NODE_LABEL_NAMES,
  ORGANISATION_KINDS,
  PROGRAMME_KINDS,
  REGION_LEVELS,
  RELATIONSHIP_TYPE_NAMES,
  enumValueOf,
} from '../../src/graph/contract.ts';
import { contractSdl } from '../../src/graph/contract-sdl.ts';

const schema = buildSchema(readTypeDefs());
const valuesOf = (name: string) =>
  (schema.getType(name) as GraphQLEnumType).getValues().map((value) => value.name);

describe('the SDL enums and the graph contract', () => {
  it.each([
    ['NodeType', NODE_LABEL_NAMES, []],
    ['ActorType', ACTOR_LABELS, []],
    ['RelationshipType', RELATIONSHIP_TYPE_NAMES, []],
    ['GraphEdgeType', RELATIONSHIP_TYPE_NAMES, ['CO_INVOLVED']],
    ['InvolvementKind', INVOLVEMENT_TYPES, []],
    ['OrganisationKind', ORGANISATION_KINDS, []],
    ['ProgrammeKind', PROGRAMME_KINDS, []],
    ['RegionLevel', REGION_LEVELS, []],
  ] as const)('gives %s exactly the contract’s values', (name, values, extra) => {
    expect(valuesOf(name)).toEqual([...values.map(enumValueOf), ...extra]);
  });

  it('has schema/contract.generated.graphql as the contract writes it', async () => {
    const { readFileSync } = await import('node:fs');
    const written = readFileSync(
      new URL('../../schema/contract.generated.graphql', import.meta.url),
      'utf8',
    );
    expect(written).toBe(contractSdl());
  });

  it('turns labels and stored values into enum values', () => {
    expect(enumValueOf('ActionPart')).toBe('ACTION_PART');
    expect(enumValueOf('governance-body')).toBe('GOVERNANCE_BODY');
    expect(enumValueOf('IN_PILLAR')).toBe('IN_PILLAR');
  });
});
