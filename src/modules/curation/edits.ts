/**
 * The edits of the graph (Wikibase's contract, see docs/decisions.md): who may make them,
 * the checks they pass (the import's own validator, src/graph/fact-check.ts), optimistic
 * concurrency on each fact's revision, and one write transaction per edit that holds the
 * edit and its revision together. A refused edit throws before commit and changes nothing.
 */
import type { GraphQLError } from 'graphql';
import type { Role, Viewer } from '../../auth/tokens.ts';
import type { WriteTx } from '../../db/gateway.ts';
import type { NodeLabel, RelationshipType } from '../../graph/contract.ts';
import { NODE_LABEL_NAMES } from '../../graph/contract.ts';
import {
  checkNodeFact,
  checkRelationshipFact,
  endProblems,
  relationshipKey,
  type FactProblem,
} from '../../graph/fact-check.ts';
import { clientError, ErrorCode } from '../../errors.ts';
import { stableStringify } from '../../graph/stable-json.ts';
import type { RequestContext } from '../kernel/context.ts';
import type { RelationModel } from '../kernel/models.ts';
import {
  ENDS_AND_RELATIONSHIP,
  ID_TAKEN,
  NEXT_REVISION,
  READ_REVISION,
  RELATIONSHIPS_OF_NODE,
  WRITE_REVISION,
} from './curation.cypher.ts';
import {
  applySnapshot,
  EndsNotLiveError,
  parseRelationshipId,
  readNode,
  readRelationship,
  relationshipSnapshot,
  writeOrder,
  type FactChange,
  type FactSnapshot,
  type NodeSnapshot,
  type Properties,
  type RelationshipSnapshot,
} from './facts.ts';
import { toRevisionModel, type RevisionModel } from './revisions.ts';
import { sourceText as readSourceText } from '../sources/source-texts.ts';

export type EditOperation =
  | 'ADD_NODE'
  | 'UPDATE_NODE'
  | 'ADD_RELATIONSHIP'
  | 'UPDATE_RELATIONSHIP'
  | 'RETRACT'
  | 'REVERT'
  | 'ADD_SOURCE'
  | 'REPLACE_SOURCE'
  | 'ACCEPT_PROPOSAL';

export interface EditMeta {
  readonly comment?: string | null;
  readonly tags?: readonly string[] | null;
}

/** Longest text an edit may carry in one field; the report's longest passage is far shorter. */
const MAX_TEXT = 5_000;
const MAX_TAGS = 10;
// C0 controls but tab, line feed and carriage return (the report has those), DEL, C1.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const TAG = /^[\p{L}\p{N}_.:-]{1,50}$/u;

/** A refused input: `field` says which (`input.quote`), as a curator's form needs it. */
export function inputError(message: string, field: string): GraphQLError {
  return clientError(ErrorCode.BAD_USER_INPUT, message, { field });
}

/**
 * The token's viewer, when its role may make this edit; otherwise the coded refusal. Spends
 * nothing of the token's budget: work that would be wasted on a refused caller (extracting
 * an uploaded file) checks this first.
 */
export function authorisedViewer(context: RequestContext, role: Role): Viewer {
  const { authentication } = context;
  if (authentication.status === 'anonymous') {
    throw clientError(
      ErrorCode.UNAUTHENTICATED,
      'edits need a bearer token (Authorization: Bearer <token>)',
    );
  }
  if (authentication.status === 'refused') {
    throw clientError(ErrorCode.UNAUTHENTICATED, `the token was refused: ${authentication.reason}`);
  }
  const { viewer } = authentication;
  if (role === 'admin' && viewer.role !== 'admin') {
    throw clientError(ErrorCode.FORBIDDEN, 'this edit needs the role admin');
  }
  return viewer;
}

/** The token's viewer, when it may make this edit now (its role, then its budget). */
export async function requireRole(context: RequestContext, role: Role): Promise<Viewer> {
  const viewer = authorisedViewer(context, role);
  const budget = await context.editLimiter?.take(viewer.key);
  if (budget && !budget.allowed) {
    throw clientError(
      ErrorCode.RATE_LIMITED,
      `too many edits from this token; try again in ${budget.retryAfterSeconds} s`,
      { retryAfterSeconds: budget.retryAfterSeconds },
    );
  }
  return viewer;
}

