import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { NodeModel, EvidenceModel, RelationModel, InvolvementModel, LinkModel, SearchHitModel } from '../modules/kernel/models.ts';
import type { ConnectionModel, EdgeModel } from '../modules/kernel/connection.ts';
import type { GraphNodeModel, GraphEdgeModel, SubgraphModel, PathModel, PathHopModel } from '../modules/network/subgraph.ts';
import type { CollaboratorModel, SharedWorkModel } from '../modules/network/co-involvement.ts';
import type { CentralityModel } from '../modules/network/centrality.ts';
import type { EditModel } from '../modules/curation/curation.resolvers.ts';
import type { RevisionModel, FactChangeModel } from '../modules/curation/revisions.ts';
import type { FactSnapshotModel } from '../modules/curation/facts.ts';
import type { QuotationModel } from '../modules/sources/quotations.ts';
import type { ProposalModel, ProposalRunModel, ProposalDecisionModel, ProposalPageModel, ProposedEditModel } from '../modules/proposals/proposal-queue.ts';
import type { EditionStatusModel } from '../modules/editions/editions.ts';
import type { GraphChangeModel, ChangeSetModel } from '../modules/editions/changes.ts';
import type { RequestContext } from '../modules/kernel/context.ts';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * Properties of a fact by name: strings, numbers and lists of strings, as the graph contract
   * allows them for the fact's label or relationship type (seeds/README.md lists them).
   */
  PropertyMap: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

export type AcceptProposalInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** One of the 22 national actions. */
export type Action = Node & {
  __typename?: 'Action';
  /** Every involvement, of the given kinds (all when omitted). */
  actors: Array<Involvement>;
  aliases: Array<Scalars['String']['output']>;
  /** Who commissions or requests it. */
  commissioners: Array<Involvement>;
  /** The commitment, as the report states it (markup removed). */
  commitment: Scalars['String']['output'];
  /** Objectives of later editions that continue it, with their evidence. */
  continuedBy: Array<NodeLink>;
  /** Who takes part. */
  contributors: Array<Involvement>;
  /**
   * Who carries it: its stated leads, then the programmes or bodies that implement it, then who
   * commissions it (LEADS, IMPLEMENTS, COMMISSIONS, in that order). Empty only where the report
   * names nobody; `noDriverReason` then says why.
   */
  drivers: Array<Involvement>;
  evidence: Evidence;
  /** Who funds it. */
  funders: Array<Involvement>;
  id: Scalars['ID']['output'];
  /** Who leads or carries out the action or one of its parts. */
  leads: Array<Involvement>;
  /** Numbers the report states about the action itself (not through a target). */
  measurements: Array<Measurement>;
  /** Named in the action's row without a stated role. */
  mentions: Array<Involvement>;
  /** Dated events of the state of affairs, oldest first. */
  milestones: Array<Milestone>;
  name: Scalars['String']['output'];
  /** Why the report names nobody who carries the action; null when it does. */
  noDriverReason?: Maybe<Scalars['String']['output']>;
  number: Scalars['Int']['output'];
  /** Sub-items a, b, c, d, in order. */
  parts: Array<ActionPart>;
  pillar: Pillar;
  /** Which programmes implement it. */
  programmes: Array<Involvement>;
  /** See `Node.revision`. */
  revision: Scalars['Int']['output'];
  /**
   * Its status in each edition of the report series, oldest first: what the edition states
   * (with its quote), or UNKNOWN where it states none.
   */
  statuses: Array<EditionStatus>;
  targets: Array<Target>;
  title: Scalars['String']['output'];
  type: NodeType;
  /** The 'vindplaats' column: where to read more, as written. */
  urls: Array<Scalars['String']['output']>;
};


/** One of the 22 national actions. */
export type ActionActorsArgs = {
  kinds?: InputMaybe<Array<InvolvementKind>>;
};

