/**
 * Type definitions for @neo4j/graphql 7 that mirror our schema/ over the same database:
 * the same node types and properties, and our relationship fields as `@relationship`
 * fields. Checked against the library's v7 documentation: `@node` is required on every
 * node type, relationship fields are lists, interface relationship fields are declared with
 * `@declareRelationship` and implemented on each type, filters use operator objects
 * (`{ id: { eq } }`), paging is `limit`/`sort` on lists and `first`/`after` on connections.
 *
 * Choices that give the peer its best chance, on purpose:
 * - every type maps to its label AND `Node` (`@node(labels: ["Organisation", "Node"])`), so
 *   the generated `MATCH (this:Organisation:Node) WHERE this.id = $x` can use our one
 *   uniqueness constraint on `Node.id`, as our own queries do;
 * - stored values are exposed as they are (kind as "foundation"), because "governance-body"
 *   is not a valid GraphQL enum value; the normalisers compare them with ours;
 * - what the library cannot generate (full-text search with our analyzer) is a `@cypher`
 *   field with the same statement we use, the library's documented way.
 * Our `Involvement` (an actor on the action or one of its parts, with a kind) has no
 * generated equivalent; the peer asks for the action's and its parts' relationship fields
 * and the normaliser assembles the same list.
 */

const NODE_FIELDS = `
  id: ID!
  name: String!
  aliases: [String!]!
  quote: String!
  source: String!
  sortName: String!`;

/** Fields every Actor type implements, with the relationship of each. */
const ACTOR_FIELDS = `
  leads: [Involved!]! @relationship(type: "LEADS", direction: OUT)
  contributesTo: [Involved!]! @relationship(type: "CONTRIBUTES_TO", direction: OUT)
  activeIn: [Region!]! @relationship(type: "ACTIVE_IN", direction: OUT)
  milestones: [Milestone!]! @relationship(type: "CONCERNS", direction: IN)`;

