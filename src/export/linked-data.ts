/**
 * The export graph as RDF (docs/vocabulary.md has the model):
 *
 * - each node is `<base>id/<id>`, of its `tp:` class and, where one fits, a schema.org class,
 *   with its properties as typed literals;
 * - each relationship is a direct triple `<from> tp:<type> <to>` and, because it carries a
 *   quote and a role of its own, a reified fact `<base>fact/<relationship id>` (an
 *   `rdf:Statement` and a `prov:Entity`) with `prov:wasDerivedFrom` and `prov:wasQuotedFrom`
 *   its source;
 * - every quote (of a node or a fact) is a Web Annotation `<base>quote/<id>` whose body is
 *   the node or fact and whose target is the source report, selected by an
 *   `oa:TextQuoteSelector` with the verbatim passage as `oa:exact`;
 * - the dataset is described with DCAT, its two RDF distributions included.
 *
 * No blank nodes: every resource has an IRI made from our stable ids, so two exports of the
 * same graph give the same triples, and a triple count means the same to every reader.
 * The quads are written by n3 (Turtle) and grouped by subject for JSON-LD (rdf-formats.ts).
 */
import { DataFactory, type Quad } from 'n3';
import type { AttributeValue, ExportEdge, ExportGraph, ExportNode } from './export-graph.ts';
import {
  FACT_PROPERTIES,
  NAMESPACES,
  ownNamespaces,
  propertyIriOf,
  propertySpecOf,
  relationshipLocalName,
  schemaClassOf,
} from './rdf-vocabulary.ts';

const { namedNode, literal, quad } = DataFactory;
const { rdf, rdfs, xsd, prov, oa, dcat, dct } = NAMESPACES;

type Term = ReturnType<typeof namedNode> | ReturnType<typeof literal>;

/** Attributes of an export node that are not stored facts of the report. */
const NOT_FACTS = new Set([
  'label',
  'nodeType',
  'quoteSource',
  'depth',
  'id',
  'quote',
  // Said as the annotation's TextPositionSelector, not as a property of the node.
  'quoteStart',
]);

export interface LinkedDataOptions {
  /** The public base of our IRIs, ending in `/` (rdf-vocabulary.ts checkPublicBaseUrl). */
  readonly baseUrl: string;
  /** A neighbourhood export: a dataset of its own, part of the whole. */
  readonly neighbourhood?: { readonly root: string; readonly depth: number } | null;
}

export interface LinkedData {
  readonly quads: readonly Quad[];
  /** Prefix -> namespace, for the writers (Turtle prefixes, the JSON-LD context). */
  readonly prefixes: Readonly<Record<string, string>>;
}

