/**
 * Which relationships a curator may add between two nodes: every relationship type and
 * direction whose ends pass `endProblems`, the very check the API (and the import) runs on
 * an edit's ends (src/graph/fact-check.ts, pure, bundled), so the form never offers what the
 * API would refuse for its ends: also PART_OF's rule of one label, or a node to itself.
 */
import {
  enumValueOf,
  NODE_LABEL_NAMES,
  RELATIONSHIP_TYPE_NAMES,
  type NodeLabel,
  type RelationshipType,
} from '../../graph/contract.ts';
import { endProblems } from '../../graph/fact-check.ts';

export interface RelationshipChoice {
  readonly type: RelationshipType;
  /** True: from the node in view to the other one; false: from the other one to it. */
  readonly outgoing: boolean;
}

const LABEL_OF_NODE_TYPE: ReadonlyMap<string, NodeLabel> = new Map(
  NODE_LABEL_NAMES.map((label) => [enumValueOf(label), label]),
);

/** The contract's label of a GraphQL `NodeType` value (ORGANISATION -> Organisation). */
export function labelOfNodeType(type: string): NodeLabel | undefined {
  return LABEL_OF_NODE_TYPE.get(type);
}

/** Every type and direction the API accepts between node `here` and node `there`. */
export function relationshipChoices(
  here: { readonly id: string; readonly label: NodeLabel },
  there: { readonly id: string; readonly label: NodeLabel },
): RelationshipChoice[] {
  const choices: RelationshipChoice[] = [];
  for (const type of RELATIONSHIP_TYPE_NAMES) {
    if (endProblems(type, here, there).length === 0) choices.push({ type, outgoing: true });
    if (endProblems(type, there, here).length === 0) choices.push({ type, outgoing: false });
  }
  return choices;
}

/** The id the API gives a relationship: `TYPE:fromId->toId`. */
export function relationshipId(type: string, from: string, to: string): string {
  return `${type}:${from}->${to}`;
}
