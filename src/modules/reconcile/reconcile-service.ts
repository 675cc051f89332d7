/**
 * The Reconciliation API 0.2 over our graph, without HTTP (src/reconcile/reconcile-routes.ts
 * serves it): checking a query batch, matching names and aliases (accents and case folded,
 * typos allowed), type filters, property constraints, scores and `match`, suggestions,
 * data extension and the data of a preview card.
 */
import type { Neo4jGateway, Row } from '../../db/gateway.ts';
import { NODE_LABEL_NAMES, type NodeLabel } from '../../graph/contract.ts';
import { foldText } from '../../graph/text-folding.ts';
import {
  RECONCILE_CANDIDATES,
  RECONCILE_PREVIEW,
  RECONCILE_PROPERTY_VALUES,
  RECONCILE_PROPERTY_VALUES_OF_LABELS,
  RECONCILE_SUGGEST_ENTITIES,
} from './reconcile.cypher.ts';

/** Most queries in one batch (OpenRefine sends 10 by default); more is BATCH_TOO_LARGE. */
export const MAX_BATCH_QUERIES = 100;
export const MAX_QUERY_TEXT = 200;
export const DEFAULT_LIMIT = 5;
export const MAX_LIMIT = 25;
/** Most ids of one data extension request. */
export const MAX_EXTEND_IDS = 100;
/** Candidates scored per query: what the index ranks highest, before our own scoring. */
const CANDIDATES_PER_QUERY = 40;
/** `match` when the best name is this similar and this far ahead of the next candidate. */
const MATCH_SCORE = 90;
const MATCH_LEAD = 15;

export class ReconcileInputError extends Error {
  override readonly name = 'ReconcileInputError';
  constructor(
    message: string,
    readonly code: string,
    readonly parameter: string,
    readonly query?: string,
  ) {
    super(message);
  }
}

const TYPE_NAMES: Record<NodeLabel, string> = {
  Source: 'Source',
  Pillar: 'Pillar',
  Action: 'Action',
  ActionPart: 'Action part',
  Organisation: 'Organisation',
  Programme: 'Programme',
  Topsector: 'Topsector',
  Region: 'Region',
  Target: 'Target',
  Measurement: 'Measurement',
  Status: 'Status',
  Objective: 'Objective',
  Milestone: 'Milestone',
};

export interface ReconcileType {
  readonly id: NodeLabel;
  readonly name: string;
}

/** Our node types, by label: what a `type` of a query names. */
export const RECONCILE_TYPES: readonly ReconcileType[] = NODE_LABEL_NAMES.map((label) => ({
  id: label,
  name: TYPE_NAMES[label],
}));
export const DEFAULT_TYPES: readonly ReconcileType[] = RECONCILE_TYPES.filter((type) =>
  ['Organisation', 'Programme', 'Topsector', 'Region'].includes(type.id),
);

/** A type id as given (label, or the GraphQL enum value such as ACTION_PART) to our label. */
function labelOf(type: string): NodeLabel | undefined {
  const key = type.replace(/[_\s-]/g, '').toLowerCase();
  return NODE_LABEL_NAMES.find((label) => label.toLowerCase() === key);
}

type EntityValue = { id: string; name: string; number?: number; foldedNames?: string[] };

interface PropertyValues {
  readonly id: string;
  readonly labels: string[];
  readonly name: string;
  readonly aliases: string[] | null;
  readonly kind: string | null;
  readonly level: string | null;
  readonly number: number | null;
  readonly quote: string | null;
  readonly regions: EntityValue[];
  readonly drives: EntityValue[];
  readonly pillar: EntityValue[];
}

/** A cell of a data extension row, as the protocol writes values. */
type ExtendValue = { str: string } | { int: number } | { id: string; name: string };

