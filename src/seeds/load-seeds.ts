/**
 * Reads and validates the curated seed graph: every file under seeds/graph, against the
 * contract in seed-schema.ts and against the source report. It never stops at the first
 * problem: it collects all of them, each with file, line and field, so that one run of
 * `npm run import -- --dry-run` shows a curator everything to fix.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import {
  COMMON_NODE_PROPERTIES,
  DEFAULT_SOURCE_ID,
  ID_PATTERN,
  NODE_LABELS,
  PARTIAL_DATE_PATTERN,
  RELATIONSHIP_PROPERTIES,
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type PropertySpec,
  type RelationshipType,
} from '../graph/contract.ts';

export type PropertyValue = string | number | string[];

export interface SeedNode {
  readonly id: string;
  readonly label: NodeLabel;
  /** All properties including id, name, aliases, quote and source. */
  readonly properties: Readonly<Record<string, PropertyValue>>;
  readonly file: string;
  readonly line: number;
}

export interface SeedRelationship {
  /** Stable key, `TYPE:from->to`, also the relationship's `id` in Neo4j. */
  readonly key: string;
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly properties: Readonly<Record<string, PropertyValue>>;
  readonly file: string;
  readonly line: number;
}

export interface SeedGraph {
  readonly nodes: readonly SeedNode[];
  readonly relationships: readonly SeedRelationship[];
  readonly sourceText: string;
}

export interface SeedProblem {
  readonly file: string;
  readonly line: number;
  readonly field: string;
  readonly message: string;
}

export class SeedValidationError extends Error {
  override name = 'SeedValidationError';
  constructor(readonly problems: readonly SeedProblem[]) {
    super(
      `${problems.length} problem(s) in the seed graph:\n` +
        problems.map((p) => `  ${p.file}:${p.line} ${p.field}: ${p.message}`).join('\n'),
    );
  }
}

export interface SeedLocation {
  /** The seeds folder (holds source/ and graph/). */
  readonly seedsDir: string;
  /** Paths in messages are relative to this folder. */
  readonly displayRoot?: string;
}

const SOURCE_FILE = 'source/techniekpact-bijlage-1-2014.txt';
export const SOURCE_SHA256 = '089314d70eff4eb0d8ffecbc9277dc3b915b86799be8febe3c7fe40b7dfd9a74';

export function seedFiles(graphDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.yaml') || entry.endsWith('.yml')) files.push(path);
    }
  };
  walk(graphDir);
  return files;
}

export function readSourceText(seedsDir: string): string {
  return readFileSync(join(seedsDir, SOURCE_FILE), 'utf8');
}

/** Loads every seed file and returns the graph, or throws SeedValidationError with every problem. */
export function loadSeedGraph(location: SeedLocation): SeedGraph {
  const { seedsDir } = location;
  const displayRoot = location.displayRoot ?? join(seedsDir, '..');
  const problems: SeedProblem[] = [];
  const sourcePath = join(seedsDir, SOURCE_FILE);
  const sourceBytes = readFileSync(sourcePath);
  const sha = createHash('sha256').update(sourceBytes).digest('hex');
  if (sha !== SOURCE_SHA256) {
    problems.push({
      file: relative(displayRoot, sourcePath),
      line: 1,
      field: 'sha256',
      message: `the source report differs from the original (sha256 ${sha}, expected ${SOURCE_SHA256}); restore it byte for byte`,
    });
  }
  const sourceText = sourceBytes.toString('utf8');
  const nodes: SeedNode[] = [];
  const relationships: SeedRelationship[] = [];
  for (const path of seedFiles(join(seedsDir, 'graph'))) {
    readSeedFile(path, relative(displayRoot, path), sourceText, nodes, relationships, problems);
  }
  checkGraph(nodes, relationships, problems);
  if (problems.length > 0) throw new SeedValidationError(problems);
  return { nodes, relationships, sourceText };
}

