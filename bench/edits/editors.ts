/**
 * The two ways the edit benchmark makes an edit.
 *
 * - `apiEditor`: the real API, a GraphQL mutation over HTTP with a curator's bearer token,
 *   on a keep-alive connection of its own (one per client). Every answer is checked: no
 *   errors, the operation and fact it reports; anything else fails the run.
 * - `rawEditor`: what a hand-written write of the same change needs, over neo4j-driver with
 *   the product's driver settings and no API: one write transaction with three statements,
 *   taking the revision counter's lock, writing the change (with the revision check a
 *   concurrent editor needs) and writing the Revision with its FactChange. No quote check,
 *   no end checks, no GraphQL: the floor an edit through the API is measured against.
 */
import neo4j, { type Driver, type Integer, type ManagedTransaction } from 'neo4j-driver';
import { keepAliveAgent, post } from '../measure/http-client.ts';
import {
  SOURCE_ID,
  type EditedFact,
  type EditedRelationship,
  type Editor,
  type NewRelationship,
} from './edit-mix.ts';

export interface ApiEditor extends Editor {
  close(): void;
}

const UPDATE_NODE = `mutation BenchUpdateNode($input: UpdateNodeInput!) {
  updateNode(input: $input) { revision { number operation } node { id } }
}`;
const ADD_RELATIONSHIP = `mutation BenchAddRelationship($input: AddRelationshipInput!) {
  addRelationship(input: $input) { revision { number operation changes { id after { state } } } }
}`;
const RETRACT = `mutation BenchRetract($input: RetractInput!) {
  retract(input: $input) { revision { number operation changes { id after { state } } } }
}`;
const UPDATE_RELATIONSHIP = `mutation BenchUpdateRelationship($input: UpdateRelationshipInput!) {
  updateRelationship(input: $input) { revision { number operation changes { id } } }
}`;

interface EditAnswer {
  revision: {
    number: number;
    operation: string;
    changes?: { id: string; after?: { state: string } }[];
  };
  node?: { id: string } | null;
}

export function apiEditor(graphqlUrl: string, token: string): ApiEditor {
  const agent = keepAliveAgent();
  const headers = { authorization: `Bearer ${token}` };

  async function mutate(
    field: string,
    query: string,
    input: Record<string, unknown>,
  ): Promise<EditAnswer> {
    const answer = await post(agent, {
      url: graphqlUrl,
      body: JSON.stringify({ query, variables: { input } }),
      headers,
    });
    let parsed: { data?: Record<string, EditAnswer | null>; errors?: { message: string }[] };
    try {
      parsed = JSON.parse(answer.body) as typeof parsed;
    } catch {
      throw new Error(`${field}: HTTP ${answer.status}, not JSON: ${answer.body.slice(0, 200)}`);
    }
    const edit = parsed.data?.[field];
    if (answer.status !== 200 || parsed.errors?.length || !edit) {
      throw new Error(
        `${field} failed (HTTP ${answer.status}): ${parsed.errors?.map((e) => e.message).join('; ') ?? answer.body.slice(0, 200)}`,
      );
    }
    return edit;
  }

  function expect(condition: boolean, what: string, edit: EditAnswer): void {
    if (!condition) throw new Error(`${what}: unexpected answer ${JSON.stringify(edit)}`);
  }

  return {
    async updateNode(fact, description) {
      const edit = await mutate('updateNode', UPDATE_NODE, {
        id: fact.id,
        expectedRevision: fact.revision,
        set: { description },
        quote: fact.quote,
        ...(fact.quoteStart != null ? { quoteStart: fact.quoteStart } : {}),
        source: SOURCE_ID,
      });
      expect(
        edit.revision.operation === 'UPDATE_NODE' && edit.node?.id === fact.id,
        'updateNode',
        edit,
      );
      return edit.revision.number;
    },
    async addRelationship(relationship) {
      const id = `${relationship.type}:${relationship.from}->${relationship.to}`;
      const edit = await mutate('addRelationship', ADD_RELATIONSHIP, {
        ...relationship,
        source: SOURCE_ID,
      });
      const change = edit.revision.changes?.[0];
      expect(
        edit.revision.operation === 'ADD_RELATIONSHIP' &&
          change?.id === id &&
          change.after?.state === 'LIVE',
        'addRelationship',
        edit,
      );
      return edit.revision.number;
    },
    async retract(relationship, reason) {
      const edit = await mutate('retract', RETRACT, {
        id: relationship.id,
        expectedRevision: relationship.revision,
        reason,
      });
      const change = edit.revision.changes?.[0];
      expect(
        edit.revision.operation === 'RETRACT' &&
          change?.id === relationship.id &&
          change.after?.state === 'RETRACTED',
        'retract',
        edit,
      );
      return edit.revision.number;
    },
    async updateRelationship(relationship, note) {
      const edit = await mutate('updateRelationship', UPDATE_RELATIONSHIP, {
        id: relationship.id,
        expectedRevision: relationship.revision,
        set: { note },
        quote: relationship.quote,
        ...(relationship.quoteStart != null ? { quoteStart: relationship.quoteStart } : {}),
        source: SOURCE_ID,
      });
      expect(
        edit.revision.operation === 'UPDATE_RELATIONSHIP' &&
          edit.revision.changes?.[0]?.id === relationship.id,
        'updateRelationship',
        edit,
      );
      return edit.revision.number;
    },
    close: () => agent.destroy(),
  };
}