/** Every string of an input, at any depth: bounded, and free of control characters. */
function checkTexts(value: unknown, field: string): void {
  if (typeof value === 'string') {
    if (value.length > MAX_TEXT)
      throw inputError(`${field}: longer than ${MAX_TEXT} characters`, field);
    if (CONTROL.test(value)) throw inputError(`${field}: contains a control character`, field);
  } else if (Array.isArray(value)) {
    if (value.length > 200) throw inputError(`${field}: more than 200 items`, field);
    value.forEach((item, index) => checkTexts(item, `${field}[${index}]`));
  } else if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length > 50) throw inputError(`${field}: more than 50 entries`, field);
    for (const [key, item] of entries) checkTexts(item, `${field}.${key}`);
  }
}

function checkMeta(meta: EditMeta): { comment: string | null; tags: string[] } {
  const tags = [...(meta.tags ?? [])];
  if (tags.length > MAX_TAGS) throw inputError(`at most ${MAX_TAGS} tags`, 'input.tags');
  tags.forEach((tag, index) => {
    if (!TAG.test(tag)) {
      throw inputError('a tag is 1 to 50 letters, digits or _ . : -', `input.tags[${index}]`);
    }
  });
  return { comment: meta.comment ?? null, tags };
}

function refused(problems: readonly FactProblem[], fieldOf: (key: string) => string): GraphQLError {
  const first = problems[0]!;
  const listed = problems.map((p) => ({ field: fieldOf(p.key), message: p.message }));
  return clientError(
    ErrorCode.BAD_USER_INPUT,
    problems.map((p) => `${fieldOf(p.key)}: ${p.message}`).join('; '),
    { field: fieldOf(first.key), problems: listed },
  );
}

function conflict(fact: FactSnapshot, expected: number): GraphQLError {
  return clientError(
    ErrorCode.CONFLICT,
    `${fact.id} is at revision ${fact.revision}, not ${expected}: reload it and edit again`,
    { currentRevision: fact.revision, field: 'input.expectedRevision' },
  );
}

export interface Planned {
  readonly changes: readonly FactChange[];
  readonly subject: string;
  readonly reverts?: number;
  /** The plan wrote its changes itself (a proposal's edits build on each other). */
  readonly applied?: boolean;
}

/** The text of an edit's source, read once per edit; refused when no Source has the id. */
export type EditSourceText = (field?: string) => Promise<string>;

/** What a plan of an edit gets: its transaction, revision number, author and source text. */
export interface EditPlanContext {
  readonly tx: WriteTx;
  readonly revision: number;
  readonly viewer: Viewer;
  readonly sourceText: EditSourceText;
}

/**
 * One edit: the revision number first (its counter's lock orders all edits, so the checks
 * below see every edit committed before), then the plan, its writes, and its revision, all
 * in one transaction.
 */
