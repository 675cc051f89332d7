/**
 * Q6: four levels with a limit per level: landsdelen (2 by name) -> their parts (5 by id)
 * -> the initiatives active there (5 by id) -> milestones about each (3 by id).
 * Our API has no limits below the root (lists are complete), so ours fetches whole lists
 * and the normaliser applies the same limits: the JSON compared is the same, the work is
 * not, which is the point of asking. Two landsdelen, not five: our query-cost limit
 * (src/api/query-limits.ts: 50 000, lists without `first` counted as 20) refuses five
 * (cost 90 416), because it cannot know the nested lists are short.
 * Raw leads its order with the level, a constant here, as ours does: the order of the
 * (level, sortName) index, which Neo4j then reads from the level on and stops after a page
 * (src/modules/actors/actor.cypher.ts); ordered by name alone it sorts every landsdeel.
 */
import { list, obj, TYPENAME, type Json, type Obj, type Question } from './question.ts';

const LEVEL = 'landsdeel';
const FIRST = 2;
const PER_LEVEL = 5;
const MILESTONES = 3;

const byId = (a: Obj, b: Obj) =>
  String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0;
const take = (items: unknown[], n: number, what: string): Obj[] =>
  items
    .map((x) => obj(x, what))
    .sort(byId)
    .slice(0, n);

interface Shape {
  regions: (data: unknown) => unknown[];
  parts: (region: Obj) => unknown[];
  initiatives: (part: Obj) => unknown[];
}

function canonical(data: unknown, shape: Shape): Json {
  return shape.regions(data).map((value) => {
    const region = obj(value, 'region');
    return {
      id: String(region.id),
      name: String(region.name),
      parts: take(shape.parts(region), PER_LEVEL, 'part').map((part) => ({
        id: String(part.id),
        name: String(part.name),
        initiatives: take(shape.initiatives(part), PER_LEVEL, 'initiative').map((actor) => ({
          type: String(actor.__typename),
          id: String(actor.id),
          name: String(actor.name),
          milestones: take(list(actor.milestones, 'milestones'), MILESTONES, 'milestone').map(
            (m) => ({
              id: String(m.id),
              date: String(m.date),
            }),
          ),
        })),
      })),
    };
  });
}

/** Ours and raw: `regions.nodes[].parts[].region.initiatives[].actor.milestones[]`. */
const OURS_SHAPE: Shape = {
  regions: (data) => list(obj(obj(data, 'data').regions, 'regions').nodes, 'regions.nodes'),
  parts: (region) => list(region.parts, 'parts').map((link) => obj(link, 'link').region),
  initiatives: (part) =>
    list(part.initiatives, 'initiatives').map((link) => obj(link, 'link').actor),
};

const PEER_SHAPE: Shape = {
  regions: (data) => list(obj(data, 'data').regions, 'regions'),
  parts: (region) => list(region.parts, 'parts'),
  initiatives: (part) => list(part.initiatives, 'initiatives'),
};

export const q6FourLevels: Question = {
  id: 'Q6',
  title: 'four levels with per-level limits',
  raw: {
    cypher: `MATCH (r:Region) WHERE r.sortName IS NOT NULL AND r.level = $level
WITH r ORDER BY r.level, r.sortName, r.id LIMIT $first
RETURN {regions: {nodes: collect(r {.id, .name, parts: COLLECT {
  MATCH (p:Region)-[:PART_OF]->(r)
  WITH p ORDER BY p.id LIMIT $perLevel
  RETURN {region: p {.id, .name, initiatives: COLLECT {
    MATCH (x:Node)-[:ACTIVE_IN]->(p)
    WITH x ORDER BY x.id LIMIT $perLevel
    RETURN {actor: x {__typename: ${TYPENAME('x')}, .id, .name, milestones: COLLECT {
      MATCH (m:Milestone)-[:CONCERNS]->(x)
      WITH m ORDER BY m.id LIMIT $milestones
      RETURN m {.id, .date} }}} }}} }})}} AS data`,
    params: { level: LEVEL, first: FIRST, perLevel: PER_LEVEL, milestones: MILESTONES },
    normalise: (data) => canonical(data, OURS_SHAPE),
  },
  ours: {
    query: `query Q6($first: Int!) {
  regions(filter: { levels: [LANDSDEEL] }, first: $first) {
    nodes {
      id name
      parts {
        region {
          id name
          initiatives { actor { __typename id name milestones { id date } } }
        }
      }
    }
  }
}`,
    variables: { first: FIRST },
    normalise: (data) => canonical(data, OURS_SHAPE),
  },
  peer: {
    query: `query Q6($level: String!, $first: Int!, $perLevel: Int!, $milestones: Int!) {
  regions(where: { level: { eq: $level } }, limit: $first, sort: [{ sortName: ASC }, { id: ASC }]) {
    id name
    parts(limit: $perLevel, sort: [{ id: ASC }]) {
      id name
      initiatives(limit: $perLevel, sort: [{ id: ASC }]) {
        __typename id name
        milestones(limit: $milestones, sort: [{ id: ASC }]) { id date }
      }
    }
  }
}`,
    variables: { level: LEVEL, first: FIRST, perLevel: PER_LEVEL, milestones: MILESTONES },
    normalise: (data) => canonical(data, PEER_SHAPE),
  },
};
