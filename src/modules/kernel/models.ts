/**
 * The plain objects that flow from the gateway to the resolvers. Rows from Cypher become
 * these at one place (toNodeModel / toRelationModel), so resolvers never see a driver type.
 */
import type { ActorType, NodeType } from '../../generated/graphql.ts';
import {
  ACTOR_LABELS,
  NODE_LABEL_NAMES,
  enumValueOf,
  type ActorLabel,
  type InvolvementType,
  type NodeLabel,
  type RelationshipType,
} from '../../graph/contract.ts';

export interface NodeModel {
  readonly __label: NodeLabel;
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly quote: string;
  readonly source: string;
  readonly [property: string]: unknown;
}

export interface EvidenceModel {
  readonly quote: string;
  /** Where the quote starts in its source's text (every fact stores it; see fact-check.ts). */
  readonly quoteStart?: number | undefined;
  readonly sourceId: string;
  /** The revision that stated it (0: the seeds). */
  readonly revision: number;
}

/** A fact's revision as stored: absent for what the import wrote, which is revision 0. */
export function revisionOf(fact: NodeModel | RelationModel): number {
  const { revision } = fact as { readonly revision?: unknown };
  return typeof revision === 'number' ? revision : 0;
}

export interface RelationModel {
  readonly id: string;
  readonly type: RelationshipType;
  readonly quote: string;
  readonly source: string;
  readonly role?: string | null;
  readonly amount?: number | null;
  readonly unit?: string | null;
  readonly period?: string | null;
  readonly note?: string | null;
  readonly quoteStart?: number;
  readonly revision?: number;
}

/** A neighbour over one relationship; `outgoing` is the direction seen from the asking node. */
export interface LinkModel {
  readonly node: NodeModel;
  readonly relation: RelationModel;
  readonly outgoing: boolean;
}

export interface InvolvementModel {
  readonly actor: NodeModel;
  readonly action: NodeModel;
  readonly part: NodeModel | null;
  readonly kind: InvolvementType;
  readonly relation: RelationModel;
}

export interface SearchHitModel {
  readonly node: NodeModel;
  readonly score: number;
}

/** Labels of a Neo4j node minus the shared :Node label. */
export function primaryLabel(labels: unknown): NodeLabel {
  const list = Array.isArray(labels) ? (labels as string[]) : [];
  return (list.find((label) => label !== 'Node') ?? 'Node') as NodeLabel;
}

/**
 * A node's properties (a whole node's or a map projection's) with its primary label. A
 * projection gives null for a property the node lacks; Neo4j stores no nulls, so dropping
 * them makes both give the same model.
 */
export function toNodeModel(properties: unknown, labels: unknown): NodeModel {
  const model: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties as Record<string, unknown>)) {
    if (value !== null) model[key] = value;
  }
  model.__label = primaryLabel(labels);
  return model as NodeModel;
}

/** `type`: the relationship's type as the database gives it, one of the contract's. */
export function toRelationModel(properties: unknown, type: unknown): RelationModel {
  return {
    ...(properties as Record<string, unknown>),
    type: String(type) as RelationshipType,
  } as RelationModel;
}

type Snake<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Snake<B>}` : S;
/** The GraphQL enum value of a contract value, as a type: "governance-body" -> "GOVERNANCE_BODY". */
export type EnumValueOf<S extends string> = Uppercase<Snake<S>>;

/**
 * GraphQL enum value for a stored kebab-case value of one of the contract's value lists:
 * "governance-body" -> GOVERNANCE_BODY. Typed by that list, so that a resolver returning it
 * for an SDL enum that lacks one of the values does not compile.
 */
export function toEnumValue<S extends string>(value: unknown, _of: readonly S[]): EnumValueOf<S> {
  return String(value).toUpperCase().replace(/-/g, '_') as EnumValueOf<S>;
}

/** Stored value for a GraphQL enum value: GOVERNANCE_BODY -> "governance-body". */
export function fromEnumValue(value: string): string {
  return value.toLowerCase().replace(/_/g, '-');
}

// The SDL enums NodeType and ActorType are generated from the labels (enumValueOf).
const NODE_TYPES = Object.fromEntries(
  NODE_LABEL_NAMES.map((label) => [label, enumValueOf(label) as NodeType]),
) as Record<NodeLabel, NodeType>;
const LABEL_OF_NODE_TYPE = new Map(NODE_LABEL_NAMES.map((label) => [NODE_TYPES[label], label]));
const LABEL_OF_ACTOR_TYPE = new Map(
  ACTOR_LABELS.map((label) => [enumValueOf(label) as ActorType, label]),
);

export function nodeTypeOf(node: NodeModel): NodeType {
  return NODE_TYPES[node.__label];
}

export function labelOfNodeType(type: NodeType): NodeLabel | undefined {
  return LABEL_OF_NODE_TYPE.get(type);
}

export function labelOfActorType(type: ActorType): ActorLabel {
  const label = LABEL_OF_ACTOR_TYPE.get(type);
  if (!label) throw new Error(`unknown actor type ${type}`);
  return label;
}
