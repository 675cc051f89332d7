/**
 * Q3: two hops. An organisation, the actions it leads (directly or through a part), and for
 * each action the actors that lead it or take part in it (on the action or its parts).
 * Three levels of lists: our API reads them ahead in one statement (at most one per level).
 */
import {
  canonicalSet,
  list,
  obj,
  str,
  TYPENAME,
  type Json,
  type Obj,
  type Question,
} from './question.ts';

const ID = 'org-slo';

interface Actor {
  readonly kind: string;
  readonly part: string | null;
  readonly type: string;
  readonly id: string;
  readonly name: string;
}

const actor = (kind: string, part: string | null, value: unknown): Actor => {
  const x = obj(value, 'actor');
  return { kind, part, type: String(x.__typename), id: String(x.id), name: String(x.name) };
};

const codeOf = (part: unknown): string | null =>
  part === null || part === undefined ? null : str(obj(part, 'part').code);

function canonical(
  organisation: Obj,
  actions: { part: string | null; number: number; actors: Actor[] }[],
): Json {
  return {
    id: String(organisation.id),
    name: String(organisation.name),
    actions: canonicalSet(
      actions.map((a) => ({
        part: a.part,
        number: a.number,
        actors: canonicalSet(a.actors.map((x) => ({ ...x }))),
      })),
    ),
  };
}

/** Ours and raw: involvements with their action's involvements. */
function fromOurs(data: unknown): Json {
  const organisation = obj(obj(data, 'data').organisation, 'organisation');
  const actions = list(organisation.actions, 'actions').map((value) => {
    const involvement = obj(value, 'involvement');
    const action = obj(involvement.action, 'action');
    return {
      part: codeOf(involvement.part),
      number: Number(action.number),
      actors: list(action.actors, 'actors').map((v) => {
        const i = obj(v, 'actor involvement');
        return actor(String(i.kind), codeOf(i.part), i.actor);
      }),
    };
  });
  return canonical(organisation, actions);
}

/** The peer's Action selection: leads and contributors of the action and of its parts. */
function peerActors(action: Obj): Actor[] {
  const actors: Actor[] = [];
  const add = (owner: Obj, part: string | null) => {
    for (const x of list(owner.leads, 'leads')) actors.push(actor('LEADS', part, x));
    for (const x of list(owner.contributors, 'contributors'))
      actors.push(actor('CONTRIBUTES_TO', part, x));
  };
  add(action, null);
  for (const part of list(action.parts, 'parts'))
    add(obj(part, 'part'), String(obj(part, 'part').code));
  return actors;
}

const INVOLVED = `{kind: type(r), part: CASE WHEN u:ActionPart THEN {code: u.code} END,
        actor: {__typename: ${TYPENAME('x')}, id: x.id, name: x.name}}`;

export const q3TwoHops: Question = {
  id: 'Q3',
  title: 'two hops: organisation -> led actions -> their actors',
  raw: {
    cypher: `MATCH (o:Node {id: $id}) WHERE o:Organisation
RETURN {organisation: {id: o.id, name: o.name, actions: COLLECT {
  MATCH (o)-[:LEADS]->(t:Node) WHERE t:Action OR t:ActionPart
  OPTIONAL MATCH (t)-[:PART_OF]->(parent:Action)
  WITH t, coalesce(parent, t) AS a
  RETURN {part: CASE WHEN t:ActionPart THEN {code: t.code} END,
          action: {number: a.number, actors: COLLECT {
            UNWIND [a] + COLLECT { MATCH (p:ActionPart)-[:PART_OF]->(a) RETURN p } AS u
            MATCH (x:Node)-[r:LEADS|CONTRIBUTES_TO]->(u)
            RETURN ${INVOLVED} }}}
}}} AS data`,
    params: { id: ID },
    normalise: fromOurs,
  },
  ours: {
    query: `query Q3($id: ID!) {
  organisation(id: $id) {
    id name
    actions(kinds: [LEADS]) {
      part { code }
      action {
        number
        actors(kinds: [LEADS, CONTRIBUTES_TO]) { kind part { code } actor { __typename id name } }
      }
    }
  }
}`,
    variables: { id: ID },
    normalise: fromOurs,
  },
  peer: {
    query: `query Q3($id: ID!) {
  organisations(where: { id: { eq: $id } }) {
    id name
    leads {
      __typename
      ... on Action { number ...Actors }
      ... on ActionPart { code action { number ...Actors } }
    }
  }
}
fragment Actors on Action {
  leads { __typename id name }
  contributors { __typename id name }
  parts { code leads { __typename id name } contributors { __typename id name } }
}`,
    variables: { id: ID },
    normalise: (data) => {
      const [first] = list(obj(data, 'data').organisations, 'organisations');
      const organisation = obj(first, 'organisation');
      const actions = list(organisation.leads, 'leads').map((value) => {
        const led = obj(value, 'led');
        const isPart = led.__typename === 'ActionPart';
        const action = isPart ? obj(list(led.action, 'action')[0], 'action') : led;
        return {
          part: isPart ? String(led.code) : null,
          number: Number(action.number),
          actors: peerActors(action),
        };
      });
      return canonical(organisation, actions);
    },
  },
};