export async function runEdit(
  context: RequestContext,
  role: Role,
  operation: EditOperation,
  meta: EditMeta,
  input: unknown,
  plan: (
    tx: WriteTx,
    revision: number,
    viewer: Viewer,
    sourceText: EditSourceText,
  ) => Promise<Planned>,
  /** The Source the edit cites, when it is not `input.source`. */
  sourceId?: string,
): Promise<{ revision: RevisionModel; subject: string }> {
  const viewer = await requireRole(context, role);
  checkTexts(input, 'input');
  const { comment, tags } = checkMeta(meta);
  return context.gateway.writeTransaction(async (tx) => {
    // The statement that takes the number also reads the edit's Source: one statement
    // fewer per edit (the edit benchmark measured each statement).
    const source = sourceId ?? (input as { readonly source?: unknown } | null)?.source;
    const [counter] = await tx.run(NEXT_REVISION, {
      source: typeof source === 'string' ? source : null,
    });
    const number = Number(counter!.number);
    /** The text of the edit's source, or the refusal naming the field. */
    const sourceText: EditSourceText = async (field = 'input.source') => {
      if (typeof source !== 'string' || counter!.sourceId === null) {
        throw inputError(`no Source has id ${String(source)}`, field);
      }
      return readSourceText(tx, {
        id: source,
        path: counter!.sourcePath,
        sha256: counter!.sourceSha256,
        textSha256: counter!.sourceTextSha256,
      });
    };
    const planned = await plan(tx, number, viewer, sourceText);
    try {
      if (!planned.applied) {
        for (const change of writeOrder(planned.changes)) {
          await applySnapshot(tx, change.before, change.after);
        }
      }
    } catch (error) {
      if (error instanceof EndsNotLiveError) {
        throw inputError(`${error.message} (one was retracted)`, 'input');
      }
      throw error;
    }
    const revision = {
      number,
      operation,
      author: viewer.name,
      role: viewer.role,
      time: new Date().toISOString(),
      comment,
      tags,
      requestId: context.requestId,
      subject: planned.subject,
      ...(planned.reverts !== undefined ? { reverts: planned.reverts } : {}),
    };
    const changes = planned.changes.map((change, position) => ({
      position,
      revision: number,
      factId: change.after.id,
      kind: change.after.kind,
      before: change.before ? JSON.stringify(change.before) : null,
      after: JSON.stringify(change.after),
    }));
    await tx.run(WRITE_REVISION, { revision, changes });
    return { revision: toRevisionModel(revision, changes), subject: planned.subject };
  });
}

const isNodeLabel = (value: string): value is NodeLabel =>
  (NODE_LABEL_NAMES as readonly string[]).includes(value);

/** A node's values for the validator: `source` is the file's (the seeds') or the edit's own. */
function withoutSource(properties: Properties): Properties {
  const rest = { ...properties };
  delete rest.source;
  return rest;
}

export interface AddNodeRequest extends EditMeta {
  readonly id: string;
  readonly label: NodeLabel | undefined;
  readonly name: string;
  readonly aliases?: readonly string[] | null;
  readonly quote: string;
  readonly quoteStart?: number | null;
  readonly source: string;
  readonly properties?: Readonly<Record<string, unknown>> | null;
}

const STATED_KEYS = new Set(['id', 'label', 'name', 'aliases', 'quote', 'quoteStart', 'source']);

export function addNode(context: RequestContext, request: AddNodeRequest) {
  return runEdit(
    context,
    request.label === 'Source' ? 'admin' : 'curator',
    'ADD_NODE',
    request,
    request,
    async (tx, revision, _viewer, sourceText) =>
      planAddNode(tx, revision, request, await sourceText()),
  );
}

/** A new node's change, checked (contract, quote, a free id); `field` prefixes input keys. */
export async function planAddNode(
  tx: WriteTx,
  revision: number,
  request: AddNodeRequest,
  text: string,
  field = 'input',
): Promise<Planned> {
  if (!request.label || !isNodeLabel(request.label))
    throw inputError('unknown node type', 'input.type');
  const extra = request.properties ?? {};
  for (const key of Object.keys(extra)) {
    if (STATED_KEYS.has(key)) {
      throw inputError(
        `${key} is its own field of the input, not a property`,
        `input.properties.${key}`,
      );
    }
  }
  const values = {
    ...extra,
    id: request.id,
    label: request.label,
    name: request.name,
    aliases: request.aliases ?? [],
    quote: request.quote,
    quoteStart: request.quoteStart ?? undefined,
  };
  const checked = checkNodeFact(values, text, field);
  if (checked.problems.length > 0) {
    throw refused(checked.problems, (key) =>
      key in extra ? `${field}.properties.${key}` : `${field}.${key === 'label' ? 'type' : key}`,
    );
  }
  const [taken] = await tx.run(ID_TAKEN, { id: request.id });
  if (taken?.taken) {
    throw inputError(`a node (live or retracted) already has id ${request.id}`, `${field}.id`);
  }
  const after: NodeSnapshot = {
    kind: 'node',
    id: request.id,
    label: request.label,
    state: 'live',
    properties: {
      ...checked.properties,
      aliases: checked.properties.aliases ?? [],
      source: request.source,
    },
    revision,
  };
  return { changes: [{ before: null, after }], subject: request.id };
}

