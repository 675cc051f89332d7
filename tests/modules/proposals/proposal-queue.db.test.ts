/**
 * Issue 22, "Proposals" and "Bad input and faults": the proposer run over a registered
 * source into the review queue, accepting through the curation kernel (one revision, the
 * validator every edit passes), rejecting with a reason, and the faults: a second run, a
 * stale quote, accepting twice (also at once), deciding a decided proposal. The invented
 * second edition is registered; afterAll makes the shared graph the seeds again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.ts';
import { signToken } from '../../../src/auth/tokens.ts';
import { guardSharedGraph, type SharedGraphGuard } from '../../support/shared-graph.ts';
import { startTestApi, testAppConfig } from '../../support/test-api.ts';
import { createRequestContext } from '../../../src/modules/kernel/context.ts';
import { runProposer } from '../../../src/modules/proposals/proposal-queue.ts';
import {
  ADD_SOURCE,
  addSourceInput,
  gqlAs,
  INVENTED_EDITION,
  SEED_SOURCE,
} from '../../support/editions.ts';

const EDITION = 'src-voortgang-2015-invented';

let app: RunningApp;
let sharedGraph: SharedGraphGuard;
let admin: ReturnType<typeof gqlAs>;
let curator: ReturnType<typeof gqlAs>;
let anonymous: ReturnType<typeof gqlAs>;

const PROPOSE = `mutation ($source: ID!) { proposeFacts(input: {source: $source}) {
  textSha256 alreadyProposed alreadyInGraph
  proposals { id kind status confidence summary subject { id } selector { exact prefix suffix start end }
    edits { operation id nodeType name type from to properties } } } }`;
const ACCEPT = `mutation ($id: ID!) { acceptProposal(input: {id: $id}) {
  proposal { id status decidedBy acceptedIn { number } }
  revision { number operation author changes { id kind after { state properties } } } } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) { rejectProposal(input: {id: $id, reason: $reason}) {
  proposal { id status reason decidedBy } revision { number } } }`;
const QUEUE = `query ($source: ID!, $status: ProposalStatus, $kind: ProposalKind, $first: Int, $after: String) {
  proposals(source: $source, status: $status, kind: $kind, first: $first, after: $after) {
    totalCount next proposals { id kind status summary } } }`;

interface Proposal {
  id: string;
  kind: string;
  summary: string;
  selector: { exact: string; prefix: string; suffix: string; start: number; end: number };
  edits: {
    operation: string;
    id: string;
    type: string | null;
    from: string | null;
    to: string | null;
  }[];
}
let firstRun: { proposals: Proposal[]; alreadyProposed: number };
let text: string;

const revisionNow = async () =>
  Number(
    (
      await app.gateway.read(
        "OPTIONAL MATCH (c:RevisionCounter {name: 'graph'}) RETURN coalesce(c.last, 0) AS n",
      )
    )[0]!.n,
  );

/** The first proposal of a kind whose summary contains `text`. */
function proposalOf(kind: string, words: string): Proposal {
  const found = firstRun.proposals.find((p) => p.kind === kind && p.summary.includes(words));
  if (!found)
    throw new Error(
      `no ${kind} proposal "${words}" in ${firstRun.proposals.map((p) => p.summary).join('; ')}`,
    );
  return found;
}

beforeAll(async () => {
  app = await startTestApi();
  const { auth } = testAppConfig();
  admin = gqlAs(app, await signToken(auth, { name: 'root', role: 'admin', days: 1 }));
  curator = gqlAs(app, await signToken(auth, { name: 'ana', role: 'curator', days: 1 }));
  anonymous = gqlAs(app);
  sharedGraph = await guardSharedGraph(app.gateway);
  const added = await admin(ADD_SOURCE, {
    input: addSourceInput(INVENTED_EDITION, 'voortgang-2015-invented.md'),
  });
  expect(added.errors).toBeUndefined();
  text = (await admin(`{ node(id: "${EDITION}") { ... on Source { text } } }`)).data!.node.text;
}, 120_000);

afterAll(async () => {
  if (!app) return;
  try {
    await sharedGraph?.restore();
  } finally {
    await app.close();
  }
});

