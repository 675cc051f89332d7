/**
 * The write path's resolvers: thin, each mutation one call into edits.ts, each read one
 * call into revisions.ts. The PropertyMap scalar only lets plain JSON objects through; what
 * their keys and values may be is the validator's to say, with the field it is about.
 */
import { GraphQLScalarType, Kind, valueFromASTUntyped, type ValueNode } from 'graphql';
import { badUserInput } from '../../errors.ts';
import type { NodeType, Resolvers } from '../../generated/graphql.ts';
import { labelOfNodeType, toNodeModel } from '../kernel/models.ts';
import { storedNodeProperties } from '../../graph/stored-properties.ts';
import { NODE_BY_ID } from '../links/link.loaders.ts';
import {
  addNode,
  addRelationship,
  retract,
  revert,
  updateNode,
  updateRelationship,
} from './edits.ts';
import { enumValueOf } from '../../graph/contract.ts';
import type { FactSnapshot } from './facts.ts';
import {
  factById,
  historyOf,
  MAX_REVISIONS_PAGE,
  REVISION_BY_NUMBER,
  revisionsAfter,
  type RevisionModel,
} from './revisions.ts';

export interface EditModel {
  readonly revision: RevisionModel;
  /** The node the edit is about (a relationship's start node). */
  readonly subject: string;
}

function asPropertyMap(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError('PropertyMap must be an object of property names to values');
  }
  return value as Record<string, unknown>;
}

const PropertyMap = new GraphQLScalarType({
  name: 'PropertyMap',
  serialize: asPropertyMap,
  parseValue: asPropertyMap,
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind !== Kind.OBJECT) throw new TypeError('PropertyMap must be an object literal');
    return asPropertyMap(valueFromASTUntyped(ast));
  },
});

const snapshotFields = {
  state: (fact: FactSnapshot) =>
    (fact.state === 'live' ? 'LIVE' : 'RETRACTED') as 'LIVE' | 'RETRACTED',
  nodeType: (fact: FactSnapshot) =>
    fact.kind === 'node' ? (enumValueOf(fact.label) as NodeType) : null,
  type: (fact: FactSnapshot) => (fact.kind === 'relationship' ? fact.type : null),
  from: (fact: FactSnapshot) => (fact.kind === 'relationship' ? fact.from : null),
  to: (fact: FactSnapshot) => (fact.kind === 'relationship' ? fact.to : null),
  reason: (fact: FactSnapshot) => fact.reason ?? null,
};

export const curationResolvers: Resolvers = {
  PropertyMap,
  Mutation: {
    addNode: (_root, { input }, context) =>
      addNode(context, {
        ...input,
        label: labelOfNodeType(input.type),
      }),
    updateNode: (_root, { input }, context) => updateNode(context, input),
    addRelationship: (_root, { input }, context) => addRelationship(context, input),
    updateRelationship: (_root, { input }, context) => updateRelationship(context, input),
    retract: (_root, { input }, context) => retract(context, input),
    revert: (_root, { input }, context) => revert(context, input),
  },
  Query: {
    history: (_root, { id }, context) => historyOf(context.gateway, id),
    revisions: (_root, { after, first }, context) => {
      const size = first ?? 25;
      if (!Number.isInteger(size) || size < 1 || size > MAX_REVISIONS_PAGE) {
        throw badUserInput(`first must be 1 to ${MAX_REVISIONS_PAGE}`, 'first');
      }
      return revisionsAfter(context.gateway, Math.max(0, after ?? 0), size);
    },
    fact: async (_root, { id, includeDeprecated }, context) => {
      const fact = await factById(context.gateway, id);
      return fact && (fact.state === 'live' || includeDeprecated !== false) ? fact : null;
    },
  },
  Edit: {
    // The node as the edit wrote it, when the edit changed it: the answer needs no read
    // after the edit's transaction (the edit benchmark counts statements per edit).
    node: (edit, _args, context) => {
      const written = edit.revision.changes.find(
        (change) => change.after.kind === 'node' && change.after.id === edit.subject,
      )?.after;
      if (written?.kind !== 'node') return context.loader(NODE_BY_ID).load(edit.subject);
      if (written.state !== 'live') return null;
      return toNodeModel(
        { ...storedNodeProperties(written.properties), id: written.id, revision: written.revision },
        [written.label],
      );
    },
  },
  Revision: {
    operation: (revision) => revision.operation as never,
  },
  Evidence: {
    // Revision 0 is the seeds: no edit stated it.
    statedIn: (evidence, _args, context) =>
      evidence.revision > 0 ? context.loader(REVISION_BY_NUMBER).load(evidence.revision) : null,
  },
  FactChange: {
    kind: (change) => (change.kind === 'node' ? 'NODE' : 'RELATIONSHIP'),
  },
  FactSnapshot: snapshotFields,
};