export interface UpdateRequest extends EditMeta {
  readonly id: string;
  readonly expectedRevision: number;
  readonly set?: Readonly<Record<string, unknown>> | null;
  readonly unset?: readonly string[] | null;
  readonly quote: string;
  readonly quoteStart?: number | null;
  readonly source: string;
}

/**
 * The current values with `set` over them and `unset` removed, and the new evidence (its
 * position is the request's, or found anew: the old one belongs to the old quote).
 */
function merged(current: Properties, request: UpdateRequest): Record<string, unknown> {
  const values: Record<string, unknown> = { ...withoutSource(current) };
  for (const [key, value] of Object.entries(request.set ?? {})) values[key] = value;
  for (const key of request.unset ?? []) delete values[key];
  values.quote = request.quote;
  delete values.quoteStart;
  if (request.quoteStart !== undefined && request.quoteStart !== null) {
    values.quoteStart = request.quoteStart;
  }
  return values;
}

function refuseStructuralKeys(request: UpdateRequest, keys: readonly string[]): void {
  for (const key of [...Object.keys(request.set ?? {}), ...(request.unset ?? [])]) {
    if (keys.includes(key)) {
      throw inputError(`${key} cannot be changed by an update`, `input.set.${key}`);
    }
  }
}

export function updateNode(context: RequestContext, request: UpdateRequest) {
  return runEdit(
    context,
    'curator',
    'UPDATE_NODE',
    request,
    request,
    async (tx, revision, _viewer, sourceText) => {
      refuseStructuralKeys(request, ['id', 'label', 'quote', 'quoteStart', 'source']);
      const current = await readNode(tx, request.id);
      if (!current) throw inputError(`no node has id ${request.id}`, 'input.id');
      if (current.state !== 'live') {
        throw inputError(
          `${request.id} is retracted; revert its retraction to edit it`,
          'input.id',
        );
      }
      if (current.revision !== request.expectedRevision)
        throw conflict(current, request.expectedRevision);
      if (current.label === 'Source') throw inputError('sources are managed by admins', 'input.id');
      const values = {
        ...merged(current.properties, request),
        id: current.id,
        label: current.label,
      };
      const checked = checkNodeFact(values, await sourceText(), 'input');
      if (checked.problems.length > 0) {
        throw refused(checked.problems, (key) =>
          key === 'quote' || key === 'quoteStart' ? `input.${key}` : `input.set.${key}`,
        );
      }
      const after: NodeSnapshot = {
        ...current,
        properties: {
          ...checked.properties,
          aliases: checked.properties.aliases ?? [],
          source: request.source,
        },
        revision,
      };
      return { changes: [{ before: current, after }], subject: current.id };
    },
  );
}

/** A new relationship: its ends and type, its evidence, and the optional relation properties. */
export interface AddRelationshipRequest
  extends EditMeta, Pick<RelationModel, 'role' | 'amount' | 'unit' | 'period' | 'note'> {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly quote: string;
  readonly quoteStart?: number | null;
  readonly source: string;
}

/** The labels of two live nodes, or the refusal naming the end that is not one. */
/** Live ends' labels, and a fact that has the new relationship's id already, in one read. */
async function endsAndExisting(
  tx: WriteTx,
  type: RelationshipType,
  from: string,
  to: string,
  field: string,
) {
  const [row] = await tx.run(ENDS_AND_RELATIONSHIP[type], {
    from,
    to,
    id: relationshipKey(type, from, to),
  });
  const labelOf = (labels: unknown): NodeLabel | undefined =>
    (labels as string[] | null | undefined)?.find(isNodeLabel);
  const fromLabel = labelOf(row?.fromLabels);
  const toLabel = labelOf(row?.toLabels);
  if (!fromLabel) throw inputError(`no live node has id ${from}`, `${field}.from`);
  if (!toLabel) throw inputError(`no live node has id ${to}`, `${field}.to`);
  const fact = row?.fact as
    { live: boolean; properties: Record<string, unknown> } | null | undefined;
  return {
    ends: { from: { id: from, label: fromLabel }, to: { id: to, label: toLabel } },
    existing: fact
      ? relationshipSnapshot(type, from, to, fact.live ? 'live' : 'retracted', fact.properties)
      : null,
  };
}

