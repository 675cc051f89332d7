/**
 * How each node type looks and is named in the explorer. Pure data (no DOM), so the legend,
 * the graph style and the tests read one table. Colours: Okabe–Ito and Tableau hues chosen
 * to stay apart for the common colour-vision deficiencies, with dark text on light fills.
 */
import type { NodeType } from '../../generated/explorer-operations.ts';

export interface NodeStyle {
  /** English, singular and plural. */
  readonly label: string;
  readonly plural: string;
  readonly colour: string;
  /** A Cytoscape.js node shape. */
  readonly shape: string;
}

export const NODE_STYLES: Readonly<Record<NodeType, NodeStyle>> = {
  ACTION: { label: 'Action', plural: 'Actions', colour: '#E69F00', shape: 'round-rectangle' },
  ACTION_PART: {
    label: 'Action part',
    plural: 'Action parts',
    colour: '#F5C862',
    shape: 'round-rectangle',
  },
  ORGANISATION: {
    label: 'Organisation',
    plural: 'Organisations',
    colour: '#0072B2',
    shape: 'ellipse',
  },
  PROGRAMME: { label: 'Programme', plural: 'Programmes', colour: '#009E73', shape: 'diamond' },
  TOPSECTOR: { label: 'Topsector', plural: 'Topsectors', colour: '#CC79A7', shape: 'hexagon' },
  REGION: { label: 'Region', plural: 'Regions', colour: '#56B4E9', shape: 'triangle' },
  PILLAR: { label: 'Pillar', plural: 'Pillars', colour: '#D55E00', shape: 'star' },
  TARGET: { label: 'Target', plural: 'Targets', colour: '#8C6D31', shape: 'tag' },
  MEASUREMENT: { label: 'Measurement', plural: 'Measurements', colour: '#BCA36A', shape: 'tag' },
  MILESTONE: { label: 'Milestone', plural: 'Milestones', colour: '#999999', shape: 'vee' },
  SOURCE: { label: 'Source', plural: 'Sources', colour: '#444444', shape: 'rectangle' },
  STATUS: { label: 'Status', plural: 'Statuses', colour: '#7A7A7A', shape: 'round-tag' },
  OBJECTIVE: { label: 'Objective', plural: 'Objectives', colour: '#117733', shape: 'octagon' },
};

export const NODE_TYPES = Object.keys(NODE_STYLES) as NodeType[];

/**
 * Organisation kinds that are no single organisation but a sector or type of institution
 * the report treats as an actor ("het mbo", "de pabo's", "het bedrijfsleven"; seeds/README.md):
 * drawn and badged apart, so that an analyst does not read "mbo" as one body. Stored values,
 * as GraphNode.kind has them; the SDL's enum values are these upper-cased.
 */
export const SECTOR_KINDS: Readonly<Record<string, string>> = {
  'education-sector': 'education sector',
  'institution-type': 'institution type',
  'business-sector': 'business sector',
};

/** The sector's kind in words, for an organisation of a sector kind; null otherwise. */
export function sectorKindOf(type: string, kind: string | null | undefined): string | null {
  if (type !== 'ORGANISATION' || !kind) return null;
  return SECTOR_KINDS[kind.toLowerCase().replaceAll('_', '-')] ?? null;
}

/** How a sector is drawn: the organisations' blue, lighter, in a dashed octagon. */
export const SECTOR_STYLE = {
  label: 'Sector',
  colour: '#9CCBE8',
  border: '#0072B2',
  shape: 'round-octagon',
} as const;

/** Relationship types in words, for the evidence panel and path hops ("SLO leads action 1"). */
export const RELATIONSHIP_WORDS: Readonly<Record<string, string>> = {
  IN_PILLAR: 'is in pillar',
  PART_OF: 'is part of',
  LEADS: 'leads',
  COMMISSIONS: 'commissions',
  CONTRIBUTES_TO: 'contributes to',
  IMPLEMENTS: 'implements',
  RUNS: 'runs',
  FUNDS: 'funds',
  ACTIVE_IN: 'is active in',
  FOCUSES_ON: 'focuses on',
  MEMBER_OF: 'is a member of',
  COORDINATES: 'coordinates',
  HAS_TARGET: 'has target',
  HAS_MEASUREMENT: 'has measurement',
  HAS_MILESTONE: 'has milestone',
  CONCERNS: 'concerns',
  MENTIONED_IN: 'is mentioned in',
  CO_INVOLVED: 'works with',
};

export function relationshipWords(type: string): string {
  return RELATIONSHIP_WORDS[type] ?? type.toLowerCase().replaceAll('_', ' ');
}
