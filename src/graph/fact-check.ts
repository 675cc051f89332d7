/**
 * The one validator of a fact against the graph contract and its source: the seed loader
 * (src/seeds/load-seeds.ts) runs it on every YAML node and relationship, and the curation
 * mutations (src/modules/curation/) on every edit, so that an edit is held to exactly the
 * rules of the import. Pure: it takes plain values and the source text, and returns what is
 * wrong, each problem with the input key it is about (the loader turns keys into lines).
 */
import {
  COMMON_NODE_PROPERTIES,
  ID_PATTERN,
  NODE_LABELS,
  PARTIAL_DATE_PATTERN,
  RELATIONSHIP_PROPERTIES,
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type PropertySpec,
  type RelationshipType,
} from './contract.ts';
import { codePointOffset, quoteOccurrences } from './text-anchors.ts';

export type PropertyValue = string | number | string[];

export interface FactProblem {
  /** The input key the problem is about (`quote`, `label`, `from`, ...). */
  readonly key: string;
  /** Where, as a curator reads it: `node org-slo.quote`. */
  readonly field: string;
  readonly message: string;
}

export interface CheckedNode {
  readonly id: string | undefined;
  readonly label: NodeLabel | undefined;
  readonly properties: Record<string, PropertyValue>;
  readonly problems: FactProblem[];
}

export interface CheckedRelationship {
  readonly type: RelationshipType | undefined;
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly properties: Record<string, PropertyValue>;
  readonly problems: FactProblem[];
}

/** A node's values (id, label and its properties) against the contract and the source. */
export function checkNodeFact(
  values: Readonly<Record<string, unknown>>,
  sourceText: string,
  fallbackWhere: string,
): CheckedNode {
  const problems: FactProblem[] = [];
  const { id, label } = values;
  const where = typeof id === 'string' ? `node ${id}` : fallbackWhere;
  const problem = (key: string, message: string) =>
    problems.push({ key, field: `${where}.${key}`, message });
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    problem('id', 'required, kebab-case ASCII (a-z, 0-9, -)');
  }
  if (typeof label !== 'string' || !(label in NODE_LABELS)) {
    problem('label', `must be one of ${Object.keys(NODE_LABELS).join(', ')}`);
    return { id: undefined, label: undefined, properties: {}, problems };
  }
  const specs: Record<string, PropertySpec> = {
    ...COMMON_NODE_PROPERTIES,
    ...NODE_LABELS[label as NodeLabel],
  };
  const properties = checkProperties(values, specs, ['id', 'label'], problem);
  checkQuote(properties, sourceText, problem);
  return {
    id: typeof id === 'string' && ID_PATTERN.test(id) ? id : undefined,
    label: label as NodeLabel,
    properties,
    problems,
  };
}

/** A relationship's values (type, from, to and its properties) against the contract. */
export function checkRelationshipFact(
  values: Readonly<Record<string, unknown>>,
  sourceText: string,
  fallbackWhere: string,
): CheckedRelationship {
  const problems: FactProblem[] = [];
  const { type, from, to } = values;
  const where =
    typeof type === 'string' && typeof from === 'string' && typeof to === 'string'
      ? `relationship ${from} ${type} ${to}`
      : fallbackWhere;
  const problem = (key: string, message: string) =>
    problems.push({ key, field: `${where}.${key}`, message });
  const knownType = typeof type === 'string' && type in RELATIONSHIP_TYPES;
  if (!knownType) problem('type', `must be one of ${Object.keys(RELATIONSHIP_TYPES).join(', ')}`);
  if (typeof from !== 'string') problem('from', 'required: the id of a node');
  if (typeof to !== 'string') problem('to', 'required: the id of a node');
  const properties = checkProperties(
    values,
    RELATIONSHIP_PROPERTIES,
    ['type', 'from', 'to'],
    problem,
  );
  checkQuote(properties, sourceText, problem);
  return {
    type: knownType ? (type as RelationshipType) : undefined,
    from: typeof from === 'string' ? from : undefined,
    to: typeof to === 'string' ? to : undefined,
    properties,
    problems,
  };
}

/** The key of a relationship, `TYPE:from->to`: its statement id in seeds, graph and edits. */
export function relationshipKey(type: string, from: string, to: string): string {
  return `${type}:${from}->${to}`;
}

/**
 * Whether a relationship may join nodes of these labels: the contract's ends, PART_OF's
 * own rule, and no loops. Each problem names the end it is about.
 */