function readSeedFile(
  path: string,
  file: string,
  sourceText: string,
  nodes: SeedNode[],
  relationships: SeedRelationship[],
  problems: SeedProblem[],
): void {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter, uniqueKeys: true });
  const lineOf = (node: YamlNode | null | undefined): number =>
    node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  const problem = (node: YamlNode | null | undefined, field: string, message: string): void => {
    problems.push({ file, line: lineOf(node), field, message });
  };
  for (const error of doc.errors) {
    problems.push({ file, line: error.linePos?.[0]?.line ?? 1, field: '(yaml)', message: error.message });
  }
  if (doc.errors.length > 0) return;
  if (!isMap(doc.contents)) {
    problem(doc.contents, '(file)', 'a seed file is a mapping with `nodes` and/or `relationships`');
    return;
  }
  for (const pair of doc.contents.items) {
    const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
    if (!['source', 'nodes', 'relationships'].includes(key)) {
      problem(pair.key as YamlNode, key, 'unknown top-level key (expected source, nodes, relationships)');
    }
  }
  const source = doc.get('source') ?? DEFAULT_SOURCE_ID;
  if (typeof source !== 'string') problem(doc.get('source', true) as YamlNode, 'source', 'must be a Source id');

  const list = (key: string): YamlNode[] => {
    const seq = doc.get(key, true);
    if (seq === undefined) return [];
    if (!isSeq(seq)) {
      problem(seq as YamlNode, key, 'must be a list');
      return [];
    }
    return seq.items as YamlNode[];
  };

  list('nodes').forEach((item, index) => {
    const read = readMapping(doc, item, `nodes[${index}]`, problem);
    if (!read) return;
    const { values, at } = read;
    const id = values.id;
    const label = values.label;
    const where = typeof id === 'string' ? `node ${id}` : `nodes[${index}]`;
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
      problem(at('id'), `${where}.id`, 'required, kebab-case ASCII (a-z, 0-9, -)');
    }
    if (typeof label !== 'string' || !(label in NODE_LABELS)) {
      problem(at('label'), `${where}.label`, `must be one of ${Object.keys(NODE_LABELS).join(', ')}`);
      return;
    }
    const specs: Record<string, PropertySpec> = { ...COMMON_NODE_PROPERTIES, ...NODE_LABELS[label as NodeLabel] };
    const properties = readProperties(values, specs, ['id', 'label'], where, at, problem);
    checkQuote(properties.quote, sourceText, () => at('quote'), `${where}.quote`, problem);
    if (typeof id !== 'string') return;
    nodes.push({
      id,
      label: label as NodeLabel,
      properties: { ...properties, id, aliases: properties.aliases ?? [], source: String(source) },
      file,
      line: lineOf(item),
    });
  });

  list('relationships').forEach((item, index) => {
    const read = readMapping(doc, item, `relationships[${index}]`, problem);
    if (!read) return;
    const { values, at } = read;
    const { type, from, to } = values;
    const where =
      typeof type === 'string' && typeof from === 'string' && typeof to === 'string'
        ? `relationship ${from} ${type} ${to}`
        : `relationships[${index}]`;
    if (typeof type !== 'string' || !(type in RELATIONSHIP_TYPES)) {
      problem(at('type'), `${where}.type`, `must be one of ${Object.keys(RELATIONSHIP_TYPES).join(', ')}`);
    }
    if (typeof from !== 'string') problem(at('from'), `${where}.from`, 'required: the id of a node');
    if (typeof to !== 'string') problem(at('to'), `${where}.to`, 'required: the id of a node');
    const properties = readProperties(values, RELATIONSHIP_PROPERTIES, ['type', 'from', 'to'], where, at, problem);
    checkQuote(properties.quote, sourceText, () => at('quote'), `${where}.quote`, problem);
    if (typeof type !== 'string' || !(type in RELATIONSHIP_TYPES) || typeof from !== 'string' || typeof to !== 'string') {
      return;
    }
    const key = `${type}:${from}->${to}`;
    relationships.push({
      key,
      type: type as RelationshipType,
      from,
      to,
      properties: { ...properties, id: key, source: String(source) },
      file,
      line: lineOf(item),
    });
  });
}

type At = (key: string) => YamlNode | undefined;

function readMapping(
  doc: Document,
  item: YamlNode,
  where: string,
  problem: (node: YamlNode | null | undefined, field: string, message: string) => void,
): { values: Record<string, unknown>; at: At } | undefined {
  if (!isMap(item)) {
    problem(item, where, 'must be a mapping');
    return undefined;
  }
  const values = item.toJS(doc) as Record<string, unknown>;
  const at: At = (key) => (item.get(key, true) as YamlNode | undefined) ?? item;
  return { values, at };
}

function readProperties(
  values: Record<string, unknown>,
  specs: Readonly<Record<string, PropertySpec>>,
  structural: readonly string[],
  where: string,
  at: At,
  problem: (node: YamlNode | null | undefined, field: string, message: string) => void,
): Record<string, PropertyValue> {
  const properties: Record<string, PropertyValue> = {};
  for (const [key, value] of Object.entries(values)) {
    if (structural.includes(key)) continue;
    const spec = specs[key];
    if (!spec) {
      problem(at(key), `${where}.${key}`, `unknown property (allowed: ${Object.keys(specs).join(', ')})`);
      continue;
    }
    if (value === null || value === undefined) continue;
    const error = typeError(spec, value);
    if (error) problem(at(key), `${where}.${key}`, error);
    else properties[key] = value as PropertyValue;
  }
  for (const [key, spec] of Object.entries(specs)) {
    if (spec.required && (values[key] === undefined || values[key] === null)) {
      problem(at(structural[0]!), `${where}.${key}`, 'required property is missing');
    }
  }
  return properties;
}