export function addRelationship(context: RequestContext, request: AddRelationshipRequest) {
  return runEdit(
    context,
    'curator',
    'ADD_RELATIONSHIP',
    request,
    request,
    async (tx, revision, _viewer, sourceText) =>
      planAddRelationship(tx, revision, request, await sourceText()),
  );
}

/** A new relationship's change, checked (contract, quote, live ends, a free id). */
export async function planAddRelationship(
  tx: WriteTx,
  revision: number,
  request: AddRelationshipRequest,
  text: string,
  field = 'input',
): Promise<Planned> {
  const values: Record<string, unknown> = {
    type: request.type,
    from: request.from,
    to: request.to,
    quote: request.quote,
  };
  for (const key of ['role', 'amount', 'unit', 'period', 'note', 'quoteStart'] as const) {
    if (request[key] !== undefined && request[key] !== null) values[key] = request[key];
  }
  const checked = checkRelationshipFact(values, text, field);
  if (checked.problems.length > 0) throw refused(checked.problems, (key) => `${field}.${key}`);
  const { ends, existing } = await endsAndExisting(
    tx,
    request.type,
    request.from,
    request.to,
    field,
  );
  const endRefusals = endProblems(request.type, ends.from, ends.to);
  if (endRefusals.length > 0) {
    throw refused(
      endRefusals.map((p) => ({ ...p, field: p.key })),
      (key) => `${field}.${key}`,
    );
  }
  if (existing) {
    throw inputError(
      `${existing.id} exists already (${existing.state === 'live' ? 'use updateRelationship' : 'retracted: revert its retraction'})`,
      field,
    );
  }
  const after: RelationshipSnapshot = {
    kind: 'relationship',
    id: relationshipKey(request.type, request.from, request.to),
    type: request.type,
    from: request.from,
    to: request.to,
    state: 'live',
    properties: { ...checked.properties, source: request.source },
    revision,
  };
  return { changes: [{ before: null, after }], subject: request.from };
}

export function updateRelationship(context: RequestContext, request: UpdateRequest) {
  return runEdit(
    context,
    'curator',
    'UPDATE_RELATIONSHIP',
    request,
    request,
    async (tx, revision, _viewer, sourceText) => {
      refuseStructuralKeys(request, ['id', 'type', 'from', 'to', 'quote', 'quoteStart', 'source']);
      const parts = parseRelationshipId(request.id);
      if (!parts) throw inputError('a relationship id is TYPE:fromId->toId', 'input.id');
      const current = await readRelationship(tx, parts.type, parts.from, parts.to);
      if (!current) throw inputError(`no relationship has id ${request.id}`, 'input.id');
      if (current.state !== 'live') {
        throw inputError(
          `${request.id} is retracted; revert its retraction to edit it`,
          'input.id',
        );
      }
      if (current.revision !== request.expectedRevision)
        throw conflict(current, request.expectedRevision);
      const values = { ...merged(current.properties, request), ...parts };
      const checked = checkRelationshipFact(values, await sourceText(), 'input');
      if (checked.problems.length > 0) {
        throw refused(checked.problems, (key) =>
          key === 'quote' || key === 'quoteStart' ? `input.${key}` : `input.set.${key}`,
        );
      }
      const after: RelationshipSnapshot = {
        ...current,
        properties: { ...checked.properties, source: request.source },
        revision,
      };
      return { changes: [{ before: current, after }], subject: parts.from };
    },
  );
}

export interface RetractRequest extends EditMeta {
  readonly id: string;
  readonly expectedRevision: number;
  readonly reason: string;
}