export type ActionConnection = {
  __typename?: 'ActionConnection';
  edges: Array<ActionEdge>;
  nodes: Array<Action>;
  pageInfo: PageInfo;
  /** Computed only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** Lower bounds on the counts `ActionOrder` orders by; an action is kept when it reaches all of them. */
export type ActionCountMinimums = {
  drivers?: InputMaybe<Scalars['Int']['input']>;
  involved?: InputMaybe<Scalars['Int']['input']>;
  milestones?: InputMaybe<Scalars['Int']['input']>;
  targets?: InputMaybe<Scalars['Int']['input']>;
};

export type ActionEdge = {
  __typename?: 'ActionEdge';
  cursor: Scalars['String']['output'];
  node: Action;
  /** The count the list is ordered by (see ActionOrder); null in number or title order. */
  orderValue?: Maybe<Scalars['Int']['output']>;
};

export type ActionFilter = {
  /** Actions in which every one of these actors is involved (any kind, on the action or a part). */
  actors?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only actions that reach these counts (those `orderBy` ranks by). */
  atLeast?: InputMaybe<ActionCountMinimums>;
  /**
   * The kinds `hasStatedDriver` counts as a driver: some of LEADS, IMPLEMENTS, COMMISSIONS
   * (default all three). `[LEADS]` asks for a stated lead.
   */
  driverKinds?: InputMaybe<Array<InvolvementKind>>;
  /**
   * true: actions with a stated driver, an actor that LEADS, IMPLEMENTS or COMMISSIONS the
   * action or one of its parts (a non-empty `drivers`); false: actions without one.
   */
  hasStatedDriver?: InputMaybe<Scalars['Boolean']['input']>;
  /** Restrict `actors` and `organisationKinds` to these kinds of involvement. */
  involvement?: InputMaybe<Array<InvolvementKind>>;
  /** Only these numbers. */
  numbers?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Actions in which an organisation of one of these kinds is involved (on the action or a part). */
  organisationKinds?: InputMaybe<Array<OrganisationKind>>;
  /** Pillar number (1..3). */
  pillar?: InputMaybe<Scalars['Int']['input']>;
  /** Actions implemented by this programme. */
  programme?: InputMaybe<Scalars['ID']['input']>;
  /** Actions involving this region, or an actor active in it (or in one of its parts). */
  region?: InputMaybe<Scalars['ID']['input']>;
  /** Actions involving this topsector, directly or through a programme that focuses on it. */
  topsector?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * The order of the `actions` list. Counts are highest first, ties by number; each counts what
 * the action's own fields list, its parts' included, each actor or node once. Cursors hold the
 * order and are refused by another.
 */
export type ActionOrder =
  /** Distinct actors of `drivers` (LEADS, IMPLEMENTS or COMMISSIONS the action or one of its parts). */
  | 'DRIVERS'
  /** Distinct actors with a stated involvement (any kind but MENTIONED_IN, on the action or a part). */
  | 'INVOLVED'
  /** Its `milestones` (the action's and its parts'). */
  | 'MILESTONES'
  /** By number (the default). */
  | 'NUMBER'
  /** Its `targets` (the action's and its parts'). */
  | 'TARGETS'
  /** By title, ignoring case; accented letters after their plain ones (not by name: every name begins 'Actie N:'). */
  | 'TITLE';

/** A sub-item of an action (1a, 1b, ...). */
export type ActionPart = Node & {
  __typename?: 'ActionPart';
  action: Action;
  actors: Array<Involvement>;
  aliases: Array<Scalars['String']['output']>;
  /** e.g. 1a */
  code: Scalars['String']['output'];
  /** Who carries this part: its leads, then who implements it, then who commissions it. */
  drivers: Array<Involvement>;
  evidence: Evidence;
  id: Scalars['ID']['output'];
  leads: Array<Involvement>;
  letter: Scalars['String']['output'];
  /** Numbers the report states about this part itself (not through a target). */
  measurements: Array<Measurement>;
  milestones: Array<Milestone>;
  name: Scalars['String']['output'];
  /** Why the report names nobody who carries this part; null when it does. */
  noDriverReason?: Maybe<Scalars['String']['output']>;
  /** See `Node.revision`. */
  revision: Scalars['Int']['output'];
  targets: Array<Target>;
  text: Scalars['String']['output'];
  type: NodeType;
};


/** A sub-item of an action (1a, 1b, ...). */
export type ActionPartActorsArgs = {
  kinds?: InputMaybe<Array<InvolvementKind>>;
};

/** An action's progress as one edition states it. */
export type ActionStatusValue =
  | 'DELAYED'
  | 'DONE'
  | 'ON_SCHEDULE'
  /** The edition states none (the 2014 report's colour codes were lost from our copy). */
  | 'UNKNOWN';

/** Whatever can drive or join an action: organisations, programmes, topsectors, regions. */
export type Actor = {
  /** Actions (or parts) this actor is involved in, of the given kinds (all when omitted). */
  actions: Array<Involvement>;
  /** Regions this actor is active in. */
  activeIn: Array<RegionLink>;
  aliases: Array<Scalars['String']['output']>;
  /**
   * Actions (or parts) this actor carries: leads, implements or commissions (the reverse of
   * Action.drivers), in action order.
   */
  drives: Array<Involvement>;
  evidence: Evidence;
  id: Scalars['ID']['output'];
  /** Actions (or parts) this actor leads. */
  leads: Array<Involvement>;
  /** Every relationship of this actor, both directions. */
  links: Array<NodeLink>;
  /** Numbers the report states about this actor (e.g. a count of its members). */
  measurements: Array<Measurement>;
  /** Milestones about this actor, oldest first. */
  milestones: Array<Milestone>;
  name: Scalars['String']['output'];
  /** See `Node.revision`. */
  revision: Scalars['Int']['output'];
  type: NodeType;
};


/** Whatever can drive or join an action: organisations, programmes, topsectors, regions. */
export type ActorActionsArgs = {
  kinds?: InputMaybe<Array<InvolvementKind>>;
};


/** Whatever can drive or join an action: organisations, programmes, topsectors, regions. */
export type ActorLinksArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
};

/** An actor's place in the co-involvement network. */
export type ActorCentrality = {
  __typename?: 'ActorCentrality';
  actor: Actor;
  /** Between 0 and 1, over the unweighted network. */
  betweenness: Scalars['Float']['output'];
  degree: Scalars['Int']['output'];
  /** Position among all actors in the asked order, from 1 (also when `types` narrows the list). */
  rank: Scalars['Int']['output'];
  weightedDegree: Scalars['Int']['output'];
};

export type ActorConnection = {
  __typename?: 'ActorConnection';
  edges: Array<ActorEdge>;
  nodes: Array<Actor>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Lower bounds on the counts `ActorOrder` orders by; an actor is kept when it reaches all of them. */
export type ActorCountMinimums = {
  actionsDriven?: InputMaybe<Scalars['Int']['input']>;
  actionsInvolved?: InputMaybe<Scalars['Int']['input']>;
  degree?: InputMaybe<Scalars['Int']['input']>;
  initiatives?: InputMaybe<Scalars['Int']['input']>;
};

export type ActorEdge = {
  __typename?: 'ActorEdge';
  cursor: Scalars['String']['output'];
  node: Actor;
  /** The count the list is ordered by (see ActorOrder); null in name order. */
  orderValue?: Maybe<Scalars['Int']['output']>;
};

export type ActorFilter = {
  atLeast?: InputMaybe<ActorCountMinimums>;
  /** For organisations: only these kinds. */
  organisationKinds?: InputMaybe<Array<OrganisationKind>>;
  types?: InputMaybe<Array<ActorType>>;
};

export type ActorLink = {
  __typename?: 'ActorLink';
  actor: Actor;
  relation: Relation;
};

/**
 * The order of an entity list (`organisations`, `programmes`, `regions`, `topsectors`,
 * `actors`). Counts are highest first, ties by name then id; cursors hold the order and are
 * refused by another.
 */
export type ActorOrder =
  /** Distinct actions it drives (LEADS, IMPLEMENTS or COMMISSIONS the action or one of its parts): the actions of `drives`. */
  | 'ACTIONS_DRIVEN'
  /** Distinct actions it has a stated involvement in (any kind but MENTIONED_IN, on the action or a part). */
  | 'ACTIONS_INVOLVED'
  /** Relationships it has, of every type and direction (its `links`). */
  | 'DEGREE'
  /** Organisations and programmes active in it (a region's `initiatives`; 0 for other actors). */
  | 'INITIATIVES'
  /** By folded name, then id (the default). */
  | 'NAME';

export type ActorType =
  | 'ORGANISATION'
  | 'PROGRAMME'
  | 'REGION'
  | 'TOPSECTOR';

export type AddNodeInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  comment?: InputMaybe<Scalars['String']['input']>;
  /** kebab-case ASCII, unique among live and retracted nodes. */
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  /** The label's further properties (kind, level, date, ...). */
  properties?: InputMaybe<Scalars['PropertyMap']['input']>;
  /** Occurs verbatim in the source. */
  quote: Scalars['String']['input'];
  /** Where the quote starts in `Source.text`: needed only when it occurs there more than once. */
  quoteStart?: InputMaybe<Scalars['Int']['input']>;
  source: Scalars['ID']['input'];
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  type: NodeType;
};

export type AddRelationshipInput = {
  amount?: InputMaybe<Scalars['Float']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
  quote: Scalars['String']['input'];
  /** Where the quote starts in `Source.text`: needed only when it occurs there more than once. */
  quoteStart?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  source: Scalars['ID']['input'];
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  to: Scalars['ID']['input'];
  type: RelationshipType;
  unit?: InputMaybe<Scalars['String']['input']>;
};

export type AddSourceInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The file, base64-encoded. */
  content: Scalars['String']['input'];
  /** YYYY, YYYY-MM or YYYY-MM-DD: the date of the report (the valid time of what it states). */
  date: Scalars['String']['input'];
  edition?: InputMaybe<Scalars['Int']['input']>;
  /** The file's name (its extension tells the type when `mediaType` is not given). */
  fileName: Scalars['String']['input'];
  /** kebab-case ASCII, unique; default `src-` with the title's first words and the year. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** e.g. nl */
  language: Scalars['String']['input'];
  /** text/plain, text/markdown, text/html or application/pdf. */
  mediaType?: InputMaybe<Scalars['String']['input']>;
  /** A passage of the text that names the document; default: its first non-blank line. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Where `quote` starts in the extracted text, when it occurs there more than once. */
  quoteStart?: InputMaybe<Scalars['Int']['input']>;
  series?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type CentralityOrder =
  /** Normalised betweenness: how often the actor lies on shortest paths between other actors. */
  | 'BETWEENNESS'
  /** Distinct collaborators. */
  | 'DEGREE'
  /** Shared items summed over collaborators. */
  | 'WEIGHTED_DEGREE';

export type ChangeKind =
  | 'ADDED'
  | 'CHANGED'
  | 'RETRACTED';

export type ChangeSet = {
  __typename?: 'ChangeSet';
  added: Scalars['Int']['output'];
  changed: Scalars['Int']['output'];
  changes: Array<GraphChange>;
  from: Scalars['String']['output'];
  retracted: Scalars['Int']['output'];
  /** The editions (sources) dated in the period. */
  sources: Array<Source>;
  to: Scalars['String']['output'];
};

/** An actor that shares work with the asked actor. */
export type Collaborator = {
  __typename?: 'Collaborator';
  actor: Actor;
  shared: Array<SharedWork>;
  /** The number of shared actions and programmes. */
  weight: Scalars['Int']['output'];
};

/** What `counts` groups by. */
export type CountBy =
  /** Organisations per kind (only kinds that have some). */
  | 'ORGANISATION_KIND'
  /** Actions per pillar. */
  | 'PILLAR'
  /** Organisations and programmes active in each region or its parts (as `organisations(filter: { region })` and `programmes(filter: { region })` count them). */
  | 'REGION'
  /** Stored relationships per type. */
  | 'RELATIONSHIP_KIND';

export type CountGroup = {
  __typename?: 'CountGroup';
  count: Scalars['Int']['output'];
  /** The pillar's or region's id; the organisation kind or relationship type as its enum value. */
  key: Scalars['String']['output'];
  /** The pillar's or region's name; the kind or type in words. */
  name: Scalars['String']['output'];
  /** The pillar or region; null for kinds and types. */
  node?: Maybe<Node>;
};

export type CountsFilter = {
  /** PILLAR: count only the actions that reach these counts (as ActionFilter.atLeast). */
  actionsAtLeast?: InputMaybe<ActionCountMinimums>;
  /** ORGANISATION_KIND and REGION: count only the actors that reach these counts. */
  atLeast?: InputMaybe<ActorCountMinimums>;
  /** PILLAR, with hasStatedDriver: the kinds that count as a driver (as ActionFilter.driverKinds). */
  driverKinds?: InputMaybe<Array<InvolvementKind>>;
  /**
   * PILLAR: true counts only the actions with a stated driver, false only those without, as
   * `actions(filter: { hasStatedDriver })` finds them.
   */
  hasStatedDriver?: InputMaybe<Scalars['Boolean']['input']>;
  /** REGION: regions of these levels (default: LANDSDEEL). */
  levels?: InputMaybe<Array<RegionLevel>>;
};

export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

/** What an edit did: its revision, and the fact as it is now. */
export type Edit = {
  __typename?: 'Edit';
  /** The node the edit is about, when it is live after the edit. */
  node?: Maybe<Node>;
  revision: Revision;
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

/** An action's status in one edition of the report series. */
export type EditionStatus = {
  __typename?: 'EditionStatus';
  /** The claim with its quote; null when the edition states no status for the action. */
  claim?: Maybe<Status>;
  date: Scalars['String']['output'];
  source: Source;
  status: ActionStatusValue;
};

/** Why a fact is in the graph: a verbatim passage of a source. */
export type Evidence = {
  __typename?: 'Evidence';
  /** Occurs verbatim in the source (checked at import and at every edit). */
  quote: Scalars['String']['output'];
  /** Where the quote is in the source's text. */
  selector: TextSelector;
  source: Source;
  /**
   * The edit that stated this passage for the fact, with who made it and when; null when the
   * fact is as the curated seeds state it (seeds/graph, reviewed in git).
   */
  statedIn?: Maybe<Revision>;
  /**
   * The date of the source that states it: the fact's valid time, as precise as the source's
   * date (YYYY, YYYY-MM or YYYY-MM-DD). `statedIn` is its recorded time.
   */
  validFrom: Scalars['String']['output'];
};

/** One fact a revision changed, before and after (null before a fact existed). */
export type FactChange = {
  __typename?: 'FactChange';
  after: FactSnapshot;
  before?: Maybe<FactSnapshot>;
  id: Scalars['ID']['output'];
  kind: FactKind;
};

export type FactKind =
  | 'NODE'
  | 'RELATIONSHIP';

/** A fact as it was: its node type or relationship type, ends, contract properties and state. */
export type FactSnapshot = {
  __typename?: 'FactSnapshot';
  from?: Maybe<Scalars['ID']['output']>;
  /** A node's type. */
  nodeType?: Maybe<NodeType>;
  properties: Scalars['PropertyMap']['output'];
  /** Why it was retracted. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The revision that gave the fact this state (0: the imported seeds). */
  revision: Scalars['Int']['output'];
  state: FactState;
  to?: Maybe<Scalars['ID']['output']>;
  /** A relationship's type and ends. */
  type?: Maybe<RelationshipType>;
};

export type FactState =
  | 'LIVE'
  | 'RETRACTED';

/** A fact that changed between two dates: stated by a source of that period, or edited then. */
export type GraphChange = {
  __typename?: 'GraphChange';
  /** The fact now (live or retracted). */
  fact: FactSnapshot;
  /** A node id, or a relationship id `TYPE:fromId->toId`. */
  factId: Scalars['ID']['output'];
  factKind: FactKind;
  kind: ChangeKind;
  /** The revision that made the change (null: the imported seeds). */
  revision?: Maybe<Revision>;
  /** The source whose date puts it in the period (for an addition or a change). */
  source?: Maybe<Source>;
};

/** An edge of a Subgraph, from `source` to `target` (node ids), with its evidence. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  amount?: Maybe<Scalars['Float']['output']>;
  /** False for CO_INVOLVED, which has no direction. */
  directed: Scalars['Boolean']['output'];
  /**
   * The passages that state the edge: one for a stored relationship; for CO_INVOLVED, those of
   * the involvements it is derived from.
   */
  evidence: Array<Evidence>;
  /** A stored relationship's id (`TYPE:from->to`), or `CO_INVOLVED:a->b` for a derived edge. */
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  period?: Maybe<Scalars['String']['output']>;
  /** The stored relationships behind the edge: the relationship itself, or for CO_INVOLVED the involvements of both actors. */
  relations: Array<Relation>;
  role?: Maybe<Scalars['String']['output']>;
  /** For CO_INVOLVED: the shared actions and programmes; empty otherwise. */
  shared: Array<Node>;
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  type: GraphEdgeType;
  unit?: Maybe<Scalars['String']['output']>;
  /** 1 for a stored relationship; for CO_INVOLVED, the number of shared actions and programmes. */
  weight: Scalars['Int']['output'];
};

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

/**
 * A node of a Subgraph, flat for visualisation libraries (a Cytoscape.js element's `data`,
 * a graphology/sigma node's attributes); `node` gives the full typed node.
 */
export type GraphNode = {
  __typename?: 'GraphNode';
  aliases: Array<Scalars['String']['output']>;
  /** Hops from the root of a neighbourhood (0 for the root); null in other subgraphs. */
  depth?: Maybe<Scalars['Int']['output']>;
  evidence: Evidence;
  id: Scalars['ID']['output'];
  /** Organisation or programme kind, or region level, as stored (e.g. `governance-body`, `landsdeel`); null for other types. */
  kind?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  node: Node;
  type: NodeType;
};

/** An actor's involvement in an action (or one of its parts), with its evidence. */
export type Involvement = {
  __typename?: 'Involvement';
  action: Action;
  actor: Actor;
  kind: InvolvementKind;
  /** The sub-item the involvement is stated for; null when it is for the whole action. */
  part?: Maybe<ActionPart>;
  relation: Relation;
};

/** How an actor is involved in an action. */
export type InvolvementKind =
  | 'COMMISSIONS'
  | 'CONTRIBUTES_TO'
  | 'FUNDS'
  | 'IMPLEMENTS'
  | 'LEADS'
  | 'MENTIONED_IN';

/**
 * A number the report states, as a value: a current value of a target (for one segment), or an
 * amount or count stated about an action, part or actor. A breakdown's values are its parts.
 */
export type Measurement = Node & {
  __typename?: 'Measurement';
  aliases: Array<Scalars['String']['output']>;
  /** What the number counts, in words (e.g. beurzen voor lerarenopleidingen). */
  counts?: Maybe<Scalars['String']['output']>;
  /** The day, month or year the value holds on (YYYY, YYYY-MM or YYYY-MM-DD). */
  date?: Maybe<Scalars['String']['output']>;
  /** Where the text's own breakdown does not add up to this total: what it says. */
  discrepancy?: Maybe<Scalars['String']['output']>;
  evidence: Evidence;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The total this value is a part of. */
  partOf?: Maybe<Measurement>;
  /** The breakdown of this value as the text gives it (e.g. per topsector), by name. */
  parts: Array<Measurement>;
  /** The sum of the parts' values; null without parts. Differs from value only with a discrepancy. */
  partsSum?: Maybe<Scalars['Float']['output']>;
  /** The period the value is for, as the report words it (e.g. 2014/15). */
  period?: Maybe<Scalars['String']['output']>;
  /** Whether this value meets its target (in the target's direction from the baseline). */
  reachesTarget?: Maybe<Scalars['Boolean']['output']>;
  /** See `Node.revision`. */
  revision: Scalars['Int']['output'];
  /** The segment the value is for (e.g. vwo), when the text names one. */
  segment?: Maybe<Scalars['String']['output']>;
  /** What states this value: the targets, actions, parts or actors it is about. */
  statedFor: Array<NodeLink>;
  type: NodeType;
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type MeasurementConnection = {
  __typename?: 'MeasurementConnection';
  edges: Array<MeasurementEdge>;
  nodes: Array<Measurement>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MeasurementEdge = {
  __typename?: 'MeasurementEdge';
  cursor: Scalars['String']['output'];
  node: Measurement;
};

export type MeasurementFilter = {
  /** For this period, exactly as the report words it (e.g. 2014/15). */
  period?: InputMaybe<Scalars['String']['input']>;
  /** Stated about this node (a target, action, part or actor). */
  statedFor?: InputMaybe<Scalars['ID']['input']>;
  /** Whose name or quote contains every word of this (ignoring case and accents). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** In this unit, exactly (e.g. euro, beurzen, procent). */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** A dated event in an action's state of affairs or a landsdeel's progress. */
export type Milestone = Node & {
  __typename?: 'Milestone';
  action?: Maybe<Action>;
  aliases: Array<Scalars['String']['output']>;
  /** The number the event states (e.g. 529 scholarships), when it states one. */
  amount?: Maybe<Scalars['Float']['output']>;
  /** What the event is about. */
  concerns: Array<NodeLink>;
  /** What amount counts, in words. */
  counts?: Maybe<Scalars['String']['output']>;
  /** YYYY, YYYY-MM or YYYY-MM-DD: as precise as the text. */
  date: Scalars['String']['output'];
  /** The date as the report words it. */
  dateText: Scalars['String']['output'];
  /** End of a period, when the text gives one. */
  endDate?: Maybe<Scalars['String']['output']>;
  evidence: Evidence;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  part?: Maybe<ActionPart>;
  precision: DatePrecision;
  region?: Maybe<Region>;
  /** See `Node.revision`. */
  revision: Scalars['Int']['output'];
  type: NodeType;
  /** The unit of amount (e.g. beurzen, euro). */
  unit?: Maybe<Scalars['String']['output']>;
};

export type MilestoneConnection = {
  __typename?: 'MilestoneConnection';
  edges: Array<MilestoneEdge>;
  nodes: Array<Milestone>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MilestoneEdge = {
  __typename?: 'MilestoneEdge';
  cursor: Scalars['String']['output'];
  node: Milestone;
};

export type MilestoneFilter = {
  /** Of this action. */
  action?: InputMaybe<Scalars['Int']['input']>;
  /** Concerning this node. */
  concerns?: InputMaybe<Scalars['ID']['input']>;
  /** On or after (YYYY, YYYY-MM or YYYY-MM-DD); a period counts while it lasts. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Dated on this day, month or year: "2014-04" matches every milestone dated in April 2014 (not those dated only "2014"). */
  on?: InputMaybe<Scalars['String']['input']>;
  /** Whose name or quote contains every word of this (ignoring case and accents). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** On or before. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Edits of the graph. Each needs `Authorization: Bearer <token>` with the role `curator` (or
 * `admin`), is checked by the validator the import uses (contract, ends, verbatim quote), and
 * is written in one transaction with its revision. A refused edit changes nothing.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Makes a pending proposal facts through the curation edits, in one revision (operation
   * ACCEPT_PROPOSAL). Accepting an accepted proposal again answers its revision (idempotent);
   * a rejected one, or one whose quote no longer occurs where it was read, is refused.
   */
  acceptProposal: ProposalDecision;
  /** A new node, with the passage of its source that names it. */
  addNode: Edit;
  /** A new relationship between two live nodes, with its passage. */
  addRelationship: Edit;
  /**
   * Registers a report file as a Source (role admin): UTF-8 text, Markdown, HTML or PDF (its
   * text layer). The file and its extracted text are stored with their sha256; quotes of the
   * source must occur verbatim in the extracted text. A bad file (not UTF-8, encrypted or
   * image-only PDF, empty, over the size limit) is refused with the reason in
   * `extensions.reason` and nothing is stored.
   */
  addSource: Edit;
  /**
   * Reads a source and proposes facts about the graph's known actors and actions, each with
   * its quote and position, into the review queue (role curator). A second run proposes
   * nothing it proposed before (nor what was rejected, nor what the graph already states).
   */
  proposeFacts: ProposalRun;
  /** Rejects a pending proposal with a reason; it is kept, and never proposed again. */
  rejectProposal: ProposalDecision;
  /**
   * Replaces a registered source's file with a corrected one (role admin): refused unless the
   * quote of every live fact citing the source occurs in the new text; quotes that moved get
   * their new position, in the same revision. Proposals read from the old text become stale.
   */
  replaceSourceFile: Edit;
  /**
   * Deprecates a node (with every relationship it has) or a relationship, with a reason. Never
   * deleted: the fact stays in history() and in `retracted`, and revert brings it back.
   */
  retract: Edit;
  /**
   * Undoes a revision: every fact it changed goes back to its state before, as a new revision.
   * A fact that an added revision created is retracted. Refused with CONFLICT when a fact was
   * changed again since. Curators revert their own revisions; admins anyone's.
   */
  revert: Edit;
  /** New values for some properties of a node, with the passage that supports them. */
  updateNode: Edit;
  /** New values for some properties of a relationship, with the passage that supports them. */
  updateRelationship: Edit;
};


/**
 * Edits of the graph. Each needs `Authorization: Bearer <token>` with the role `curator` (or
 * `admin`), is checked by the validator the import uses (contract, ends, verbatim quote), and
 * is written in one transaction with its revision. A refused edit changes nothing.
 */
export type MutationAcceptProposalArgs = {
  input: AcceptProposalInput;
};


/**
 * Edits of the graph. Each needs `Authorization: Bearer <token>` with the role `curator` (or
 * `admin`), is checked by the validator the import uses (contract, ends, verbatim quote), and
 * is written in one transaction with its revision. A refused edit changes nothing.
 */
export type MutationAddNodeArgs = {
  input: AddNodeInput;
};


/**
 * Edits of the graph. Each needs `Authorization: Bearer <token>` with the role `curator` (or
 * `admin`), is checked by the validator the import uses (contract, ends, verbatim quote), and
 * is written in one transaction with its revision. A refused edit changes nothing.
 */
export type MutationAddRelationshipArgs = {
  input: AddRelationshipInput;
};


/**
 * Edits of the graph. Each needs `Authorization: Bearer <token>` with the role `curator` (or
 * `admin`), is checked by the validator the import uses (contract, ends, verbatim quote), and
 * is written in one transaction with its revision. A refused edit changes nothing.
 */
export type MutationAddSourceArgs = {
  input: AddSourceInput;
};


/**
 * Edits of the graph. Each needs `Authorization: Bearer <token>` with the role `curator` (or
 * `admin`), is checked by the validator the import uses (contract, ends, verbatim quote), and
 * is written in one transaction with its revision. A refused edit changes nothing.
 */
export type MutationProposeFactsArgs = {
  input: ProposeFactsInput;
};


/**
 * Edits of the graph. Each needs `Authorization: Bearer <token>` with the role `curator` (or
 * `admin`), is checked by the validator the import uses (contract, ends, verbatim quote), and
 * is written in one transaction with its revision. A refused edit changes nothing.
 */
export type MutationRejectProposalArgs = {
  input: RejectProposalInput;
};


/**
 * Edits of the graph. Each needs `Authorization: Bearer <token>` with the role `curator` (or
 * `admin`), is checked by the validator the import uses (contract, ends, verbatim quote), and
 * is written in one transaction with its revision. A refused edit changes nothing.
 */
export type MutationReplaceSourceFileArgs = {
  input: ReplaceSourceFileInput;
};


/**
 * Edits of the graph. Each needs `Authorization: Bearer <token>` with the role `curator` (or
 * `admin`), is checked by the validator the import uses (contract, ends, verbatim quote), and
 * is written in one transaction with its revision. A refused edit changes nothing.
 */
export type MutationRetractArgs = {
  input: RetractInput;
};


/**
 * Edits of the graph. Each needs `Authorization: Bearer <token>` with the role `curator` (or
 * `admin`), is checked by the validator the import uses (contract, ends, verbatim quote), and
 * is written in one transaction with its revision. A refused edit changes nothing.
 */
export type MutationRevertArgs = {
  input: RevertInput;
};


/**
 * Edits of the graph. Each needs `Authorization: Bearer <token>` with the role `curator` (or
 * `admin`), is checked by the validator the import uses (contract, ends, verbatim quote), and
 * is written in one transaction with its revision. A refused edit changes nothing.
 */
export type MutationUpdateNodeArgs = {
  input: UpdateNodeInput;
};


/**
 * Edits of the graph. Each needs `Authorization: Bearer <token>` with the role `curator` (or
 * `admin`), is checked by the validator the import uses (contract, ends, verbatim quote), and
 * is written in one transaction with its revision. A refused edit changes nothing.
 */
export type MutationUpdateRelationshipArgs = {
  input: UpdateRelationshipInput;
};

/**
 * Anything in the graph with a stable id (Relay Global Object Identification). Every node
 * also has a name, the other names the report uses for it, and the passage that states it.
 */
export type Node = {
  /** Every other form the report uses: abbreviations, spellings, typos. */
  aliases: Array<Scalars['String']['output']>;
  /** The passage of the report that names or states this node. */
  evidence: Evidence;
  /** Stable, unique across the graph, derived from the source (e.g. `org-slo`, `action-03`). */
  id: Scalars['ID']['output'];
  /** The fullest name the report uses. */
  name: Scalars['String']['output'];
  /**
   * The revision that gave the node its current values (0: as imported from the seeds): pass
   * it as `expectedRevision` to update or retract it; `evidence.statedIn` tells who and when.
   */
  revision: Scalars['Int']['output'];
  type: NodeType;
};

/** A neighbour reached over one relationship. */
export type NodeLink = {
  __typename?: 'NodeLink';
  node: Node;
  relation: Relation;
};

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

/** An objective of a later edition, which continues earlier actions. */
export type Objective = Node & {
  __typename?: 'Objective';
  aliases: Array<Scalars['String']['output']>;
  /** The 2014 actions it continues, each with its evidence. */
  continues: Array<NodeLink>;
  evidence: Evidence;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  number?: Maybe<Scalars['Int']['output']>;
  /** See `Node.revision`. */
  revision: Scalars['Int']['output'];
  title?: Maybe<Scalars['String']['output']>;
  type: NodeType;
};

/** A ministry, council, foundation, agency, commission, governance body, school, company... */
export type Organisation = Actor & Node & {
  __typename?: 'Organisation';
  actions: Array<Involvement>;
  activeIn: Array<RegionLink>;
  aliases: Array<Scalars['String']['output']>;
  /** What this organisation commissions. */
  commissions: Array<NodeLink>;
  /** For a body: the regions or programmes it coordinates. */
  coordinates: Array<NodeLink>;
  drives: Array<Involvement>;
  evidence: Evidence;
  /** Topsectors it focuses on. */
  focusesOn: Array<TopsectorLink>;
  /** What this organisation funds. */
  funds: Array<NodeLink>;
  id: Scalars['ID']['output'];
  kind: OrganisationKind;
  leads: Array<Involvement>;
  links: Array<NodeLink>;
  measurements: Array<Measurement>;
  /** Bodies this organisation sits in. */
  memberOf: Array<OrganisationLink>;
  /** For a body: who sits in it. */
  members: Array<ActorLink>;
  milestones: Array<Milestone>;
  name: Scalars['String']['output'];
  /** Organisations this one is part of, and its own parts. */
  partOf: Array<OrganisationLink>;
  parts: Array<OrganisationLink>;
  /** See `Node.revision`. */
  revision: Scalars['Int']['output'];
  /** Programmes this organisation runs. */
  runs: Array<ProgrammeLink>;
  type: NodeType;
};


/** A ministry, council, foundation, agency, commission, governance body, school, company... */
export type OrganisationActionsArgs = {
  kinds?: InputMaybe<Array<InvolvementKind>>;
};


/** A ministry, council, foundation, agency, commission, governance body, school, company... */
export type OrganisationLinksArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
};

export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  edges: Array<OrganisationEdge>;
  nodes: Array<Organisation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  cursor: Scalars['String']['output'];
  node: Organisation;
  /** The count the list is ordered by (see ActorOrder); null in name order. */
  orderValue?: Maybe<Scalars['Int']['output']>;
};

export type OrganisationFilter = {
  atLeast?: InputMaybe<ActorCountMinimums>;
  kinds?: InputMaybe<Array<OrganisationKind>>;
  /** Organisations active in this region (or one of its parts). */
  region?: InputMaybe<Scalars['ID']['input']>;
};

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

export type OrganisationLink = {
  __typename?: 'OrganisationLink';
  organisation: Organisation;
  relation: Relation;
};

/** Relay connection paging information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A path between two nodes, as ordered hops. */
export type Path = {
  __typename?: 'Path';
  hops: Array<PathHop>;
  /** The number of hops. */
  length: Scalars['Int']['output'];
  /** From `from` to `to`, in order. */
  nodes: Array<GraphNode>;
};

export type PathHop = {
  __typename?: 'PathHop';
  edge: GraphEdge;
  /** True when the hop follows the relationship's direction (from its source to its target). */
  forward: Scalars['Boolean']['output'];
  from: GraphNode;
  to: GraphNode;
};

/** One of the three pillars of the Techniekpact. */
export type Pillar = Node & {
  __typename?: 'Pillar';
  actions: Array<Action>;
  aliases: Array<Scalars['String']['output']>;
  evidence: Evidence;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  number: Scalars['Int']['output'];
  /** See `Node.revision`. */
  revision: Scalars['Int']['output'];
  type: NodeType;
};

/** A programme, network, fund, scheme, portal, centre, plan or initiative. */
export type Programme = Actor & Node & {
  __typename?: 'Programme';
  actions: Array<Involvement>;
  activeIn: Array<RegionLink>;
  aliases: Array<Scalars['String']['output']>;
  drives: Array<Involvement>;
  evidence: Evidence;
  focusesOn: Array<TopsectorLink>;
  /** Who funds it, with the amounts the text gives. */
  fundedBy: Array<ActorLink>;
  id: Scalars['ID']['output'];
  /** Actions (or parts) this programme implements. */
  implements: Array<Involvement>;
  kind: ProgrammeKind;
  leads: Array<Involvement>;
  links: Array<NodeLink>;
  measurements: Array<Measurement>;
  milestones: Array<Milestone>;
  name: Scalars['String']['output'];
  /** The programme this one is a named part of (e.g. a centre under Centres of Expertise). */
  partOf: Array<ProgrammeLink>;
  /** Its named parts. */
  parts: Array<ProgrammeLink>;
  /** See `Node.revision`. */
  revision: Scalars['Int']['output'];
  /** Organisations that run it. */
  runBy: Array<OrganisationLink>;
  type: NodeType;
};


/** A programme, network, fund, scheme, portal, centre, plan or initiative. */
export type ProgrammeActionsArgs = {
  kinds?: InputMaybe<Array<InvolvementKind>>;
};


/** A programme, network, fund, scheme, portal, centre, plan or initiative. */
export type ProgrammeLinksArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
};

export type ProgrammeConnection = {
  __typename?: 'ProgrammeConnection';
  edges: Array<ProgrammeEdge>;
  nodes: Array<Programme>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProgrammeEdge = {
  __typename?: 'ProgrammeEdge';
  cursor: Scalars['String']['output'];
  node: Programme;
  /** The count the list is ordered by (see ActorOrder); null in name order. */
  orderValue?: Maybe<Scalars['Int']['output']>;
};

export type ProgrammeFilter = {
  atLeast?: InputMaybe<ActorCountMinimums>;
  kinds?: InputMaybe<Array<ProgrammeKind>>;
  /** Programmes active in this region (or one of its parts). */
  region?: InputMaybe<Scalars['ID']['input']>;
};

export type ProgrammeKind =
  | 'AGENDA'
  | 'CENTRE'
  | 'EVENT'
  | 'FUND'
  | 'INITIATIVE'
  | 'NETWORK'
  | 'OTHER'
  | 'PACT'
  | 'PLAN'
  | 'PORTAL'
  | 'PROGRAMME'
  | 'REGULATION'
  | 'REPORT'
  | 'SCHEME';

export type ProgrammeLink = {
  __typename?: 'ProgrammeLink';
  programme: Programme;
  relation: Relation;
};

/** A fact (or a few that belong together) read from a source, waiting for a curator. */
export type Proposal = {
  __typename?: 'Proposal';
  /** The revision that made it facts. */
  acceptedIn?: Maybe<Revision>;
  /** 0..1: how sure the rule that made it is. */
  confidence: Scalars['Float']['output'];
  decidedAt?: Maybe<Scalars['String']['output']>;
  /** Who accepted or rejected it, when, and why (for a rejection). */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** The edits that accepting it makes, in order. */
  edits: Array<ProposedEdit>;
  id: Scalars['ID']['output'];
  kind: ProposalKind;
  reason?: Maybe<Scalars['String']['output']>;
  /** The passage that states it. */
  selector: TextSelector;
  source: Source;
  status: ProposalStatus;
  /** The action or actor it is about. */
  subject?: Maybe<Node>;
  /** One line: what it says. */
  summary: Scalars['String']['output'];
};

export type ProposalDecision = {
  __typename?: 'ProposalDecision';
  proposal: Proposal;
  /** The revision of an acceptance (the same on a repeated accept). */
  revision?: Maybe<Revision>;
};

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

export type ProposalPage = {
  __typename?: 'ProposalPage';
  /** Pass as `after` for the next page; null at the end. */
  next?: Maybe<Scalars['String']['output']>;
  proposals: Array<Proposal>;
  /** How many proposals match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** What a proposal run made. */
export type ProposalRun = {
  __typename?: 'ProposalRun';
  /** Found, but every fact it would make is in the graph already. */
  alreadyInGraph: Scalars['Int']['output'];
  /** Found again, and already in the queue (pending, accepted or rejected): not made again. */
  alreadyProposed: Scalars['Int']['output'];
  /** Proposals new in this run, in text order. */
  proposals: Array<Proposal>;
  source: Source;
  /** The sha256 of the text the run read. */
  textSha256: Scalars['String']['output'];
};

export type ProposalStatus =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REJECTED';

export type ProposeFactsInput = {
  /** Proposals below this confidence are not made (default: the proposer's own, see README). */
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  source: Scalars['ID']['input'];
};

/** One edit a proposal makes when accepted: a new node, or a new relationship. */
export type ProposedEdit = {
  __typename?: 'ProposedEdit';
  from?: Maybe<Scalars['ID']['output']>;
  /** The new node's id and type, or the relationship's id `TYPE:from->to`. */
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  nodeType?: Maybe<NodeType>;
  operation: EditOperation;
  properties: Scalars['PropertyMap']['output'];
  to?: Maybe<Scalars['ID']['output']>;
  type?: Maybe<RelationshipType>;
};

export type Query = {
  __typename?: 'Query';
  /** An action by number (1..22); null for a number no action has. */
  action?: Maybe<Action>;
  /** Actions, in number order unless `orderBy` says otherwise. */
  actions: ActionConnection;
  /** Actors of every type, by name or by a count (orderBy). */
  actors: ActorConnection;
  /**
   * Actors ranked by their place in the co-involvement network (computed once per graph
   * version: an edit through any API process shows in the next request of every process).
   * `types` narrows the list, not the network.
   */
  centrality: Array<ActorCentrality>;
  /**
   * What changed in the graph between two dates (YYYY, YYYY-MM or YYYY-MM-DD; `from`
   * excluded, `to` included): facts added by the sources dated in the period, facts retracted
   * and changed by edits that cite such a source or were made in the period.
   */
  changes: ChangeSet;
  /** The whole co-involvement network: actors linked by CO_INVOLVED edges of at least `minWeight`. */
  collaborationNetwork: Subgraph;
  /**
   * The actors that share actions (or their parts) or programmes with an actor, most shared
   * first; all when `first` (0 to 100) is omitted. Null when no actor has the id.
   */
  collaborators?: Maybe<Array<Collaborator>>;
  /** Grouped counts, largest first (ties by key): each agrees with the list it summarises. */
  counts: Array<CountGroup>;
  /**
   * A fact as it is stored now, live or retracted (default reads show only live facts): a node
   * id or a relationship id `TYPE:fromId->toId`; null when no fact has that id.
   */
  fact?: Maybe<FactSnapshot>;
  /** Every revision that changed this node or relationship, oldest first. */
  history: Array<Revision>;
  /** The report's numbers as values, by id. */
  measurements: MeasurementConnection;
  /** Milestones, oldest first. */
  milestones: MilestoneConnection;
  /**
   * The subgraph around a node: every node within `depth` hops (1 to 3) over relationships of
   * `relationshipTypes` and through nodes of `types` (all when omitted; the root is always
   * in), nearest first, at most `limit` (1 to 2000) nodes, and every such relationship between
   * them. Null when no node has the id.
   */
  neighbourhood?: Maybe<Subgraph>;
  /** Any node by id; null when no node has that id. */
  node?: Maybe<Node>;
  /** Nodes by id, in the order asked; null where no node has that id. */
  nodes: Array<Maybe<Node>>;
  objectives: Array<Objective>;
  /** By id, or by a name or alias (ignoring case and accents); null when none matches. */
  organisation?: Maybe<Organisation>;
  /** Organisations, by name or by a count (orderBy). */
  organisations: OrganisationConnection;
  /**
   * Up to `first` (0 to 25) paths without repeated nodes between two nodes, of at most
   * `maxHops` (1 to 6) hops: all the shortest first, then longer ones. Empty when the nodes are
   * not connected within `maxHops`; an unknown id is BAD_USER_INPUT naming `from` or `to`.
   */
  paths: Array<Path>;
  pillars: Array<Pillar>;
  /** By id, or by a name or alias (ignoring case and accents). */
  programme?: Maybe<Programme>;
  programmes: ProgrammeConnection;
  proposal?: Maybe<Proposal>;
  /** The review queue of a source, oldest first by position in the text. */
  proposals: ProposalPage;
  /** By id, or by a name or alias (ignoring case and accents). */
  region?: Maybe<Region>;
  /**
   * A region (a landsdeel, or any region) with its parts, the initiatives and organisations
   * active or named there, the bodies that coordinate it and their members, and the topsectors
   * they focus on. Null when no region has the id.
   */
  regionNetwork?: Maybe<Subgraph>;
  regions: RegionConnection;
  /** The revisions after `after` (0: from the first), oldest first, at most `first` (1..100). */
  revisions: RevisionPage;
  /**
   * Names and aliases, ignoring case and accents ("beta techniek" finds Platform Bèta
   * Techniek, "PBT" finds it too); words may be prefixes. Best match first.
   */
  search: Array<SearchHit>;
  sources: Array<Source>;
  /** By id, or by a name or alias (ignoring case and accents). */
  topsector?: Maybe<Topsector>;
  topsectors: TopsectorConnection;
};


export type QueryActionArgs = {
  number: Scalars['Int']['input'];
};


export type QueryActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ActionOrder>;
};


export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ActorOrder>;
};


export type QueryCentralityArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CentralityOrder>;
  types?: InputMaybe<Array<ActorType>>;
};


export type QueryChangesArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type QueryCollaborationNetworkArgs = {
  minWeight?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCollaboratorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryCountsArgs = {
  by: CountBy;
  filter?: InputMaybe<CountsFilter>;
};


export type QueryFactArgs = {
  id: Scalars['ID']['input'];
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryHistoryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeasurementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MeasurementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMilestonesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MilestoneFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNeighbourhoodArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  types?: InputMaybe<Array<NodeType>>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryOrganisationArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganisationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ActorOrder>;
};


export type QueryPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


export type QueryProgrammeArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProgrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProgrammeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ActorOrder>;
};


export type QueryProposalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ProposalKind>;
  source: Scalars['ID']['input'];
  status?: InputMaybe<ProposalStatus>;
};


