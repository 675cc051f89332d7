/**
 * The review queue: a run of the proposer over a source (proposeFacts), and a curator's
 * decision on each proposal. Accepting makes the proposal's edits facts through the
 * curation kernel (the validator every edit passes, one transaction with one revision);
 * rejecting keeps the proposal with its reason, so no later run asks again.
 *
 * Faults, each coded or idempotent: a run whose source text changed while it read it
 * writes nothing (STALE_PROPOSAL); a second run makes no duplicates (ids are derived from
 * what a proposal asserts); accepting a proposal whose quote no longer matches is
 * STALE_PROPOSAL; accepting twice answers the first acceptance's revision; accepting a
 * rejected proposal, or rejecting an accepted one, is PROPOSAL_DECIDED.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Neo4jGateway, WriteTx } from '../../db/gateway.ts';
import { clientError, ErrorCode } from '../../errors.ts';
import {
  enumValueOf,
  NODE_LABEL_NAMES,
  type NodeLabel,
  type RelationshipType,
} from '../../graph/contract.ts';
import { relationshipKey } from '../../graph/fact-check.ts';
import type { TextSelector } from '../../graph/text-anchors.ts';
import type { NodeType } from '../../generated/graphql.ts';
import {
  inputError,
  planAddNode,
  planAddRelationship,
  requireRole,
  runEdit,
  type EditMeta,
} from '../curation/edits.ts';
import { applySnapshot, readerOf, type FactChange } from '../curation/facts.ts';
import type { RevisionModel } from '../curation/revisions.ts';
import type { RequestContext } from '../kernel/context.ts';
import { sourceText } from '../sources/source-texts.ts';
import {
  DEFAULT_MIN_CONFIDENCE,
  proposeFacts,
  type KnownNode,
  type ProposedEdit,
  type ProposedFact,
} from './propose-facts.ts';
import {
  DECIDE_PROPOSAL,
  FACTS_PRESENT,
  KNOWN_NODES,
  LOCK_PROPOSAL,
  PROPOSAL_BY_ID,
  PROPOSALS_KNOWN,
  PROPOSALS_OF_SOURCE,
  SOURCE_FOR_PROPOSALS,
  WRITE_PROPOSALS,
} from './proposals.cypher.ts';

export type ProposalStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED';

/** A proposal as stored (flat: Neo4j properties), and as the resolvers get it. */
export interface ProposalModel {
  readonly id: string;
  readonly source: string;
  readonly textSha256: string;
  readonly key: string;
  readonly kind: ProposedFact['kind'];
  readonly status: ProposalStatus;
  readonly confidence: number;
  readonly summary: string;
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly start: number;
  readonly end: number;
  readonly subject?: string;
  /** ProposedEdit[] as JSON. */
  readonly edits: string;
  readonly createdAt: string;
  readonly decidedBy?: string;
  readonly decidedAt?: string;
  readonly reason?: string;
  readonly acceptedRevision?: number;
}

export interface ProposedEditModel {
  readonly operation: 'ADD_NODE' | 'ADD_RELATIONSHIP';
  readonly id: string;
  readonly nodeType: NodeType | null;
  readonly name: string | null;
  readonly type: RelationshipType | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly properties: Record<string, unknown>;
}

export interface ProposalRunModel {
  readonly sourceId: string;
  readonly textSha256: string;
  readonly proposals: readonly ProposalModel[];
  readonly alreadyProposed: number;
  readonly alreadyInGraph: number;
}

export interface ProposalDecisionModel {
  readonly proposal: ProposalModel;
  readonly revision: number | null;
}

export interface ProposalPageModel {
  readonly proposals: readonly ProposalModel[];
  readonly totalCount: number;
  readonly next: string | null;
}

/** The queue's id of a proposal: its source and what it asserts (its key). */
export function proposalId(source: string, key: string): string {
  const digest = createHash('sha256').update(`${source}\u0000${key}`).digest('hex');
  return `prop-${digest.slice(0, 20)}`;
}

export const selectorOf = (proposal: ProposalModel): TextSelector => ({
  exact: proposal.exact,
  prefix: proposal.prefix,
  suffix: proposal.suffix,
  start: proposal.start,
  end: proposal.end,
});

