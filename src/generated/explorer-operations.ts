/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type AcceptProposalInput = {
  comment?: string | null | undefined;
  id: string | number;
  tags?: Array<string> | null | undefined;
};

/** An action's progress as one edition states it. */
export type ActionStatusValue =
  | 'DELAYED'
  | 'DONE'
  | 'ON_SCHEDULE'
  /** The edition states none (the 2014 report's colour codes were lost from our copy). */
  | 'UNKNOWN';

export type AddRelationshipInput = {
  amount?: number | null | undefined;
  comment?: string | null | undefined;
  from: string | number;
  note?: string | null | undefined;
  period?: string | null | undefined;
  quote: string;
  /** Where the quote starts in `Source.text`: needed only when it occurs there more than once. */
  quoteStart?: number | null | undefined;
  role?: string | null | undefined;
  source: string | number;
  tags?: Array<string> | null | undefined;
  to: string | number;
  type: RelationshipType;
  unit?: string | null | undefined;
};

export type EditOperation =
  /** The edits of an accepted proposal. */
  | 'ACCEPT_PROPOSAL'
  | 'ADD_NODE'
  | 'ADD_RELATIONSHIP'
  /** A source registered with addSource. */
  | 'ADD_SOURCE'
  /** A registered source's file replaced with replaceSourceFile (its quotes re-anchored). */
  | 'REPLACE_SOURCE'
  | 'RETRACT'
  | 'REVERT'
  | 'UPDATE_NODE'
  | 'UPDATE_RELATIONSHIP';

export type FactKind =
  | 'NODE'
  | 'RELATIONSHIP';

export type FactState =
  | 'LIVE'
  | 'RETRACTED';

/**
 * The type of an edge in a Subgraph: every stored relationship type, plus CO_INVOLVED, the
 * derived, undirected actor-to-actor edge of the co-involvement network.
 */
export type GraphEdgeType =
  | 'ACTIVE_IN'
  | 'COMMISSIONS'
  | 'CONCERNS'
  | 'CONTINUES'
  | 'CONTRIBUTES_TO'
  | 'COORDINATES'
  /** Two actors with a stated involvement in the same action (or part of it) or programme. */
  | 'CO_INVOLVED'
  | 'FOCUSES_ON'
  | 'FUNDS'
  | 'HAS_MEASUREMENT'
  | 'HAS_MILESTONE'
  | 'HAS_STATUS'
  | 'HAS_TARGET'
  | 'IMPLEMENTS'
  | 'IN_PILLAR'
  | 'LEADS'
  | 'MEMBER_OF'
  | 'MENTIONED_IN'
  | 'PART_OF'
  | 'RUNS';

/** How an actor is involved in an action. */
export type InvolvementKind =
  | 'COMMISSIONS'
  | 'CONTRIBUTES_TO'
  | 'FUNDS'
  | 'IMPLEMENTS'
  | 'LEADS'
  | 'MENTIONED_IN';

export type NodeType =
  | 'ACTION'
  | 'ACTION_PART'
  | 'MEASUREMENT'
  | 'MILESTONE'
  | 'OBJECTIVE'
  | 'ORGANISATION'
  | 'PILLAR'
  | 'PROGRAMME'
  | 'REGION'
  | 'SOURCE'
  | 'STATUS'
  | 'TARGET'
  | 'TOPSECTOR';

export type OrganisationKind =
  | 'ASSOCIATION'
  /** The business sector or a part of it: het bedrijfsleven, werkgevers, technische bedrijven. */
  | 'BUSINESS_SECTOR'
  | 'COMMISSION'
  | 'COMPANY'
  | 'COUNCIL'
  | 'EDUCATION_INSTITUTION'
  /** An education sector the report treats as a party: primair onderwijs, vo, vmbo, havo, vwo, mbo, hbo, wo. */
  | 'EDUCATION_SECTOR'
  | 'FOUNDATION'
  | 'GOVERNANCE_BODY'
  | 'GOVERNMENT'
  /** A type of institution taken together: pabo's, lerarenopleidingen, hogescholen, universiteiten, roc's. */
  | 'INSTITUTION_TYPE'
  | 'MINISTRY'
  | 'OTHER'
  | 'PUBLIC_AGENCY'
  | 'RESEARCH_ORGANISATION'
  | 'SOCIAL_PARTNERS';

export type ProposalKind =
  /** A stated number: amount, percentage or count. */
  | 'AMOUNT'
  /** An actor's involvement in an action, with the role the sentence gives. */
  | 'INVOLVEMENT'
  /** A known actor named in an action's passage without a stated role. */
  | 'MENTION'
  /** A dated event of an action. */
  | 'MILESTONE'
  /** A name no known node has. */
  | 'NEW_ENTITY'
  /** What the edition says of an action's progress. */
  | 'STATUS';