export type QueryRegionArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRegionNetworkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRegionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RegionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ActorOrder>;
};


export type QueryRevisionsArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<NodeType>>;
};


export type QueryTopsectorArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTopsectorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TopsectorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ActorOrder>;
};

/** A passage of a source and the fact that quotes it. */
export type Quotation = {
  __typename?: 'Quotation';
  /** A node id, or a relationship id `TYPE:fromId->toId`. */
  factId: Scalars['ID']['output'];
  kind: FactKind;
  /** The node, or the relationship's source end. */
  node: Node;
  /** The relationship, for a relationship's quotation. */
  relation?: Maybe<Relation>;
  selector: TextSelector;
  /** The relationship's target end. */
  target?: Maybe<Node>;
};

/** A landsdeel, subregion, province, city or other region. */
export type Region = Actor & Node & {
  __typename?: 'Region';
  actions: Array<Involvement>;
  activeIn: Array<RegionLink>;
  aliases: Array<Scalars['String']['output']>;
  /** Bodies that coordinate this region's pact. */
  coordinatedBy: Array<OrganisationLink>;
  drives: Array<Involvement>;
  evidence: Evidence;
  focusesOn: Array<TopsectorLink>;
  id: Scalars['ID']['output'];
  /** Programmes and organisations active here. */
  initiatives: Array<ActorLink>;
  leads: Array<Involvement>;
  level: RegionLevel;
  links: Array<NodeLink>;
  measurements: Array<Measurement>;
  /** Bodies this region sits in. */
  memberOf: Array<OrganisationLink>;
  /** Entities named in this region's section without a stated role. */
  mentions: Array<ActorLink>;
  /** Its own dated plans and events, and those about it, oldest first. */
  milestones: Array<Milestone>;
  name: Scalars['String']['output'];
  /** Regions this one is part of. */
  partOf: Array<RegionLink>;
  /** Its parts, optionally of given levels. */
  parts: Array<RegionLink>;
  /** The landsdeel's priorities, verbatim. */
  priorities: Array<Scalars['String']['output']>;
  /** See `Node.revision`. */
  revision: Scalars['Int']['output'];
  /** The header of the landsdeel's section in the report, as printed; null where it has none. */
  sectionHeader?: Maybe<Scalars['String']['output']>;
  /** The line of the report's text at which the landsdeel's section starts. */
  sectionLine?: Maybe<Scalars['Int']['output']>;
  type: NodeType;
};


