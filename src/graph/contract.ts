/**
 * The contract of the curated seed files (seeds/graph/*.yaml), in one place: which labels
 * exist, which properties each carries and of what type, and which relationship types may
 * join which labels. The validator, the import, the GraphQL layer and the docs
 * (seeds/README.md) all follow this table.
 */

export type PropertyType =
  | { readonly kind: 'string' }
  | { readonly kind: 'stringList' }
  | { readonly kind: 'int'; readonly min?: number; readonly max?: number }
  | { readonly kind: 'number' }
  | { readonly kind: 'partialDate' }
  | { readonly kind: 'isoDate' }
  | { readonly kind: 'enum'; readonly values: readonly string[] };

export interface PropertySpec {
  readonly type: PropertyType;
  readonly required: boolean;
}

const string = (required = true): PropertySpec => ({ type: { kind: 'string' }, required });
const stringList = (required = true): PropertySpec => ({ type: { kind: 'stringList' }, required });
const int = (min: number, max: number, required = true): PropertySpec => ({
  type: { kind: 'int', min, max },
  required,
});
const num = (required = true): PropertySpec => ({ type: { kind: 'number' }, required });
const partialDate = (required = true): PropertySpec => ({
  type: { kind: 'partialDate' },
  required,
});
const oneOf = (values: readonly string[]): PropertySpec => ({
  type: { kind: 'enum', values },
  required: true,
});

export const ORGANISATION_KINDS = [
  'ministry',
  'government',
  'public-agency',
  'council',
  'foundation',
  'association',
  'commission',
  'governance-body',
  'education-institution',
  'research-organisation',
  'company',
  'social-partners',
  // Sectors and institution types the report treats as actors ("het mbo", "de pabo's",
  // "het bedrijfsleven"): not one organisation, but a party that drives or joins actions.
  'education-sector',
  'institution-type',
  'business-sector',
  'other',
] as const;

export const PROGRAMME_KINDS = [
  'programme',
  'network',
  'fund',
  'scheme',
  'portal',
  'centre',
  'plan',
  'agenda',
  'pact',
  'initiative',
  'regulation',
  'report',
  'event',
  'other',
] as const;

export const REGION_LEVELS = [
  'landsdeel',
  'subregion',
  'province',
  'city',
  'labour-market-region',
  'cluster',
  'area',
] as const;

/** Properties every node has, whatever its label. */
export const COMMON_NODE_PROPERTIES: Readonly<Record<string, PropertySpec>> = {
  name: string(),
  aliases: stringList(false),
  quote: string(),
  // Where the quote starts in its source's text (0-based, in characters: the W3C
  // TextPositionSelector's start). Stated only where the quote occurs more than once; the
  // validator fills it in for every other quote (src/graph/fact-check.ts).
  quoteStart: int(0, 1_000_000_000, false),
  description: string(false),
};

export const NODE_LABELS = {
  Source: {
    title: string(),
    date: partialDate(),
    /** sha256 of the original file (the PDF, HTML, ... as registered). */
    sha256: string(),
    /**
     * Where the file is in this repository, for the seeds' source; a source registered at
     * run time (addSource) has no path: its file and text are stored in the database.
     */
    path: string(false),
    language: string(),
    url: string(false),
    /** sha256 of the extracted text the quotes occur in; absent: the file is that text. */
    textSha256: string(false),
    mediaType: string(false),
    fileName: string(false),
    /** The series of reports this source is an edition of, and its number in it. */
    series: string(false),
    edition: int(1, 1000, false),
  },
  Pillar: { number: int(1, 3) },
  Action: {
    number: int(1, 22),
    title: string(),
    commitment: string(),
    urls: stringList(false),
    noDriverReason: string(false),
  },
  ActionPart: { code: string(), letter: string(), text: string(), noDriverReason: string(false) },
  Organisation: { kind: oneOf(ORGANISATION_KINDS) },
  Programme: { kind: oneOf(PROGRAMME_KINDS) },
  Topsector: {},
  Region: {
    level: oneOf(REGION_LEVELS),
    priorities: stringList(false),
    // A landsdeel's section of the report: its header line as printed (absent when the
    // export lost it) and the 1-based line the section starts at.
    sectionHeader: string(false),
    sectionLine: int(1, 100000, false),
  },
  Target: {
    indicator: string(),
    unit: string(),
    target: num(),
    baseline: num(false),
    targetYear: int(1900, 2100, false),
    current: num(false),
  },
  Measurement: {
    value: num(),
    unit: string(),
    segment: string(false),
    /** What the number counts, in words ("beurzen voor lerarenopleidingen"). */
    counts: string(false),
    period: string(false),
    date: partialDate(false),
    /** Where the text's own breakdown does not add up to its total: what it says. */
    discrepancy: string(false),
  },
  /**
   * An action's status as one edition of the report states it: a dated claim (valid time =
   * the source's date), never a property of the action, so editions can differ.
   */
  Status: {
    status: oneOf(['done', 'on-schedule', 'delayed', 'unknown']),
    date: partialDate(),
    /** stated: the text says it; inferred: read from the text by a rule, to be checked. */
    basis: oneOf(['stated', 'inferred']),
  },
  /** An objective of a later edition (2016 on: 12 objectives, then 4 themes). */
  Objective: { number: int(1, 100, false), title: string(false) },
  Milestone: {
    date: partialDate(),
    endDate: partialDate(false),
    dateText: string(),
    amount: num(false),
    unit: string(false),
    counts: string(false),
  },
} as const satisfies Record<string, Record<string, PropertySpec>>;

