/**
 * Every GraphQL operation the explorer sends, and nothing else: the explorer is fed by our
 * public API alone. `npm run codegen` checks them against schema/ and types their results
 * (src/generated/explorer-operations.ts); tests run each against the query limits.
 */

const GRAPH_NODE = /* GraphQL */ `
  fragment ExplorerGraphNode on GraphNode {
    id
    type
    name
    aliases
    kind
    depth
    evidence {
      quote
      source {
        id
        title
      }
      selector {
        start
        end
      }
    }
  }
`;

const GRAPH_EDGE = /* GraphQL */ `
  fragment ExplorerGraphEdge on GraphEdge {
    id
    type
    source
    target
    directed
    role
    amount
    unit
    period
    note
    weight
    evidence {
      quote
      source {
        id
        title
      }
      selector {
        start
        end
      }
    }
  }
`;

const SUBGRAPH = /* GraphQL */ `
  fragment ExplorerSubgraph on Subgraph {
    truncated
    nodes {
      ...ExplorerGraphNode
    }
    edges {
      ...ExplorerGraphEdge
    }
  }
  ${GRAPH_NODE}
  ${GRAPH_EDGE}
`;

/**
 * What the page needs once: the pillars, the actions with the ids of the nodes under them
 * (so the pillar filter knows where a part, target or milestone belongs), the landsdelen.
 * Flat on purpose: pillars → actions → targets → measurements nested would cost more than
 * the API's cost limit allows, as any client's would.
 */
export const EXPLORER_INDEX = /* GraphQL */ `
  query ExplorerIndex {
    pillars {
      number
      name
    }
    actions(first: 25) {
      nodes {
        id
        number
        title
        pillar {
          number
        }
        parts {
          id
        }
        targets {
          id
          measurements {
            id
          }
        }
        milestones {
          id
        }
      }
    }
    regions(filter: { levels: [LANDSDEEL] }, first: 10) {
      nodes {
        id
        name
      }
    }
  }
`;

export const EXPLORER_SEARCH = /* GraphQL */ `
  query ExplorerSearch($text: String!, $first: Int!) {
    search(text: $text, first: $first) {
      type
      node {
        id
        name
        aliases
      }
    }
  }
`;

export const EXPLORER_NEIGHBOURHOOD = /* GraphQL */ `
  query ExplorerNeighbourhood($id: ID!, $depth: Int!, $limit: Int!, $asOf: String) {
    neighbourhood(id: $id, depth: $depth, limit: $limit, asOf: $asOf) {
      ...ExplorerSubgraph
    }
  }
  ${SUBGRAPH}
`;

export const EXPLORER_PATHS = /* GraphQL */ `
  query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int!, $first: Int!) {
    paths(from: $from, to: $to, maxHops: $maxHops, first: $first) {
      length
      nodes {
        ...ExplorerGraphNode
      }
      hops {
        forward
        edge {
          ...ExplorerGraphEdge
        }
      }
    }
  }
  ${GRAPH_NODE}
  ${GRAPH_EDGE}
`;

const INVOLVEMENT = /* GraphQL */ `
  fragment ExplorerInvolvement on Involvement {
    kind
    actor {
      id
      name
      type
      ... on Organisation {
        kind
      }
    }
    part {
      code
    }
    relation {
      id
      role
      evidence {
        quote
      }
    }
  }
`;

export const EXPLORER_ACTION = /* GraphQL */ `
  query ExplorerAction($number: Int!) {
    action(number: $number) {
      id
      number
      title
      commitment
      urls
      evidence {
        quote
        source {
          title
        }
      }
      pillar {
        number
        name
      }
      parts {
        id
        code
        text
        noDriverReason
        drivers {
          ...ExplorerInvolvement
        }
      }
      noDriverReason
      drivers {
        ...ExplorerInvolvement
      }
      leads {
        ...ExplorerInvolvement
      }
      commissioners {
        ...ExplorerInvolvement
      }
      contributors {
        ...ExplorerInvolvement
      }
      programmes {
        ...ExplorerInvolvement
      }
      funders {
        ...ExplorerInvolvement
      }
      targets {
        id
        indicator
        unit
        baseline
        target
        targetYear
        current
        part {
          code
        }
        evidence {
          quote
        }
        measurements {
          id
          segment
          value
          unit
          reachesTarget
          evidence {
            quote
          }
        }
      }
      milestones {
        id
        name
        date
        endDate
        dateText
        evidence {
          quote
        }
      }
      statuses {
        date
        status
        source {
          id
          title
          edition
        }
        claim {
          id
          basis
          evidence {
            quote
            selector {
              start
              end
            }
          }
        }
      }
    }
  }
  ${INVOLVEMENT}
`;

export const EXPLORER_REGION = /* GraphQL */ `
  query ExplorerRegion($id: ID!) {
    region(id: $id) {
      id
      name
      level
      priorities
      evidence {
        quote
        source {
          title
        }
      }
      parts {
        region {
          id
          name
          level
        }
        relation {
          evidence {
            quote
          }
        }
      }
      partOf {
        region {
          id
          name
        }
      }
    }
    regionNetwork(id: $id) {
      ...ExplorerSubgraph
    }
  }
  ${SUBGRAPH}
`;