/** A landsdeel, subregion, province, city or other region. */
export type RegionActionsArgs = {
  kinds?: InputMaybe<Array<InvolvementKind>>;
};


/** A landsdeel, subregion, province, city or other region. */
export type RegionLinksArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
};


/** A landsdeel, subregion, province, city or other region. */
export type RegionPartsArgs = {
  levels?: InputMaybe<Array<RegionLevel>>;
};

export type RegionConnection = {
  __typename?: 'RegionConnection';
  edges: Array<RegionEdge>;
  nodes: Array<Region>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RegionEdge = {
  __typename?: 'RegionEdge';
  cursor: Scalars['String']['output'];
  node: Region;
  /** The count the list is ordered by (see ActorOrder); null in name order. */
  orderValue?: Maybe<Scalars['Int']['output']>;
};

export type RegionFilter = {
  atLeast?: InputMaybe<ActorCountMinimums>;
  levels?: InputMaybe<Array<RegionLevel>>;
  /** Only the parts of this region. */
  partOf?: InputMaybe<Scalars['ID']['input']>;
};

export type RegionLevel =
  | 'AREA'
  | 'CITY'
  | 'CLUSTER'
  | 'LABOUR_MARKET_REGION'
  | 'LANDSDEEL'
  | 'PROVINCE'
  | 'SUBREGION';

export type RegionLink = {
  __typename?: 'RegionLink';
  region: Region;
  relation: Relation;
};

export type RejectProposalInput = {
  id: Scalars['ID']['input'];
  /** Why it is wrong (kept with it). */
  reason: Scalars['String']['input'];
};

/**
 * A relationship, with why it exists: the role the text gives and the verbatim passage that
 * supports it.
 */
export type Relation = {
  __typename?: 'Relation';
  amount?: Maybe<Scalars['Float']['output']>;
  evidence: Evidence;
  /** Stable: `TYPE:fromId->toId`. */
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  period?: Maybe<Scalars['String']['output']>;
  /** The revision that gave it its current values (0: the seeds); its `expectedRevision`. */
  revision: Scalars['Int']['output'];
  role?: Maybe<Scalars['String']['output']>;
  type: RelationshipType;
  unit?: Maybe<Scalars['String']['output']>;
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

export type ReplaceSourceFileInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The new file, base64-encoded. */
  content: Scalars['String']['input'];
  /** The Source's revision as the admin saw it. */
  expectedRevision: Scalars['Int']['input'];
  fileName: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  mediaType?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type RetractInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedRevision: Scalars['Int']['input'];
  /** A node id, or a relationship id `TYPE:fromId->toId`. */
  id: Scalars['ID']['input'];
  /** Why the fact is wrong (kept with it). */
  reason: Scalars['String']['input'];
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type RevertInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  revision: Scalars['Int']['input'];
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** One edit of the graph, as written in the same transaction as the edit. */
export type Revision = {
  __typename?: 'Revision';
  /** The token's name (its `sub`). */
  author: Scalars['String']['output'];
  changes: Array<FactChange>;
  comment?: Maybe<Scalars['String']['output']>;
  /** 1, 2, 3, ... in the order the edits were committed. */
  number: Scalars['Int']['output'];
  operation: EditOperation;
  requestId: Scalars['String']['output'];
  /** For a revert: the revision it undid. */
  reverts?: Maybe<Scalars['Int']['output']>;
  role: Scalars['String']['output'];
  tags: Array<Scalars['String']['output']>;
  /** ISO 8601, UTC. */
  time: Scalars['String']['output'];
};

/** A page of the revision feed, oldest first. */
export type RevisionPage = {
  __typename?: 'RevisionPage';
  /** Pass as `after` for the next page; null at the end. */
  next?: Maybe<Scalars['Int']['output']>;
  revisions: Array<Revision>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  node: Node;
  /** Relevance from the full-text index; higher is better. */
  score: Scalars['Float']['output'];
  type: NodeType;
};

/** An action or programme two actors are both involved in, and how each is. */
export type SharedWork = {
  __typename?: 'SharedWork';
  /** The action (an involvement in one of its parts counts for it) or programme. */
  item: Node;
  /** The asked actor's involvements in it. */
  own: Array<Relation>;
  /** The collaborator's involvements in it. */
  theirs: Array<Relation>;
};

/** A document the facts come from. */
export type Source = Node & {
  __typename?: 'Source';
  aliases: Array<Scalars['String']['output']>;
  /** As precise as known: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: Scalars['String']['output'];
  /** Its number in the series (1: the May 2014 report). */
  edition?: Maybe<Scalars['Int']['output']>;
  evidence: Evidence;
  /** The file's name as registered. */
  fileName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  language: Scalars['String']['output'];
  /** text/plain, text/markdown, text/html or application/pdf. */
  mediaType: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /**
   * Where the file is in this repository: the seeds' source. Null for a source registered at
   * run time (`addSource`), whose file and text are stored in the database.
   */
  path?: Maybe<Scalars['String']['output']>;
  /**
   * Every live fact that quotes this source, in the order of the passages in the text: what a
   * source viewer highlights and links back to the graph.
   */
  quotations: Array<Quotation>;
  /** See `Node.revision`. */
  revision: Scalars['Int']['output'];
  /** The series of reports this source is an edition of (e.g. techniekpact-voortgangsrapportage). */
  series?: Maybe<Scalars['String']['output']>;
  /** sha256 of the original file (text, Markdown, HTML or PDF), checked whenever it is read. */
  sha256: Scalars['String']['output'];
  /**
   * The document's text, refused unless it still has `textSha256`: what every quote of this
   * source must occur in verbatim, and what `TextSelector` positions count in (the explorer
   * picks quotes from it and highlights them in it).
   */
  text: Scalars['String']['output'];
  /** sha256 of the extracted text the quotes occur in (the file's own for a text file). */
  textSha256: Scalars['String']['output'];
  title: Scalars['String']['output'];
  type: NodeType;
  url?: Maybe<Scalars['String']['output']>;
};

/** A dated claim of an action's status, with its quote: one per edition that states it. */
export type Status = Node & {
  __typename?: 'Status';
  action?: Maybe<Action>;
  aliases: Array<Scalars['String']['output']>;
  /** STATED: the text says it; INFERRED: read from it by a rule. */
  basis: StatusBasis;
  /** The edition's date. */
  date: Scalars['String']['output'];
  evidence: Evidence;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** See `Node.revision`. */
  revision: Scalars['Int']['output'];
  status: ActionStatusValue;
  type: NodeType;
};

export type StatusBasis =
  | 'INFERRED'
  | 'STATED';

/** Nodes and the edges between them, ready for Cytoscape.js, sigma/graphology, Gephi or Kumu. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** Every edge (of the asked types) between two nodes of the subgraph. */
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  /** True when `limit` left nodes out (the nearest are kept). */
  truncated: Scalars['Boolean']['output'];
};

/** A numeric goal of an action. */
export type Target = Node & {
  __typename?: 'Target';
  action: Action;
  aliases: Array<Scalars['String']['output']>;
  baseline?: Maybe<Scalars['Float']['output']>;
  /** The current value, when the report gives a single one. */
  current?: Maybe<Scalars['Float']['output']>;
  evidence: Evidence;
  id: Scalars['ID']['output'];
  indicator: Scalars['String']['output'];
  /** Current values per segment (e.g. havo, vwo). */
  measurements: Array<Measurement>;
  name: Scalars['String']['output'];
  part?: Maybe<ActionPart>;
  /** See `Node.revision`. */
  revision: Scalars['Int']['output'];
  target: Scalars['Float']['output'];
  targetYear?: Maybe<Scalars['Int']['output']>;
  type: NodeType;
  unit: Scalars['String']['output'];
};

/**
 * Where a quote is in its source's text, as the W3C Web Annotation selectors say it: the
 * TextQuoteSelector (`exact` with `prefix` and `suffix`, up to 32 characters each) and the
 * TextPositionSelector (`start`, `end`: half-open, in characters of `Source.text`, which for
 * these texts are both Unicode code points and UTF-16 units). A passage that occurs twice in
 * the text is told apart by its position.
 */
export type TextSelector = {
  __typename?: 'TextSelector';
  end: Scalars['Int']['output'];
  exact: Scalars['String']['output'];
  prefix: Scalars['String']['output'];
  start: Scalars['Int']['output'];
  suffix: Scalars['String']['output'];
};

/** A Dutch topsector (HTSM, Chemie, Energie, ...). */
export type Topsector = Actor & Node & {
  __typename?: 'Topsector';
  actions: Array<Involvement>;
  activeIn: Array<RegionLink>;
  aliases: Array<Scalars['String']['output']>;
  drives: Array<Involvement>;
  evidence: Evidence;
  /** Regions, programmes and organisations that focus on this topsector. */
  focusedBy: Array<ActorLink>;
  /** What the topsector funds, with the amounts the text gives (e.g. 150 beurzen). */
  funds: Array<NodeLink>;
  id: Scalars['ID']['output'];
  leads: Array<Involvement>;
  links: Array<NodeLink>;
  measurements: Array<Measurement>;
  milestones: Array<Milestone>;
  name: Scalars['String']['output'];
  /** See `Node.revision`. */
  revision: Scalars['Int']['output'];
  type: NodeType;
};


/** A Dutch topsector (HTSM, Chemie, Energie, ...). */
export type TopsectorActionsArgs = {
  kinds?: InputMaybe<Array<InvolvementKind>>;
};


/** A Dutch topsector (HTSM, Chemie, Energie, ...). */
export type TopsectorLinksArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
};