export interface ReconcileProperty {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** The types that have it. */
  readonly types: readonly NodeLabel[];
  /** Its values on a node, for extension. */
  values(node: PropertyValues): ExtendValue[];
  /** Whether the node has one of the wanted values (each folded, or an entity id). */
  matches(node: PropertyValues, wanted: readonly WantedValue[]): boolean;
}

type WantedValue = { text: string } | { id: string };

function plainValue(
  read: (node: PropertyValues) => string | number | null | (string | number)[],
): Pick<ReconcileProperty, 'values' | 'matches'> {
  const list = (node: PropertyValues) => [read(node)].flat().filter((v) => v !== null);
  return {
    values: (node) =>
      list(node).map((value) =>
        typeof value === 'number' ? { int: value } : { str: value.replace(/-/g, ' ') },
      ),
    matches: (node, wanted) => {
      const have = list(node).map((value) => foldText(String(value)));
      return wanted.some((w) => have.includes(foldText('text' in w ? w.text : w.id)));
    },
  };
}

function entityValue(
  read: (node: PropertyValues) => EntityValue[],
): Pick<ReconcileProperty, 'values' | 'matches'> {
  return {
    values: (node) => read(node).map(({ id, name }) => ({ id, name })),
    matches: (node, wanted) =>
      read(node).some((entity) =>
        wanted.some((w) => {
          if ('id' in w) return w.id === entity.id;
          const folded = foldText(w.text);
          return (
            w.text === entity.id ||
            (entity.number !== undefined && folded === String(entity.number)) ||
            (entity.foldedNames ?? [foldText(entity.name)]).includes(folded)
          );
        }),
      ),
  };
}

const ALL_LABELS = NODE_LABEL_NAMES;
const ACTORS: readonly NodeLabel[] = ['Organisation', 'Programme', 'Topsector', 'Region'];

export const RECONCILE_PROPERTIES: readonly ReconcileProperty[] = [
  {
    id: 'kind',
    name: 'kind',
    description: 'The kind of organisation or programme (foundation, ministry, network, ...)',
    types: ['Organisation', 'Programme'],
    ...plainValue((node) => node.kind),
  },
  {
    id: 'level',
    name: 'level',
    description: 'The level of a region (landsdeel, subregion, province, city, ...)',
    types: ['Region'],
    ...plainValue((node) => node.level),
  },
  {
    id: 'number',
    name: 'number',
    description: 'The number of an action (1-22) or pillar (1-3)',
    types: ['Action', 'Pillar'],
    ...plainValue((node) => node.number),
  },
  {
    id: 'aliases',
    name: 'aliases',
    description: 'Other names and abbreviations the report uses',
    types: ALL_LABELS,
    ...plainValue((node) => node.aliases ?? []),
  },
  {
    id: 'drives',
    name: 'actions driven',
    description: 'The actions it leads, implements or commissions (Actor.drives)',
    types: ACTORS,
    ...entityValue((node) => node.drives),
  },
  {
    id: 'regions',
    name: 'regions',
    description: 'The regions it is active in, or a region is part of',
    types: ['Organisation', 'Programme', 'Region'],
    ...entityValue((node) => node.regions),
  },
  {
    id: 'pillar',
    name: 'pillar',
    description: 'The pillar an action is listed under',
    types: ['Action'],
    ...entityValue((node) => node.pillar),
  },
  {
    id: 'quote',
    name: 'quote',
    description: 'The verbatim passage of the report that states the entity',
    types: ALL_LABELS,
    values: (node) => (node.quote ? [{ str: node.quote }] : []),
    matches: (node, wanted) =>
      wanted.some((w) => 'text' in w && foldText(node.quote ?? '').includes(foldText(w.text))),
  },
];

/** A type by its id (a label or its enum name), for its flyout; undefined when unknown. */
export function reconcileTypeOf(id: string | null): ReconcileType | undefined {
  const label = id === null ? undefined : labelOf(id);
  return RECONCILE_TYPES.find((type) => type.id === label);
}

