/**
 * The two RDF exports, from the quads of linked-data.ts: Turtle written by n3's Writer, and
 * JSON-LD with its context embedded (prefixes only, no remote context), so that a JSON-LD
 * processor expands it offline. The JSON-LD is the same quads grouped by subject: one node
 * object per subject, predicates as compact IRIs, IRIs as `{"@id"}`, typed literals as
 * `{"@value", "@type"}`, plain strings as strings. Both hold exactly `quads.length` triples.
 */
import { Writer, type Quad } from 'n3';
import type { ExportGraph } from './export-graph.ts';
import { toLinkedData, type LinkedData, type LinkedDataOptions } from './linked-data.ts';
import { NAMESPACES } from './rdf-vocabulary.ts';

/** Turtle of the quads; n3's Writer without a stream ends synchronously. */
export function turtleOf({ quads, prefixes }: LinkedData): string {
  const writer = new Writer({ prefixes });
  writer.addQuads(quads as Quad[]);
  let turtle = '';
  let failure: unknown = null;
  writer.end((error: unknown, result: string) => {
    failure = error;
    turtle = result;
  });
  if (failure) throw failure;
  return turtle;
}

type JsonLdValue =
  string | { '@id': string } | { '@value': string; '@type'?: string; '@language'?: string };

/** The longest prefix whose namespace starts the IRI, as `prefix:local`; else the IRI. */
function compacter(prefixes: Readonly<Record<string, string>>): (iri: string) => string {
  const byLength = Object.entries(prefixes).sort(([, a], [, b]) => b.length - a.length);
  return (iri) => {
    for (const [prefix, namespace] of byLength) {
      // A local part starting with "//" would read as a scheme-relative IRI.
      if (iri.startsWith(namespace) && !iri.slice(namespace.length).startsWith('//'))
        return `${prefix}:${iri.slice(namespace.length)}`;
    }
    return iri;
  };
}

export function jsonLdOf({ quads, prefixes }: LinkedData): Record<string, unknown> {
  const compact = compacter(prefixes);
  const subjects = new Map<string, Record<string, unknown>>();
  const xsdString = `${NAMESPACES.xsd}string`;
  const rdfType = `${NAMESPACES.rdf}type`;
  for (const { subject, predicate, object } of quads) {
    let node = subjects.get(subject.value);
    if (!node) {
      node = { '@id': compact(subject.value) };
      subjects.set(subject.value, node);
    }
    let key: string;
    let value: JsonLdValue;
    if (predicate.value === rdfType && object.termType === 'NamedNode') {
      key = '@type';
      value = compact(object.value);
    } else {
      key = compact(predicate.value);
      if (object.termType === 'NamedNode') value = { '@id': compact(object.value) };
      else if (object.termType !== 'Literal')
        throw new Error(`no JSON-LD for a ${object.termType} object`);
      else if (object.language) value = { '@value': object.value, '@language': object.language };
      else if (object.datatype.value === xsdString) value = object.value;
      else value = { '@value': object.value, '@type': compact(object.datatype.value) };
    }
    const values = (node[key] ??= []) as JsonLdValue[];
    values.push(value);
  }
  return {
    '@context': { ...prefixes },
    '@graph': [...subjects.values()],
  };
}

export type RdfWriteOptions = LinkedDataOptions;

export function writeTurtle(graph: ExportGraph, options: RdfWriteOptions): string {
  return turtleOf(toLinkedData(graph, options));
}

export function writeJsonLd(graph: ExportGraph, options: RdfWriteOptions): string {
  return `${JSON.stringify(jsonLdOf(toLinkedData(graph, options)), null, 1)}\n`;
}