describe('proposeFacts', () => {
  it('needs a curator token', async () => {
    const response = await anonymous(PROPOSE, { source: EDITION });
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('proposes involvements with their roles, statuses, amounts, dates and a new entity, each with its verbatim quote and position', async () => {
    const response = await curator(PROPOSE, { source: EDITION });
    expect(response.errors).toBeUndefined();
    firstRun = response.data!.proposeFacts;
    const kinds = new Set(firstRun.proposals.map((p) => p.kind));
    expect([...kinds].sort()).toEqual(
      ['AMOUNT', 'INVOLVEMENT', 'MENTION', 'MILESTONE', 'NEW_ENTITY', 'STATUS'].sort(),
    );
    const sbb = proposalOf(
      'INVOLVEMENT',
      'Stichting Beroepsonderwijs Bedrijfsleven LEADS actie 12',
    );
    expect(sbb.edits).toEqual([
      expect.objectContaining({
        operation: 'ADD_RELATIONSHIP',
        type: 'LEADS',
        from: 'org-sbb',
        to: 'action-12',
      }),
    ]);
    expect(
      proposalOf('INVOLVEMENT', 'ministerie van OCW COMMISSIONS actie 16').edits[0]!.from,
    ).toBe('org-ocw');
    expect(proposalOf('NEW_ENTITY', 'Stichting Techniektalent Nederland').edits[0]!.operation).toBe(
      'ADD_NODE',
    );
    proposalOf('STATUS', 'actie 1: done');
    proposalOf('AMOUNT', '2500000 euro');
    for (const proposal of firstRun.proposals) {
      const { exact, prefix, suffix, start, end } = proposal.selector;
      expect(text.slice(start, end), proposal.summary).toBe(exact);
      expect(text.slice(start - prefix.length, start)).toBe(prefix);
      expect(text.slice(end, end + suffix.length)).toBe(suffix);
    }
  });

  it('a second run proposes nothing again', async () => {
    const again = (await curator(PROPOSE, { source: EDITION })).data!.proposeFacts;
    expect(again.proposals).toEqual([]);
    expect(again.alreadyProposed).toBe(firstRun.proposals.length);
  });

  it('on the seed report, what the curated graph already states is not proposed', async () => {
    const seeds = (await curator(PROPOSE, { source: SEED_SOURCE })).data!.proposeFacts;
    expect(seeds.alreadyInGraph).toBeGreaterThan(100);
    const leadsOfSlo = seeds.proposals.filter(
      (p: Proposal) =>
        p.kind === 'INVOLVEMENT' && p.edits.some((e) => e.id === 'LEADS:org-slo->action-01'),
    );
    expect(leadsOfSlo).toEqual([]);
  });

  it('an unknown source is BAD_USER_INPUT naming it', async () => {
    const response = await curator(PROPOSE, { source: 'src-none' });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.source',
    });
  });

  it("the queue lists a source's proposals in text order, by status and kind, in pages", async () => {
    const all = (await anonymous(QUEUE, { source: EDITION, first: 500 })).data!.proposals;
    expect(all.totalCount).toBe(firstRun.proposals.length);
    const ids = all.proposals.map((p: Proposal) => p.id);
    expect([...ids].sort()).toEqual(firstRun.proposals.map((p) => p.id).sort());
    const starts = new Map(firstRun.proposals.map((p) => [p.id, p.selector.start]));
    const inOrder = ids.map((id: string) => starts.get(id)!);
    expect(inOrder).toEqual([...inOrder].sort((a, b) => a - b));
    const statuses = (await anonymous(QUEUE, { source: EDITION, kind: 'STATUS' })).data!.proposals;
    expect(statuses.proposals.every((p: Proposal) => p.kind === 'STATUS')).toBe(true);
    const page = (await anonymous(QUEUE, { source: EDITION, first: 3 })).data!.proposals;
    const next = (await anonymous(QUEUE, { source: EDITION, first: 3, after: page.next })).data!
      .proposals;
    expect([...page.proposals, ...next.proposals].map((p: Proposal) => p.id)).toEqual(
      ids.slice(0, 6),
    );
  });
});

