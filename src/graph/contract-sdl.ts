/**
 * The SDL enums that name what the contract declares: labels, relationship types,
 * involvement kinds and the enum properties' values. They are written from the contract
 * into schema/contract.generated.graphql (`npm run contract`), and `npm run contract:check`
 * (in `npm run check` and before `npm test`) fails when that file is stale, so a value in
 * the contract and its GraphQL enum value cannot part: a new relationship type is in
 * RelationshipType and GraphEdgeType once the file is written again.
 */
import {
  ACTOR_LABELS,
  INVOLVEMENT_TYPES,
  NODE_LABEL_NAMES,
  ORGANISATION_KINDS,
  PROGRAMME_KINDS,
  REGION_LEVELS,
  RELATIONSHIP_TYPE_NAMES,
  enumValueOf,
} from './contract.ts';

export const CONTRACT_SDL_FILE = 'contract.generated.graphql';

interface EnumSpec {
  readonly name: string;
  readonly description?: string;
  /** Values in the contract's own form (labels, kebab-case values, relationship types). */
  readonly values: readonly string[];
  /** Values the API adds beside the contract's, with their descriptions. */
  readonly extra?: Readonly<Record<string, string>>;
}

/** Descriptions of single values, by enum value. */
const VALUE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  EDUCATION_SECTOR:
    'An education sector the report treats as a party: primair onderwijs, vo, vmbo, havo, vwo, mbo, hbo, wo.',
  INSTITUTION_TYPE:
    "A type of institution taken together: pabo's, lerarenopleidingen, hogescholen, universiteiten, roc's.",
  BUSINESS_SECTOR:
    'The business sector or a part of it: het bedrijfsleven, werkgevers, technische bedrijven.',
};

const ENUMS: readonly EnumSpec[] = [
  { name: 'NodeType', values: NODE_LABEL_NAMES },
  { name: 'ActorType', values: ACTOR_LABELS },
  {
    name: 'RelationshipType',
    description: 'The type of a relationship, as stored in the graph.',
    values: RELATIONSHIP_TYPE_NAMES,
  },
  {
    name: 'GraphEdgeType',
    description:
      'The type of an edge in a Subgraph: every stored relationship type, plus CO_INVOLVED, the\n' +
      'derived, undirected actor-to-actor edge of the co-involvement network.',
    values: RELATIONSHIP_TYPE_NAMES,
    extra: {
      CO_INVOLVED:
        'Two actors with a stated involvement in the same action (or part of it) or programme.',
    },
  },
  {
    name: 'InvolvementKind',
    description: 'How an actor is involved in an action.',
    values: INVOLVEMENT_TYPES,
  },
  { name: 'OrganisationKind', values: ORGANISATION_KINDS },
  { name: 'ProgrammeKind', values: PROGRAMME_KINDS },
  { name: 'RegionLevel', values: REGION_LEVELS },
];

function description(text: string, indent: string): string {
  return text.includes('\n')
    ? `${indent}"""\n${text
        .split('\n')
        .map((line) => `${indent}${line}`)
        .join('\n')}\n${indent}"""\n`
    : `${indent}${JSON.stringify(text)}\n`;
}

/** The text of schema/contract.generated.graphql. */
export function contractSdl(): string {
  const enums = ENUMS.map((spec) => {
    const values = [
      ...spec.values.map((value) => enumValueOf(value)),
      ...Object.keys(spec.extra ?? {}),
    ];
    const lines = values.map((value) => {
      const note = spec.extra?.[value] ?? VALUE_DESCRIPTIONS[value];
      return `${note ? description(note, '  ') : ''}  ${value}\n`;
    });
    return `${spec.description ? description(spec.description, '') : ''}enum ${spec.name} {\n${lines.join('')}}\n`;
  });
  return `# Written by \`npm run contract\` from src/graph/contract.ts: do not edit.\n\n${enums.join('\n')}`;
}