export type ProposalStatus =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REJECTED';

export type RegionLevel =
  | 'AREA'
  | 'CITY'
  | 'CLUSTER'
  | 'LABOUR_MARKET_REGION'
  | 'LANDSDEEL'
  | 'PROVINCE'
  | 'SUBREGION';

export type RejectProposalInput = {
  id: string | number;
  /** Why it is wrong (kept with it). */
  reason: string;
};

/** The type of a relationship, as stored in the graph. */
export type RelationshipType =
  | 'ACTIVE_IN'
  | 'COMMISSIONS'
  | 'CONCERNS'
  | 'CONTINUES'
  | 'CONTRIBUTES_TO'
  | 'COORDINATES'
  | 'FOCUSES_ON'
  | 'FUNDS'
  | 'HAS_MEASUREMENT'
  | 'HAS_MILESTONE'
  | 'HAS_STATUS'
  | 'HAS_TARGET'
  | 'IMPLEMENTS'
  | 'IN_PILLAR'
  | 'LEADS'
  | 'MEMBER_OF'
  | 'MENTIONED_IN'
  | 'PART_OF'
  | 'RUNS';

export type RetractInput = {
  comment?: string | null | undefined;
  expectedRevision: number;
  /** A node id, or a relationship id `TYPE:fromId->toId`. */
  id: string | number;
  /** Why the fact is wrong (kept with it). */
  reason: string;
  tags?: Array<string> | null | undefined;
};

export type StatusBasis =
  | 'INFERRED'
  | 'STATED';

export type ExplorerGraphNodeFragment = { id: string, type: NodeType, name: string, aliases: Array<string>, kind: string | null, depth: number | null, evidence: { quote: string, source: { id: string, title: string }, selector: { start: number, end: number } } };

export type ExplorerGraphEdgeFragment = { id: string, type: GraphEdgeType, source: string, target: string, directed: boolean, role: string | null, amount: number | null, unit: string | null, period: string | null, note: string | null, weight: number, evidence: Array<{ quote: string, source: { id: string, title: string }, selector: { start: number, end: number } }> };

export type ExplorerSubgraphFragment = { truncated: boolean, nodes: Array<{ id: string, type: NodeType, name: string, aliases: Array<string>, kind: string | null, depth: number | null, evidence: { quote: string, source: { id: string, title: string }, selector: { start: number, end: number } } }>, edges: Array<{ id: string, type: GraphEdgeType, source: string, target: string, directed: boolean, role: string | null, amount: number | null, unit: string | null, period: string | null, note: string | null, weight: number, evidence: Array<{ quote: string, source: { id: string, title: string }, selector: { start: number, end: number } }> }> };

export type ExplorerIndexQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerIndexQuery = { pillars: Array<{ number: number, name: string }>, actions: { nodes: Array<{ id: string, number: number, title: string, pillar: { number: number }, parts: Array<{ id: string }>, targets: Array<{ id: string, measurements: Array<{ id: string }> }>, milestones: Array<{ id: string }> }> }, regions: { nodes: Array<{ id: string, name: string }> } };

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
  first: number;
}>;


export type ExplorerSearchQuery = { search: Array<{ type: NodeType, node:
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
     }> };

export type ExplorerNeighbourhoodQueryVariables = Exact<{
  id: string | number;
  depth: number;
  limit: number;
  asOf?: string | null | undefined;
}>;


export type ExplorerNeighbourhoodQuery = { neighbourhood: { truncated: boolean, nodes: Array<{ id: string, type: NodeType, name: string, aliases: Array<string>, kind: string | null, depth: number | null, evidence: { quote: string, source: { id: string, title: string }, selector: { start: number, end: number } } }>, edges: Array<{ id: string, type: GraphEdgeType, source: string, target: string, directed: boolean, role: string | null, amount: number | null, unit: string | null, period: string | null, note: string | null, weight: number, evidence: Array<{ quote: string, source: { id: string, title: string }, selector: { start: number, end: number } }> }> } | null };

export type ExplorerPathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops: number;
  first: number;
}>;


export type ExplorerPathsQuery = { paths: Array<{ length: number, nodes: Array<{ id: string, type: NodeType, name: string, aliases: Array<string>, kind: string | null, depth: number | null, evidence: { quote: string, source: { id: string, title: string }, selector: { start: number, end: number } } }>, hops: Array<{ forward: boolean, edge: { id: string, type: GraphEdgeType, source: string, target: string, directed: boolean, role: string | null, amount: number | null, unit: string | null, period: string | null, note: string | null, weight: number, evidence: Array<{ quote: string, source: { id: string, title: string }, selector: { start: number, end: number } }> } }> }> };

