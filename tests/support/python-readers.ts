/**
 * Real consumers outside Node for the export tests: networkx reads GEXF and GraphML,
 * Python's csv module reads the CSV zip, rdflib reads Turtle and JSON-LD and pyshacl
 * validates them against our SHACL shape. Each runs `-c` in the test venv's python, which
 * the test run fills from requirements-test.txt (tests/support/python-env.ts), and answers
 * one JSON summary.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { venvPython } from './python-env.ts';

function python<T>(script: string, args: readonly string[], input?: string): T {
  const interpreter = venvPython();
  if (!existsSync(interpreter)) {
    throw new Error(
      `the test venv's python ${interpreter} is missing: the test run makes it at its start ` +
        '(see its first lines for why it could not); needs python3 with venv (apt-get install -y python3-venv)',
    );
  }
  const output = execFileSync(interpreter, ['-c', script, ...args], {
    encoding: 'utf8',
    input,
    // pyshacl takes tens of seconds for the whole graph on a small machine.
    timeout: 180_000,
  });
  return JSON.parse(output) as T;
}

export interface NetworkxGraph {
  readonly directed: boolean;
  readonly multigraph: boolean;
  readonly nodes: Record<string, Record<string, unknown>>;
  /** By edge id: [source, target, attributes]. */
  readonly edges: Record<string, [string, string, Record<string, unknown>]>;
}

const READ_GRAPH = `
import json, sys
import networkx as nx
kind, path = sys.argv[1], sys.argv[2]
g = nx.read_gexf(path) if kind == 'gexf' else nx.read_graphml(path)
if g.is_multigraph():
    triples = [(u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True)]
else:
    triples = [(u, v, None, d) for u, v, d in g.edges(data=True)]
edges = {}
for u, v, k, d in triples:
    edges[str(d.get('id', k))] = [u, v, d]
print(json.dumps({
    'directed': g.is_directed(),
    'multigraph': g.is_multigraph(),
    'nodes': {n: d for n, d in g.nodes(data=True)},
    'edges': edges,
}))
`;

/** The graph as networkx reads it from a .gexf or .graphml file. */
export function readWithNetworkx(kind: 'gexf' | 'graphml', file: string): NetworkxGraph {
  return python<NetworkxGraph>(READ_GRAPH, [kind, file]);
}

const BETWEENNESS = `
import json, sys
import networkx as nx
data = json.load(sys.stdin)
g = nx.Graph()
g.add_nodes_from(data['nodes'])
g.add_edges_from(data['edges'])
print(json.dumps(nx.betweenness_centrality(g, normalized=True)))
`;

/** networkx's normalised betweenness of an undirected graph. */
export function networkxBetweenness(
  nodes: readonly string[],
  edges: readonly (readonly [string, string])[],
): Record<string, number> {
  return python(BETWEENNESS, [], JSON.stringify({ nodes, edges }));
}

const READ_CSV_ZIP = `
import csv, io, json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    tables = {}
    for name in ('nodes.csv', 'edges.csv'):
        with z.open(name) as f:
            tables[name] = list(csv.DictReader(io.TextIOWrapper(f, 'utf-8', newline='')))
print(json.dumps(tables))
`;

export type CsvRow = Record<string, string>;

/** The rows of nodes.csv and edges.csv, as Python's csv.DictReader reads them. */
export function readCsvZipWithPython(file: string): {
  'nodes.csv': CsvRow[];
  'edges.csv': CsvRow[];
} {
  return python(READ_CSV_ZIP, [file]);
}

export interface RdflibSummary {
  /** Triples in rdflib's graph (a set: a triple said twice counts once). */
  readonly triples: number;
  /** Subjects by rdf:type IRI. */
  readonly typed: Record<string, number>;
}

const READ_RDF = `
import json, sys
from collections import Counter
import rdflib
path, fmt, base = sys.argv[1], sys.argv[2], sys.argv[3]
g = rdflib.Graph()
g.parse(path, format=fmt, publicID=base)
typed = Counter(str(o) for o in g.objects(None, rdflib.RDF.type))
print(json.dumps({'triples': len(g), 'typed': typed}))
`;

/** An RDF file as rdflib reads it (`turtle` or `json-ld`), IRIs resolved against `base`. */
export function readRdfWithRdflib(
  file: string,
  format: 'turtle' | 'json-ld',
  base: string,
): RdflibSummary {
  return python<RdflibSummary>(READ_RDF, [file, format, base]);
}

export interface ShaclReport {
  readonly conforms: boolean;
  readonly violations: number;
  /** The first 100 violations, each: the focus node, the path, the constraint and pyshacl's message. */
  readonly results: { focus: string; path: string | null; constraint: string; message: string }[];
}

const VALIDATE_SHACL = `
import json, sys
import rdflib
from pyshacl import validate
from rdflib.namespace import SH
data_path, data_format, shapes_path, base = sys.argv[1:5]
data = rdflib.Graph().parse(data_path, format=data_format, publicID=base)
shapes = rdflib.Graph().parse(shapes_path, format='turtle', publicID=base)
conforms, report, _ = validate(data, shacl_graph=shapes, inference='none', advanced=False)
results = []
for r in report.subjects(rdflib.RDF.type, SH.ValidationResult):
    path = report.value(r, SH.resultPath)
    results.append({
        'focus': str(report.value(r, SH.focusNode)),
        'path': None if path is None else str(path),
        'constraint': str(report.value(r, SH.sourceConstraintComponent)),
        'message': str(report.value(r, SH.resultMessage)),
    })
print(json.dumps({'conforms': conforms, 'violations': len(results), 'results': results[:100]}))
`;

/** pyshacl's validation of an RDF file against a Turtle shapes file, both under `base`. */
export function validateWithPyshacl(
  dataFile: string,
  dataFormat: 'turtle' | 'json-ld',
  shapesFile: string,
  base: string,
): ShaclReport {
  return python<ShaclReport>(VALIDATE_SHACL, [dataFile, dataFormat, shapesFile, base]);
}
