/**
 * Cypher of the entity lists (organisations, programmes, regions, topsectors, actors):
 * keyset pages ordered by folded name then id. The label is picked from a fixed table;
 * every filter value is a $parameter.
 */
import type { NodeLabel } from '../../seeds/seed-schema.ts';

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

const page = (match: string) => `${filter(match)}
  AND ($afterName IS NULL OR n.sortName > $afterName OR (n.sortName = $afterName AND n.id > $afterId))
RETURN n AS node, labels(n) AS labels
ORDER BY n.sortName, n.id
LIMIT $limit`;

const count = (match: string) => `${filter(match)}
RETURN count(n) AS count`;

const ACTOR_MATCH = ENTITY_LABELS.join('|');

export const ENTITY_PAGE: Readonly<Record<EntityLabel | 'Actor', string>> = {
  Organisation: page('Organisation'),
  Programme: page('Programme'),
  Topsector: page('Topsector'),
  Region: page('Region'),
  Actor: page(ACTOR_MATCH),
};

export const ENTITY_COUNT: Readonly<Record<EntityLabel | 'Actor', string>> = {
  Organisation: count('Organisation'),
  Programme: count('Programme'),
  Topsector: count('Topsector'),
  Region: count('Region'),
  Actor: count(ACTOR_MATCH),
};
