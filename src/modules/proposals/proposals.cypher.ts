/**
 * Cypher of the review queue. A Proposal is no fact of the graph (no :Node, untouched by the
 * import): it is what a proposer read from a source, kept with its decision. Its id is
 * derived from its source and what it asserts, so a second run finds it again.
 */

/** What the proposer knows: every node it can name or refer to. */
export const KNOWN_NODES = `
MATCH (n:Node)
WHERE n:Organisation OR n:Programme OR n:Topsector OR n:Region OR n:Action OR n:ActionPart
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Node'][0] AS label, n.name AS name,
       coalesce(n.aliases, []) AS aliases, n.number AS number, n.code AS code
ORDER BY id`;

/** The source a run reads, with the hash of its text. */
export const SOURCE_FOR_PROPOSALS = `
MATCH (s:Source:Node {id: $source})
RETURN s {.id, .path, .sha256, .textSha256, .date} AS source`;

/** Which of these proposal ids are in the queue already (in any state). */
export const PROPOSALS_KNOWN = `
UNWIND $ids AS id
MATCH (p:Proposal {id: id})
RETURN p.id AS id`;

/**
 * Which proposed facts the graph has: nodes by id, relationships by id, and, for a mention,
 * any involvement of the actor in the action (a stated role makes a mention redundant).
 */
export const FACTS_PRESENT = `
UNWIND $facts AS fact
OPTIONAL MATCH (n:Node {id: fact.id}) WHERE fact.kind = 'node'
OPTIONAL MATCH (a:Node {id: fact.from})-[r]->(b:Node {id: fact.to})
  WHERE fact.kind = 'relationship' AND (r.id = fact.id OR (fact.anyInvolvement AND
    type(r) IN ['LEADS', 'COMMISSIONS', 'CONTRIBUTES_TO', 'IMPLEMENTS', 'FUNDS', 'MENTIONED_IN']))
WITH fact, n, r
RETURN fact.id AS id, (n IS NOT NULL OR r IS NOT NULL) AS present`;

/**
 * Writes a run's new proposals, unless the source's text changed since the run read it
 * (then nothing is written and `textNow` says so). MERGE on the id: a run at the same time
 * as this one cannot make a duplicate; `created` tells which this run made.
 */
export const WRITE_PROPOSALS = `
MATCH (s:Source:Node {id: $source})
WITH s, coalesce(s.textSha256, s.sha256) AS textNow
CALL (s, textNow) {
  WITH s, textNow WHERE textNow = $textSha256
  UNWIND $proposals AS row
  MERGE (p:Proposal {id: row.id})
  ON CREATE SET p += row, p.run = $run
  RETURN collect(CASE WHEN p.run = $run THEN p.id END) AS created
}
RETURN textNow, created`;

export const PROPOSAL_BY_ID = `MATCH (p:Proposal {id: $id}) RETURN properties(p) AS proposal`;

/** Takes the proposal's lock for the deciding transaction, and reads it. */
export const LOCK_PROPOSAL = `
MATCH (p:Proposal {id: $id})
SET p.decisions = coalesce(p.decisions, 0)
RETURN properties(p) AS proposal`;

export const DECIDE_PROPOSAL = `
MATCH (p:Proposal {id: $id})
SET p += $decision, p.decisions = p.decisions + 1
RETURN properties(p) AS proposal`;

/**
 * The queue of one source, in text order, filtered by status and kind (a source's queue is
 * hundreds of proposals: it is paged in the resolver).
 */
export const PROPOSALS_OF_SOURCE = `
MATCH (p:Proposal {source: $source})
WHERE ($status IS NULL OR p.status = $status) AND ($kind IS NULL OR p.kind = $kind)
RETURN properties(p) AS proposal
ORDER BY p.start, p.id`;