describe('acceptProposal and rejectProposal', () => {
  it('accepting makes the facts through the curation kernel, in one revision, with the quote and position as evidence', async () => {
    const sbb = proposalOf(
      'INVOLVEMENT',
      'Stichting Beroepsonderwijs Bedrijfsleven LEADS actie 12',
    );
    const response = await curator(ACCEPT, { id: sbb.id });
    expect(response.errors).toBeUndefined();
    const { proposal, revision } = response.data!.acceptProposal;
    expect(revision).toMatchObject({ operation: 'ACCEPT_PROPOSAL', author: 'ana' });
    expect(revision.changes.map((c: { id: string }) => c.id)).toEqual(['LEADS:org-sbb->action-12']);
    expect(proposal).toMatchObject({
      status: 'ACCEPTED',
      decidedBy: 'ana',
      acceptedIn: { number: revision.number },
    });
    const leads = (
      await anonymous(
        `{ action(number: 12) { leads { actor { id } relation { role evidence { validFrom source { id } selector { start exact } statedIn { number } } } } } }`,
      )
    ).data!.action.leads;
    const lead = leads.find((l: { actor: { id: string } }) => l.actor.id === 'org-sbb');
    expect(lead.relation.evidence).toEqual({
      validFrom: '2015-06',
      source: { id: EDITION },
      selector: { start: sbb.selector.start, exact: sbb.selector.exact },
      statedIn: { number: revision.number },
    });
    expect(lead.relation.role).toBe('is verantwoordelijk voor');
  });

  it('accepting twice answers the first revision and changes nothing, also when both come at once', async () => {
    const sbb = proposalOf(
      'INVOLVEMENT',
      'Stichting Beroepsonderwijs Bedrijfsleven LEADS actie 12',
    );
    const before = await revisionNow();
    const again = (await curator(ACCEPT, { id: sbb.id })).data!.acceptProposal;
    expect(again.proposal.status).toBe('ACCEPTED');
    expect(again.revision.number).toBe(before);
    expect(await revisionNow()).toBe(before);
    const ocw = proposalOf('INVOLVEMENT', 'ministerie van OCW COMMISSIONS actie 16');
    const both = await Promise.all([
      curator(ACCEPT, { id: ocw.id }),
      curator(ACCEPT, { id: ocw.id }),
    ]);
    for (const answer of both) expect(answer.errors).toBeUndefined();
    const numbers = both.map((answer) => answer.data!.acceptProposal.revision.number);
    expect(numbers[0]).toBe(numbers[1]);
    expect(await revisionNow()).toBe(before + 1);
  });

  it('a status proposal makes the dated claim and its HAS_STATUS in one revision; the action shows it for 2015', async () => {
    const status = proposalOf('STATUS', 'actie 1: done');
    const { revision } = (await curator(ACCEPT, { id: status.id })).data!.acceptProposal;
    expect(revision.changes).toHaveLength(2);
    const statuses = (await anonymous(`{ action(number: 1) { statuses { date status } } }`)).data!
      .action.statuses;
    expect(statuses).toEqual([
      { date: '2014-05', status: 'UNKNOWN' },
      { date: '2015-06', status: 'DONE' },
    ]);
  });

  it('a new entity becomes an organisation with its abbreviation as alias', async () => {
    const stn = proposalOf('NEW_ENTITY', 'Stichting Techniektalent Nederland');
    expect((await curator(ACCEPT, { id: stn.id })).errors).toBeUndefined();
    const hit = (await anonymous(`{ organisation(name: "STN") { id name } }`)).data!.organisation;
    expect(hit).toEqual({ id: stn.edits[0]!.id, name: 'Stichting Techniektalent Nederland' });
  });

  it('rejecting needs a reason, keeps it, and the rejected proposal is never proposed again nor accepted', async () => {
    const mention = firstRun.proposals.find((p) => p.kind === 'MENTION')!;
    const blank = await curator(REJECT, { id: mention.id, reason: '  ' });
    expect(blank.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
    });
    const rejected = (await curator(REJECT, { id: mention.id, reason: 'only named, not involved' }))
      .data!.rejectProposal;
    expect(rejected.proposal).toMatchObject({
      status: 'REJECTED',
      reason: 'only named, not involved',
      decidedBy: 'ana',
    });
    const accept = await curator(ACCEPT, { id: mention.id });
    expect(accept.errors?.[0]?.extensions?.code).toBe('PROPOSAL_DECIDED');
    const again = (await curator(PROPOSE, { source: EDITION })).data!.proposeFacts;
    expect(again.proposals.map((p: Proposal) => p.id)).not.toContain(mention.id);
    const sbb = proposalOf(
      'INVOLVEMENT',
      'Stichting Beroepsonderwijs Bedrijfsleven LEADS actie 12',
    );
    const late = await curator(REJECT, { id: sbb.id, reason: 'changed my mind' });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'PROPOSAL_DECIDED' });
  });

  it('a proposal whose quote is no longer where it was read is STALE_PROPOSAL and nothing changes', async () => {
    const amount = proposalOf('AMOUNT', '2500000 euro');
    await app.gateway.writeTransaction((tx) =>
      tx.run('MATCH (p:Proposal {id: $id}) SET p.start = p.start + 1, p.end = p.end + 1', {
        id: amount.id,
      }),
    );
    const before = await revisionNow();
    const response = await curator(ACCEPT, { id: amount.id });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'STALE_PROPOSAL',
      field: 'input.id',
    });
    expect(await revisionNow()).toBe(before);
    const stillPending = (await anonymous(`{ proposal(id: "${amount.id}") { status } }`)).data!
      .proposal;
    expect(stillPending.status).toBe('PENDING');
  });
});

