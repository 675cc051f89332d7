/**
 * Writes curated facts into the seed files (seeds/graph/*.yaml): the reverse of load-seeds,
 * for `npm run export-seeds`. It is a three-way merge per fact. For every fact an edit
 * changed, it knows the states the history gave it (`earlier`: as imported, then after each
 * edit), the state the graph holds now (`current`), and what the seed file says now. Where
 * the file says an earlier state (the import or an earlier export wrote it), the file takes
 * the current one; where it already says the current one, nothing is written; where it says
 * neither, someone changed the file by hand as well: a conflict, and nothing at all is
 * written. Facts no edit touched are never rewritten, so YAML changes made since the import
 * stay.
 *
 * It edits the YAML documents in place (yaml's Document API): an unchanged item keeps its
 * text, comments and key order, so the diff a reviewer sees is the edits and nothing else.
 */
import { quoteOccurrences } from '../graph/text-anchors.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Document,
  isMap,
  isScalar,
  isSeq,
  Pair,
  parseDocument,
  Scalar,
  type Node as YamlNode,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import {
  DEFAULT_SOURCE_ID,
  NODE_LABELS,
  RELATIONSHIP_PROPERTIES,
  type NodeLabel,
  type RelationshipType,
} from '../graph/contract.ts';
import { relationshipKey, type PropertyValue } from '../graph/fact-check.ts';
import { stableStringify } from '../graph/stable-json.ts';
import type { SeedGraph, SeedNode, SeedRelationship } from './load-seeds.ts';

/** A fact as the seeds state it: its contract properties, with `source` and `quote`. */
export type SeedFact =
  | {
      readonly kind: 'node';
      readonly id: string;
      readonly label: NodeLabel;
      readonly properties: Readonly<Record<string, PropertyValue>>;
    }
  | {
      readonly kind: 'relationship';
      readonly id: string;
      readonly type: RelationshipType;
      readonly from: string;
      readonly to: string;
      readonly properties: Readonly<Record<string, PropertyValue>>;
    };

/** One fact that curated edits changed. */
export interface CuratedFactChange {
  readonly id: string;
  /**
   * Every state the history gave it before the current one, the imported one first (null:
   * not in the seeds, or retracted). A file stating one of them is behind the graph (the
   * import, or an earlier export, wrote it), not changed by hand.
   */
  readonly earlier: readonly (SeedFact | null)[];
  /** As the graph holds it now; null: not live (retracted). */
  readonly current: SeedFact | null;
}