export type NodeLabel = keyof typeof NODE_LABELS;
export const NODE_LABEL_NAMES = Object.keys(NODE_LABELS) as NodeLabel[];

/** Labels whose nodes can drive or join an action: the GraphQL `Actor` interface. */
export const ACTOR_LABELS = [
  'Organisation',
  'Programme',
  'Topsector',
  'Region',
] as const satisfies readonly NodeLabel[];
const ENTITY: readonly NodeLabel[] = ACTOR_LABELS;
const ACTION_LIKE: readonly NodeLabel[] = ['Action', 'ActionPart'];

export const RELATIONSHIP_PROPERTIES: Readonly<Record<string, PropertySpec>> = {
  quote: string(),
  quoteStart: int(0, 1_000_000_000, false),
  role: string(false),
  amount: num(false),
  unit: string(false),
  period: string(false),
  note: string(false),
};

export interface RelationshipSpec {
  readonly from: readonly NodeLabel[];
  readonly to: readonly NodeLabel[];
  readonly meaning: string;
}

export const RELATIONSHIP_TYPES = {
  IN_PILLAR: { from: ['Action'], to: ['Pillar'], meaning: 'is listed under the pillar' },
  PART_OF: {
    from: ['ActionPart', 'Region', 'Programme', 'Organisation', 'Measurement'],
    to: ['Action', 'Region', 'Programme', 'Organisation', 'Measurement'],
    meaning: 'is a part of',
  },
  LEADS: {
    from: ['Organisation', 'Programme'],
    to: [...ACTION_LIKE, 'Programme'],
    meaning: 'leads or carries out',
  },
  COMMISSIONS: {
    from: ['Organisation'],
    to: [...ACTION_LIKE, 'Programme', 'Organisation'],
    meaning: 'commissions or requests',
  },
  CONTRIBUTES_TO: {
    from: ['Organisation', 'Programme', 'Topsector', 'Region'],
    to: [...ACTION_LIKE, 'Programme'],
    meaning: 'takes part in',
  },
  IMPLEMENTS: { from: ['Programme'], to: ACTION_LIKE, meaning: 'implements' },
  RUNS: { from: ['Organisation'], to: ['Programme'], meaning: 'runs' },
  FUNDS: {
    from: ['Topsector', 'Organisation', 'Programme'],
    to: ['Programme', 'Organisation', ...ACTION_LIKE],
    meaning: 'funds',
  },
  ACTIVE_IN: { from: ['Organisation', 'Programme'], to: ['Region'], meaning: 'is active in' },
  FOCUSES_ON: {
    from: ['Region', 'Programme', 'Organisation'],
    to: ['Topsector'],
    meaning: 'focuses on',
  },
  MEMBER_OF: { from: ['Organisation', 'Region'], to: ['Organisation'], meaning: 'sits in' },
  COORDINATES: { from: ['Organisation'], to: ['Region', 'Programme'], meaning: 'coordinates' },
  HAS_TARGET: { from: ACTION_LIKE, to: ['Target'], meaning: 'has the target' },
  HAS_MEASUREMENT: {
    from: ['Target', ...ACTION_LIKE, ...ENTITY],
    to: ['Measurement'],
    meaning: 'has the stated value',
  },
  HAS_MILESTONE: {
    from: [...ACTION_LIKE, 'Region'],
    to: ['Milestone'],
    meaning: 'has the milestone',
  },
  CONCERNS: {
    from: ['Milestone'],
    to: [...ENTITY, ...ACTION_LIKE, 'Target'],
    meaning: 'is about',
  },
  MENTIONED_IN: { from: ENTITY, to: [...ACTION_LIKE, 'Region'], meaning: 'is named in' },
  HAS_STATUS: { from: ACTION_LIKE, to: ['Status'], meaning: 'has, in an edition, the status' },
  CONTINUES: { from: ['Objective'], to: ACTION_LIKE, meaning: 'continues the earlier action' },
} as const satisfies Record<string, RelationshipSpec>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;

/**
 * The relationship kinds that answer "who drives it?" (Action.drivers, Actor.drives, the
 * completeness gate), strongest first: a stated lead, who implements it, who commissions it.
 */
export const DRIVER_TYPES = [
  'LEADS',
  'IMPLEMENTS',
  'COMMISSIONS',
] as const satisfies readonly RelationshipType[];
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];
export type ActorLabel = (typeof ACTOR_LABELS)[number];

/**
 * Kinds of involvement an actor can have in an action, as relationship types: the GraphQL
 * `InvolvementKind` enum, in this order (statements list their types in it).
 */
export const INVOLVEMENT_TYPES = [
  'LEADS',
  'COMMISSIONS',
  'CONTRIBUTES_TO',
  'IMPLEMENTS',
  'FUNDS',
  'MENTIONED_IN',
] as const satisfies readonly RelationshipType[];
export type InvolvementType = (typeof INVOLVEMENT_TYPES)[number];

/**
 * The GraphQL enum value of a label or a stored kebab-case value: "ActionPart" ->
 * ACTION_PART, "governance-body" -> GOVERNANCE_BODY. schema/contract.generated.graphql is
 * written with it (src/graph/contract-sdl.ts), and the API converts with it.
 */
export function enumValueOf(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toUpperCase();
}

export const DEFAULT_SOURCE_ID = 'src-techniekpact-bijlage-1-2014';
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
