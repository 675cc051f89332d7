/**
 * What the edit benchmark edits, and in which order. A curator's session is a cycle of four
 * edits: updateNode (a new description, a verbatim passage of the report), addRelationship
 * (a fact not yet in the graph) then its retraction, and updateRelationship (a new note on a
 * seed relationship). Both editors (the API and raw Cypher) run the same cycles.
 *
 * Every client works on a lane of its own: its own node, its own seed relationship and
 * new pairs nobody else takes, so concurrent clients never edit one fact and no edit can
 * fail on a stale revision. They still contend where real curators would: every edit takes
 * the one revision counter's lock.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config.ts';
import { toPlain } from '../../src/db/gateway.ts';
import { DEFAULT_SOURCE_ID } from '../../src/graph/contract.ts';

export const EDIT_OPERATIONS = [
  'updateNode',
  'addRelationship',
  'retract',
  'updateRelationship',
] as const;
export type EditOperationName = (typeof EDIT_OPERATIONS)[number];

export const SOURCE_ID = DEFAULT_SOURCE_ID;
const SOURCE_FILE = join(PROJECT_ROOT, 'seeds/source/techniekpact-bijlage-1-2014.txt');

/** A fact a lane edits again and again: its id and the revision it is at now. */
export interface EditedFact {
  readonly id: string;
  /** The passage it keeps as its evidence (an update must restate one). */
  readonly quote: string;
  /** Where that passage starts, when it occurs more than once in the source. */
  readonly quoteStart?: number | null;
  revision: number;
}

export interface EditedRelationship extends EditedFact {
  readonly type: string;
  readonly from: string;
  readonly to: string;
}

/** A relationship that does not exist yet: what an addRelationship states. */
export interface NewRelationship {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly quote: string;
}

export interface Lane {
  readonly name: string;
  readonly node: EditedFact;
  readonly relationship: EditedRelationship;
  /** The relationship the last addRelationship made, which the next retract takes back. */
  added: EditedRelationship | null;
  /** Which step of the cycle comes next. */
  step: number;
}

/** One editor: the API over HTTP, or raw Cypher. Each call resolves to the revision number. */
export interface Editor {
  updateNode(fact: EditedFact, description: string): Promise<number>;
  addRelationship(relationship: NewRelationship): Promise<number>;
  retract(relationship: EditedRelationship, reason: string): Promise<number>;
  updateRelationship(relationship: EditedRelationship, note: string): Promise<number>;
}

/**
 * Lines of the report of a curator's length (a sentence or two): each occurs verbatim in
 * the source, so the API's quote check accepts it as a description, a note or a quote.
 */
export function reportPassages(): readonly string[] {
  const text = readFileSync(SOURCE_FILE, 'utf8');
  // Only passages that occur once: a repeated quote needs its quoteStart, which the mix
  // does not state (the API would refuse the edit, as it should).
  const lines = text
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.length >= 80 && line.length <= 400 && line.trim() === line)
    .filter((line) => text.indexOf(line) === text.lastIndexOf(line));
  if (lines.length < 20) throw new Error(`${SOURCE_FILE}: too few passages for the edit mix`);
  return lines;
}

/** Hands out the new relationships, each once, across all lanes and both editors. */
export interface NewRelationshipPool {
  take(): NewRelationship;
  readonly left: number;
}

const NEW_RELATIONSHIP_TYPES = ['COMMISSIONS', 'CONTRIBUTES_TO'] as const;

/**
 * Lanes on live seed facts: distinct organisations to describe, one relationship of each
 * to annotate, and every organisation-to-action pair with neither new type
 * yet (thousands on the seeds) as the pool of relationships to add.
 */
export async function planLanes(
  driver: Driver,
  laneCount: number,
  passages: readonly string[],
): Promise<{ lanes: Lane[]; pool: NewRelationshipPool }> {
  const session = driver.session();
  try {
    const nodes = await session.run(
      `MATCH (o:Node:Organisation)-[r]->(:Node)
       WITH o, collect(r)[0] AS r
       RETURN o.id AS id, o.quote AS quote, o.quoteStart AS quoteStart,
              r.id AS relationshipId, r.quote AS relationshipQuote, r.quoteStart AS relationshipQuoteStart,
              type(r) AS type, startNode(r).id AS from, endNode(r).id AS to
       ORDER BY id LIMIT $lanes`,
      { lanes: neo4j.int(laneCount) },
    );
    if (nodes.records.length < laneCount) {
      throw new Error(
        `the graph has ${nodes.records.length} organisations with a relationship, need ${laneCount}`,
      );
    }
    const lanes = nodes.records.map((record, index): Lane => ({
      name: `lane-${index}`,
      node: {
        id: record.get('id'),
        quote: record.get('quote'),
        quoteStart: toPlain(record.get('quoteStart')) as number | null,
        revision: 0,
      },
      relationship: {
        id: record.get('relationshipId'),
        type: record.get('type'),
        from: record.get('from'),
        to: record.get('to'),
        quote: record.get('relationshipQuote'),
        quoteStart: toPlain(record.get('relationshipQuoteStart')) as number | null,
        revision: 0,
      },
      added: null,
      step: 0,
    }));
    const pairs = await session.run(
      `MATCH (o:Node:Organisation), (a:Node:Action)
       WHERE NOT (o)-[:COMMISSIONS|CONTRIBUTES_TO]->(a)
       RETURN o.id AS from, a.id AS to ORDER BY from, to`,
    );
    const fresh: NewRelationship[] = [];
    pairs.records.forEach((record, index) => {
      for (const type of NEW_RELATIONSHIP_TYPES) {
        fresh.push({
          type,
          from: record.get('from'),
          to: record.get('to'),
          quote: passages[(index * 7) % passages.length]!,
        });
      }
    });
    let next = 0;
    return {
      lanes,
      pool: {
        take() {
          const relationship = fresh[next++];
          if (!relationship) {
            throw new Error(`all ${fresh.length} new relationships are used: shorten the run`);
          }
          return relationship;
        },
        get left() {
          return fresh.length - next;
        },
      },
    };
  } finally {
    await session.close();
  }
}

/**
 * The lane's next edit, done by `editor`: the operation it was and the revision it wrote.
 * The lane's facts follow the revisions, so the next edit names the right expectedRevision.
 */
export async function nextEdit(
  lane: Lane,
  editor: Editor,
  pool: NewRelationshipPool,
  passages: readonly string[],
  counter: { edits: number },
): Promise<EditOperationName> {
  const operation = EDIT_OPERATIONS[lane.step % EDIT_OPERATIONS.length]!;
  const passage = passages[counter.edits++ % passages.length]!;
  switch (operation) {
    case 'updateNode':
      lane.node.revision = await editor.updateNode(lane.node, passage);
      break;
    case 'addRelationship': {
      const relationship = pool.take();
      const revision = await editor.addRelationship(relationship);
      lane.added = {
        ...relationship,
        id: `${relationship.type}:${relationship.from}->${relationship.to}`,
        revision,
      };
      break;
    }
    case 'retract':
      await editor.retract(lane.added!, 'benchmark: added to be taken back');
      lane.added = null;
      break;
    case 'updateRelationship':
      lane.relationship.revision = await editor.updateRelationship(lane.relationship, passage);
      break;
  }
  lane.step++;
  return operation;
}
