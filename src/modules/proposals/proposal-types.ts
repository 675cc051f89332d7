/**
 * The shapes the fact proposer hands to the review queue (issue 22), in a file of their own so
 * that the rule modules beside it can share them without importing the proposer itself.
 * propose-facts.ts re-exports them: that is the module's public face.
 */
import type { NodeLabel, RelationshipType } from '../../graph/contract.ts';

/** What the proposer knows of a curated node: its id, label and every form of its name. */
export interface KnownNode {
  readonly id: string;
  readonly label: NodeLabel;
  /** The name first, then the aliases. */
  readonly names: readonly string[];
  /** An Action's number (1..22 in the 2014 report). */
  readonly number?: number;
  /** An ActionPart's code, e.g. '1a'. */
  readonly code?: string;
}

/**
 * W3C TextQuoteSelector and TextPositionSelector in one: `exact` is text.slice(start, end),
 * `prefix` and `suffix` the up to 32 characters either side. Offsets are half-open and count
 * UTF-16 units, which equal code points because proposeFacts refuses astral characters.
 */
export interface TextSelector {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly start: number;
  readonly end: number;
}

export type ProposalKind =
  'INVOLVEMENT' | 'MENTION' | 'MILESTONE' | 'AMOUNT' | 'STATUS' | 'NEW_ENTITY';

/** Exactly what accepting a proposal makes through the curation mutations (addNode, addRelationship). */
export type ProposedEdit =
  | {
      readonly op: 'addRelationship';
      readonly type: RelationshipType;
      readonly from: string;
      readonly to: string;
      readonly role?: string;
      readonly amount?: number;
      readonly unit?: string;
      readonly period?: string;
    }
  | {
      readonly op: 'addNode';
      readonly id: string;
      readonly label: NodeLabel;
      readonly name: string;
      readonly aliases?: readonly string[];
      readonly properties: Readonly<Record<string, string | number | string[]>>;
    };

export interface ProposedFact {
  /**
   * Kind and what the proposal asserts, never its confidence or place: the same on every run
   * over the same text and graph, so a second run makes no duplicates and a rejected proposal
   * can be recognised and not asked again.
   */
  readonly key: string;
  readonly kind: ProposalKind;
  /** 0..1; each rule states why it gives what it gives. */
  readonly confidence: number;
  /** One line for the review queue: "SLO LEADS actie 1 (ontwikkelt)". */
  readonly summary: string;
  /** The sentence (or table cell) that states it, verbatim in the text. */
  readonly selector: TextSelector;
  /** Never empty. The quote of each edit is selector.exact. */
  readonly edits: readonly ProposedEdit[];
  /** The node the proposal is about: the action, or the actor for a new entity. */
  readonly subject?: string;
}

export interface ProposeOptions {
  /** Proposals below this are dropped; DEFAULT_MIN_CONFIDENCE when not given. */
  readonly minConfidence?: number;
  /** The edition's date (partial ISO, 'YYYY[-MM[-DD]]'): dates status claims, completes "op 25 maart". */
  readonly sourceDate?: string;
}