export type TopsectorConnection = {
  __typename?: 'TopsectorConnection';
  edges: Array<TopsectorEdge>;
  nodes: Array<Topsector>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TopsectorEdge = {
  __typename?: 'TopsectorEdge';
  cursor: Scalars['String']['output'];
  node: Topsector;
  /** The count the list is ordered by (see ActorOrder); null in name order. */
  orderValue?: Maybe<Scalars['Int']['output']>;
};

export type TopsectorFilter = {
  atLeast?: InputMaybe<ActorCountMinimums>;
};

export type TopsectorLink = {
  __typename?: 'TopsectorLink';
  relation: Relation;
  topsector: Topsector;
};

export type UpdateNodeInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The node's revision as the editor saw it (0 for a node no edit has changed yet). */
  expectedRevision: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** The passage that supports the new values; becomes the node's evidence. */
  quote: Scalars['String']['input'];
  /** Where the quote starts in `Source.text`: needed only when it occurs there more than once. */
  quoteStart?: InputMaybe<Scalars['Int']['input']>;
  /** Properties to set (name, aliases and the label's own; not id or label). */
  set?: InputMaybe<Scalars['PropertyMap']['input']>;
  source: Scalars['ID']['input'];
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Optional properties to remove. */
  unset?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateRelationshipInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedRevision: Scalars['Int']['input'];
  /** `TYPE:fromId->toId`. */
  id: Scalars['ID']['input'];
  quote: Scalars['String']['input'];
  /** Where the quote starts in `Source.text`: needed only when it occurs there more than once. */
  quoteStart?: InputMaybe<Scalars['Int']['input']>;
  /** role, amount, unit, period or note. */
  set?: InputMaybe<Scalars['PropertyMap']['input']>;
  source: Scalars['ID']['input'];
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  unset?: InputMaybe<Array<Scalars['String']['input']>>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptProposalInput: AcceptProposalInput;
  Action: ResolverTypeWrapper<NodeModel>;
  ActionConnection: ResolverTypeWrapper<ConnectionModel>;
  ActionCountMinimums: ActionCountMinimums;
  ActionEdge: ResolverTypeWrapper<EdgeModel>;
  ActionFilter: ActionFilter;
  ActionOrder: ActionOrder;
  ActionPart: ResolverTypeWrapper<NodeModel>;
  ActionStatusValue: ActionStatusValue;
  Actor: ResolverTypeWrapper<NodeModel>;
  ActorCentrality: ResolverTypeWrapper<CentralityModel>;
  ActorConnection: ResolverTypeWrapper<ConnectionModel>;
  ActorCountMinimums: ActorCountMinimums;
  ActorEdge: ResolverTypeWrapper<EdgeModel>;
  ActorFilter: ActorFilter;
  ActorLink: ResolverTypeWrapper<LinkModel>;
  ActorOrder: ActorOrder;
  ActorType: ActorType;
  AddNodeInput: AddNodeInput;
  AddRelationshipInput: AddRelationshipInput;
  AddSourceInput: AddSourceInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CentralityOrder: CentralityOrder;
  ChangeKind: ChangeKind;
  ChangeSet: ResolverTypeWrapper<ChangeSetModel>;
  Collaborator: ResolverTypeWrapper<CollaboratorModel>;
  CountBy: CountBy;
  CountGroup: ResolverTypeWrapper<Omit<CountGroup, 'node'> & { node?: Maybe<ResolversTypes['Node']> }>;
  CountsFilter: CountsFilter;
  DatePrecision: DatePrecision;
  Edit: ResolverTypeWrapper<EditModel>;
  EditOperation: EditOperation;
  EditionStatus: ResolverTypeWrapper<EditionStatusModel>;
  Evidence: ResolverTypeWrapper<EvidenceModel>;
  FactChange: ResolverTypeWrapper<FactChangeModel>;
  FactKind: FactKind;
  FactSnapshot: ResolverTypeWrapper<FactSnapshotModel>;
  FactState: FactState;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphChange: ResolverTypeWrapper<GraphChangeModel>;
  GraphEdge: ResolverTypeWrapper<GraphEdgeModel>;
  GraphEdgeType: GraphEdgeType;
  GraphNode: ResolverTypeWrapper<GraphNodeModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Involvement: ResolverTypeWrapper<InvolvementModel>;
  InvolvementKind: InvolvementKind;
  Measurement: ResolverTypeWrapper<NodeModel>;
  MeasurementConnection: ResolverTypeWrapper<ConnectionModel>;
  MeasurementEdge: ResolverTypeWrapper<EdgeModel>;
  MeasurementFilter: MeasurementFilter;
  Milestone: ResolverTypeWrapper<NodeModel>;
  MilestoneConnection: ResolverTypeWrapper<ConnectionModel>;
  MilestoneEdge: ResolverTypeWrapper<EdgeModel>;
  MilestoneFilter: MilestoneFilter;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<NodeModel>;
  NodeLink: ResolverTypeWrapper<LinkModel>;
  NodeType: NodeType;
  Objective: ResolverTypeWrapper<NodeModel>;
  Organisation: ResolverTypeWrapper<NodeModel>;
  OrganisationConnection: ResolverTypeWrapper<ConnectionModel>;
  OrganisationEdge: ResolverTypeWrapper<EdgeModel>;
  OrganisationFilter: OrganisationFilter;
  OrganisationKind: OrganisationKind;
  OrganisationLink: ResolverTypeWrapper<LinkModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<PathModel>;
  PathHop: ResolverTypeWrapper<PathHopModel>;
  Pillar: ResolverTypeWrapper<NodeModel>;
  Programme: ResolverTypeWrapper<NodeModel>;
  ProgrammeConnection: ResolverTypeWrapper<ConnectionModel>;
  ProgrammeEdge: ResolverTypeWrapper<EdgeModel>;
  ProgrammeFilter: ProgrammeFilter;
  ProgrammeKind: ProgrammeKind;
  ProgrammeLink: ResolverTypeWrapper<LinkModel>;
  PropertyMap: ResolverTypeWrapper<Scalars['PropertyMap']['output']>;
  Proposal: ResolverTypeWrapper<ProposalModel>;
  ProposalDecision: ResolverTypeWrapper<ProposalDecisionModel>;
  ProposalKind: ProposalKind;
  ProposalPage: ResolverTypeWrapper<ProposalPageModel>;
  ProposalRun: ResolverTypeWrapper<ProposalRunModel>;
  ProposalStatus: ProposalStatus;
  ProposeFactsInput: ProposeFactsInput;
  ProposedEdit: ResolverTypeWrapper<ProposedEditModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quotation: ResolverTypeWrapper<QuotationModel>;
  Region: ResolverTypeWrapper<NodeModel>;
  RegionConnection: ResolverTypeWrapper<ConnectionModel>;
  RegionEdge: ResolverTypeWrapper<EdgeModel>;
  RegionFilter: RegionFilter;
  RegionLevel: RegionLevel;
  RegionLink: ResolverTypeWrapper<LinkModel>;
  RejectProposalInput: RejectProposalInput;
  Relation: ResolverTypeWrapper<RelationModel>;
  RelationshipType: RelationshipType;
  ReplaceSourceFileInput: ReplaceSourceFileInput;
  RetractInput: RetractInput;
  RevertInput: RevertInput;
  Revision: ResolverTypeWrapper<RevisionModel>;
  RevisionPage: ResolverTypeWrapper<Omit<RevisionPage, 'revisions'> & { revisions: Array<ResolversTypes['Revision']> }>;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  SharedWork: ResolverTypeWrapper<SharedWorkModel>;
  Source: ResolverTypeWrapper<NodeModel>;
  Status: ResolverTypeWrapper<NodeModel>;
  StatusBasis: StatusBasis;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphModel>;
  Target: ResolverTypeWrapper<NodeModel>;
  TextSelector: ResolverTypeWrapper<TextSelector>;
  Topsector: ResolverTypeWrapper<NodeModel>;
  TopsectorConnection: ResolverTypeWrapper<ConnectionModel>;
  TopsectorEdge: ResolverTypeWrapper<EdgeModel>;
  TopsectorFilter: TopsectorFilter;
  TopsectorLink: ResolverTypeWrapper<LinkModel>;
  UpdateNodeInput: UpdateNodeInput;
  UpdateRelationshipInput: UpdateRelationshipInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptProposalInput: AcceptProposalInput;
  Action: NodeModel;
  ActionConnection: ConnectionModel;
  ActionCountMinimums: ActionCountMinimums;
  ActionEdge: EdgeModel;
  ActionFilter: ActionFilter;
  ActionPart: NodeModel;
  Actor: NodeModel;
  ActorCentrality: CentralityModel;
  ActorConnection: ConnectionModel;
  ActorCountMinimums: ActorCountMinimums;
  ActorEdge: EdgeModel;
  ActorFilter: ActorFilter;
  ActorLink: LinkModel;
  AddNodeInput: AddNodeInput;
  AddRelationshipInput: AddRelationshipInput;
  AddSourceInput: AddSourceInput;
  Boolean: Scalars['Boolean']['output'];
  ChangeSet: ChangeSetModel;
  Collaborator: CollaboratorModel;
  CountGroup: Omit<CountGroup, 'node'> & { node?: Maybe<ResolversParentTypes['Node']> };
  CountsFilter: CountsFilter;
  Edit: EditModel;
  EditionStatus: EditionStatusModel;
  Evidence: EvidenceModel;
  FactChange: FactChangeModel;
  FactSnapshot: FactSnapshotModel;
  Float: Scalars['Float']['output'];
  GraphChange: GraphChangeModel;
  GraphEdge: GraphEdgeModel;
  GraphNode: GraphNodeModel;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Involvement: InvolvementModel;
  Measurement: NodeModel;
  MeasurementConnection: ConnectionModel;
  MeasurementEdge: EdgeModel;
  MeasurementFilter: MeasurementFilter;
  Milestone: NodeModel;
  MilestoneConnection: ConnectionModel;
  MilestoneEdge: EdgeModel;
  MilestoneFilter: MilestoneFilter;
  Mutation: Record<PropertyKey, never>;
  Node: NodeModel;
  NodeLink: LinkModel;
  Objective: NodeModel;
  Organisation: NodeModel;
  OrganisationConnection: ConnectionModel;
  OrganisationEdge: EdgeModel;
  OrganisationFilter: OrganisationFilter;
  OrganisationLink: LinkModel;
  PageInfo: PageInfo;
  Path: PathModel;
  PathHop: PathHopModel;
  Pillar: NodeModel;
  Programme: NodeModel;
  ProgrammeConnection: ConnectionModel;
  ProgrammeEdge: EdgeModel;
  ProgrammeFilter: ProgrammeFilter;
  ProgrammeLink: LinkModel;
  PropertyMap: Scalars['PropertyMap']['output'];
  Proposal: ProposalModel;
  ProposalDecision: ProposalDecisionModel;
  ProposalPage: ProposalPageModel;
  ProposalRun: ProposalRunModel;
  ProposeFactsInput: ProposeFactsInput;
  ProposedEdit: ProposedEditModel;
  Query: Record<PropertyKey, never>;
  Quotation: QuotationModel;
  Region: NodeModel;
  RegionConnection: ConnectionModel;
  RegionEdge: EdgeModel;
  RegionFilter: RegionFilter;
  RegionLink: LinkModel;
  RejectProposalInput: RejectProposalInput;
  Relation: RelationModel;
  ReplaceSourceFileInput: ReplaceSourceFileInput;
  RetractInput: RetractInput;
  RevertInput: RevertInput;
  Revision: RevisionModel;
  RevisionPage: Omit<RevisionPage, 'revisions'> & { revisions: Array<ResolversParentTypes['Revision']> };
  SearchHit: SearchHitModel;
  SharedWork: SharedWorkModel;
  Source: NodeModel;
  Status: NodeModel;
  String: Scalars['String']['output'];
  Subgraph: SubgraphModel;
  Target: NodeModel;
  TextSelector: TextSelector;
  Topsector: NodeModel;
  TopsectorConnection: ConnectionModel;
  TopsectorEdge: EdgeModel;
  TopsectorFilter: TopsectorFilter;
  TopsectorLink: LinkModel;
  UpdateNodeInput: UpdateNodeInput;
  UpdateRelationshipInput: UpdateRelationshipInput;
};