export type ExplorerInvolvementFragment = { kind: InvolvementKind, actor:
    | { kind: OrganisationKind, id: string, name: string, type: NodeType }
    | { id: string, name: string, type: NodeType }
    | { id: string, name: string, type: NodeType }
    | { id: string, name: string, type: NodeType }
  , part: { code: string } | null, relation: { id: string, role: string | null, evidence: { quote: string } } };

export type ExplorerActionQueryVariables = Exact<{
  number: number;
}>;


export type ExplorerActionQuery = { action: { id: string, number: number, title: string, commitment: string, urls: Array<string>, noDriverReason: string | null, evidence: { quote: string, source: { title: string } }, pillar: { number: number, name: string }, parts: Array<{ id: string, code: string, text: string, noDriverReason: string | null, drivers: Array<{ kind: InvolvementKind, actor:
          | { kind: OrganisationKind, id: string, name: string, type: NodeType }
          | { id: string, name: string, type: NodeType }
          | { id: string, name: string, type: NodeType }
          | { id: string, name: string, type: NodeType }
        , part: { code: string } | null, relation: { id: string, role: string | null, evidence: { quote: string } } }> }>, drivers: Array<{ kind: InvolvementKind, actor:
        | { kind: OrganisationKind, id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
      , part: { code: string } | null, relation: { id: string, role: string | null, evidence: { quote: string } } }>, leads: Array<{ kind: InvolvementKind, actor:
        | { kind: OrganisationKind, id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
      , part: { code: string } | null, relation: { id: string, role: string | null, evidence: { quote: string } } }>, commissioners: Array<{ kind: InvolvementKind, actor:
        | { kind: OrganisationKind, id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
      , part: { code: string } | null, relation: { id: string, role: string | null, evidence: { quote: string } } }>, contributors: Array<{ kind: InvolvementKind, actor:
        | { kind: OrganisationKind, id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
      , part: { code: string } | null, relation: { id: string, role: string | null, evidence: { quote: string } } }>, programmes: Array<{ kind: InvolvementKind, actor:
        | { kind: OrganisationKind, id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
      , part: { code: string } | null, relation: { id: string, role: string | null, evidence: { quote: string } } }>, funders: Array<{ kind: InvolvementKind, actor:
        | { kind: OrganisationKind, id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
      , part: { code: string } | null, relation: { id: string, role: string | null, evidence: { quote: string } } }>, targets: Array<{ id: string, indicator: string, unit: string, baseline: number | null, target: number, targetYear: number | null, current: number | null, part: { code: string } | null, evidence: { quote: string }, measurements: Array<{ id: string, segment: string | null, value: number, unit: string, reachesTarget: boolean | null, evidence: { quote: string } }> }>, milestones: Array<{ id: string, name: string, date: string, endDate: string | null, dateText: string, evidence: { quote: string } }>, statuses: Array<{ date: string, status: ActionStatusValue, source: { id: string, title: string, edition: number | null }, claim: { id: string, basis: StatusBasis, evidence: { quote: string, selector: { start: number, end: number } } } | null }> } | null };

export type ExplorerRegionQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerRegionQuery = { region: { id: string, name: string, level: RegionLevel, priorities: Array<string>, evidence: { quote: string, source: { title: string } }, parts: Array<{ region: { id: string, name: string, level: RegionLevel }, relation: { evidence: { quote: string } } }>, partOf: Array<{ region: { id: string, name: string } }> } | null, regionNetwork: { truncated: boolean, nodes: Array<{ id: string, type: NodeType, name: string, aliases: Array<string>, kind: string | null, depth: number | null, evidence: { quote: string, source: { id: string, title: string }, selector: { start: number, end: number } } }>, edges: Array<{ id: string, type: GraphEdgeType, source: string, target: string, directed: boolean, role: string | null, amount: number | null, unit: string | null, period: string | null, note: string | null, weight: number, evidence: Array<{ quote: string, source: { id: string, title: string }, selector: { start: number, end: number } }> }> } | null };

export type ExplorerNodeNamesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ExplorerNodeNamesQuery = { nodes: Array<
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null> };

export type ExplorerStartingPointsQueryVariables = Exact<{
  first: number;
}>;


export type ExplorerStartingPointsQuery = { centrality: Array<{ rank: number, degree: number, actor:
      | { id: string, name: string, type: NodeType }
      | { id: string, name: string, type: NodeType }
      | { id: string, name: string, type: NodeType }
      | { id: string, name: string, type: NodeType }
     }> };

export type ExplorerSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerSourcesQuery = { sources: Array<{ id: string, title: string }> };

export type ExplorerSourceTextQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerSourceTextQuery = { node:
    | { id: string, title: string, text: string }
    | Record<PropertyKey, never>
   | null };

export type ExplorerFactQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerFactQuery = { fact: { state: FactState, revision: number, reason: string | null } | null };

export type ExplorerFactSnapshotFragment = { state: FactState, nodeType: NodeType | null, type: RelationshipType | null, from: string | null, to: string | null, properties: unknown, reason: string | null, revision: number };

export type ExplorerHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerHistoryQuery = { history: Array<{ number: number, operation: EditOperation, author: string, role: string, time: string, comment: string | null, tags: Array<string>, reverts: number | null, changes: Array<{ id: string, kind: FactKind, before: { state: FactState, nodeType: NodeType | null, type: RelationshipType | null, from: string | null, to: string | null, properties: unknown, reason: string | null, revision: number } | null, after: { state: FactState, nodeType: NodeType | null, type: RelationshipType | null, from: string | null, to: string | null, properties: unknown, reason: string | null, revision: number } }> }> };

export type ExplorerDirectEdgesQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type ExplorerDirectEdgesQuery = { paths: Array<{ nodes: Array<{ id: string, type: NodeType, name: string, aliases: Array<string>, kind: string | null, depth: number | null, evidence: { quote: string, source: { id: string, title: string }, selector: { start: number, end: number } } }>, hops: Array<{ edge: { id: string, type: GraphEdgeType, source: string, target: string, directed: boolean, role: string | null, amount: number | null, unit: string | null, period: string | null, note: string | null, weight: number, evidence: Array<{ quote: string, source: { id: string, title: string }, selector: { start: number, end: number } }> } }> }> };

export type ExplorerAddRelationshipMutationVariables = Exact<{
  input: AddRelationshipInput;
}>;


export type ExplorerAddRelationshipMutation = { addRelationship: { revision: { number: number } } };

export type ExplorerRetractMutationVariables = Exact<{
  input: RetractInput;
}>;


export type ExplorerRetractMutation = { retract: { revision: { number: number } } };

export type ExplorerEditionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerEditionsQuery = { sources: Array<{ id: string, title: string, date: string, series: string | null, edition: number | null }> };

export type ExplorerSourceViewQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerSourceViewQuery = { node:
    | { id: string, title: string, date: string, series: string | null, edition: number | null, language: string, text: string, quotations: Array<{ factId: string, kind: FactKind, selector: { start: number, end: number }, node:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , relation: { type: RelationshipType } | null, target:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null }> }
    | Record<PropertyKey, never>
   | null };

export type ExplorerProposalFragment = { id: string, kind: ProposalKind, status: ProposalStatus, confidence: number, summary: string, decidedBy: string | null, decidedAt: string | null, reason: string | null, selector: { exact: string, prefix: string, suffix: string, start: number, end: number }, subject:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null, acceptedIn: { number: number } | null };

export type ExplorerProposalsQueryVariables = Exact<{
  source: string | number;
  status?: ProposalStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ExplorerProposalsQuery = { proposals: { totalCount: number, next: string | null, proposals: Array<{ id: string, kind: ProposalKind, status: ProposalStatus, confidence: number, summary: string, decidedBy: string | null, decidedAt: string | null, reason: string | null, selector: { exact: string, prefix: string, suffix: string, start: number, end: number }, subject:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, acceptedIn: { number: number } | null }> } };

export type ExplorerAcceptProposalMutationVariables = Exact<{
  input: AcceptProposalInput;
}>;


export type ExplorerAcceptProposalMutation = { acceptProposal: { proposal: { id: string, kind: ProposalKind, status: ProposalStatus, confidence: number, summary: string, decidedBy: string | null, decidedAt: string | null, reason: string | null, selector: { exact: string, prefix: string, suffix: string, start: number, end: number }, subject:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, acceptedIn: { number: number } | null }, revision: { number: number } | null } };

export type ExplorerRejectProposalMutationVariables = Exact<{
  input: RejectProposalInput;
}>;


export type ExplorerRejectProposalMutation = { rejectProposal: { proposal: { id: string, kind: ProposalKind, status: ProposalStatus, confidence: number, summary: string, decidedBy: string | null, decidedAt: string | null, reason: string | null, selector: { exact: string, prefix: string, suffix: string, start: number, end: number }, subject:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, acceptedIn: { number: number } | null } } };