export function propertyOf(id: string): ReconcileProperty | undefined {
  return RECONCILE_PROPERTIES.find((property) => property.id === id);
}

// ---- query batches ---------------------------------------------------------------------

interface ParsedQuery {
  readonly key: string;
  readonly text: string;
  readonly folded: string;
  readonly labels: NodeLabel[] | null;
  readonly limit: number;
  readonly constraints: { property: ReconcileProperty; wanted: WantedValue[] }[];
}

const QUERY_KEYS = new Set(['query', 'type', 'limit', 'properties', 'type_strict']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A parsed `queries` document checked as the protocol's schema does, plus our limits. */
export function parseQueryBatch(batch: unknown): ParsedQuery[] {
  if (!isObject(batch))
    throw new ReconcileInputError(
      '"queries" must be a JSON object of queries by key, e.g. {"q0": {"query": "SBB"}}',
      'INVALID_QUERIES',
      'queries',
    );
  const keys = Object.keys(batch);
  if (keys.length > MAX_BATCH_QUERIES)
    throw new ReconcileInputError(
      `a batch takes at most ${MAX_BATCH_QUERIES} queries, got ${keys.length}; send smaller batches`,
      'BATCH_TOO_LARGE',
      'queries',
    );
  return keys.map((key) => parseQuery(key, batch[key]));
}

function parseQuery(key: string, raw: unknown): ParsedQuery {
  const bad = (message: string, code = 'INVALID_QUERIES') =>
    new ReconcileInputError(`query "${key.slice(0, 50)}": ${message}`, code, 'queries', key);
  if (!isObject(raw)) throw bad('must be an object such as {"query": "SBB"}');
  const unknown = Object.keys(raw).filter((name) => !QUERY_KEYS.has(name));
  if (unknown.length > 0)
    throw bad(`unknown field "${unknown[0]}"; a query has ${[...QUERY_KEYS].join(', ')}`);
  // No text (or only spaces and punctuation) is a query by its property constraints alone;
  // one with neither has nothing to match.
  if (raw.query !== undefined && typeof raw.query !== 'string')
    throw bad('"query" must be a string');
  const text = raw.query ?? '';
  if (text.length > MAX_QUERY_TEXT)
    throw bad(`"query" is longer than ${MAX_QUERY_TEXT} characters`);
  let limit = DEFAULT_LIMIT;
  if (raw.limit !== undefined) {
    if (typeof raw.limit !== 'number' || !Number.isInteger(raw.limit) || raw.limit < 1)
      throw bad('"limit" must be a whole number from 1');
    limit = Math.min(raw.limit, MAX_LIMIT);
  }
  if (
    raw.type_strict !== undefined &&
    !(typeof raw.type_strict === 'string' && ['any', 'should', 'all'].includes(raw.type_strict))
  )
    throw bad('"type_strict" must be "any", "should" or "all"');
  let labels: NodeLabel[] | null = null;
  if (raw.type !== undefined) {
    const types = Array.isArray(raw.type) ? raw.type : [raw.type];
    if (types.length === 0 || !types.every((type) => typeof type === 'string'))
      throw bad('"type" must be a type id or a list of them');
    labels = (types as string[]).map((type) => {
      const label = labelOf(type);
      if (!label)
        throw bad(
          `unknown type "${type.slice(0, 50)}"; types are ${NODE_LABEL_NAMES.join(', ')}`,
          'UNKNOWN_TYPE',
        );
      return label;
    });
  }
  const constraints: ParsedQuery['constraints'] = [];
  if (raw.properties !== undefined) {
    if (!Array.isArray(raw.properties)) throw bad('"properties" must be a list of {pid, v}');
    for (const entry of raw.properties as unknown[]) {
      if (!isObject(entry) || typeof entry.pid !== 'string' || entry.v === undefined)
        throw bad('each of "properties" must be {"pid": "...", "v": ...}');
      const property = propertyOf(entry.pid);
      if (!property)
        throw bad(
          `unknown property "${entry.pid.slice(0, 50)}"; properties are ${RECONCILE_PROPERTIES.map((p) => p.id).join(', ')}`,
          'UNKNOWN_PROPERTY',
        );
      const values = Array.isArray(entry.v) ? entry.v : [entry.v];
      const wanted = values.map((value: unknown): WantedValue => {
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
          return { text: String(value) };
        if (isObject(value) && typeof value.id === 'string') return { id: value.id };
        throw bad(`a value of "${entry.pid}" must be a string, number, boolean or {"id": ...}`);
      });
      constraints.push({ property, wanted });
    }
  }
  const folded = foldText(text);
  if (folded === '' && constraints.length === 0)
    throw bad(
      'has no query text and no property constraints: give "query", "properties" or both',
      'QUERY_TEXT_REQUIRED',
    );
  return { key, text, folded, labels, limit, constraints };
}

/**
 * Lucene text for a folded name: each word as itself, as a prefix, and from 5 letters also
 * within one edit (a single word of 8 or more: two), OR-ed, so that a typo in one word still finds the entity through it and
 * through the other words; our own scoring then ranks the candidates. Two edits (`~2`) made
 * a batch of 10 five to ten times slower (bench:reconcile, docs/decisions.md). Folded text
 * has letters, digits and spaces only, so no Lucene syntax gets in.
 */
export function reconcileLucene(folded: string): string {
  const words = folded.split(' ').filter(Boolean).slice(0, 12);
  // One long word has no other word to be found through: two edits for it.
  const [only] = words;
  if (words.length === 1 && only !== undefined && only.length >= 8)
    return `(${only} OR ${only}* OR ${only}~2)`;
  return words
    .map((word) =>
      word.length >= 5 ? `(${word} OR ${word}* OR ${word}~1)` : `(${word} OR ${word}*)`,
    )
    .join(' OR ');
}

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** 0..1: one minus the edit distance over the longer length, also with words sorted. */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const plain = 1 - levenshtein(a, b) / Math.max(a.length, b.length, 1);
  const sort = (text: string) => text.split(' ').sort().join(' ');
  const sorted = 1 - levenshtein(sort(a), sort(b)) / Math.max(a.length, b.length, 1);
  return Math.max(plain, sorted);
}