export function endProblems(
  type: RelationshipType,
  from: { readonly id: string; readonly label: NodeLabel },
  to: { readonly id: string; readonly label: NodeLabel },
): { readonly key: 'from' | 'to'; readonly message: string }[] {
  const spec = RELATIONSHIP_TYPES[type];
  const problems: { key: 'from' | 'to'; message: string }[] = [];
  if (!(spec.from as readonly string[]).includes(from.label)) {
    problems.push({
      key: 'from',
      message: `${type} cannot start at a ${from.label} (allowed: ${spec.from.join(', ')})`,
    });
  }
  if (!(spec.to as readonly string[]).includes(to.label)) {
    problems.push({
      key: 'to',
      message: `${type} cannot end at a ${to.label} (allowed: ${spec.to.join(', ')})`,
    });
  }
  if (type === 'PART_OF') {
    const allowed = from.label === 'ActionPart' ? to.label === 'Action' : from.label === to.label;
    if (!allowed) {
      problems.push({
        key: 'to',
        message: `PART_OF joins an ActionPart to its Action, or two nodes of one label; not ${from.label} to ${to.label}`,
      });
    }
  }
  if (from.id === to.id) {
    problems.push({ key: 'to', message: 'a relationship cannot join a node to itself' });
  }
  return problems;
}

function checkProperties(
  values: Readonly<Record<string, unknown>>,
  specs: Readonly<Record<string, PropertySpec>>,
  structural: readonly string[],
  problem: (key: string, message: string) => void,
): Record<string, PropertyValue> {
  const properties: Record<string, PropertyValue> = {};
  for (const [key, value] of Object.entries(values)) {
    if (structural.includes(key)) continue;
    const spec = specs[key];
    if (!spec) {
      problem(key, `unknown property (allowed: ${Object.keys(specs).join(', ')})`);
      continue;
    }
    if (value === null || value === undefined) continue;
    const error = typeError(spec, value);
    if (error) problem(key, error);
    else properties[key] = value as PropertyValue;
  }
  for (const [key, spec] of Object.entries(specs)) {
    if (spec.required && (values[key] === undefined || values[key] === null)) {
      problem(key, 'required property is missing');
    }
  }
  return properties;
}

function typeError(spec: PropertySpec, value: unknown): string | undefined {
  const type = spec.type;
  switch (type.kind) {
    case 'string':
      return typeof value === 'string' && value.trim() !== ''
        ? undefined
        : 'must be a non-empty string';
    case 'stringList':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== '')
        ? undefined
        : 'must be a list of non-empty strings';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? undefined
        : `must be a number, got ${JSON.stringify(value)}`;
    case 'int':
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        return `must be a whole number, got ${JSON.stringify(value)}`;
      }
      if (
        (type.min !== undefined && value < type.min) ||
        (type.max !== undefined && value > type.max)
      ) {
        return `must be between ${type.min} and ${type.max}, got ${value}`;
      }
      return undefined;
    case 'partialDate':
      return typeof value === 'string' && PARTIAL_DATE_PATTERN.test(value) && validDay(value)
        ? undefined
        : `must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`;
    case 'isoDate':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && validDay(value)
        ? undefined
        : `must be a date as YYYY-MM-DD, got ${JSON.stringify(value)}`;
    case 'enum':
      return typeof value === 'string' && type.values.includes(value)
        ? undefined
        : `must be one of ${type.values.join(', ')}, got ${JSON.stringify(value)}`;
  }
}

/** 2014-02-30 matches the pattern but is no date. */
function validDay(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (day === undefined || month === undefined) return true;
  const date = new Date(Date.UTC(year!, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The quote occurs verbatim in the source, and where is unambiguous: a quote that occurs
 * once gets its `quoteStart` filled in; one that occurs more often needs `quoteStart` stated
 * (or a longer quote), so that a viewer highlights the passage meant, not the first like it.
 * A stated `quoteStart` must be where the quote is.
 */
function checkQuote(
  properties: Record<string, PropertyValue>,
  sourceText: string,
  problem: (key: string, message: string) => void,
): void {
  const { quote, quoteStart } = properties;
  if (typeof quote !== 'string') return;
  const found = quoteOccurrences(sourceText, quote);
  if (found.length === 0) {
    problem(
      'quote',
      `quote does not occur verbatim in the source: ${JSON.stringify(truncate(quote))}`,
    );
    return;
  }
  const positions = found.map((at) => codePointOffset(sourceText, at));
  const listed = positions.slice(0, 5).join(', ') + (positions.length > 5 ? ', ...' : '');
  if (typeof quoteStart === 'number') {
    if (!positions.includes(quoteStart)) {
      problem('quoteStart', `the quote is not at ${quoteStart}; it occurs at ${listed}`);
    }
  } else if (positions.length > 1) {
    problem(
      'quoteStart',
      `the quote occurs ${positions.length} times in the source (at ${listed}): state quoteStart, or quote a longer passage`,
    );
  } else {
    properties.quoteStart = positions[0]!;
  }
}

function truncate(text: string): string {
  return text.length > 90 ? `${text.slice(0, 87)}...` : text;
}