describe('a proposal run while its source is replaced', () => {
  it('writes nothing and says STALE_PROPOSAL; after the replacement, a proposal whose quote moved is stale too', async () => {
    const { revision } = (await admin(`{ node(id: "${EDITION}") { revision } }`)).data!.node;
    const corrected = `Voorwoord van de gecorrigeerde uitgave.\n\n${INVENTED_EDITION}`;
    const replace = () =>
      admin(
        `mutation ($input: ReplaceSourceFileInput!) { replaceSourceFile(input: $input) { revision { number } } }`,
        {
          input: {
            id: EDITION,
            expectedRevision: revision,
            fileName: 'voortgang-2015-v2.md',
            content: Buffer.from(corrected, 'utf8').toString('base64'),
          },
        },
      );
    // The replacement lands between the run's read of the text and its write: the gateway
    // the run writes through replaces the file first (a real edit, through the API).
    let replaced = false;
    const gateway = Object.create(app.gateway) as typeof app.gateway;
    gateway.forRequest = (...args) => {
      const forRequest = app.gateway.forRequest(...args);
      const wrapped = Object.create(forRequest) as typeof forRequest;
      wrapped.writeTransaction = async (work, ...rest) => {
        if (!replaced) {
          replaced = true;
          expect((await replace()).errors).toBeUndefined();
        }
        return forRequest.writeTransaction(work, ...rest);
      };
      return wrapped;
    };
    const context = createRequestContext(gateway, 'run-during-replace', {
      authentication: { status: 'verified', viewer: { name: 'ana', role: 'curator', key: 'ana' } },
    });
    const before = (await anonymous(QUEUE, { source: EDITION, first: 500 })).data!.proposals
      .totalCount;
    await app.gateway.writeTransaction((tx) =>
      tx.run("MATCH (p:Proposal {source: $source, status: 'PENDING', kind: 'AMOUNT'}) DELETE p", {
        source: EDITION,
      }),
    );
    const afterDelete = (await anonymous(QUEUE, { source: EDITION, first: 500 })).data!.proposals
      .totalCount;
    expect(afterDelete).toBeLessThan(before);
    await expect(runProposer(context, { source: EDITION })).rejects.toMatchObject({
      extensions: { code: 'STALE_PROPOSAL' },
    });
    expect(replaced).toBe(true);
    expect(
      (await anonymous(QUEUE, { source: EDITION, first: 500 })).data!.proposals.totalCount,
    ).toBe(afterDelete);
    // Read from the old text, a pending proposal's quote is now elsewhere.
    const pending = (await anonymous(QUEUE, { source: EDITION, status: 'PENDING', first: 1 })).data!
      .proposals.proposals[0];
    const response = await curator(ACCEPT, { id: pending.id });
    expect(response.errors?.[0]?.extensions?.code).toBe('STALE_PROPOSAL');
    // A new run reads the new text and proposes again what was deleted above.
    const rerun = (await curator(PROPOSE, { source: EDITION })).data!.proposeFacts;
    expect(rerun.proposals.length).toBeGreaterThan(0);
  });
});