export function editsOf(proposal: ProposalModel): ProposedEditModel[] {
  return (JSON.parse(proposal.edits) as ProposedEdit[]).map((edit) =>
    edit.op === 'addNode'
      ? {
          operation: 'ADD_NODE',
          id: edit.id,
          nodeType: enumValueOf(edit.label) as NodeType,
          name: edit.name,
          type: null,
          from: null,
          to: null,
          properties: { ...edit.properties, ...(edit.aliases ? { aliases: edit.aliases } : {}) },
        }
      : {
          operation: 'ADD_RELATIONSHIP',
          id: relationshipKey(edit.type, edit.from, edit.to),
          nodeType: null,
          name: null,
          type: edit.type,
          from: edit.from,
          to: edit.to,
          properties: Object.fromEntries(
            (['role', 'amount', 'unit', 'period'] as const)
              .filter((key) => edit[key] !== undefined)
              .map((key) => [key, edit[key]]),
          ),
        },
  );
}

const isNodeLabel = (value: unknown): value is NodeLabel =>
  (NODE_LABEL_NAMES as readonly unknown[]).includes(value);

async function knownNodes(gateway: Neo4jGateway): Promise<KnownNode[]> {
  const rows = await gateway.read(KNOWN_NODES);
  return rows
    .filter((row) => isNodeLabel(row.label))
    .map((row) => ({
      id: String(row.id),
      label: row.label as NodeLabel,
      names: [String(row.name), ...((row.aliases as string[] | null) ?? [])],
      ...(typeof row.number === 'number' ? { number: row.number } : {}),
      ...(typeof row.code === 'string' ? { code: row.code } : {}),
    }));
}

/** The facts a proposal would make, as the graph knows them (node or relationship ids). */
function factsOf(proposal: ProposedFact) {
  return proposal.edits.map((edit) =>
    edit.op === 'addNode'
      ? { id: edit.id, kind: 'node', from: null, to: null, anyInvolvement: false }
      : {
          id: relationshipKey(edit.type, edit.from, edit.to),
          kind: 'relationship',
          from: edit.from,
          to: edit.to,
          anyInvolvement: proposal.kind === 'MENTION',
        },
  );
}

export interface ProposeRequest {
  readonly source: string;
  readonly minConfidence?: number | null;
}

export async function runProposer(
  context: RequestContext,
  request: ProposeRequest,
): Promise<ProposalRunModel> {
  await requireRole(context, 'curator');
  const minConfidence = request.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  if (!(minConfidence >= 0 && minConfidence <= 1)) {
    throw inputError('minConfidence is 0 to 1', 'input.minConfidence');
  }
  const { gateway } = context;
  const [row] = await gateway.read(SOURCE_FOR_PROPOSALS, { source: request.source });
  const source = row?.source as Record<string, unknown> | undefined;
  if (!source) throw inputError(`no Source has id ${request.source}`, 'input.source');
  const textSha256 = String(source.textSha256 ?? source.sha256);
  const text = await sourceText(readerOf(gateway), { ...source, id: request.source });
  const found = proposeFacts(text, await knownNodes(gateway), {
    minConfidence,
    sourceDate: String(source.date),
  });
  const withIds = found.map((fact) => ({ fact, id: proposalId(request.source, fact.key) }));
  const known = new Set(
    (await gateway.read(PROPOSALS_KNOWN, { ids: withIds.map((p) => p.id) })).map((r) =>
      String(r.id),
    ),
  );
  const fresh = withIds.filter((p) => !known.has(p.id));
  const facts = fresh.flatMap(({ fact }) => factsOf(fact));
  const present = new Set(
    (await gateway.read(FACTS_PRESENT, { facts }))
      .filter((r) => r.present === true)
      .map((r) => String(r.id)),
  );
  const wanted = fresh.filter(
    ({ fact }) => fact.edits.length === 0 || !factsOf(fact).every((f) => present.has(f.id)),
  );
  const now = new Date().toISOString();
  const rows = wanted.map(({ fact, id }) => ({
    id,
    source: request.source,
    textSha256,
    key: fact.key,
    kind: fact.kind,
    status: 'PENDING',
    confidence: fact.confidence,
    summary: fact.summary,
    exact: fact.selector.exact,
    prefix: fact.selector.prefix,
    suffix: fact.selector.suffix,
    start: fact.selector.start,
    end: fact.selector.end,
    edits: JSON.stringify(fact.edits),
    createdAt: now,
    ...(fact.subject ? { subject: fact.subject } : {}),
  }));
  const [written] = await gateway.writeTransaction((tx) =>
    tx.run(WRITE_PROPOSALS, {
      source: request.source,
      textSha256,
      proposals: rows,
      run: randomUUID(),
    }),
  );
  if (written?.textNow !== textSha256) {
    throw clientError(
      ErrorCode.STALE_PROPOSAL,
      `source ${request.source} was replaced while its facts were proposed: run again`,
      { field: 'input.source' },
    );
  }
  const created = new Set((written.created as (string | null)[]).filter(Boolean));
  return {
    sourceId: request.source,
    textSha256,
    proposals: rows.filter((r) => created.has(r.id)) as unknown as ProposalModel[],
    alreadyProposed: known.size + (rows.length - created.size),
    alreadyInGraph: fresh.length - wanted.length,
  };
}

