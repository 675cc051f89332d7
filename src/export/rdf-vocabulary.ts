/**
 * How the graph is said in RDF: the namespaces, which class each node gets (schema.org where
 * a type fits, our own `tp:` vocabulary always), and which predicate each property and
 * relationship type becomes. docs/vocabulary.md explains the model; schema/rdf/vocabulary.ttl
 * defines every `tp:` term (a test checks that each term an export uses is defined there) and
 * schema/rdf/shapes.ttl is its SHACL shape.
 *
 * Our own IRIs live under the configured public base (`PUBLIC_BASE_URL`): nodes at `id/`,
 * reified facts at `fact/`, their quotes at `quote/`, the vocabulary at `vocab#`. The
 * vocabulary and shape files write `tp:` as the relative IRI `<vocab#>`, so a reader that
 * loads them with the same base (rdflib's `publicID`, n3's `baseIRI`) gets the same terms.
 */
import {
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type PropertySpec,
} from '../graph/contract.ts';

export const DEFAULT_PUBLIC_BASE_URL = 'http://localhost:4000/';

export const NAMESPACES = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  schema: 'https://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  oa: 'http://www.w3.org/ns/oa#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
} as const;

/** The namespaces that depend on the public base, by prefix. */
export function ownNamespaces(base: string) {
  return {
    tp: `${base}vocab#`,
    id: `${base}id/`,
    fact: `${base}fact/`,
    quote: `${base}quote/`,
  } as const;
}

const SCHEMA = NAMESPACES.schema;

/** schema.org classes by organisation kind; the kinds not named are schema:Organization. */
const ORGANISATION_CLASSES: Readonly<Record<string, string>> = {
  ministry: 'GovernmentOrganization',
  government: 'GovernmentOrganization',
  'public-agency': 'GovernmentOrganization',
  'education-institution': 'EducationalOrganization',
  'research-organisation': 'ResearchOrganization',
  company: 'Corporation',
};

/** schema.org classes by programme kind; the rest (programmes, networks, funds ...) are Projects. */
const PROGRAMME_CLASSES: Readonly<Record<string, string>> = {
  event: 'Event',
  report: 'Report',
  portal: 'WebSite',
  regulation: 'Legislation',
  plan: 'CreativeWork',
  agenda: 'CreativeWork',
  pact: 'CreativeWork',
};

const REGION_CLASSES: Readonly<Record<string, string>> = {
  province: 'AdministrativeArea',
  city: 'City',
};

/**
 * The schema.org class of a node, where one fits: organisations, programmes by kind,
 * regions (places), milestones (dated events), measurements (quantitative values), the
 * source (a report). Pillars, actions, parts, topsectors and targets have no schema.org
 * counterpart that says what they are, so they carry only their `tp:` class.
 */
export function schemaClassOf(label: string, kind: unknown): string | null {
  const value = typeof kind === 'string' ? kind : '';
  switch (label) {
    case 'Organisation':
      return SCHEMA + (ORGANISATION_CLASSES[value] ?? 'Organization');
    case 'Programme':
      return SCHEMA + (PROGRAMME_CLASSES[value] ?? 'Project');
    case 'Region':
      return SCHEMA + (REGION_CLASSES[value] ?? 'Place');
    case 'Milestone':
      return `${SCHEMA}Event`;
    case 'Measurement':
      return `${SCHEMA}QuantitativeValue`;
    case 'Source':
      return `${SCHEMA}Report`;
    default:
      return null;
  }
}

/**
 * Properties said with an existing vocabulary, by `Label.property` or, for every label,
 * `property`; every other stored property is `tp:<property>`.
 */
const PROPERTY_IRIS: Readonly<Record<string, string>> = {
  name: `${SCHEMA}name`,
  aliases: `${SCHEMA}alternateName`,
  description: `${SCHEMA}description`,
  'Action.urls': `${SCHEMA}url`,
  'Milestone.date': `${SCHEMA}startDate`,
  'Milestone.endDate': `${SCHEMA}endDate`,
  'Measurement.value': `${SCHEMA}value`,
  'Measurement.unit': `${SCHEMA}unitText`,
  'Source.title': `${NAMESPACES.dct}title`,
  'Source.date': `${NAMESPACES.dct}issued`,
  'Source.language': `${NAMESPACES.dct}language`,
  'Source.url': `${SCHEMA}url`,
};

export function propertyIriOf(label: string, property: string, tp: string): string {
  return PROPERTY_IRIS[`${label}.${property}`] ?? PROPERTY_IRIS[property] ?? tp + property;
}

/** The contract's type of a label's own property, or null for properties it does not name. */
export function propertySpecOf(label: string, property: string): PropertySpec | null {
  const own = (NODE_LABELS as Readonly<Record<string, Readonly<Record<string, PropertySpec>>>>)[
    label as NodeLabel
  ];
  return own?.[property] ?? null;
}

/** LEADS -> leads, CONTRIBUTES_TO -> contributesTo: the predicate's local name. */
export function relationshipLocalName(type: string): string {
  return type.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

export const RELATIONSHIP_LOCAL_NAMES = Object.keys(RELATIONSHIP_TYPES).map(relationshipLocalName);

/** Relationship properties, on the reified fact: `tp:role`, `tp:amount`, ... */
export const FACT_PROPERTIES = ['role', 'amount', 'unit', 'period', 'note'] as const;
