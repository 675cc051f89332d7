/**
 * Issue 22, "Time": valid time from the source's date, an action's status per edition, the
 * graph as of a date (actions, neighbourhoods, exports), what changed between two dates,
 * and objectives that continue actions. The invented second edition is registered and
 * facts are stated from it through the curation mutations; afterAll makes the shared graph
 * the seeds again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.ts';
import { signToken } from '../../../src/auth/tokens.ts';
import { guardSharedGraph, type SharedGraphGuard } from '../../support/shared-graph.ts';
import { startTestApi, testAppConfig } from '../../support/test-api.ts';
import { ADD_SOURCE, addSourceInput, gqlAs, INVENTED_EDITION } from '../../support/editions.ts';

const EDITION = 'src-voortgang-2015-invented';
const DONE_1 = 'Actie 1: De leerlijn Wetenschap en Technologie is afgerond.';
const SLO_QUOTE =
  'Stichting Leerplanontwikkeling (SLO) heeft de leerlijn in januari 2015 opgeleverd aan de PO-raad.';
const DOEL_2 = 'Doel 2: Voldoende technisch geschoolde vakmensen. Dit doel zet actie 12 voort.';

let app: RunningApp;
let sharedGraph: SharedGraphGuard;
let admin: ReturnType<typeof gqlAs>;
let curator: ReturnType<typeof gqlAs>;
let publicApi: ReturnType<typeof gqlAs>;

const ADD_NODE = `mutation ($input: AddNodeInput!) { addNode(input: $input) { revision { number } } }`;
const ADD_RELATIONSHIP = `mutation ($input: AddRelationshipInput!) { addRelationship(input: $input) { revision { number } } }`;

async function ok(response: Promise<{ errors?: unknown; data?: Record<string, any> }>) {
  const { errors, data } = await response;
  expect(errors).toBeUndefined();
  return data!;
}

beforeAll(async () => {
  app = await startTestApi();
  const { auth } = testAppConfig();
  admin = gqlAs(app, await signToken(auth, { name: 'root', role: 'admin', days: 1 }));
  curator = gqlAs(app, await signToken(auth, { name: 'ana', role: 'curator', days: 1 }));
  publicApi = gqlAs(app);
  sharedGraph = await guardSharedGraph(app.gateway);
  await ok(admin(ADD_SOURCE, { input: addSourceInput(INVENTED_EDITION, 'voortgang-2015.md') }));
  // What the invented 2015 edition states: action 1 is done, SLO delivered to the PO-raad
  // (a new contribution), an objective that continues action 12.
  await ok(
    curator(ADD_NODE, {
      input: {
        id: 'status-action-01-2015-06',
        type: 'STATUS',
        name: 'Status actie 1, juni 2015',
        quote: DONE_1,
        source: EDITION,
        properties: { status: 'done', date: '2015-06', basis: 'stated' },
      },
    }),
  );
  await ok(
    curator(ADD_RELATIONSHIP, {
      input: {
        type: 'HAS_STATUS',
        from: 'action-01',
        to: 'status-action-01-2015-06',
        quote: DONE_1,
        source: EDITION,
      },
    }),
  );
  await ok(
    curator(ADD_RELATIONSHIP, {
      input: {
        type: 'CONTRIBUTES_TO',
        from: 'org-po-raad',
        to: 'action-01',
        quote: SLO_QUOTE,
        source: EDITION,
        role: 'ontvangt de leerlijn',
      },
    }),
  );
  await ok(
    curator(ADD_NODE, {
      input: {
        id: 'objective-2016-02',
        type: 'OBJECTIVE',
        name: 'Voldoende technisch geschoolde vakmensen',
        quote: DOEL_2,
        source: EDITION,
        properties: { number: 2, title: 'Voldoende technisch geschoolde vakmensen' },
      },
    }),
  );
  await ok(
    curator(ADD_RELATIONSHIP, {
      input: {
        type: 'CONTINUES',
        from: 'objective-2016-02',
        to: 'action-12',
        quote: DOEL_2,
        source: EDITION,
      },
    }),
  );
}, 120_000);

afterAll(async () => {
  if (!app) return;
  try {
    await sharedGraph?.restore();
  } finally {
    await app.close();
  }
});

describe('valid time and statuses per edition', () => {
  it("a fact's evidence says when its source states it (valid time) and which revision recorded it", async () => {
    const data = await ok(
      publicApi(
        `{ action(number: 1) { contributors { actor { id } relation { evidence { validFrom statedIn { number author } source { id } } } } } }`,
      ),
    );
    const byActor = new Map(
      data.action.contributors.map((c: any) => [c.actor.id, c.relation.evidence]),
    );
    expect(byActor.get('org-po-raad')).toMatchObject({
      validFrom: '2015-06',
      source: { id: EDITION },
      statedIn: { author: 'ana' },
    });
  });

  it("an action's status over the editions: UNKNOWN in 2014 (the colours were lost), DONE as the 2015 edition states it", async () => {
    const data = await ok(
      publicApi(`{ a1: action(number: 1) { statuses { date status source { id } claim { id basis evidence { quote } } } }
                 a4: action(number: 4) { statuses { date status claim { id } } } }`),
    );
    expect(data.a1.statuses).toEqual([
      {
        date: '2014-05',
        status: 'UNKNOWN',
        source: { id: 'src-techniekpact-bijlage-1-2014' },
        claim: null,
      },
      {
        date: '2015-06',
        status: 'DONE',
        source: { id: EDITION },
        claim: { id: 'status-action-01-2015-06', basis: 'STATED', evidence: { quote: DONE_1 } },
      },
    ]);
    expect(data.a4.statuses.map((s: any) => s.status)).toEqual(['UNKNOWN', 'UNKNOWN']);
  });

  it('objectives of a later edition continue earlier actions, with their evidence', async () => {
    const data = await ok(
      publicApi(`{ objectives { id number continues { node { id } relation { evidence { quote } } } }
                 action(number: 12) { continuedBy { node { id } } } }`),
    );
    expect(data.objectives).toEqual([
      {
        id: 'objective-2016-02',
        number: 2,
        continues: [{ node: { id: 'action-12' }, relation: { evidence: { quote: DOEL_2 } } }],
      },
    ]);
    expect(data.action.continuedBy).toEqual([{ node: { id: 'objective-2016-02' } }]);
  });
});

describe('asOf', () => {
  const CONTRIBUTORS = `query ($asOf: String) { actions(filter: {numbers: [1]}, asOf: $asOf) { nodes { id contributors { actor { id } } statuses { date status } } } }`;

  it('actions as the sources up to a date state them: the 2015 contribution and status are not there as of 2014', async () => {
    const then = await ok(publicApi(CONTRIBUTORS, { asOf: '2014' }));
    const now = await ok(publicApi(CONTRIBUTORS, { asOf: '2015-06' }));
    const current = await ok(publicApi(CONTRIBUTORS, {}));
    const ids = (d: any) => d.actions.nodes[0].contributors.map((c: any) => c.actor.id);
    expect(ids(then)).not.toContain('org-po-raad');
    expect(ids(now)).toContain('org-po-raad');
    expect(ids(current)).toEqual(ids(now));
    expect(then.actions.nodes[0].statuses).toEqual([{ date: '2014-05', status: 'UNKNOWN' }]);
    expect(now.actions.nodes[0].statuses.at(-1)).toEqual({ date: '2015-06', status: 'DONE' });
    // Before the first report, the graph states no action.
    const before = await ok(publicApi(CONTRIBUTORS, { asOf: '2013' }));
    expect(before.actions.nodes).toEqual([]);
  });

  it('a neighbourhood as of a date leaves out what later sources state', async () => {
    const NEIGHBOURHOOD = `query ($asOf: String) { neighbourhood(id: "action-01", asOf: $asOf) { nodes { id } edges { id } } }`;
    const then = await ok(publicApi(NEIGHBOURHOOD, { asOf: '2014-12-31' }));
    const now = await ok(publicApi(NEIGHBOURHOOD, {}));
    const edgeIds = (d: any) => d.neighbourhood.edges.map((e: any) => e.id);
    expect(edgeIds(now)).toContain('CONTRIBUTES_TO:org-po-raad->action-01');
    expect(edgeIds(then)).not.toContain('CONTRIBUTES_TO:org-po-raad->action-01');
    expect(edgeIds(then)).not.toContain('HAS_STATUS:action-01->status-action-01-2015-06');
    expect(then.neighbourhood.nodes.map((n: any) => n.id)).not.toContain(
      'status-action-01-2015-06',
    );
    expect(edgeIds(now).length - edgeIds(then).length).toBe(2);
  });

  it('an export as of a date holds the same subgraph, and a bad date is a 400 naming asOf', async () => {
    const base = app.graphqlUrl.replace(/\/graphql$/, '');
    const then = await fetch(`${base}/export/cytoscape?root=action-01&asOf=2014`);
    expect(then.status).toBe(200);
    const text = await then.text();
    expect(text).not.toContain('org-po-raad->action-01');
    const bad = await fetch(`${base}/export/cytoscape?asOf=yesterday`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('asOf');
  });

  it('a bad asOf is BAD_USER_INPUT naming it', async () => {
    const response = await publicApi(CONTRIBUTORS, { asOf: '2014-13' });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'asOf',
    });
  });
});

describe('changes(from:, to:)', () => {
  const CHANGES = `query ($from: String!, $to: String!) { changes(from: $from, to: $to) {
    sources { id } added retracted changed changes { kind factId factKind source { id } revision { number } } } }`;

  it('between 2014 and 2015: what the 2015 edition added, with the revisions that recorded it', async () => {
    const data = await ok(publicApi(CHANGES, { from: '2014', to: '2015' }));
    const { changes } = data;
    expect(changes.sources).toEqual([{ id: EDITION }]);
    const added = changes.changes.filter((c: any) => c.kind === 'ADDED').map((c: any) => c.factId);
    expect(added).toEqual(
      expect.arrayContaining([
        'status-action-01-2015-06',
        'HAS_STATUS:action-01->status-action-01-2015-06',
        'CONTRIBUTES_TO:org-po-raad->action-01',
        'objective-2016-02',
        'CONTINUES:objective-2016-02->action-12',
      ]),
    );
    expect(changes.added).toBe(added.length);
    expect(changes.changes.every((c: any) => c.kind !== 'ADDED' || c.revision?.number > 0)).toBe(
      true,
    );
  });

  it('between 2013 and 2014 the seeds are added; a fact changed to cite the 2015 edition is CHANGED, not added', async () => {
    const seeds = await ok(publicApi(CHANGES, { from: '2013', to: '2014' }));
    expect(seeds.changes.sources).toEqual([{ id: 'src-techniekpact-bijlage-1-2014' }]);
    expect(seeds.changes.added).toBeGreaterThan(1000);
    const [fact] = await app.gateway.read(
      "MATCH (n:Node {id: 'org-slo'}) RETURN coalesce(n.revision, 0) AS revision",
    );
    await ok(
      curator(
        `mutation ($input: UpdateNodeInput!) { updateNode(input: $input) { revision { number } } }`,
        {
          input: {
            id: 'org-slo',
            expectedRevision: fact!.revision,
            set: { aliases: ['SLO', 'Stichting SLO'] },
            quote: SLO_QUOTE,
            source: EDITION,
          },
        },
      ),
    );
    const later = await ok(publicApi(CHANGES, { from: '2014-05', to: '2015-12' }));
    const slo = later.changes.changes.find((c: any) => c.factId === 'org-slo');
    expect(slo).toMatchObject({ kind: 'CHANGED', source: { id: EDITION } });
  });

  it('a retraction made in the period shows as RETRACTED', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const [edge] = await app.gateway.read(
      "MATCH (:Node {id: 'org-po-raad'})-[r:CONTRIBUTES_TO]->(:Node {id: 'action-01'}) RETURN r.revision AS revision",
    );
    await ok(
      curator(
        `mutation ($input: RetractInput!) { retract(input: $input) { revision { number } } }`,
        {
          input: {
            id: 'CONTRIBUTES_TO:org-po-raad->action-01',
            expectedRevision: edge!.revision,
            reason: 'the PO-raad receives the leerlijn; it does not take part',
          },
        },
      ),
    );
    const data = await ok(publicApi(CHANGES, { from: '2015', to: today }));
    expect(data.changes.changes).toContainEqual(
      expect.objectContaining({
        kind: 'RETRACTED',
        factId: 'CONTRIBUTES_TO:org-po-raad->action-01',
      }),
    );
  });
});

describe('two status claims of one edition', () => {
  const DELAYED_12 = 'De actie is vertraagd.';
  const STATUSES_12 = `{ action(number: 12) { statuses { date status claim { id } } } }`;

  async function claim(id: string, status: string, quote: string) {
    await ok(
      curator(ADD_NODE, {
        input: {
          id,
          type: 'STATUS',
          name: `Status actie 12, juni 2015 (${status})`,
          quote,
          source: EDITION,
          properties: { status, date: '2015-06', basis: 'stated' },
        },
      }),
    );
    await ok(
      curator(ADD_RELATIONSHIP, {
        input: { type: 'HAS_STATUS', from: 'action-12', to: id, quote, source: EDITION },
      }),
    );
  }

  it('the claim stated last is the edition’s status; retracting it brings back the other', async () => {
    // Stated last and smaller by id: it wins by its revision, not by how its id sorts.
    await claim('status-12-2015-06-on-schedule', 'on-schedule', DOEL_2);
    await claim('status-12-2015-06-delayed', 'delayed', DELAYED_12);
    const both = await ok(publicApi(STATUSES_12));
    expect(both.action.statuses.at(-1)).toEqual({
      date: '2015-06',
      status: 'DELAYED',
      claim: { id: 'status-12-2015-06-delayed' },
    });
    const [node] = await app.gateway.read(
      "MATCH (n:Node {id: 'status-12-2015-06-delayed'}) RETURN n.revision AS revision",
    );
    await ok(
      curator(
        `mutation ($input: RetractInput!) { retract(input: $input) { revision { number } } }`,
        {
          input: {
            id: 'status-12-2015-06-delayed',
            expectedRevision: node!.revision,
            reason: 'the delay is of the meldpunt, not of the action',
          },
        },
      ),
    );
    const after = await ok(publicApi(STATUSES_12));
    expect(after.action.statuses.at(-1)).toEqual({
      date: '2015-06',
      status: 'ON_SCHEDULE',
      claim: { id: 'status-12-2015-06-on-schedule' },
    });
  });
});