/** Collects quads once each (a reader's graph is a set), in the order they were said. */
class QuadSet {
  readonly quads: Quad[] = [];
  private readonly seen = new Set<string>();
  add(subject: string, predicate: string, object: Term): void {
    const next = quad(namedNode(subject), namedNode(predicate), object);
    const key = `${subject} ${predicate} ${object.termType} ${object.value} ${
      object.termType === 'Literal' ? object.datatype.value : ''
    }`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.quads.push(next);
  }
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

function numberLiteral(value: number, datatype: 'integer' | 'decimal'): Term {
  // xsd:decimal has no exponent form: a number JavaScript would print as 1e21 is written
  // out in full by toFixed, which is exact for the integers and short decimals we hold.
  const text = String(value);
  return literal(DECIMAL.test(text) ? text : value.toFixed(20), namedNode(xsd + datatype));
}

/** A partial date ("2014", "2014-05", "2014-05-19") as the XSD type of its precision. */
function dateLiteral(text: string): Term {
  const type = text.length === 4 ? 'gYear' : text.length === 7 ? 'gYearMonth' : 'date';
  return literal(text, namedNode(xsd + type));
}

function literalsOf(label: string, property: string, value: AttributeValue): Term[] {
  if (Array.isArray(value)) return value.map((item: string) => literal(item));
  const kind = propertySpecOf(label, property)?.type.kind;
  // The contract's type, not the value, chooses: 600 of a `number` property is an
  // xsd:decimal as 1.5 is, so that a shape's sh:datatype holds for every value.
  if (typeof value === 'number')
    return [numberLiteral(value, kind === 'int' ? 'integer' : 'decimal')];
  if (typeof value === 'boolean') return [literal(String(value), namedNode(`${xsd}boolean`))];
  const text = value as string;
  if ((kind === 'partialDate' || kind === 'isoDate') && /^\d{4}(-\d\d){0,2}$/.test(text))
    return [dateLiteral(text)];
  return [literal(text)];
}

export function toLinkedData(graph: ExportGraph, options: LinkedDataOptions): LinkedData {
  const base = options.baseUrl;
  const own = ownNamespaces(base);
  const out = new QuadSet();
  const nodeIri = (id: string) => own.id + id;
  const sourceIris = new Set<string>();

  /** The quote of a node or fact as a Web Annotation on its source, and PROV-O links. */
  const provenance = (
    subject: string,
    key: string,
    quote: AttributeValue | undefined,
    source: AttributeValue | undefined,
    quoteStart: AttributeValue | undefined,
  ) => {
    if (typeof quote !== 'string' || typeof source !== 'string' || quote === '') return;
    const sourceIri = nodeIri(source);
    sourceIris.add(sourceIri);
    out.add(subject, `${prov}wasDerivedFrom`, namedNode(sourceIri));
    out.add(subject, `${prov}wasQuotedFrom`, namedNode(sourceIri));
    const annotation = own.quote + encodeURIComponent(key);
    out.add(subject, `${own.tp}evidence`, namedNode(annotation));
    out.add(annotation, `${rdf}type`, namedNode(`${oa}Annotation`));
    out.add(annotation, `${oa}motivatedBy`, namedNode(`${oa}describing`));
    out.add(annotation, `${oa}hasBody`, namedNode(subject));
    out.add(annotation, `${oa}hasTarget`, namedNode(`${annotation}#target`));
    out.add(`${annotation}#target`, `${rdf}type`, namedNode(`${oa}SpecificResource`));
    out.add(`${annotation}#target`, `${oa}hasSource`, namedNode(sourceIri));
    out.add(`${annotation}#target`, `${oa}hasSelector`, namedNode(`${annotation}#selector`));
    out.add(`${annotation}#selector`, `${rdf}type`, namedNode(`${oa}TextQuoteSelector`));
    out.add(`${annotation}#selector`, `${oa}exact`, literal(quote));
    // Where it is, so a quote that occurs twice is told apart (W3C TextPositionSelector,
    // counted in characters of the source's text, end exclusive).
    if (typeof quoteStart === 'number') {
      out.add(`${annotation}#target`, `${oa}hasSelector`, namedNode(`${annotation}#position`));
      out.add(`${annotation}#position`, `${rdf}type`, namedNode(`${oa}TextPositionSelector`));
      out.add(`${annotation}#position`, `${oa}start`, literal(quoteStart));
      out.add(`${annotation}#position`, `${oa}end`, literal(quoteStart + [...quote].length));
    }
  };

  const writeNode = (node: ExportNode) => {
    const subject = nodeIri(node.id);
    const label = String(node.attributes.nodeType);
    out.add(subject, `${rdf}type`, namedNode(own.tp + label));
    const schemaClass = schemaClassOf(label, node.attributes.kind ?? node.attributes.level);
    if (schemaClass) out.add(subject, `${rdf}type`, namedNode(schemaClass));
    out.add(subject, `${rdf}type`, namedNode(`${prov}Entity`));
    out.add(subject, `${dct}identifier`, literal(node.id));
    for (const [property, value] of Object.entries(node.attributes)) {
      if (NOT_FACTS.has(property)) continue;
      const predicate = propertyIriOf(label, property, own.tp);
      for (const object of literalsOf(label, property, value)) out.add(subject, predicate, object);
    }
    provenance(
      subject,
      node.id,
      node.attributes.quote,
      node.attributes.quoteSource,
      node.attributes.quoteStart,
    );
  };

  const writeEdge = (edge: ExportEdge) => {
    const type = String(edge.attributes.relationship ?? edge.attributes.label);
    const predicate = own.tp + relationshipLocalName(type);
    const from = nodeIri(edge.source);
    const to = nodeIri(edge.target);
    out.add(from, predicate, namedNode(to));
    const fact = own.fact + encodeURIComponent(edge.id);
    out.add(fact, `${rdf}type`, namedNode(`${rdf}Statement`));
    out.add(fact, `${rdf}type`, namedNode(`${prov}Entity`));
    out.add(fact, `${rdf}subject`, namedNode(from));
    out.add(fact, `${rdf}predicate`, namedNode(predicate));
    out.add(fact, `${rdf}object`, namedNode(to));
    out.add(fact, `${dct}identifier`, literal(edge.id));
    for (const property of FACT_PROPERTIES) {
      const value = edge.attributes[property];
      if (value === undefined) continue;
      for (const object of literalsOf('', property, value))
        out.add(fact, own.tp + property, object);
    }
    provenance(
      fact,
      edge.id,
      edge.attributes.quote,
      edge.attributes.quoteSource,
      edge.attributes.quoteStart,
    );
  };

  for (const node of graph.nodes) writeNode(node);
  for (const edge of graph.edges) writeEdge(edge);

  // A neighbourhood may quote a source whose node it does not hold: typed all the same, so
  // that every `prov:wasQuotedFrom` names a `tp:Source`.
  const present = new Set(graph.nodes.map((node) => nodeIri(node.id)));
  for (const sourceIri of sourceIris) {
    if (present.has(sourceIri)) continue;
    out.add(sourceIri, `${rdf}type`, namedNode(`${own.tp}Source`));
    out.add(sourceIri, `${rdf}type`, namedNode(`${prov}Entity`));
  }

  describeDataset(out, graph, options, [...sourceIris]);
  return {
    quads: out.quads,
    prefixes: { ...NAMESPACES, ...own },
  };
}

/** The DCAT description: what the dataset is, where it comes from, where to get it. */
function describeDataset(
  out: QuadSet,
  graph: ExportGraph,
  { baseUrl: base, neighbourhood }: LinkedDataOptions,
  sources: string[],
): void {
  const whole = `${base}dataset`;
  const dataset = neighbourhood
    ? `${whole}/neighbourhood/${encodeURIComponent(neighbourhood.root)}/depth-${neighbourhood.depth}`
    : whole;
  const query = neighbourhood
    ? `?root=${encodeURIComponent(neighbourhood.root)}&depth=${neighbourhood.depth}`
    : '';
  if (neighbourhood) out.add(dataset, `${dct}isPartOf`, namedNode(whole));
  out.add(dataset, `${rdf}type`, namedNode(`${dcat}Dataset`));
  out.add(dataset, `${rdf}type`, namedNode(`${prov}Entity`));
  out.add(dataset, `${dct}title`, literal(graph.title, 'en'));
  out.add(
    dataset,
    `${dct}description`,
    literal(
      'The Dutch Techniekpact (2013) as a knowledge graph: its pillars and actions, the ' +
        'organisations, programmes, topsectors and regions that drive them, targets, values ' +
        'and milestones; every fact with the verbatim passage of the report that states it.',
      'en',
    ),
  );
  out.add(dataset, `${dct}language`, literal('nl'));
  out.add(dataset, `${dct}conformsTo`, namedNode(`${base}shapes`));
  out.add(dataset, `${rdfs}seeAlso`, namedNode(`${base}vocab`));
  out.add(dataset, `${dcat}landingPage`, namedNode(base));
  for (const source of sources) {
    out.add(dataset, `${dct}source`, namedNode(source));
    out.add(dataset, `${prov}wasDerivedFrom`, namedNode(source));
  }
  for (const [format, mediaType] of [
    ['turtle', 'text/turtle'],
    ['jsonld', 'application/ld+json'],
  ] as const) {
    const distribution = `${dataset}/${format}`;
    const download = `${base}export/${format}${query}`;
    out.add(dataset, `${dcat}distribution`, namedNode(distribution));
    out.add(distribution, `${rdf}type`, namedNode(`${dcat}Distribution`));
    out.add(distribution, `${dcat}downloadURL`, namedNode(download));
    out.add(distribution, `${dcat}accessURL`, namedNode(download));
    out.add(
      distribution,
      `${dcat}mediaType`,
      namedNode(`https://www.iana.org/assignments/media-types/${mediaType}`),
    );
  }
}