function typeError(spec: PropertySpec, value: unknown): string | undefined {
  const type = spec.type;
  switch (type.kind) {
    case 'string':
      return typeof value === 'string' && value.trim() !== '' ? undefined : 'must be a non-empty string';
    case 'stringList':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== '')
        ? undefined
        : 'must be a list of non-empty strings';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : `must be a number, got ${JSON.stringify(value)}`;
    case 'int':
      if (typeof value !== 'number' || !Number.isInteger(value)) return `must be a whole number, got ${JSON.stringify(value)}`;
      if ((type.min !== undefined && value < type.min) || (type.max !== undefined && value > type.max)) {
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

function checkQuote(
  quote: PropertyValue | undefined,
  sourceText: string,
  at: () => YamlNode | undefined,
  field: string,
  problem: (node: YamlNode | null | undefined, field: string, message: string) => void,
): void {
  if (typeof quote === 'string' && !sourceText.includes(quote)) {
    problem(at(), field, `quote does not occur verbatim in the source: ${JSON.stringify(truncate(quote))}`);
  }
}

function truncate(text: string): string {
  return text.length > 90 ? `${text.slice(0, 87)}...` : text;
}

/** Cross-file checks: duplicate ids, dangling ends, label rules, duplicate triples. */
function checkGraph(nodes: readonly SeedNode[], relationships: readonly SeedRelationship[], problems: SeedProblem[]): void {
  const byId = new Map<string, SeedNode>();
  for (const node of nodes) {
    const first = byId.get(node.id);
    if (first) {
      problems.push({
        file: node.file,
        line: node.line,
        field: `node ${node.id}.id`,
        message: `duplicate id: already declared at ${first.file}:${first.line}`,
      });
    } else byId.set(node.id, node);
  }
  const sources = new Set(nodes.filter((n) => n.label === 'Source').map((n) => n.id));
  for (const node of nodes) {
    if (!sources.has(String(node.properties.source))) {
      problems.push({ file: node.file, line: node.line, field: `node ${node.id}.source`, message: `unknown Source id ${node.properties.source}` });
    }
  }
  const seen = new Map<string, SeedRelationship>();
  for (const rel of relationships) {
    const where = `relationship ${rel.from} ${rel.type} ${rel.to}`;
    const spec = RELATIONSHIP_TYPES[rel.type];
    const from = byId.get(rel.from);
    const to = byId.get(rel.to);
    if (!from) problems.push({ file: rel.file, line: rel.line, field: `${where}.from`, message: `no node has id ${rel.from}` });
    if (!to) problems.push({ file: rel.file, line: rel.line, field: `${where}.to`, message: `no node has id ${rel.to}` });
    if (from && !(spec.from as readonly string[]).includes(from.label)) {
      problems.push({ file: rel.file, line: rel.line, field: `${where}.from`, message: `${rel.type} cannot start at a ${from.label} (allowed: ${spec.from.join(', ')})` });
    }
    if (to && !(spec.to as readonly string[]).includes(to.label)) {
      problems.push({ file: rel.file, line: rel.line, field: `${where}.to`, message: `${rel.type} cannot end at a ${to.label} (allowed: ${spec.to.join(', ')})` });
    }
    if (rel.type === 'PART_OF' && from && to) {
      const allowed = from.label === 'ActionPart' ? to.label === 'Action' : from.label === to.label;
      if (!allowed) {
        problems.push({ file: rel.file, line: rel.line, field: `${where}.to`, message: `PART_OF joins an ActionPart to its Action, or two nodes of one label; not ${from.label} to ${to.label}` });
      }
    }
    if (rel.from === rel.to) {
      problems.push({ file: rel.file, line: rel.line, field: `${where}.to`, message: 'a relationship cannot join a node to itself' });
    }
    if (!sources.has(String(rel.properties.source))) {
      problems.push({ file: rel.file, line: rel.line, field: `${where}.source`, message: `unknown Source id ${rel.properties.source}` });
    }
    const first = seen.get(rel.key);
    if (first) {
      problems.push({ file: rel.file, line: rel.line, field: `${where}`, message: `duplicate relationship: already stated at ${first.file}:${first.line}` });
    } else seen.set(rel.key, rel);
  }
}