export interface ReconcileCandidate {
  id: string;
  name: string;
  score: number;
  match: boolean;
  type: { id: string; name: string }[];
  features: { id: string; value: number | boolean }[];
}

function typesOf(labels: readonly string[]): { id: string; name: string }[] {
  return RECONCILE_TYPES.filter((type) => labels.includes(type.id)).map(({ id, name }) => ({
    id,
    name,
  }));
}

/** The protocol's result batch: candidates by query key, best first. */
export async function reconcileBatch(
  gateway: Neo4jGateway,
  queries: readonly ParsedQuery[],
): Promise<Record<string, { result: ReconcileCandidate[] }>> {
  // Keys are the client's: without a prototype, "__proto__" is a key like any other.
  const answer: Record<string, { result: ReconcileCandidate[] }> = Object.create(null);
  for (const query of queries) answer[query.key] = { result: [] };
  const named = queries.filter((query) => query.folded !== '');
  const byProperties = queries.filter((query) => query.folded === '');
  if (byProperties.length > 0)
    Object.assign(answer, await reconcileByProperties(gateway, byProperties));
  if (named.length === 0) return answer;
  return Object.assign(answer, await reconcileNamed(gateway, named));
}

/** The types a property-only query looks in: the asked ones, else those having every property. */
function labelsOfPropertyQuery(query: ParsedQuery): readonly NodeLabel[] {
  const having = ALL_LABELS.filter((label) =>
    query.constraints.every(({ property }) => property.types.includes(label)),
  );
  return query.labels ? query.labels.filter((label) => having.includes(label)) : having;
}

