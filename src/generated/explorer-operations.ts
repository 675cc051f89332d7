/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/**
 * The type of an edge in a Subgraph: every stored relationship type, plus CO_INVOLVED, the
 * derived, undirected actor-to-actor edge of the co-involvement network.
 */
export type GraphEdgeType =
  | 'ACTIVE_IN'
  | 'COMMISSIONS'
  | 'CONCERNS'
  | 'CONTRIBUTES_TO'
  | 'COORDINATES'
  /** Two actors with a stated involvement in the same action (or part of it) or programme. */
  | 'CO_INVOLVED'
  | 'FOCUSES_ON'
  | 'FUNDS'
  | 'HAS_MEASUREMENT'
  | 'HAS_MILESTONE'
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
  | 'ORGANISATION'
  | 'PILLAR'
  | 'PROGRAMME'
  | 'REGION'
  | 'SOURCE'
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

export type RegionLevel =
  | 'AREA'
  | 'CITY'
  | 'CLUSTER'
  | 'LABOUR_MARKET_REGION'
  | 'LANDSDEEL'
  | 'PROVINCE'
  | 'SUBREGION';

export type ExplorerGraphNodeFragment = { id: string, type: NodeType, name: string, aliases: Array<string>, kind: string | null, depth: number | null, evidence: { quote: string, source: { id: string, title: string } } };

export type ExplorerGraphEdgeFragment = { id: string, type: GraphEdgeType, source: string, target: string, directed: boolean, role: string | null, amount: number | null, unit: string | null, period: string | null, note: string | null, weight: number, evidence: Array<{ quote: string, source: { id: string, title: string } }> };

export type ExplorerSubgraphFragment = { truncated: boolean, nodes: Array<{ id: string, type: NodeType, name: string, aliases: Array<string>, kind: string | null, depth: number | null, evidence: { quote: string, source: { id: string, title: string } } }>, edges: Array<{ id: string, type: GraphEdgeType, source: string, target: string, directed: boolean, role: string | null, amount: number | null, unit: string | null, period: string | null, note: string | null, weight: number, evidence: Array<{ quote: string, source: { id: string, title: string } }> }> };

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
     }> };

export type ExplorerNeighbourhoodQueryVariables = Exact<{
  id: string | number;
  depth: number;
  limit: number;
}>;


export type ExplorerNeighbourhoodQuery = { neighbourhood: { truncated: boolean, nodes: Array<{ id: string, type: NodeType, name: string, aliases: Array<string>, kind: string | null, depth: number | null, evidence: { quote: string, source: { id: string, title: string } } }>, edges: Array<{ id: string, type: GraphEdgeType, source: string, target: string, directed: boolean, role: string | null, amount: number | null, unit: string | null, period: string | null, note: string | null, weight: number, evidence: Array<{ quote: string, source: { id: string, title: string } }> }> } | null };

export type ExplorerPathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops: number;
  first: number;
}>;


export type ExplorerPathsQuery = { paths: Array<{ length: number, nodes: Array<{ id: string, type: NodeType, name: string, aliases: Array<string>, kind: string | null, depth: number | null, evidence: { quote: string, source: { id: string, title: string } } }>, hops: Array<{ forward: boolean, edge: { id: string, type: GraphEdgeType, source: string, target: string, directed: boolean, role: string | null, amount: number | null, unit: string | null, period: string | null, note: string | null, weight: number, evidence: Array<{ quote: string, source: { id: string, title: string } }> } }> }> };

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
      , part: { code: string } | null, relation: { id: string, role: string | null, evidence: { quote: string } } }>, targets: Array<{ id: string, indicator: string, unit: string, baseline: number | null, target: number, targetYear: number | null, current: number | null, part: { code: string } | null, evidence: { quote: string }, measurements: Array<{ id: string, segment: string | null, value: number, unit: string, reachesTarget: boolean | null, evidence: { quote: string } }> }>, milestones: Array<{ id: string, name: string, date: string, endDate: string | null, dateText: string, evidence: { quote: string } }> } | null };

export type ExplorerRegionQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerRegionQuery = { region: { id: string, name: string, level: RegionLevel, priorities: Array<string>, evidence: { quote: string, source: { title: string } }, parts: Array<{ region: { id: string, name: string, level: RegionLevel }, relation: { evidence: { quote: string } } }>, partOf: Array<{ region: { id: string, name: string } }> } | null, regionNetwork: { truncated: boolean, nodes: Array<{ id: string, type: NodeType, name: string, aliases: Array<string>, kind: string | null, depth: number | null, evidence: { quote: string, source: { id: string, title: string } } }>, edges: Array<{ id: string, type: GraphEdgeType, source: string, target: string, directed: boolean, role: string | null, amount: number | null, unit: string | null, period: string | null, note: string | null, weight: number, evidence: Array<{ quote: string, source: { id: string, title: string } }> }> } | null };

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