export type ActionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Action'] = ResolversParentTypes['Action']> = {
  actors?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType, Partial<ActionActorsArgs>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  commissioners?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType>;
  commitment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  continuedBy?: Resolver<Array<ResolversTypes['NodeLink']>, ParentType, ContextType>;
  contributors?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType>;
  drivers?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  funders?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leads?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType>;
  measurements?: Resolver<Array<ResolversTypes['Measurement']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  noDriverReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['ActionPart']>, ParentType, ContextType>;
  pillar?: Resolver<ResolversTypes['Pillar'], ParentType, ContextType>;
  programmes?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statuses?: Resolver<Array<ResolversTypes['EditionStatus']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  urls?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActionConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActionConnection'] = ResolversParentTypes['ActionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Action']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActionEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActionEdge'] = ResolversParentTypes['ActionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
  orderValue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ActionPartResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActionPart'] = ResolversParentTypes['ActionPart']> = {
  action?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
  actors?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType, Partial<ActionPartActorsArgs>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  drivers?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leads?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType>;
  letter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measurements?: Resolver<Array<ResolversTypes['Measurement']>, ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  noDriverReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  __resolveType: TypeResolveFn<'Organisation' | 'Programme' | 'Region' | 'Topsector', ParentType, ContextType>;
};

