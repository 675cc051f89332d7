/**
 * The write path against the real database (issue 21): who may edit, what an edit must
 * state, one transaction per edit with its revision, retraction instead of deletion,
 * revert, the history and its replay, and the import that will not overwrite edits.
 * Edits change the suite's shared graph: afterAll makes it the seeds again (by the import
 * with discardEdits) and checks that it is, so the files after this one read the seeds.
 */
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.ts';
import { signToken } from '../../../src/auth/tokens.ts';
import { CuratedEditsError, importSeedGraph } from '../../../src/import/import-graph.ts';
import { factsChecksum, replayRevisions } from '../../../src/modules/curation/replay.ts';
import { revisionsAfter } from '../../../src/modules/curation/revisions.ts';
import { loadSeedGraph } from '../../../src/seeds/load-seeds.ts';
import { PROJECT_ROOT } from '../../../src/config.ts';
import { join } from 'node:path';
import { guardSharedGraph, type SharedGraphGuard } from '../../support/shared-graph.ts';
import {
  postGraphQL,
  startTestApi,
  testAppConfig,
  type GraphQLResponse,
} from '../../support/test-api.ts';

const SOURCE = 'src-techniekpact-bijlage-1-2014';
const QUOTE_16 =
  'Op 25 maart heeft de SBB de minister van OCW geadviseerd om zes indicatoren in de studiebijsluiters op te nemen.';
const QUOTE_PEILING =
  'In het schooljaar 2015/16 zal de Onderwijsinspectie in samenwerking met SLO een peiling (laten) uitvoeren van het leergebied Wetenschap en Technologie.';

let app: RunningApp;
let sharedGraph: SharedGraphGuard;
const tokens: Record<string, string> = {};
const seeds = () => loadSeedGraph({ seedsDir: join(PROJECT_ROOT, 'seeds') });

beforeAll(async () => {
  app = await startTestApi();
  const { auth } = testAppConfig();
  tokens.ana = await signToken(auth, { name: 'ana', role: 'curator', days: 1 });
  tokens.bob = await signToken(auth, { name: 'bob', role: 'curator', days: 1 });
  tokens.root = await signToken(auth, { name: 'root', role: 'admin', days: 1 });
  sharedGraph = await guardSharedGraph(app.gateway);
});

afterAll(async () => {
  if (!app) return;
  try {
    await sharedGraph?.restore();
  } finally {
    await app.close();
  }
});

