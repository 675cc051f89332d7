/**
 * Cypher of the grouped counts (`counts(by:)`). Each groups what a list counts, with the
 * same patterns and the same count expressions (ACTOR_METRICS), so that a group's number
 * is the `totalCount` of the list it summarises: actions per pillar as `actions(filter:
 * { pillar })`, organisations per kind as `organisations(filter: { kinds })`, actors active
 * in a region or its parts as the lists' `region` filter. Statements are built per set of
 * bounds from fixed tables; the bounds and levels are $parameters.
 */
import { FULL_PROJECTION, labelsColumn } from '../kernel/projection.ts';
import { ACTOR_METRIC_NAMES, ACTOR_METRICS, type ActorMetric } from '../actors/actor.cypher.ts';

export const COUNT_BY = ['PILLAR', 'ORGANISATION_KIND', 'REGION', 'RELATIONSHIP_KIND'] as const;
export type CountBy = (typeof COUNT_BY)[number];

/** `WITH n, <counts> WHERE <bounds>` for the bounded counts; nothing without bounds. */
function bounded(minimums: readonly ActorMetric[]): string {
  const used = ACTOR_METRIC_NAMES.filter((name) => minimums.includes(name));
  if (used.length === 0) return '';
  return `\nWITH n, ${used.map((name) => `${ACTOR_METRICS[name]} AS m_${name}`).join(',\n  ')}
WHERE ${used.map((name) => `m_${name} >= $min_${name}`).join(' AND ')}`;
}

export const ACTIONS_PER_PILLAR = `MATCH (p:Pillar)
RETURN ${FULL_PROJECTION.node('p', ['Pillar'])} AS node, ${labelsColumn('p', ['Pillar'])} AS labels,
       p.id AS key, COUNT { (:Action)-[:IN_PILLAR]->(p) } AS count`;

/**
 * Per pillar, the actions of a filtered action list (`matching`: actionListStatements'
 * text before its RETURN, with `a` the matching action): the list's own conditions, so a
 * pillar's count is `actions(filter: { pillar, ... }).totalCount`. It runs once per pillar.
 */
export function filteredActionsPerPillar(matching: string): string {
  return `MATCH (p:Pillar)
CALL (p) {
  ${matching.replace(/\n/g, '\n  ')}
  WITH a WHERE EXISTS { (a)-[:IN_PILLAR]->(p) }
  RETURN count(a) AS count
}
RETURN ${FULL_PROJECTION.node('p', ['Pillar'])} AS node, ${labelsColumn('p', ['Pillar'])} AS labels,
       p.id AS key, count`;
}

export function organisationsPerKind(minimums: readonly ActorMetric[]): string {
  return `MATCH (n:Organisation)${bounded(minimums)}
RETURN n.kind AS key, count(n) AS count`;
}

/**
 * Per region of the levels: the organisations and the programmes active in it or a part of
 * it (each once), as `organisations(filter: { region })` and `programmes(filter: { region })`
 * find them; their labels never overlap, so the two counts add up.
 */
export function actorsPerRegion(minimums: readonly ActorMetric[]): string {
  const per = (label: string) => `CALL {
  WITH r
  MATCH (r)<-[:PART_OF*0..3]-(:Region)<-[:ACTIVE_IN]-(n:${label})
  WITH DISTINCT n${bounded(minimums)}
  RETURN count(n) AS ${label.toLowerCase()}s
}`;
  return `MATCH (r:Region) WHERE r.level IN $levels
${per('Organisation')}
${per('Programme')}
RETURN ${FULL_PROJECTION.node('r', ['Region'])} AS node, ${labelsColumn('r', ['Region'])} AS labels,
       r.id AS key, organisations + programmes AS count`;
}

export const RELATIONSHIPS_PER_TYPE = `MATCH (:Node)-[r]->(:Node)
RETURN type(r) AS key, count(r) AS count`;