export async function proposalById(
  gateway: Neo4jGateway,
  id: string,
): Promise<ProposalModel | null> {
  const [row] = await gateway.read(PROPOSAL_BY_ID, { id });
  return (row?.proposal as ProposalModel | undefined) ?? null;
}

/** Thrown inside an acceptance's transaction when another acceptance won the race. */
class AcceptedMeanwhile extends Error {}

export async function acceptProposal(
  context: RequestContext,
  request: { readonly id: string } & EditMeta,
): Promise<ProposalDecisionModel> {
  const seen = await proposalById(context.gateway, request.id);
  if (!seen) throw inputError(`no proposal has id ${request.id}`, 'input.id');
  const decided = (proposal: ProposalModel) => {
    if (proposal.status === 'REJECTED') {
      throw clientError(
        ErrorCode.PROPOSAL_DECIDED,
        `proposal ${proposal.id} was rejected (${proposal.reason ?? 'no reason'}); it cannot be accepted`,
        { field: 'input.id' },
      );
    }
  };
  decided(seen);
  if (seen.status === 'ACCEPTED') {
    return { proposal: seen, revision: seen.acceptedRevision ?? null };
  }
  let accepted: RevisionModel;
  try {
    ({ revision: accepted } = await runEdit(
      context,
      'curator',
      'ACCEPT_PROPOSAL',
      request,
      { id: request.id, comment: request.comment, tags: request.tags },
      async (tx, revision, viewer, textOfSource) => {
        const [locked] = await tx.run(LOCK_PROPOSAL, { id: request.id });
        const proposal = locked!.proposal as ProposalModel;
        decided(proposal);
        if (proposal.status === 'ACCEPTED') throw new AcceptedMeanwhile();
        const text = await textOfSource('input.id');
        if (text.slice(proposal.start, proposal.end) !== proposal.exact) {
          throw clientError(
            ErrorCode.STALE_PROPOSAL,
            `the quote of proposal ${proposal.id} is no longer at ${proposal.start} of source ${proposal.source}: propose again`,
            { field: 'input.id' },
          );
        }
        const changes = await applyProposedEdits(tx, revision, proposal, text);
        await tx.run(DECIDE_PROPOSAL, {
          id: proposal.id,
          decision: {
            status: 'ACCEPTED',
            acceptedRevision: revision,
            decidedBy: viewer.name,
            decidedAt: new Date().toISOString(),
          },
        });
        return {
          changes,
          subject: proposal.subject ?? changes[0]?.after.id ?? proposal.id,
          applied: true,
        };
      },
      seen.source,
    ));
  } catch (error) {
    if (!(error instanceof AcceptedMeanwhile)) throw error;
    const now = (await proposalById(context.gateway, request.id))!;
    return { proposal: now, revision: now.acceptedRevision ?? null };
  }
  const now = await proposalById(context.gateway, request.id);
  return { proposal: now!, revision: accepted.number };
}