/**
 * Queries of property constraints only: every node of the query's types that meets all of
 * them, by name. With no name there is nothing to rank them by: each scores 100, and `match`
 * is the one node that meets them (then the constraints identify it, as an id would). One
 * statement for the batch reads the values of every node of the types asked (a few hundred).
 */
async function reconcileByProperties(
  gateway: Neo4jGateway,
  queries: readonly ParsedQuery[],
): Promise<Record<string, { result: ReconcileCandidate[] }>> {
  const answer: Record<string, { result: ReconcileCandidate[] }> = Object.create(null);
  const labelsByKey = new Map(queries.map((query) => [query.key, labelsOfPropertyQuery(query)]));
  const labels = [...new Set([...labelsByKey.values()].flat())];
  const nodes =
    labels.length === 0
      ? []
      : ((await gateway.read(RECONCILE_PROPERTY_VALUES_OF_LABELS, {
          labels,
        })) as unknown as PropertyValues[]);
  const byName = (a: PropertyValues, b: PropertyValues) =>
    foldText(a.name).localeCompare(foldText(b.name)) || a.id.localeCompare(b.id);
  for (const query of queries) {
    const types = labelsByKey.get(query.key)!;
    const meeting = nodes
      .filter(
        (node) =>
          node.labels.some((label) => (types as readonly string[]).includes(label)) &&
          query.constraints.every(({ property, wanted }) => property.matches(node, wanted)),
      )
      .sort(byName);
    answer[query.key] = {
      result: meeting.slice(0, query.limit).map((node) => ({
        id: node.id,
        name: node.name,
        score: 100,
        match: meeting.length === 1,
        type: typesOf(node.labels),
        features: query.constraints.map(({ property }) => ({
          id: `property:${property.id}`,
          value: true,
        })),
      })),
    };
  }
  return answer;
}

/** Queries with a name: candidates from the full-text index, scored by us. */
async function reconcileNamed(
  gateway: Neo4jGateway,
  queries: readonly ParsedQuery[],
): Promise<Record<string, { result: ReconcileCandidate[] }>> {
  const answer: Record<string, { result: ReconcileCandidate[] }> = Object.create(null);
  const rows = await gateway.read(RECONCILE_CANDIDATES, {
    queries: queries.map((query) => ({
      key: query.key,
      lucene: reconcileLucene(query.folded),
      labels: query.labels,
      scan: query.labels ? CANDIDATES_PER_QUERY * 10 : CANDIDATES_PER_QUERY,
    })),
    candidates: CANDIDATES_PER_QUERY,
  });
  const candidatesByKey = new Map(
    rows.map((row) => [row.key as string, row.candidates as Row[]] as const),
  );
  const constrained = queries.filter((query) => query.constraints.length > 0);
  const values = new Map<string, PropertyValues>();
  if (constrained.length > 0) {
    const ids = new Set(
      constrained.flatMap((query) =>
        (candidatesByKey.get(query.key) ?? []).map((c) => c.id as string),
      ),
    );
    for (const row of await gateway.read(RECONCILE_PROPERTY_VALUES, { ids: [...ids] }))
      values.set(row.id as string, row as unknown as PropertyValues);
  }
  for (const query of queries) {
    const scored = (candidatesByKey.get(query.key) ?? []).map((candidate) => {
      const folded = (candidate.foldedNames as string[] | null) ?? [
        foldText(String(candidate.name)),
      ];
      const similarity = Math.max(...folded.map((name) => nameSimilarity(query.folded, name)));
      const exact = folded.includes(query.folded);
      const features: ReconcileCandidate['features'] = [
        { id: 'name_similarity', value: Math.round(similarity * 1000) / 1000 },
        { id: 'exact_name', value: exact },
      ];
      let score = similarity * 100;
      const node = values.get(candidate.id as string);
      for (const { property, wanted } of query.constraints) {
        const matched = node !== undefined && property.matches(node, wanted);
        features.push({ id: `property:${property.id}`, value: matched });
        // A constraint not met halves the score: a namesake of another kind stays visible.
        if (!matched) score /= 2;
      }
      return {
        id: candidate.id as string,
        name: candidate.name as string,
        score: Math.round(score * 10) / 10,
        match: false,
        type: typesOf(candidate.labels as string[]),
        features,
        exact: exact && features.every((feature) => feature.value !== false),
      };
    });
    scored.sort(
      (a, b) => b.score - a.score || a.name.length - b.name.length || a.id.localeCompare(b.id),
    );
    const [best, next] = scored;
    if (best) {
      const exactOnes = scored.filter((candidate) => candidate.exact).length;
      best.match =
        (best.exact && exactOnes === 1) ||
        (best.score >= MATCH_SCORE && best.score - (next?.score ?? 0) >= MATCH_LEAD);
    }
    answer[query.key] = {
      result: scored.slice(0, query.limit).map(({ exact: _exact, ...candidate }) => candidate),
    };
  }
  return answer;
}