export function retract(context: RequestContext, request: RetractRequest) {
  return runEdit(context, 'curator', 'RETRACT', request, request, async (tx, revision) => {
    const reason = request.reason.trim();
    if (reason === '') throw inputError('say why the fact is wrong', 'input.reason');
    const parts = parseRelationshipId(request.id);
    const current = parts
      ? await readRelationship(tx, parts.type, parts.from, parts.to)
      : await readNode(tx, request.id);
    if (!current) throw inputError(`no node or relationship has id ${request.id}`, 'input.id');
    if (current.state !== 'live')
      throw inputError(`${request.id} is retracted already`, 'input.id');
    if (current.revision !== request.expectedRevision)
      throw conflict(current, request.expectedRevision);
    if (current.kind === 'node' && current.label === 'Source') {
      throw inputError('sources are managed by admins', 'input.id');
    }
    const changes: FactChange[] = [
      { before: current, after: { ...current, state: 'retracted', reason, revision } },
    ];
    if (current.kind === 'node') {
      // No relationship may keep pointing at a retracted node: they go with it, each with
      // its own change in this revision, so a revert brings every one of them back.
      for (const row of await tx.run(RELATIONSHIPS_OF_NODE, { id: current.id })) {
        const before = relationshipSnapshot(
          row.type as RelationshipType,
          String(row.from),
          String(row.to),
          'live',
          row.properties as Record<string, unknown>,
        );
        changes.push({
          before,
          after: {
            ...before,
            state: 'retracted',
            reason: `its end ${current.id} was retracted: ${reason}`,
            revision,
          },
        });
      }
    }
    return { changes, subject: parts ? parts.from : current.id };
  });
}

export interface RevertRequest extends EditMeta {
  readonly revision: number;
}

/** The fact as it is now, read by the id a change names. */
async function readFact(tx: WriteTx, snapshot: FactSnapshot): Promise<FactSnapshot | null> {
  return snapshot.kind === 'node'
    ? readNode(tx, snapshot.id)
    : readRelationship(tx, snapshot.type, snapshot.from, snapshot.to);
}

/**
 * Whether a fact is as a revision left it, whatever revision wrote it since: a revert of a
 * later edit that restored exactly this state leaves the earlier revision revertable (an
 * undo chain), while any other change since makes it a CONFLICT.
 */
function sameContent(a: FactSnapshot, b: FactSnapshot): boolean {
  return (
    a.state === b.state &&
    (a.reason ?? null) === (b.reason ?? null) &&
    stableStringify(a.properties) === stableStringify(b.properties)
  );
}

export function revert(context: RequestContext, request: RevertRequest) {
  return runEdit(context, 'curator', 'REVERT', request, request, async (tx, revision, viewer) => {
    const [row] = await tx.run(READ_REVISION, { number: request.revision });
    if (!row) throw inputError(`no revision has number ${request.revision}`, 'input.revision');
    const reverted = row.row as {
      revision: Record<string, unknown>;
      changes: Record<string, unknown>[];
    };
    if (viewer.role !== 'admin' && reverted.revision.author !== viewer.name) {
      throw clientError(
        ErrorCode.FORBIDDEN,
        "reverting another curator's revision needs the role admin",
      );
    }
    const changes: FactChange[] = [];
    for (const stored of reverted.changes) {
      const was = stored.before ? (JSON.parse(String(stored.before)) as FactSnapshot) : null;
      const became = JSON.parse(String(stored.after)) as FactSnapshot;
      const current = await readFact(tx, became);
      if (!current || !sameContent(current, became)) {
        throw clientError(
          ErrorCode.CONFLICT,
          `${became.id} was changed after revision ${request.revision} (now at revision ${current?.revision ?? 'none'}): revert the later revisions first`,
          { currentRevision: current?.revision ?? null, field: 'input.revision' },
        );
      }
      // What an edit added is retracted by its revert, never deleted.
      const target: FactSnapshot = was
        ? { ...was, revision }
        : {
            ...current,
            state: 'retracted',
            reason: `reverted: revision ${request.revision} added it`,
            revision,
          };
      changes.push({ before: current, after: target });
    }
    return { changes, subject: String(reverted.revision.subject ?? ''), reverts: request.revision };
  });
}