export type ActorCentralityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorCentrality'] = ResolversParentTypes['ActorCentrality']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weightedDegree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  orderValue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ActorLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorLink'] = ResolversParentTypes['ActorLink']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type ChangeSetResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChangeSet'] = ResolversParentTypes['ChangeSet']> = {
  added?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['GraphChange']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retracted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CollaboratorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Collaborator'] = ResolversParentTypes['Collaborator']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  shared?: Resolver<Array<ResolversTypes['SharedWork']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountGroupResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CountGroup'] = ResolversParentTypes['CountGroup']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
};

export type EditResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Edit'] = ResolversParentTypes['Edit']> = {
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Revision'], ParentType, ContextType>;
};

export type EditionStatusResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EditionStatus'] = ResolversParentTypes['EditionStatus']> = {
  claim?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActionStatusValue'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  selector?: Resolver<ResolversTypes['TextSelector'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  statedIn?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FactChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FactChange'] = ResolversParentTypes['FactChange']> = {
  after?: Resolver<ResolversTypes['FactSnapshot'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['FactSnapshot']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FactKind'], ParentType, ContextType>;
};

export type FactSnapshotResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FactSnapshot'] = ResolversParentTypes['FactSnapshot']> = {
  from?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  nodeType?: Resolver<Maybe<ResolversTypes['NodeType']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['PropertyMap'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['FactState'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['RelationshipType']>, ParentType, ContextType>;
};

export type GraphChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphChange'] = ResolversParentTypes['GraphChange']> = {
  fact?: Resolver<ResolversTypes['FactSnapshot'], ParentType, ContextType>;
  factId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  factKind?: Resolver<ResolversTypes['FactKind'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  directed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shared?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['GraphEdgeType'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  depth?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
};

export type InvolvementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Involvement'] = ResolversParentTypes['Involvement']> = {
  action?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InvolvementKind'], ParentType, ContextType>;
  part?: Resolver<Maybe<ResolversTypes['ActionPart']>, ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type MeasurementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Measurement'] = ResolversParentTypes['Measurement']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  counts?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  discrepancy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Measurement']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['Measurement']>, ParentType, ContextType>;
  partsSum?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reachesTarget?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  segment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statedFor?: Resolver<Array<ResolversTypes['NodeLink']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeasurementConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MeasurementConnection'] = ResolversParentTypes['MeasurementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MeasurementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Measurement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeasurementEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MeasurementEdge'] = ResolversParentTypes['MeasurementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Measurement'], ParentType, ContextType>;
};

export type MilestoneResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone']> = {
  action?: Resolver<Maybe<ResolversTypes['Action']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  concerns?: Resolver<Array<ResolversTypes['NodeLink']>, ParentType, ContextType>;
  counts?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dateText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  part?: Resolver<Maybe<ResolversTypes['ActionPart']>, ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MilestoneConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MilestoneConnection'] = ResolversParentTypes['MilestoneConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MilestoneEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MilestoneEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MilestoneEdge'] = ResolversParentTypes['MilestoneEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Milestone'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptProposal?: Resolver<ResolversTypes['ProposalDecision'], ParentType, ContextType, RequireFields<MutationAcceptProposalArgs, 'input'>>;
  addNode?: Resolver<ResolversTypes['Edit'], ParentType, ContextType, RequireFields<MutationAddNodeArgs, 'input'>>;
  addRelationship?: Resolver<ResolversTypes['Edit'], ParentType, ContextType, RequireFields<MutationAddRelationshipArgs, 'input'>>;
  addSource?: Resolver<ResolversTypes['Edit'], ParentType, ContextType, RequireFields<MutationAddSourceArgs, 'input'>>;
  proposeFacts?: Resolver<ResolversTypes['ProposalRun'], ParentType, ContextType, RequireFields<MutationProposeFactsArgs, 'input'>>;
  rejectProposal?: Resolver<ResolversTypes['ProposalDecision'], ParentType, ContextType, RequireFields<MutationRejectProposalArgs, 'input'>>;
  replaceSourceFile?: Resolver<ResolversTypes['Edit'], ParentType, ContextType, RequireFields<MutationReplaceSourceFileArgs, 'input'>>;
  retract?: Resolver<ResolversTypes['Edit'], ParentType, ContextType, RequireFields<MutationRetractArgs, 'input'>>;
  revert?: Resolver<ResolversTypes['Edit'], ParentType, ContextType, RequireFields<MutationRevertArgs, 'input'>>;
  updateNode?: Resolver<ResolversTypes['Edit'], ParentType, ContextType, RequireFields<MutationUpdateNodeArgs, 'input'>>;
  updateRelationship?: Resolver<ResolversTypes['Edit'], ParentType, ContextType, RequireFields<MutationUpdateRelationshipArgs, 'input'>>;
};

export type NodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Action' | 'ActionPart' | 'Measurement' | 'Milestone' | 'Objective' | 'Organisation' | 'Pillar' | 'Programme' | 'Region' | 'Source' | 'Status' | 'Target' | 'Topsector', ParentType, ContextType>;
};

export type NodeLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NodeLink'] = ResolversParentTypes['NodeLink']> = {
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type ObjectiveResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Objective'] = ResolversParentTypes['Objective']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  continues?: Resolver<Array<ResolversTypes['NodeLink']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  actions?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType, Partial<OrganisationActionsArgs>>;
  activeIn?: Resolver<Array<ResolversTypes['RegionLink']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  commissions?: Resolver<Array<ResolversTypes['NodeLink']>, ParentType, ContextType>;
  coordinates?: Resolver<Array<ResolversTypes['NodeLink']>, ParentType, ContextType>;
  drives?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  focusesOn?: Resolver<Array<ResolversTypes['TopsectorLink']>, ParentType, ContextType>;
  funds?: Resolver<Array<ResolversTypes['NodeLink']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  leads?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['NodeLink']>, ParentType, ContextType, Partial<OrganisationLinksArgs>>;
  measurements?: Resolver<Array<ResolversTypes['Measurement']>, ParentType, ContextType>;
  memberOf?: Resolver<Array<ResolversTypes['OrganisationLink']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['OrganisationLink']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['OrganisationLink']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  runs?: Resolver<Array<ResolversTypes['ProgrammeLink']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganisationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationConnection'] = ResolversParentTypes['OrganisationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganisationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationEdge'] = ResolversParentTypes['OrganisationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  orderValue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type OrganisationLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationLink'] = ResolversParentTypes['OrganisationLink']> = {
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  hops?: Resolver<Array<ResolversTypes['PathHop']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
};

export type PathHopResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PathHop'] = ResolversParentTypes['PathHop']> = {
  edge?: Resolver<ResolversTypes['GraphEdge'], ParentType, ContextType>;
  forward?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
};