// ---- suggest, extend, preview ---------------------------------------------------------

function prefixOf(raw: string | null): string {
  if (raw === null || raw.trim() === '')
    throw new ReconcileInputError('"prefix" is required', 'BAD_PARAMETER', 'prefix');
  if (raw.length > MAX_QUERY_TEXT)
    throw new ReconcileInputError(
      `"prefix" is longer than ${MAX_QUERY_TEXT} characters`,
      'BAD_PARAMETER',
      'prefix',
    );
  return foldText(raw);
}

function typeParameter(raw: string | null): NodeLabel | null {
  if (raw === null || raw === '') return null;
  const label = labelOf(raw);
  if (!label)
    throw new ReconcileInputError(
      `unknown type "${raw.slice(0, 50)}"; types are ${NODE_LABEL_NAMES.join(', ')}`,
      'UNKNOWN_TYPE',
      'type',
    );
  return label;
}

export async function suggestEntities(
  gateway: Neo4jGateway,
  prefix: string | null,
  type: string | null,
): Promise<{
  result: {
    id: string;
    name: string;
    description?: string;
    notable: { id: string; name: string }[];
  }[];
}> {
  const folded = prefixOf(prefix);
  const label = typeParameter(type);
  const words = folded.split(' ').filter(Boolean).slice(0, 12);
  if (words.length === 0) return { result: [] };
  const lucene = words.map((word) => `(${word} OR ${word}*)`).join(' AND ');
  const rows = await gateway.read(RECONCILE_SUGGEST_ENTITIES, {
    lucene,
    scan: label ? 200 : 10,
    labels: label ? [label] : null,
    limit: 10,
  });
  return {
    result: rows.map((row) => {
      const description = [row.kind, row.level].filter(Boolean).join(', ').replace(/-/g, ' ');
      return {
        id: row.id as string,
        name: row.name as string,
        ...(description ? { description } : {}),
        notable: typesOf(row.labels as string[]),
      };
    }),
  };
}

export function suggestTypes(prefix: string | null): { result: { id: string; name: string }[] } {
  const folded = prefixOf(prefix);
  return {
    result: RECONCILE_TYPES.filter(
      (type) => foldText(type.name).startsWith(folded) || foldText(type.id).startsWith(folded),
    ).map(({ id, name }) => ({ id, name })),
  };
}

export function suggestProperties(
  prefix: string | null,
  type: string | null = null,
): { result: { id: string; name: string; description: string }[] } {
  const folded = prefixOf(prefix);
  const label = typeParameter(type);
  return {
    result: RECONCILE_PROPERTIES.filter(
      (property) =>
        (label === null || property.types.includes(label)) &&
        (foldText(property.name).startsWith(folded) || property.id.startsWith(folded)),
    ).map(({ id, name, description }) => ({ id, name, description })),
  };
}