/**
 * The proposal's edits, each checked as its own mutation would check it and written at
 * once (a milestone's HAS_MILESTONE needs the milestone node the edit before made).
 */
async function applyProposedEdits(
  tx: WriteTx,
  revision: number,
  proposal: ProposalModel,
  text: string,
): Promise<FactChange[]> {
  const evidence = { quote: proposal.exact, quoteStart: proposal.start, source: proposal.source };
  const changes: FactChange[] = [];
  const edits = JSON.parse(proposal.edits) as ProposedEdit[];
  if (edits.length === 0) {
    throw inputError(`proposal ${proposal.id} makes no facts; reject it instead`, 'input.id');
  }
  for (const [index, edit] of edits.entries()) {
    const field = `proposal.edits[${index}]`;
    const planned =
      edit.op === 'addNode'
        ? await planAddNode(
            tx,
            revision,
            {
              id: edit.id,
              label: edit.label,
              name: edit.name,
              aliases: edit.aliases ?? [],
              properties: edit.properties,
              ...evidence,
            },
            text,
            field,
          )
        : await planAddRelationship(
            tx,
            revision,
            {
              type: edit.type,
              from: edit.from,
              to: edit.to,
              role: edit.role ?? null,
              amount: edit.amount ?? null,
              unit: edit.unit ?? null,
              period: edit.period ?? null,
              ...evidence,
            },
            text,
            field,
          );
    for (const change of planned.changes) {
      await applySnapshot(tx, change.before, change.after);
      changes.push(change);
    }
  }
  return changes;
}

export async function rejectProposal(
  context: RequestContext,
  request: { readonly id: string; readonly reason: string },
): Promise<ProposalDecisionModel> {
  const viewer = await requireRole(context, 'curator');
  const reason = request.reason.trim();
  if (reason === '') throw inputError('say why the proposal is wrong', 'input.reason');
  if (reason.length > 2000) throw inputError('reason: at most 2000 characters', 'input.reason');
  return context.gateway.writeTransaction(async (tx) => {
    const [locked] = await tx.run(LOCK_PROPOSAL, { id: request.id });
    const proposal = locked?.proposal as ProposalModel | undefined;
    if (!proposal) throw inputError(`no proposal has id ${request.id}`, 'input.id');
    if (proposal.status === 'ACCEPTED') {
      throw clientError(
        ErrorCode.PROPOSAL_DECIDED,
        `proposal ${proposal.id} was accepted in revision ${proposal.acceptedRevision}: retract its facts instead`,
        { field: 'input.id', revision: proposal.acceptedRevision },
      );
    }
    if (proposal.status === 'REJECTED') return { proposal, revision: null };
    const [row] = await tx.run(DECIDE_PROPOSAL, {
      id: proposal.id,
      decision: {
        status: 'REJECTED',
        reason,
        decidedBy: viewer.name,
        decidedAt: new Date().toISOString(),
      },
    });
    return { proposal: row!.proposal as ProposalModel, revision: null };
  });
}

export const MAX_PROPOSALS_PAGE = 500;

export async function proposalPage(
  gateway: Neo4jGateway,
  args: {
    readonly source: string;
    readonly status?: ProposalStatus | null;
    readonly kind?: string | null;
    readonly first: number;
    readonly after?: string | null;
  },
): Promise<ProposalPageModel> {
  const rows = await gateway.read(PROPOSALS_OF_SOURCE, {
    source: args.source,
    status: args.status ?? null,
    kind: args.kind ?? null,
  });
  const all = rows.map((row) => row.proposal as ProposalModel);
  const from = args.after ? all.findIndex((p) => p.id === args.after) + 1 : 0;
  if (args.after && from === 0) throw inputError(`unknown cursor ${args.after}`, 'after');
  const page = all.slice(from, from + args.first);
  const hasMore = from + args.first < all.length;
  return {
    proposals: page,
    totalCount: all.length,
    next: hasMore ? page[page.length - 1]!.id : null,
  };
}