export type PillarResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Pillar'] = ResolversParentTypes['Pillar']> = {
  actions?: Resolver<Array<ResolversTypes['Action']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProgrammeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme']> = {
  actions?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType, Partial<ProgrammeActionsArgs>>;
  activeIn?: Resolver<Array<ResolversTypes['RegionLink']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  drives?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  focusesOn?: Resolver<Array<ResolversTypes['TopsectorLink']>, ParentType, ContextType>;
  fundedBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implements?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProgrammeKind'], ParentType, ContextType>;
  leads?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['NodeLink']>, ParentType, ContextType, Partial<ProgrammeLinksArgs>>;
  measurements?: Resolver<Array<ResolversTypes['Measurement']>, ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['ProgrammeLink']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['ProgrammeLink']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  runBy?: Resolver<Array<ResolversTypes['OrganisationLink']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProgrammeConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProgrammeConnection'] = ResolversParentTypes['ProgrammeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProgrammeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Programme']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgrammeEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProgrammeEdge'] = ResolversParentTypes['ProgrammeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  orderValue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ProgrammeLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProgrammeLink'] = ResolversParentTypes['ProgrammeLink']> = {
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export interface PropertyMapScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PropertyMap'], any> {
  name: 'PropertyMap';
}

export type ProposalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Proposal'] = ResolversParentTypes['Proposal']> = {
  acceptedIn?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  edits?: Resolver<Array<ResolversTypes['ProposedEdit']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProposalKind'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selector?: Resolver<ResolversTypes['TextSelector'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProposalStatus'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProposalDecisionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProposalDecision'] = ResolversParentTypes['ProposalDecision']> = {
  proposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
};

export type ProposalPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProposalPage'] = ResolversParentTypes['ProposalPage']> = {
  next?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProposalRunResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProposalRun'] = ResolversParentTypes['ProposalRun']> = {
  alreadyInGraph?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  alreadyProposed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  textSha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProposedEditResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProposedEdit'] = ResolversParentTypes['ProposedEdit']> = {
  from?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodeType?: Resolver<Maybe<ResolversTypes['NodeType']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['EditOperation'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['PropertyMap'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['RelationshipType']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  action?: Resolver<Maybe<ResolversTypes['Action']>, ParentType, ContextType, RequireFields<QueryActionArgs, 'number'>>;
  actions?: Resolver<ResolversTypes['ActionConnection'], ParentType, ContextType, RequireFields<QueryActionsArgs, 'first' | 'orderBy'>>;
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<QueryActorsArgs, 'first' | 'orderBy'>>;
  centrality?: Resolver<Array<ResolversTypes['ActorCentrality']>, ParentType, ContextType, RequireFields<QueryCentralityArgs, 'first' | 'orderBy'>>;
  changes?: Resolver<ResolversTypes['ChangeSet'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'from' | 'to'>>;
  collaborationNetwork?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryCollaborationNetworkArgs, 'minWeight'>>;
  collaborators?: Resolver<Maybe<Array<ResolversTypes['Collaborator']>>, ParentType, ContextType, RequireFields<QueryCollaboratorsArgs, 'id'>>;
  counts?: Resolver<Array<ResolversTypes['CountGroup']>, ParentType, ContextType, RequireFields<QueryCountsArgs, 'by'>>;
  fact?: Resolver<Maybe<ResolversTypes['FactSnapshot']>, ParentType, ContextType, RequireFields<QueryFactArgs, 'id' | 'includeDeprecated'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<QueryHistoryArgs, 'id'>>;
  measurements?: Resolver<ResolversTypes['MeasurementConnection'], ParentType, ContextType, RequireFields<QueryMeasurementsArgs, 'first'>>;
  milestones?: Resolver<ResolversTypes['MilestoneConnection'], ParentType, ContextType, RequireFields<QueryMilestonesArgs, 'first'>>;
  neighbourhood?: Resolver<Maybe<ResolversTypes['Subgraph']>, ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'id' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  objectives?: Resolver<Array<ResolversTypes['Objective']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, Partial<QueryOrganisationArgs>>;
  organisations?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<QueryOrganisationsArgs, 'first' | 'orderBy'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'first' | 'from' | 'maxHops' | 'to'>>;
  pillars?: Resolver<Array<ResolversTypes['Pillar']>, ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType, Partial<QueryProgrammeArgs>>;
  programmes?: Resolver<ResolversTypes['ProgrammeConnection'], ParentType, ContextType, RequireFields<QueryProgrammesArgs, 'first' | 'orderBy'>>;
  proposal?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType, RequireFields<QueryProposalArgs, 'id'>>;
  proposals?: Resolver<ResolversTypes['ProposalPage'], ParentType, ContextType, RequireFields<QueryProposalsArgs, 'first' | 'source'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, Partial<QueryRegionArgs>>;
  regionNetwork?: Resolver<Maybe<ResolversTypes['Subgraph']>, ParentType, ContextType, RequireFields<QueryRegionNetworkArgs, 'id'>>;
  regions?: Resolver<ResolversTypes['RegionConnection'], ParentType, ContextType, RequireFields<QueryRegionsArgs, 'first' | 'orderBy'>>;
  revisions?: Resolver<ResolversTypes['RevisionPage'], ParentType, ContextType, RequireFields<QueryRevisionsArgs, 'after' | 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  topsector?: Resolver<Maybe<ResolversTypes['Topsector']>, ParentType, ContextType, Partial<QueryTopsectorArgs>>;
  topsectors?: Resolver<ResolversTypes['TopsectorConnection'], ParentType, ContextType, RequireFields<QueryTopsectorsArgs, 'first' | 'orderBy'>>;
};

export type QuotationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Quotation'] = ResolversParentTypes['Quotation']> = {
  factId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FactKind'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
  selector?: Resolver<ResolversTypes['TextSelector'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
};

export type RegionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  actions?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType, Partial<RegionActionsArgs>>;
  activeIn?: Resolver<Array<ResolversTypes['RegionLink']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  coordinatedBy?: Resolver<Array<ResolversTypes['OrganisationLink']>, ParentType, ContextType>;
  drives?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  focusesOn?: Resolver<Array<ResolversTypes['TopsectorLink']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiatives?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType>;
  leads?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['NodeLink']>, ParentType, ContextType, Partial<RegionLinksArgs>>;
  measurements?: Resolver<Array<ResolversTypes['Measurement']>, ParentType, ContextType>;
  memberOf?: Resolver<Array<ResolversTypes['OrganisationLink']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['RegionLink']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['RegionLink']>, ParentType, ContextType, Partial<RegionPartsArgs>>;
  priorities?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sectionHeader?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sectionLine?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RegionConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionConnection'] = ResolversParentTypes['RegionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RegionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionEdge'] = ResolversParentTypes['RegionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  orderValue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type RegionLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionLink'] = ResolversParentTypes['RegionLink']> = {
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type RelationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RevisionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Revision'] = ResolversParentTypes['Revision']> = {
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FactChange']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['EditOperation'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reverts?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  time?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RevisionPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RevisionPage'] = ResolversParentTypes['RevisionPage']> = {
  next?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
};

export type SharedWorkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SharedWork'] = ResolversParentTypes['SharedWork']> = {
  item?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  own?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  theirs?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type SourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  edition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  fileName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quotations?: Resolver<Array<ResolversTypes['Quotation']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  series?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  textSha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatusResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Status'] = ResolversParentTypes['Status']> = {
  action?: Resolver<Maybe<ResolversTypes['Action']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['StatusBasis'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActionStatusValue'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TargetResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Target'] = ResolversParentTypes['Target']> = {
  action?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  baseline?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  current?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measurements?: Resolver<Array<ResolversTypes['Measurement']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  part?: Resolver<Maybe<ResolversTypes['ActionPart']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  targetYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TextSelectorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TextSelector'] = ResolversParentTypes['TextSelector']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  exact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  suffix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TopsectorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Topsector'] = ResolversParentTypes['Topsector']> = {
  actions?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType, Partial<TopsectorActionsArgs>>;
  activeIn?: Resolver<Array<ResolversTypes['RegionLink']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  drives?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  focusedBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType>;
  funds?: Resolver<Array<ResolversTypes['NodeLink']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leads?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['NodeLink']>, ParentType, ContextType, Partial<TopsectorLinksArgs>>;
  measurements?: Resolver<Array<ResolversTypes['Measurement']>, ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TopsectorConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TopsectorConnection'] = ResolversParentTypes['TopsectorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TopsectorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Topsector']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TopsectorEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TopsectorEdge'] = ResolversParentTypes['TopsectorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Topsector'], ParentType, ContextType>;
  orderValue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TopsectorLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TopsectorLink'] = ResolversParentTypes['TopsectorLink']> = {
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  topsector?: Resolver<ResolversTypes['Topsector'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Action?: ActionResolvers<ContextType>;
  ActionConnection?: ActionConnectionResolvers<ContextType>;
  ActionEdge?: ActionEdgeResolvers<ContextType>;
  ActionPart?: ActionPartResolvers<ContextType>;
  Actor?: ActorResolvers<ContextType>;
  ActorCentrality?: ActorCentralityResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  ActorLink?: ActorLinkResolvers<ContextType>;
  ChangeSet?: ChangeSetResolvers<ContextType>;
  Collaborator?: CollaboratorResolvers<ContextType>;
  CountGroup?: CountGroupResolvers<ContextType>;
  Edit?: EditResolvers<ContextType>;
  EditionStatus?: EditionStatusResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  FactChange?: FactChangeResolvers<ContextType>;
  FactSnapshot?: FactSnapshotResolvers<ContextType>;
  GraphChange?: GraphChangeResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Involvement?: InvolvementResolvers<ContextType>;
  Measurement?: MeasurementResolvers<ContextType>;
  MeasurementConnection?: MeasurementConnectionResolvers<ContextType>;
  MeasurementEdge?: MeasurementEdgeResolvers<ContextType>;
  Milestone?: MilestoneResolvers<ContextType>;
  MilestoneConnection?: MilestoneConnectionResolvers<ContextType>;
  MilestoneEdge?: MilestoneEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NodeLink?: NodeLinkResolvers<ContextType>;
  Objective?: ObjectiveResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  OrganisationLink?: OrganisationLinkResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathHop?: PathHopResolvers<ContextType>;
  Pillar?: PillarResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  ProgrammeConnection?: ProgrammeConnectionResolvers<ContextType>;
  ProgrammeEdge?: ProgrammeEdgeResolvers<ContextType>;
  ProgrammeLink?: ProgrammeLinkResolvers<ContextType>;
  PropertyMap?: GraphQLScalarType;
  Proposal?: ProposalResolvers<ContextType>;
  ProposalDecision?: ProposalDecisionResolvers<ContextType>;
  ProposalPage?: ProposalPageResolvers<ContextType>;
  ProposalRun?: ProposalRunResolvers<ContextType>;
  ProposedEdit?: ProposedEditResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quotation?: QuotationResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionConnection?: RegionConnectionResolvers<ContextType>;
  RegionEdge?: RegionEdgeResolvers<ContextType>;
  RegionLink?: RegionLinkResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  Revision?: RevisionResolvers<ContextType>;
  RevisionPage?: RevisionPageResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SharedWork?: SharedWorkResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Status?: StatusResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Target?: TargetResolvers<ContextType>;
  TextSelector?: TextSelectorResolvers<ContextType>;
  Topsector?: TopsectorResolvers<ContextType>;
  TopsectorConnection?: TopsectorConnectionResolvers<ContextType>;
  TopsectorEdge?: TopsectorEdgeResolvers<ContextType>;
  TopsectorLink?: TopsectorLinkResolvers<ContextType>;
};