/** The properties offered for extending a column of one type. */
export function proposeProperties(
  type: string | null,
  limit: string | null,
): {
  type: string;
  properties: { id: string; name: string; description: string }[];
  limit?: number;
} {
  const label = typeParameter(type);
  if (label === null) throw new ReconcileInputError('"type" is required', 'BAD_PARAMETER', 'type');
  let max: number | undefined;
  if (limit !== null) {
    max = Number(limit);
    if (!Number.isInteger(max) || max < 1)
      throw new ReconcileInputError(
        '"limit" must be a whole number from 1',
        'BAD_PARAMETER',
        'limit',
      );
  }
  const properties = RECONCILE_PROPERTIES.filter((property) => property.types.includes(label))
    .slice(0, max)
    .map(({ id, name, description }) => ({ id, name, description }));
  return { type: label, properties, ...(max !== undefined ? { limit: max } : {}) };
}

/** The protocol's data extension: property values of the given ids, row by row. */
export async function extendData(
  gateway: Neo4jGateway,
  request: unknown,
): Promise<{
  meta: { id: string; name: string }[];
  rows: Record<string, Record<string, ExtendValue[]>>;
}> {
  const bad = (message: string, code = 'INVALID_EXTEND') =>
    new ReconcileInputError(message, code, 'extend');
  if (!isObject(request) || !Array.isArray(request.ids) || !Array.isArray(request.properties))
    throw bad('"extend" must be {"ids": [...], "properties": [{"id": ...}]}');
  const ids = request.ids as unknown[];
  if (!ids.every((id) => typeof id === 'string')) throw bad('"ids" must be strings');
  if (ids.length > MAX_EXTEND_IDS)
    throw bad(`"ids" takes at most ${MAX_EXTEND_IDS} ids, got ${ids.length}`, 'BATCH_TOO_LARGE');
  const properties = (request.properties as unknown[]).map((entry) => {
    if (!isObject(entry) || typeof entry.id !== 'string')
      throw bad('each of "properties" must be {"id": "..."}');
    const property = propertyOf(entry.id);
    if (!property)
      throw bad(
        `unknown property "${entry.id.slice(0, 50)}"; properties are ${RECONCILE_PROPERTIES.map((p) => p.id).join(', ')}`,
        'UNKNOWN_PROPERTY',
      );
    return property;
  });
  const found = new Map<string, PropertyValues>();
  if (ids.length > 0 && properties.length > 0) {
    for (const row of await gateway.read(RECONCILE_PROPERTY_VALUES, { ids }))
      found.set(row.id as string, row as unknown as PropertyValues);
  }
  const rows: Record<string, Record<string, ExtendValue[]>> = Object.create(null);
  for (const id of ids as string[]) {
    const node = found.get(id);
    rows[id] = Object.fromEntries(
      properties.map((property) => [property.id, node ? property.values(node) : []]),
    );
  }
  return { meta: properties.map(({ id, name }) => ({ id, name })), rows };
}

export interface PreviewData {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly detail: string | null;
  readonly aliases: readonly string[];
  readonly quote: string | null;
  readonly sourceTitle: string | null;
}

export async function previewData(
  gateway: Neo4jGateway,
  id: string | null,
): Promise<PreviewData | null> {
  if (id === null || id === '' || id.length > 200)
    throw new ReconcileInputError(
      '"id" is required (a node id such as org-sbb)',
      'BAD_PARAMETER',
      'id',
    );
  const [row] = await gateway.read(RECONCILE_PREVIEW, { id });
  if (!row) return null;
  return {
    id: row.id as string,
    name: row.name as string,
    type: typesOf(row.labels as string[])
      .map((type) => type.name)
      .join(', '),
    detail: [row.kind, row.level].filter(Boolean).join(', ').replace(/-/g, ' ') || null,
    aliases: (row.aliases as string[] | null) ?? [],
    quote: (row.quote as string | null) ?? null,
    sourceTitle: (row.sourceTitle as string | null) ?? null,
  };
}