/** Names for ids in a link (`#/paths?from=org-pbt`), to show in the search boxes. */
export const EXPLORER_NODE_NAMES = /* GraphQL */ `
  query ExplorerNodeNames($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      name
    }
  }
`;

/** Where to start: the actors with the most collaborators, for the empty explore view. */
export const EXPLORER_STARTING_POINTS = /* GraphQL */ `
  query ExplorerStartingPoints($first: Int!) {
    centrality(first: $first, orderBy: DEGREE) {
      rank
      degree
      actor {
        id
        name
        type
      }
    }
  }
`;

/** The sources an edit can quote (one today: the 2014 progress report). */
export const EXPLORER_SOURCES = /* GraphQL */ `
  query ExplorerSources {
    sources {
      id
      title
    }
  }
`;

/** A source's full text, for picking a quote from it (asked only when a curator edits). */
export const EXPLORER_SOURCE_TEXT = /* GraphQL */ `
  query ExplorerSourceText($id: ID!) {
    node(id: $id) {
      ... on Source {
        id
        title
        text
      }
    }
  }
`;

/** A fact as stored now: its revision is the `expectedRevision` of an edit of it. */
export const EXPLORER_FACT = /* GraphQL */ `
  query ExplorerFact($id: ID!) {
    fact(id: $id) {
      state
      revision
      reason
    }
  }
`;

const FACT_SNAPSHOT = /* GraphQL */ `
  fragment ExplorerFactSnapshot on FactSnapshot {
    state
    nodeType
    type
    from
    to
    properties
    reason
    revision
  }
`;

/** Every revision that changed a node or relationship, oldest first. */
export const EXPLORER_HISTORY = /* GraphQL */ `
  query ExplorerHistory($id: ID!) {
    history(id: $id) {
      number
      operation
      author
      role
      time
      comment
      tags
      reverts
      changes {
        id
        kind
        before {
          ...ExplorerFactSnapshot
        }
        after {
          ...ExplorerFactSnapshot
        }
      }
    }
  }
  ${FACT_SNAPSHOT}
`;

/**
 * The direct relationships between two nodes as drawable edges (paths of one hop), to draw
 * a relationship just added without reloading the view. Two nodes share a few relationship
 * types at most: 10 paths keep the query, with its evidence selectors, under the cost limit.
 */
export const EXPLORER_DIRECT_EDGES = /* GraphQL */ `
  query ExplorerDirectEdges($from: ID!, $to: ID!) {
    paths(from: $from, to: $to, maxHops: 1, first: 10) {
      nodes {
        ...ExplorerGraphNode
      }
      hops {
        edge {
          ...ExplorerGraphEdge
        }
      }
    }
  }
  ${GRAPH_NODE}
  ${GRAPH_EDGE}
`;

export const EXPLORER_ADD_RELATIONSHIP = /* GraphQL */ `
  mutation ExplorerAddRelationship($input: AddRelationshipInput!) {
    addRelationship(input: $input) {
      revision {
        number
      }
    }
  }
`;

export const EXPLORER_RETRACT = /* GraphQL */ `
  mutation ExplorerRetract($input: RetractInput!) {
    retract(input: $input) {
      revision {
        number
      }
    }
  }
`;

/** The editions of a report series, for the edition picker (the picker sorts them by date). */
export const EXPLORER_EDITIONS = /* GraphQL */ `
  query ExplorerEditions {
    sources {
      id
      title
      date
      series
      edition
    }
  }
`;

/** A source for the source viewer: its text and every passage a live fact quotes. */
export const EXPLORER_SOURCE_VIEW = /* GraphQL */ `
  query ExplorerSourceView($id: ID!) {
    node(id: $id) {
      ... on Source {
        id
        title
        date
        series
        edition
        language
        text
        quotations {
          factId
          kind
          selector {
            start
            end
          }
          node {
            id
            name
          }
          relation {
            type
          }
          target {
            id
            name
          }
        }
      }
    }
  }
`;

const PROPOSAL = /* GraphQL */ `
  fragment ExplorerProposal on Proposal {
    id
    kind
    status
    confidence
    summary
    selector {
      exact
      prefix
      suffix
      start
      end
    }
    subject {
      id
      name
    }
    acceptedIn {
      number
    }
    decidedBy
    decidedAt
    reason
  }
`;

/** A source's review queue, a page at a time, optionally of one status. */
export const EXPLORER_PROPOSALS = /* GraphQL */ `
  query ExplorerProposals($source: ID!, $status: ProposalStatus, $first: Int!, $after: String) {
    proposals(source: $source, status: $status, first: $first, after: $after) {
      totalCount
      next
      proposals {
        ...ExplorerProposal
      }
    }
  }
  ${PROPOSAL}
`;

export const EXPLORER_ACCEPT_PROPOSAL = /* GraphQL */ `
  mutation ExplorerAcceptProposal($input: AcceptProposalInput!) {
    acceptProposal(input: $input) {
      proposal {
        ...ExplorerProposal
      }
      revision {
        number
      }
    }
  }
  ${PROPOSAL}
`;

export const EXPLORER_REJECT_PROPOSAL = /* GraphQL */ `
  mutation ExplorerRejectProposal($input: RejectProposalInput!) {
    rejectProposal(input: $input) {
      proposal {
        ...ExplorerProposal
      }
    }
  }
  ${PROPOSAL}
`;
