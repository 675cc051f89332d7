/**
 * Warm-up after start: Neo4j plans each distinct statement on its first run, and a new
 * Neo4j or Node process compiles its code paths on first use, which made the first requests
 * after a start take 2-4 s each. Right after the server listens (so /health/ready is not
 * delayed), these operations run once each, in turn, through Apollo's executor like a
 * request, with ids and names that need not exist: every list field below runs its
 * statement whatever the data. Failures are neither thrown nor logged (a request that
 * needs the statement reports the fault itself); stop() ends it between operations.
 */
import type { ApolloServer } from '@apollo/server';
import type { Neo4jGateway } from '../db/gateway.ts';
import { createRequestContext, type RequestContext } from '../modules/kernel/context.ts';

const INVOLVEMENT = 'kind part { code } actor { id name } relation { role evidence { quote } }';

/** Small pages: a plan does not depend on the page size, and each stays under the cost limit. */
export const WARM_UP_OPERATIONS: readonly string[] = [
  `{ actions(first: 5) { totalCount pageInfo { endCursor } nodes { number title pillar { name }
      actors { ${INVOLVEMENT} } } } }`,
  `{ actions(first: 5) { nodes { parts { code leads { actor { name } } targets { id } milestones { id } }
      targets { measurements { value reachesTarget } action { number } part { code } }
      milestones { date action { number } concerns { node { id } } } } } }`,
  `{ actions(filter: { actors: ["warm-up"] }, first: 5) { totalCount nodes { number } } }`,
  `{ actions(filter: { pillar: 1 }, first: 5) { totalCount nodes { number } } }`,
  `{ action(number: 1) { title leads { actor { name } } } }`,
  // The explorer's action page asks for drivers, of the action and of each part.
  `{ action(number: 1) { noDriverReason drivers { ${INVOLVEMENT} actor { ... on Organisation { kind } } }
      parts { noDriverReason drivers { kind } } } }`,
  `{ organisations(orderBy: ACTIONS_DRIVEN, first: 5) { totalCount edges { orderValue node { id } } } }`,
  `{ organisations(first: 5) { totalCount nodes { id kind actions { ${INVOLVEMENT} action { number } }
      activeIn { region { name } } runs { programme { name } } memberOf { organisation { name } }
      members { actor { name } } focusesOn { topsector { name } } partOf { organisation { name } }
      parts { organisation { name } } milestones { date } links { node { id } } } } }`,
  `{ programmes(first: 5) { totalCount nodes { id leads { action { number } } activeIn { region { name } } } } }`,
  `{ regions(first: 5) { totalCount nodes { id parts { region { name } } partOf { region { name } }
      initiatives { actor { name } } coordinatedBy { organisation { name } } focusesOn { topsector { name } } } } }`,
  `{ topsectors(first: 5) { totalCount nodes { id actions { kind } } } }`,
  `{ actors(first: 5) { totalCount nodes { id name } } }`,
  `{ organisation(name: "warm-up") { id } region(name: "warm-up") { id } }`,
  `{ node(id: "warm-up") { id } nodes(ids: ["warm-up"]) { id } }`,
  `{ search(text: "techniek", first: 5) { type node { id name } } }`,
  `{ milestones(first: 5) { totalCount nodes { date name part { code } region { name } } } }`,
  `{ milestones(filter: { on: "2014" }) { nodes { date } } }`,
  // Report editions: statuses per edition, and the same list as of a date.
  `{ action(number: 1) { statuses { date status claim { id } } continuedBy { node { id } } } }`,
  `{ actions(first: 5, asOf: "2014") { nodes { number drivers { kind } } } }`,
];

export interface WarmUp {
  /** Resolves when every operation has run, or soon after stop(); never rejects. */
  readonly done: Promise<void>;
  /** Runs no further operation; the one in flight finishes or fails quietly. */
  stop(): void;
}

/** The request id of warm-up operations; the error logger skips them (apollo-server.ts). */
export const WARM_UP_REQUEST_ID = 'warm-up';

/**
 * Runs the operations through the server's own Apollo instance (a second one would build
 * the schema again, blocking the event loop just when the first connections arrive).
 */
export function startWarmUp(
  apollo: ApolloServer<RequestContext>,
  gateway: Neo4jGateway,
  operations: readonly string[] = WARM_UP_OPERATIONS,
  delayMs = 1_000,
): WarmUp {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: () => void = () => {};
  const done = (async () => {
    // A moment's grace: the connections that were waiting for the server come first, and
    // a server stopped right after its start (tests, a failed deployment) never begins.
    await new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, delayMs);
      timer.unref();
    });
    // Each operation twice: read ahead in one statement (as requests run), and level by
    // level (the loaders' own statements, which fields past the read-ahead still use).
    for (const query of operations) {
      for (const readAhead of [true, false]) {
        if (stopped) return;
        try {
          await apollo.executeOperation(
            { query },
            { contextValue: createRequestContext(gateway, WARM_UP_REQUEST_ID, { readAhead }) },
          );
        } catch {
          // ignored: see the comment at the top
        }
      }
    }
  })();
  return {
    done,
    stop() {
      stopped = true;
      clearTimeout(timer);
      wake();
    },
  };
}