export const PEER_TYPE_DEFS = `#graphql
# A public, read-only API like ours: no mutations are generated.
extend schema @mutation(operations: [])

interface Actor {
  ${NODE_FIELDS}
  leads: [Involved!]! @declareRelationship
  contributesTo: [Involved!]! @declareRelationship
  activeIn: [Region!]! @declareRelationship
  milestones: [Milestone!]! @declareRelationship
}

"What an actor can be involved in: an action or one of its parts."
union Involved = Action | ActionPart

type Source @node(labels: ["Source", "Node"]) {
  ${NODE_FIELDS}
  title: String!
  date: String!
  sha256: String!
  path: String!
  language: String!
  url: String
}

type Pillar @node(labels: ["Pillar", "Node"]) {
  ${NODE_FIELDS}
  number: Int!
  actions: [Action!]! @relationship(type: "IN_PILLAR", direction: IN)
}

type Action @node(labels: ["Action", "Node"]) {
  ${NODE_FIELDS}
  number: Int!
  title: String!
  commitment: String!
  urls: [String!]
  pillar: [Pillar!]! @relationship(type: "IN_PILLAR", direction: OUT)
  parts: [ActionPart!]! @relationship(type: "PART_OF", direction: IN)
  leads: [Actor!]! @relationship(type: "LEADS", direction: IN)
  leadOrganisations: [Organisation!]! @relationship(type: "LEADS", direction: IN)
  commissioners: [Organisation!]! @relationship(type: "COMMISSIONS", direction: IN)
  contributors: [Actor!]! @relationship(type: "CONTRIBUTES_TO", direction: IN)
  programmes: [Programme!]! @relationship(type: "IMPLEMENTS", direction: IN)
  funders: [Actor!]! @relationship(type: "FUNDS", direction: IN)
  mentions: [Actor!]! @relationship(type: "MENTIONED_IN", direction: IN)
  targets: [Target!]! @relationship(type: "HAS_TARGET", direction: OUT)
  milestones: [Milestone!]! @relationship(type: "HAS_MILESTONE", direction: OUT)
}

type ActionPart @node(labels: ["ActionPart", "Node"]) {
  ${NODE_FIELDS}
  code: String!
  letter: String!
  text: String!
  action: [Action!]! @relationship(type: "PART_OF", direction: OUT)
  leads: [Actor!]! @relationship(type: "LEADS", direction: IN)
  leadOrganisations: [Organisation!]! @relationship(type: "LEADS", direction: IN)
  contributors: [Actor!]! @relationship(type: "CONTRIBUTES_TO", direction: IN)
  targets: [Target!]! @relationship(type: "HAS_TARGET", direction: OUT)
  milestones: [Milestone!]! @relationship(type: "HAS_MILESTONE", direction: OUT)
}

type Organisation implements Actor @node(labels: ["Organisation", "Node"]) {
  ${NODE_FIELDS}
  kind: String!
  ${ACTOR_FIELDS}
  runs: [Programme!]! @relationship(type: "RUNS", direction: OUT)
  memberOf: [Organisation!]! @relationship(type: "MEMBER_OF", direction: OUT)
  partOf: [Organisation!]! @relationship(type: "PART_OF", direction: OUT)
  focusesOn: [Topsector!]! @relationship(type: "FOCUSES_ON", direction: OUT)
}

type Programme implements Actor @node(labels: ["Programme", "Node"]) {
  ${NODE_FIELDS}
  kind: String!
  ${ACTOR_FIELDS}
  implements: [Involved!]! @relationship(type: "IMPLEMENTS", direction: OUT)
  runBy: [Organisation!]! @relationship(type: "RUNS", direction: IN)
  partOf: [Programme!]! @relationship(type: "PART_OF", direction: OUT)
  parts: [Programme!]! @relationship(type: "PART_OF", direction: IN)
  focusesOn: [Topsector!]! @relationship(type: "FOCUSES_ON", direction: OUT)
}

type Topsector implements Actor @node(labels: ["Topsector", "Node"]) {
  ${NODE_FIELDS}
  ${ACTOR_FIELDS}
  focusedBy: [Region!]! @relationship(type: "FOCUSES_ON", direction: IN)
}

type Region implements Actor @node(labels: ["Region", "Node"]) {
  ${NODE_FIELDS}
  level: String!
  priorities: [String!]
  ${ACTOR_FIELDS}
  partOf: [Region!]! @relationship(type: "PART_OF", direction: OUT)
  parts: [Region!]! @relationship(type: "PART_OF", direction: IN)
  initiatives: [Actor!]! @relationship(type: "ACTIVE_IN", direction: IN)
  focusesOn: [Topsector!]! @relationship(type: "FOCUSES_ON", direction: OUT)
}

type Target @node(labels: ["Target", "Node"]) {
  ${NODE_FIELDS}
  indicator: String!
  unit: String!
  target: Float!
  baseline: Float
  targetYear: Int
  current: Float
  measurements: [Measurement!]! @relationship(type: "HAS_MEASUREMENT", direction: OUT)
}

type Measurement @node(labels: ["Measurement", "Node"]) {
  ${NODE_FIELDS}
  segment: String!
  value: Float!
  unit: String!
}

type Milestone @node(labels: ["Milestone", "Node"]) {
  ${NODE_FIELDS}
  date: String!
  endDate: String
  dateText: String!
}

union SearchResult =
  | Source | Pillar | Action | ActionPart | Organisation | Programme
  | Topsector | Region | Target | Measurement | Milestone

type Query {
  "Our search, as the library allows it: the same index and statement as ours."
  search(query: String!, first: Int!, scanLimit: Int!): [SearchResult!]!
    @cypher(
      statement: """
      CALL db.index.fulltext.queryNodes('node_search', $query, {limit: $scanLimit})
      YIELD node, score
      WITH node, score ORDER BY score DESC, node.sortName LIMIT $first
      RETURN node
      """
      columnName: "node"
    )
}
`;