export interface SeedConflict {
  readonly id: string;
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export class SeedConflictError extends Error {
  override name = 'SeedConflictError';
  constructor(readonly conflicts: readonly SeedConflict[]) {
    super(
      `${conflicts.length} fact(s) changed both in the seed files and through the API since the import; nothing was written:\n` +
        conflicts.map((c) => `  ${c.file}:${c.line} ${c.id}: ${c.message}`).join('\n'),
    );
  }
}

export interface SeedFileWrite {
  /** Relative to the seeds folder, e.g. `graph/actions/action-16.yaml`. */
  readonly file: string;
  /** The file's text now; null for a new file. */
  readonly before: string | null;
  readonly after: string;
}

export interface SeedWritePlan {
  readonly writes: readonly SeedFileWrite[];
  readonly added: readonly string[];
  readonly updated: readonly string[];
  readonly removed: readonly string[];
  /** Changed facts the files already state as the graph does. */
  readonly alreadyInSeeds: number;
}

/** Where new facts go that belong to no file of their own (e.g. a new organisation). */
export const CURATED_FILE = 'graph/curated.yaml';

const CURATED_FILE_HEADER =
  ' Facts added through the API and written here by `npm run export-seeds`. Move them to\n' +
  " the file of their action or landsdeel when reviewing; the import reads every file.";

/** The labels that belong to one action or landsdeel: new ones go to the file of their row. */
const ROW_LABELS: ReadonlySet<NodeLabel> = new Set([
  'ActionPart',
  'Target',
  'Measurement',
  'Milestone',
  'Status',
]);

/** The output form: no folding of long lines (quotes stay one line), `[a, b]` lists. */
const TO_STRING = { lineWidth: 0, flowCollectionPadding: false } as const;

export function seedFactOfNode(node: SeedNode): SeedFact {
  const { id: _id, ...properties } = node.properties;
  return { kind: 'node', id: node.id, label: node.label, properties };
}

export function seedFactOfRelationship(rel: SeedRelationship): SeedFact {
  const { id: _id, ...properties } = rel.properties;
  return { kind: 'relationship', id: rel.key, type: rel.type, from: rel.from, to: rel.to, properties };
}

/** Equal as facts: same label or type and ends, same properties (absent aliases are []). */
export function sameFact(a: SeedFact | null, b: SeedFact | null): boolean {
  return comparable(a) === comparable(b);
}

function comparable(fact: SeedFact | null): string {
  if (!fact) return 'null';
  const properties =
    fact.kind === 'node' ? { aliases: [], ...fact.properties } : { ...fact.properties };
  return stableStringify(
    fact.kind === 'node'
      ? { id: fact.id, label: fact.label, properties }
      : { id: fact.id, type: fact.type, from: fact.from, to: fact.to, properties },
  );
}

/** The names of the properties in which two states of a fact differ (for messages). */
function differingKeys(a: SeedFact | null, b: SeedFact | null): string {
  if (!a || !b) return a ? 'the graph no longer has it' : 'the graph has it, the file does not';
  const keys = new Set([...Object.keys(a.properties), ...Object.keys(b.properties)]);
  const differing = [...keys].filter(
    (key) => stableStringify(a.properties[key] ?? null) !== stableStringify(b.properties[key] ?? null),
  );
  return differing.length ? `they differ in ${differing.join(', ')}` : 'they differ';
}

interface OpenFile {
  readonly doc: Document;
  readonly before: string | null;
  changed: boolean;
}

/**
 * What writing `changes` into the seed files under `seedsDir` would do. `seeds` is the graph
 * those files hold now (loadSeedGraph with displayRoot = seedsDir, so files are relative to
 * it). Throws SeedConflictError, having written nothing, when a fact changed on both sides.
 */
export function planSeedWrite(
  seedsDir: string,
  seeds: SeedGraph,
  changes: readonly CuratedFactChange[],
): SeedWritePlan {
  const nodesById = new Map(seeds.nodes.map((node) => [node.id, node]));
  const relsByKey = new Map(seeds.relationships.map((rel) => [rel.key, rel]));
  const inFile = (id: string): SeedNode | SeedRelationship | undefined =>
    nodesById.get(id) ?? relsByKey.get(id);

  const conflicts: SeedConflict[] = [];
  const toWrite: { change: CuratedFactChange; declared: SeedNode | SeedRelationship | undefined }[] =
    [];
  let alreadyInSeeds = 0;
  for (const change of changes) {
    const declared = inFile(change.id);
    const fileFact = declared
      ? 'key' in declared
        ? seedFactOfRelationship(declared)
        : seedFactOfNode(declared)
      : null;
    if (sameFact(fileFact, change.current)) alreadyInSeeds += 1;
    else if (change.earlier.some((earlier) => sameFact(fileFact, earlier)))
      toWrite.push({ change, declared });
    else {
      conflicts.push({
        id: change.id,
        file: declared?.file ?? CURATED_FILE,
        line: declared?.line ?? 1,
        message: `the file and the graph both changed it since the import (${differingKeys(fileFact, change.current)}); make them agree in the file or through the API, then export again`,
      });
    }
  }
  for (const { change } of toWrite) {
    const source = change.current?.properties.source;
    if (source !== undefined && source !== DEFAULT_SOURCE_ID) {
      conflicts.push({
        id: change.id,
        file: CURATED_FILE,
        line: 1,
        message: `its source is ${String(source)}; the seed files state facts of ${DEFAULT_SOURCE_ID} only`,
      });
    }
  }
  if (conflicts.length > 0) throw new SeedConflictError(conflicts);

  const files = new Map<string, OpenFile>();
  const open = (file: string): OpenFile => {
    let opened = files.get(file);
    if (!opened) {
      const path = join(seedsDir, file);
      if (existsSync(path)) {
        const text = readFileSync(path, 'utf8');
        opened = { doc: parseDocument(text), before: text, changed: false };
      } else {
        const doc = new Document({ nodes: [], relationships: [] });
        doc.commentBefore = CURATED_FILE_HEADER;
        opened = { doc, before: null, changed: false };
      }
      files.set(file, opened);
    }
    return opened;
  };

  // Where a new fact goes: a node of an action's or landsdeel's row to that row's file, a
  // relationship to the file of the row it belongs to (its `to` end first, as the seeds
  // state a row's relationships in the row's file), anything else to curated.yaml.
  const fileOfNewNode = new Map<string, string>();
  const declaredFile = (id: string): string | undefined =>
    nodesById.get(id)?.file ?? fileOfNewNode.get(id);
  const isRowFile = (file: string | undefined): file is string =>
    file !== undefined && /^graph\/(actions|landsdelen)\//.test(file);
  const newRelationships = toWrite
    .map(({ change }) => change.current)
    .filter((fact): fact is Extract<SeedFact, { kind: 'relationship' }> => fact?.kind === 'relationship');
  for (const { change, declared } of toWrite) {
    const fact = change.current;
    if (declared || fact?.kind !== 'node') continue;
    let file = CURATED_FILE;
    if (ROW_LABELS.has(fact.label)) {
      const neighbour = newRelationships
        .filter((rel) => rel.from === fact.id || rel.to === fact.id)
        .map((rel) => nodesById.get(rel.from === fact.id ? rel.to : rel.from)?.file)
        .find(isRowFile);
      if (neighbour) file = neighbour;
    }
    fileOfNewNode.set(fact.id, file);
  }
  const fileOfNewRelationship = (rel: { from: string; to: string }): string => {
    const to = declaredFile(rel.to);
    const from = declaredFile(rel.from);
    return [to, from].find(isRowFile) ?? to ?? from ?? CURATED_FILE;
  };

  const added: string[] = [];
  const updated: string[] = [];
  const removed: string[] = [];
  for (const { change, declared } of toWrite) {
    const fact = change.current && withoutDerivedPosition(change.current, seeds.sourceText);
    if (declared) {
      const opened = open(declared.file);
      const seq = listOf(opened.doc, 'key' in declared ? 'relationships' : 'nodes');
      const index = seq.items.findIndex((item) => itemId(item) === change.id);
      if (index < 0) throw new Error(`${declared.file}: ${change.id} not found where it was read`);
      if (fact) {
        writeItem(opened.doc, seq.items[index] as YAMLMap, fact);
        updated.push(change.id);
      } else {
        seq.items.splice(index, 1);
        removed.push(change.id);
      }
      opened.changed = true;
    } else if (fact) {
      const file =
        fact.kind === 'node' ? (fileOfNewNode.get(fact.id) ?? CURATED_FILE) : fileOfNewRelationship(fact);
      const opened = open(file);
      const seq = listOf(opened.doc, fact.kind === 'node' ? 'nodes' : 'relationships');
      seq.flow = false;
      seq.items.push(newItem(opened.doc, fact));
      opened.changed = true;
      added.push(change.id);
    }
  }

  const writes: SeedFileWrite[] = [];
  for (const [file, opened] of files) {
    if (!opened.changed) continue;
    const after = opened.doc.toString(TO_STRING);
    if (after !== opened.before) writes.push({ file, before: opened.before, after });
  }
  return { writes, added, updated, removed, alreadyInSeeds };
}

/**
 * A fact as a file states it: `quoteStart` only where the quote occurs more than once in
 * the source (the import fills it in everywhere else, and a file that stated every position
 * would be noise to review).
 */
function withoutDerivedPosition(fact: SeedFact, sourceText: string): SeedFact {
  const quote = fact.properties.quote;
  if (typeof quote !== 'string' || quoteOccurrences(sourceText, quote, 2).length > 1) return fact;
  const { quoteStart: _derived, ...properties } = fact.properties;
  return { ...fact, properties } as SeedFact;
}

function listOf(doc: Document, key: 'nodes' | 'relationships'): YAMLSeq {
  const existing = doc.get(key, true);
  if (isSeq(existing)) return existing;
  const seq = doc.createNode([]) as YAMLSeq;
  doc.set(key, seq);
  return seq;
}

function itemId(item: unknown): string | undefined {
  if (!isMap(item)) return undefined;
  const id = item.get('id');
  if (typeof id === 'string') return id;
  const [type, from, to] = [item.get('type'), item.get('from'), item.get('to')];
  return typeof type === 'string' && typeof from === 'string' && typeof to === 'string'
    ? relationshipKey(type, from, to)
    : undefined;
}

/** The keys of a fact's item in the seeds' order: identity, names, the contract's, quote. */
function keyOrder(fact: SeedFact): string[] {
  const identity = fact.kind === 'node' ? ['id', 'label'] : ['type', 'from', 'to'];
  const declared =
    fact.kind === 'node'
      ? ['name', 'aliases', ...Object.keys(NODE_LABELS[fact.label]), 'description']
      : Object.keys(RELATIONSHIP_PROPERTIES);
  const rest = Object.keys(fact.properties).filter(
    (key) => !declared.includes(key) && key !== 'quote' && key !== 'source',
  );
  return [...identity, ...declared, ...rest.sort(), 'quote'];
}

/** The fact's values as the item holds them: identity keys, properties without `source`. */
function itemValues(fact: SeedFact): Record<string, PropertyValue> {
  const { source: _source, ...properties } = fact.properties;
  const identity: Record<string, PropertyValue> =
    fact.kind === 'node'
      ? { id: fact.id, label: fact.label }
      : { type: fact.type, from: fact.from, to: fact.to };
  const values: Record<string, PropertyValue> = { ...identity, ...properties };
  const ordered: Record<string, PropertyValue> = {};
  for (const key of keyOrder(fact)) if (values[key] !== undefined) ordered[key] = values[key];
  return ordered;
}

/** A value styled as the seeds write it: lists in flow style, quotes in double quotes. */
function valueNode(doc: Document, key: string, value: PropertyValue): YamlNode {
  const node = doc.createNode(value) as YamlNode;
  if (isSeq(node)) node.flow = true;
  if (isScalar(node) && key === 'quote') node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

function newItem(doc: Document, fact: SeedFact): YAMLMap {
  const item = doc.createNode({}) as YAMLMap;
  for (const [key, value] of Object.entries(itemValues(fact))) {
    item.items.push(new Pair(doc.createNode(key), valueNode(doc, key, value)));
  }
  if (fact.kind === 'node' && !item.has('aliases')) {
    const at = item.items.findIndex((pair) => keyOf(pair) === 'name') + 1;
    item.items.splice(at, 0, new Pair(doc.createNode('aliases'), valueNode(doc, 'aliases', [])));
  }
  return item;
}

function keyOf(pair: Pair): string {
  return String(isScalar(pair.key) ? pair.key.value : pair.key);
}

/**
 * Makes an existing item state `fact`, touching only the keys whose values change: a new key
 * goes where the seeds' order puts it (before the quote), a removed one goes, and an absent
 * `aliases` stays absent while the fact has none.
 */
function writeItem(doc: Document, item: YAMLMap, fact: SeedFact): void {
  const values = itemValues(fact);
  for (const pair of [...item.items]) {
    const key = keyOf(pair);
    if (values[key] === undefined) item.delete(key);
  }
  const order = keyOrder(fact);
  for (const [key, value] of Object.entries(values)) {
    const existing = item.items.find((pair) => keyOf(pair) === key);
    if (existing) {
      const now = (existing.value as YamlNode | null)?.toJSON?.() as unknown;
      if (stableStringify(now) !== stableStringify(value)) existing.value = valueNode(doc, key, value);
      continue;
    }
    if (key === 'aliases' && Array.isArray(value) && value.length === 0) continue;
    // Before the first present key that comes after it in the seeds' order.
    const later = new Set(order.slice(order.indexOf(key) + 1));
    const at = item.items.findIndex((pair) => later.has(keyOf(pair)));
    const pair = new Pair(doc.createNode(key), valueNode(doc, key, value));
    if (at < 0) item.items.push(pair);
    else item.items.splice(at, 0, pair);
  }
}
