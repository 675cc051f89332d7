/**
 * Q1: one node by id, with its kind and evidence: the cheapest question that reaches the
 * database, so it shows the per-request overhead of each contestant around one index seek.
 */
import { obj, storedEnum, str, type Json, type Question } from './question.ts';

const ID = 'org-slo';

interface Organisation {
  readonly id: string;
  readonly name: string;
  readonly aliases: string[];
  readonly kind: string | null;
  readonly quote: string | null;
}

function canonical(value: unknown, quote: (o: Record<string, unknown>) => unknown): Json {
  if (value === null) return null;
  const o = obj(value, 'organisation');
  const result: Organisation = {
    id: String(o.id),
    name: String(o.name),
    aliases: (o.aliases as string[]).map(String),
    kind: storedEnum(o.kind),
    quote: str(quote(o)),
  };
  return { ...result };
}

const evidenceQuote = (o: Record<string, unknown>) => obj(o.evidence, 'evidence').quote;

export const q1NodeById: Question = {
  id: 'Q1',
  title: 'one node by id',
  raw: {
    cypher: `MATCH (n:Node {id: $id}) WHERE n:Organisation
RETURN {organisation: n {.id, .name, .aliases, kind: toUpper(replace(n.kind, '-', '_')), evidence: {quote: n.quote}}} AS data`,
    params: { id: ID },
    normalise: (data) => canonical(obj(data, 'data').organisation ?? null, evidenceQuote),
  },
  ours: {
    query: `query Q1($id: ID!) {
  organisation(id: $id) { id name aliases kind evidence { quote } }
}`,
    variables: { id: ID },
    normalise: (data) => canonical(obj(data, 'data').organisation, evidenceQuote),
  },
  peer: {
    query: `query Q1($id: ID!) {
  organisations(where: { id: { eq: $id } }) { id name aliases kind quote }
}`,
    variables: { id: ID },
    normalise: (data) => {
      const [first] = obj(data, 'data').organisations as unknown[];
      return canonical(first ?? null, (o) => o.quote);
    },
  },
};