/** The hand-written statements; a relationship type is never a parameter, so per type. */
const TAKE_REVISION = `
MERGE (c:RevisionCounter {name: 'graph'})
ON CREATE SET c.last = 0
SET c.last = c.last + 1
RETURN c.last AS number`;

const SET_DESCRIPTION = `
MATCH (n:Node {id: $id}) WHERE coalesce(n.revision, 0) = $expectedRevision
WITH n, properties(n) AS before
SET n.description = $description, n.quote = $quote, n.source = $source, n.revision = $revision
RETURN before, properties(n) AS after`;

const createRelationship = (type: string) => `
MATCH (a:Node {id: $from}), (b:Node {id: $to})
WHERE NOT (a)-[:${type}]->(b)
CREATE (a)-[r:${type}]->(b)
SET r = $properties
RETURN null AS before, properties(r) AS after`;

const retractRelationship = (type: string) => `
MATCH (:Node {id: $from})-[r:${type}]->(:Node {id: $to})
WHERE coalesce(r.revision, 0) = $expectedRevision
WITH r, properties(r) AS before
DELETE r
CREATE (x:Retracted:RetractedRelationship)
SET x = before, x.revision = $revision, x.retractedType = $type, x.retractedFrom = $from,
    x.retractedTo = $to, x.retractedReason = $reason
RETURN before, properties(x) AS after`;

const setNote = (type: string) => `
MATCH (:Node {id: $from})-[r:${type}]->(:Node {id: $to})
WHERE coalesce(r.revision, 0) = $expectedRevision
WITH r, properties(r) AS before
SET r.note = $note, r.quote = $quote, r.source = $source, r.revision = $revision
RETURN before, properties(r) AS after`;

const WRITE_REVISION = `
CREATE (rev:Revision)
SET rev = $revision
WITH rev
UNWIND $changes AS change
CREATE (rev)-[:CHANGED]->(c:FactChange)
SET c = change`;

const TYPE = /^[A-Z_]+$/;

export function rawEditor(driver: Driver, author: string): Editor {
  /**
   * One edit: counter, change, revision, in one write transaction. `change` returns the
   * fact's properties before and after, or no row when the fact is not as expected.
   */
  async function edit(
    operation: string,
    factId: string,
    kind: 'node' | 'relationship',
    change: (
      tx: ManagedTransaction,
      revision: Integer,
    ) => Promise<{ before: unknown; after: unknown } | null>,
  ): Promise<number> {
    const session = driver.session();
    try {
      return await session.executeWrite(async (tx) => {
        const counter = await tx.run(TAKE_REVISION);
        const number = Number(counter.records[0]!.get('number'));
        // Integers as Neo4j stores them (a JS number would be sent as a float).
        const revision = neo4j.int(number);
        const written = await change(tx, revision);
        if (!written)
          throw new Error(`raw ${operation} of ${factId}: no such fact at that revision`);
        await tx.run(WRITE_REVISION, {
          revision: {
            number: revision,
            operation,
            author,
            role: 'curator',
            time: new Date().toISOString(),
            comment: null,
            tags: [],
            requestId: `raw-${number}`,
            subject: factId,
          },
          changes: [
            {
              position: neo4j.int(0),
              revision,
              factId,
              kind,
              before: written.before === null ? null : JSON.stringify(written.before),
              after: JSON.stringify(written.after),
            },
          ],
        });
        return number;
      });
    } finally {
      await session.close();
    }
  }

  const row = async (tx: ManagedTransaction, cypher: string, params: Record<string, unknown>) => {
    const result = await tx.run(cypher, params);
    const record = result.records[0];
    return record ? { before: record.get('before'), after: record.get('after') } : null;
  };
  const checkedType = (type: string) => {
    if (!TYPE.test(type)) throw new Error(`not a relationship type: ${type}`);
    return type;
  };

  return {
    updateNode: (fact: EditedFact, description: string) =>
      edit('UPDATE_NODE', fact.id, 'node', (tx, revision) =>
        row(tx, SET_DESCRIPTION, {
          id: fact.id,
          expectedRevision: neo4j.int(fact.revision),
          description,
          quote: fact.quote,
          source: SOURCE_ID,
          revision,
        }),
      ),
    addRelationship: (relationship: NewRelationship) => {
      const id = `${relationship.type}:${relationship.from}->${relationship.to}`;
      return edit('ADD_RELATIONSHIP', id, 'relationship', (tx, revision) =>
        row(tx, createRelationship(checkedType(relationship.type)), {
          from: relationship.from,
          to: relationship.to,
          properties: { id, quote: relationship.quote, source: SOURCE_ID, revision },
        }),
      );
    },
    retract: (relationship: EditedRelationship, reason: string) =>
      edit('RETRACT', relationship.id, 'relationship', (tx, revision) =>
        row(tx, retractRelationship(checkedType(relationship.type)), {
          from: relationship.from,
          to: relationship.to,
          type: relationship.type,
          expectedRevision: neo4j.int(relationship.revision),
          reason,
          revision,
        }),
      ),
    updateRelationship: (relationship: EditedRelationship, note: string) =>
      edit('UPDATE_RELATIONSHIP', relationship.id, 'relationship', (tx, revision) =>
        row(tx, setNote(checkedType(relationship.type)), {
          from: relationship.from,
          to: relationship.to,
          expectedRevision: neo4j.int(relationship.revision),
          note,
          quote: relationship.quote,
          source: SOURCE_ID,
          revision,
        }),
      ),
  };
}