async function gql(
  text: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse> {
  return postGraphQL(app, text, variables, token ? { authorization: `Bearer ${token}` } : {});
}

const ADD_RELATIONSHIP = `mutation ($input: AddRelationshipInput!) {
  addRelationship(input: $input) { revision { number author operation changes { id kind before { state } after { state revision } } } node { id } }
}`;
const UPDATE_NODE = `mutation ($input: UpdateNodeInput!) {
  updateNode(input: $input) { revision { number } node { id name } }
}`;
const RETRACT = `mutation ($input: RetractInput!) {
  retract(input: $input) { revision { number changes { id after { state reason } } } }
}`;
const REVERT = `mutation ($input: RevertInput!) {
  revert(input: $input) { revision { number reverts changes { id after { state } } } }
}`;

const commissions = {
  type: 'COMMISSIONS',
  from: 'org-ocw',
  to: 'action-16',
  quote: QUOTE_16,
  source: SOURCE,
  role: 'vraagt advies over de studiebijsluiters',
};

/** The code of the first error, and that nothing changed. */
async function refusedWith(response: GraphQLResponse): Promise<string | undefined> {
  expect(response.data?.addRelationship ?? null).toBeNull();
  expect(await factsChecksum(app.gateway)).toBe(sharedGraph.seedChecksum);
  return response.errors?.[0]?.extensions?.code as string | undefined;
}

describe('refused edits change nothing', () => {
  it('refuses a mutation without a token, and with a forged, expired, alg-none or wrong-issuer one', async () => {
    const { auth } = testAppConfig();
    const forged = await new SignJWT({ role: 'curator' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setIssuer(auth.issuer)
      .setAudience(auth.audience)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('not-the-secret-not-the-secret-not-the-secret'));
    const expired = await new SignJWT({ role: 'curator' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('ana')
      .setIssuer(auth.issuer)
      .setAudience(auth.audience)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(
        new TextEncoder().encode(
          (await import('node:fs')).readFileSync(auth.secretFile, 'utf8').trim(),
        ),
      );
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const algNone = `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: 'mallory', role: 'admin', iss: auth.issuer, aud: auth.audience, exp: 9_999_999_999 })}.`;
    const wrongIssuer = await signToken(
      { ...auth, issuer: 'someone-else' },
      { name: 'ana', role: 'curator', days: 1 },
    );
    for (const token of [undefined, forged, expired, algNone, wrongIssuer]) {
      const response = await gql(ADD_RELATIONSHIP, { input: commissions }, token);
      expect(await refusedWith(response), String(token)).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a quote that is not in the source, naming the field', async () => {
    const response = await gql(
      ADD_RELATIONSHIP,
      { input: { ...commissions, quote: 'De minister besluit alles.' } },
      tokens.ana,
    );
    expect(await refusedWith(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe('input.quote');
  });

  it('refuses an unknown node and a type the contract does not allow between those labels', async () => {
    const unknown = await gql(
      ADD_RELATIONSHIP,
      { input: { ...commissions, to: 'action-99' } },
      tokens.ana,
    );
    expect(await refusedWith(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.extensions?.field).toBe('input.to');
    const wrongEnds = await gql(
      ADD_RELATIONSHIP,
      { input: { ...commissions, type: 'IN_PILLAR', to: 'pillar-leren' } },
      tokens.ana,
    );
    expect(await refusedWith(wrongEnds)).toBe('BAD_USER_INPUT');
    expect(wrongEnds.errors?.[0]?.message).toMatch(/IN_PILLAR cannot start at a Organisation/);
  });

  it('refuses oversize and control-character input', async () => {
    const long = await gql(
      ADD_RELATIONSHIP,
      { input: { ...commissions, note: 'x'.repeat(6_000) } },
      tokens.ana,
    );
    expect(await refusedWith(long)).toBe('BAD_USER_INPUT');
    expect(long.errors?.[0]?.extensions?.field).toBe('input.note');
    const control = await gql(
      ADD_RELATIONSHIP,
      { input: { ...commissions, role: 'advies\u0000' } },
      tokens.ana,
    );
    expect(await refusedWith(control)).toBe('BAD_USER_INPUT');
    expect(control.errors?.[0]?.extensions?.field).toBe('input.role');
  });

  it('answers a subscription with a coded client error', async () => {
    const response = await gql('subscription { x }');
    expect(response.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_SUPPORTED');
  });

  it('rate-limits the mutations of one token', async () => {
    const limited = await startTestApi({ config: { mutationsPerMinute: 2 } });
    try {
      const codes: unknown[] = [];
      for (let i = 0; i < 3; i++) {
        const response = await postGraphQL(
          limited,
          ADD_RELATIONSHIP,
          { input: { ...commissions, quote: 'niet in de bron' } },
          {
            authorization: `Bearer ${tokens.bob}`,
          },
        );
        codes.push(response.errors?.[0]?.extensions?.code);
      }
      expect(codes).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'RATE_LIMITED']);
    } finally {
      await limited.close();
    }
  });
});

describe('edits and their history', () => {
  let added: number;

  it('adds a relationship in one revision, visible to reads at once', async () => {
    const response = await gql(
      ADD_RELATIONSHIP,
      { input: { ...commissions, comment: 'rij 16', tags: ['test'] } },
      tokens.ana,
    );
    expect(response.errors).toBeUndefined();
    const revision = response.data!.addRelationship.revision;
    added = revision.number;
    expect(revision).toMatchObject({ author: 'ana', operation: 'ADD_RELATIONSHIP' });
    expect(revision.changes).toEqual([
      {
        id: 'COMMISSIONS:org-ocw->action-16',
        kind: 'RELATIONSHIP',
        before: null,
        after: { state: 'LIVE', revision: added },
      },
    ]);
    const read = await gql(
      `{ organisation(id: "org-ocw") { links(types: [COMMISSIONS]) { node { id } relation { role evidence { quote } } } } }`,
    );
    expect(read.data!.organisation.links).toContainEqual({
      node: { id: 'action-16' },
      relation: { role: commissions.role, evidence: { quote: QUOTE_16 } },
    });
    const history = await gql(
      `{ history(id: "COMMISSIONS:org-ocw->action-16") { number author comment tags } }`,
    );
    expect(history.data!.history).toEqual([
      { number: added, author: 'ana', comment: 'rij 16', tags: ['test'] },
    ]);
  });

  it('says in a fact and its evidence which edit stated it, by whom and when', async () => {
    const STATED = `{ statedIn { number author time } }`;
    const read = await gql(`{
      organisation(id: "org-ocw") {
        revision evidence ${STATED}
        links(types: [COMMISSIONS]) { node { id } relation { revision evidence ${STATED} } }
      }
      neighbourhood(id: "action-16", depth: 1) { edges { id evidence ${STATED} } }
    }`);
    expect(read.errors).toBeUndefined();
    // As the seeds state it: revision 0, no edit.
    expect(read.data!.organisation).toMatchObject({ revision: 0, evidence: { statedIn: null } });
    const link = read.data!.organisation.links.find(
      (l: { node: { id: string } }) => l.node.id === 'action-16',
    );
    expect(link.relation.revision).toBe(added);
    expect(link.relation.evidence.statedIn).toMatchObject({ number: added, author: 'ana' });
    expect(Date.parse(link.relation.evidence.statedIn.time)).toBeGreaterThan(Date.now() - 600_000);
    const edge = read.data!.neighbourhood.edges.find(
      (e: { id: string }) => e.id === 'COMMISSIONS:org-ocw->action-16',
    );
    expect(edge.evidence).toEqual([{ statedIn: link.relation.evidence.statedIn }]);
  });

  it('adds a node with its label properties, found by search, and refuses a Source to a curator', async () => {
    const ADD_NODE = `mutation ($input: AddNodeInput!) { addNode(input: $input) { revision { number } node { id name type ... on Programme { kind } } } }`;
    const peiling = {
      id: 'prog-peiling-wt',
      type: 'PROGRAMME',
      name: 'Peiling Wetenschap en Technologie',
      aliases: ['peiling WenT'],
      quote: QUOTE_PEILING,
      source: SOURCE,
      properties: { kind: 'report' },
    };
    const wrongKind = await gql(
      ADD_NODE,
      { input: { ...peiling, properties: { kind: 'podcast' } } },
      tokens.ana,
    );
    expect(wrongKind.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.properties.kind',
    });
    const added = await gql(ADD_NODE, { input: peiling }, tokens.ana);
    expect(added.errors).toBeUndefined();
    expect(added.data!.addNode.node).toEqual({
      id: 'prog-peiling-wt',
      name: peiling.name,
      type: 'PROGRAMME',
      kind: 'REPORT',
    });
    const twice = await gql(ADD_NODE, { input: peiling }, tokens.ana);
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.id',
    });
    const found = await gql(`{ search(text: "peiling went") { node { id } } }`);
    expect(found.data!.search.map((hit: { node: { id: string } }) => hit.node.id)).toContain(
      'prog-peiling-wt',
    );
    const source = await gql(
      ADD_NODE,
      {
        input: {
          id: 'src-other',
          type: 'SOURCE',
          name: 'Een ander rapport',
          quote: QUOTE_PEILING,
          source: SOURCE,
          properties: {
            title: 'Een ander rapport',
            date: '2015',
            sha256: 'x',
            path: 'x',
            language: 'nl',
          },
        },
      },
      tokens.ana,
    );
    expect(source.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('updates a relationship against its revision, keeping the old value in the history', async () => {
    const UPDATE = `mutation ($input: UpdateRelationshipInput!) { updateRelationship(input: $input) { revision { number changes { before { properties } after { properties revision } } } } }`;
    const id = 'COMMISSIONS:org-ocw->action-16';
    const [current] = (await gql(`{ history(id: "${id}") { number } }`)).data!.history;
    const stale = await gql(
      UPDATE,
      { input: { id, expectedRevision: 0, set: { role: 'x' }, quote: QUOTE_16, source: SOURCE } },
      tokens.bob,
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      currentRevision: current.number,
    });
    const update = await gql(
      UPDATE,
      {
        input: {
          id,
          expectedRevision: current.number,
          set: { role: 'vraagt advies' },
          quote: QUOTE_16,
          source: SOURCE,
        },
      },
      tokens.bob,
    );
    expect(update.errors).toBeUndefined();
    const [change] = update.data!.updateRelationship.revision.changes;
    expect(change.before.properties.role).toBe(commissions.role);
    expect(change.after.properties.role).toBe('vraagt advies');
    const history = await gql(`{ history(id: "${id}") { author } }`);
    expect(history.data!.history.map((r: { author: string }) => r.author)).toEqual(['ana', 'bob']);
  });

  it("lets a client read its own edit from another API process with the edit's bookmark", async () => {
    const other = await startTestApi();
    try {
      const edit = await fetch(app.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.ana}` },
        body: JSON.stringify({
          query: UPDATE_NODE,
          variables: {
            input: {
              id: 'org-sbb',
              expectedRevision: 0,
              set: { description: 'adviseert OCW' },
              quote: QUOTE_16,
              source: SOURCE,
            },
          },
        }),
      });
      const bookmark = edit.headers.get('x-neo4j-bookmark');
      expect(bookmark).toMatch(/\S+/);
      const read = await postGraphQL(
        other,
        `{ fact(id: "org-sbb") { properties } }`,
        {},
        {
          'x-neo4j-bookmark': bookmark!,
        },
      );
      expect(read.data!.fact.properties.description).toBe('adviseert OCW');
      const bogus = await postGraphQL(
        other,
        `{ fact(id: "org-sbb") { state } }`,
        {},
        { 'x-neo4j-bookmark': 'FB:not-a-bookmark' },
      );
      expect(bogus.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    } finally {
      await other.close();
    }
  });

  it('lets exactly one of two curators win an edit from the same revision', async () => {
    const edit = (token: string, name: string) =>
      gql(
        UPDATE_NODE,
        {
          input: {
            id: 'org-slo',
            expectedRevision: 0,
            set: { description: name },
            quote: QUOTE_PEILING,
            source: SOURCE,
          },
        },
        token,
      );
    const [a, b] = await Promise.all([edit(tokens.ana!, 'by ana'), edit(tokens.bob!, 'by bob')]);
    const won = [a, b].filter((r) => !r.errors);
    const lost = [a, b].filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      currentRevision: won[0]!.data!.updateNode.revision.number,
    });
    const history = await gql(`{ history(id: "org-slo") { number } }`);
    expect(history.data!.history).toHaveLength(1);
  });

  it('retracts a node with its relationships, hidden from default reads, shown by fact()', async () => {
    const before = await gql(
      `{ node(id: "org-dialogic") { id } organisation(id: "org-researchned") { id } }`,
    );
    expect(before.data!.node).toEqual({ id: 'org-dialogic' });
    const response = await gql(
      RETRACT,
      { input: { id: 'org-dialogic', expectedRevision: 0, reason: 'test: retract and revert' } },
      tokens.bob,
    );
    expect(response.errors).toBeUndefined();
    const changes = response.data!.retract.revision.changes as {
      id: string;
      after: { state: string };
    }[];
    expect(changes[0]).toMatchObject({
      id: 'org-dialogic',
      after: { state: 'RETRACTED', reason: 'test: retract and revert' },
    });
    expect(changes.length).toBeGreaterThan(1);
    expect(changes.every((c) => c.after.state === 'RETRACTED')).toBe(true);
    const after =
      await gql(`{ node(id: "org-dialogic") { id } search(text: "Dialogic") { node { id } }
      fact(id: "org-dialogic") { state reason nodeType properties } }`);
    expect(after.data!.node).toBeNull();
    expect(after.data!.search.map((hit: { node: { id: string } }) => hit.node.id)).not.toContain(
      'org-dialogic',
    );
    expect(after.data!.fact).toMatchObject({
      state: 'RETRACTED',
      nodeType: 'ORGANISATION',
      properties: { name: 'Dialogic' },
    });
    const hidden = await gql(`{ fact(id: "org-dialogic", includeDeprecated: false) { state } }`);
    expect(hidden.data!.fact).toBeNull();
  });

  it("refuses a curator's revert of another's revision, and lets the author revert it", async () => {
    const [retraction] = (await revisionsAfter(app.gateway, 0, 100)).revisions.filter(
      (r) => r.operation === 'RETRACT',
    );
    const byAna = await gql(REVERT, { input: { revision: retraction!.number } }, tokens.ana);
    expect(byAna.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byBob = await gql(REVERT, { input: { revision: retraction!.number } }, tokens.bob);
    expect(byBob.errors).toBeUndefined();
    expect(byBob.data!.revert.revision.reverts).toBe(retraction!.number);
    const back = await gql(`{ node(id: "org-dialogic") { id } }`);
    expect(back.data!.node).toEqual({ id: 'org-dialogic' });
  });

  it('retracts what an added revision made when an admin reverts it, after the later edit', async () => {
    const later = await gql(REVERT, { input: { revision: added } }, tokens.root);
    expect(later.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [, update] = (await gql(`{ history(id: "COMMISSIONS:org-ocw->action-16") { number } }`))
      .data!.history;
    expect(
      (await gql(REVERT, { input: { revision: update.number } }, tokens.root)).errors,
    ).toBeUndefined();
    const response = await gql(REVERT, { input: { revision: added } }, tokens.root);
    expect(response.errors).toBeUndefined();
    expect(response.data!.revert.revision.changes).toEqual([
      { id: 'COMMISSIONS:org-ocw->action-16', after: { state: 'RETRACTED' } },
    ]);
    const again = await gql(REVERT, { input: { revision: added } }, tokens.root);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('lists the revisions as a feed, and replaying them onto the seeds gives the current graph', async () => {
    const feed = await gql(`{ revisions(first: 2) { revisions { number } next } }`);
    expect(feed.data!.revisions.revisions.map((r: { number: number }) => r.number)).toHaveLength(2);
    const { revisions } = await revisionsAfter(app.gateway, 0, 100);
    expect(revisions.length).toBeGreaterThanOrEqual(5);
    const current = await factsChecksum(app.gateway);
    expect(current).not.toBe(sharedGraph.seedChecksum);
    await sharedGraph.restore();
    await replayRevisions(app.gateway, revisions);
    expect(await factsChecksum(app.gateway)).toBe(current);
  });

  it('shows an edit in centrality at once (computed per graph version)', async () => {
    const CENTRALITY = `{ centrality(first: 1) { actor { id } } }`;
    const before = await gql(CENTRALITY);
    expect(before.data!.centrality[0].actor.id).toBe('sector-bedrijfsleven');
    const retraction = await gql(
      RETRACT,
      {
        input: {
          id: 'sector-bedrijfsleven',
          expectedRevision: 0,
          reason: 'test: centrality follows edits',
        },
      },
      tokens.root,
    );
    expect(retraction.errors).toBeUndefined();
    const after = await gql(CENTRALITY);
    expect(after.data!.centrality[0].actor.id).not.toBe('sector-bedrijfsleven');
  });

  it('refuses an import over curated edits, changing nothing', async () => {
    // The replay above wrote facts but no revisions; the retraction above and this edit are two.
    const response = await gql(
      UPDATE_NODE,
      {
        input: {
          id: 'org-pbt',
          expectedRevision: 0,
          set: { description: 'edit' },
          quote: QUOTE_PEILING,
          source: SOURCE,
        },
      },
      tokens.ana,
    );
    expect(response.errors).toBeUndefined();
    const before = await factsChecksum(app.gateway);
    await expect(importSeedGraph(app.gateway, seeds())).rejects.toThrow(CuratedEditsError);
    await expect(importSeedGraph(app.gateway, seeds())).rejects.toThrow(
      /2 curated edit\(s\).*--discard-edits/,
    );
    expect(await factsChecksum(app.gateway)).toBe(before);
  });
});
