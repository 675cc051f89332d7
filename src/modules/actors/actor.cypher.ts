/**
 * Cypher of the entity lists (organisations, programmes, regions, topsectors, actors):
 * keyset pages ordered by folded name then id. The label is picked from a fixed table;
 * every filter value is a $parameter.
 */
import type { NodeLabel } from '../../seeds/seed-schema.ts';
import { labelsColumn, type Projection } from '../nodes/node-projection.ts';

export type EntityLabel = Extract<NodeLabel, 'Organisation' | 'Programme' | 'Topsector' | 'Region'>;
export const ENTITY_LABELS: readonly EntityLabel[] = [
  'Organisation',
  'Programme',
  'Topsector',
  'Region',
];

const filter = (match: string) => `MATCH (n:${match})
WHERE ($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels))
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($levels IS NULL OR n.level IN $levels)
  AND ($region IS NULL OR EXISTS { (n)-[:ACTIVE_IN]->(:Region)-[:PART_OF*0..3]->(:Node&Region {id: $region}) })
  AND ($partOf IS NULL OR EXISTS { (n)-[:PART_OF*1..3]->(:Node&Region {id: $partOf}) })`;

// \`n.sortName >= ...\` adds nothing to the keyset condition after it, but lets the planner
// read the label's sortName index in order and stop after a page, instead of sorting all.
const page =
  (match: string, labels: readonly NodeLabel[]) => (projection: Projection) => `${filter(match)}
  AND n.sortName >= coalesce($afterName, '')
  AND ($afterName IS NULL OR n.sortName > $afterName OR (n.sortName = $afterName AND n.id > $afterId))
RETURN ${projection.node('n', labels, ['sortName'])} AS node, ${labelsColumn('n', labels)} AS labels
ORDER BY n.sortName, n.id
LIMIT $limit`;

const count = (match: string) => `${filter(match)}
RETURN count(n) AS count`;

const ACTOR_MATCH = ENTITY_LABELS.join('|');

/**
 * One entity by id, its label known: the projection of that label's properties (a by-id
 * read of an unknown label returns the whole node, twice the db hits).
 */
export const ENTITY_BY_ID: Readonly<Record<EntityLabel, (projection: Projection) => string>> =
  Object.fromEntries(
    ENTITY_LABELS.map((label) => [
      label,
      (projection: Projection) => `MATCH (n:Node {id: $id}) WHERE n:${label}
RETURN ${projection.node('n', [label])} AS node, ${labelsColumn('n', [label])} AS labels`,
    ]),
  ) as Record<EntityLabel, (projection: Projection) => string>;

/** A page as a function of the projection (a read-ahead fits it to its request). */
export const ENTITY_PAGE: Readonly<
  Record<EntityLabel | 'Actor', (projection: Projection) => string>
> = {
  Organisation: page('Organisation', ['Organisation']),
  Programme: page('Programme', ['Programme']),
  Topsector: page('Topsector', ['Topsector']),
  Region: page('Region', ['Region']),
  Actor: page(ACTOR_MATCH, ENTITY_LABELS),
};

export const ENTITY_COUNT: Readonly<Record<EntityLabel | 'Actor', string>> = {
  Organisation: count('Organisation'),
  Programme: count('Programme'),
  Topsector: count('Topsector'),
  Region: count('Region'),
  Actor: count(ACTOR_MATCH),
};

/** The count without a filter: Neo4j answers it from its count store, without a scan. */
export const ENTITY_COUNT_UNFILTERED: Readonly<Record<EntityLabel | 'Actor', string>> = {
  Organisation: 'MATCH (n:Organisation) RETURN count(n) AS count',
  Programme: 'MATCH (n:Programme) RETURN count(n) AS count',
  Topsector: 'MATCH (n:Topsector) RETURN count(n) AS count',
  Region: 'MATCH (n:Region) RETURN count(n) AS count',
  // Four count-store reads; every node has one primary label, so none is counted twice.
  Actor: `CALL {
  MATCH (n:Organisation) RETURN count(n) AS c UNION ALL
  MATCH (n:Programme) RETURN count(n) AS c UNION ALL
  MATCH (n:Topsector) RETURN count(n) AS c UNION ALL
  MATCH (n:Region) RETURN count(n) AS c
}
RETURN sum(c) AS count`,
};
