/**
 * Reads and validates the curated seed graph: every file under seeds/graph, against the
 * contract in src/graph/contract.ts and against the source report. It never stops at the first
 * problem: it collects all of them, each with file, line and field, so that one run of
 * `npm run import -- --dry-run` shows a curator everything to fix.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { DEFAULT_SOURCE_ID, type NodeLabel, type RelationshipType } from '../graph/contract.ts';
import {
  checkNodeFact,
  checkRelationshipFact,
  endProblems,
  relationshipKey,
  type PropertyValue,
} from '../graph/fact-check.ts';

export type { PropertyValue };

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
    const checked = checkNodeFact(values, sourceText, `nodes[${index}]`);
    for (const p of checked.problems) problem(at(p.key), p.field, p.message);
    if (!checked.label || typeof values.id !== 'string') return;
    const id = values.id;
    nodes.push({
      id,
      label: checked.label,
      properties: {
        ...checked.properties,
        id,
        aliases: checked.properties.aliases ?? [],
        source: String(source),
      },
      file,
      line: lineOf(item),
    });
  });

  list('relationships').forEach((item, index) => {
    const read = readMapping(doc, item, `relationships[${index}]`, problem);
    if (!read) return;
    const { values, at } = read;
    const checked = checkRelationshipFact(values, sourceText, `relationships[${index}]`);
    for (const p of checked.problems) problem(at(p.key), p.field, p.message);
    const { type, from, to } = checked;
    if (!type || !from || !to) return;
    const key = relationshipKey(type, from, to);
    relationships.push({
      key,
      type,
      from,
      to,
      properties: { ...checked.properties, id: key, source: String(source) },
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
    const from = byId.get(rel.from);
    const to = byId.get(rel.to);
    if (!from) problems.push({ file: rel.file, line: rel.line, field: `${where}.from`, message: `no node has id ${rel.from}` });
    if (!to) problems.push({ file: rel.file, line: rel.line, field: `${where}.to`, message: `no node has id ${rel.to}` });
    if (from && to) {
      for (const end of endProblems(rel.type, from, to)) {
        problems.push({ file: rel.file, line: rel.line, field: `${where}.${end.key}`, message: end.message });
      }
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
