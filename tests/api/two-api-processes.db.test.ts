/**
 * Two API processes on one database (issue 21): this test's API in-process over bolt://, and
 * a second `npm start` as a child process over neo4j:// (the routing driver, as against a
 * cluster). An edit through either is read by the other at once: with the edit's bookmark,
 * and in what each process keeps per graph version (centrality). afterAll makes the suite's
 * graph the seeds again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { signToken } from '../../src/auth/tokens.ts';
import { PROJECT_ROOT } from '../../src/config.ts';
import { guardSharedGraph, type SharedGraphGuard } from '../support/shared-graph.ts';
import { startTestApi, testAppConfig, testNeo4jConnection } from '../support/test-api.ts';

const SOURCE = 'src-techniekpact-bijlage-1-2014';
const QUOTE_16 =
  'Op 25 maart heeft de SBB de minister van OCW geadviseerd om zes indicatoren in de studiebijsluiters op te nemen.';

let here: RunningApp;
let child: ChildProcess;
let childUrl: string;
let token: string;
let sharedGraph: SharedGraphGuard;

beforeAll(async () => {
  here = await startTestApi();
  sharedGraph = await guardSharedGraph(here.gateway);
  const config = testAppConfig();
  token = await signToken(config.auth, { name: 'ana', role: 'curator', days: 1 });
  const { uri, user, password } = testNeo4jConnection();
  child = spawn(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), [join(PROJECT_ROOT, 'src/main.ts')], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: uri.replace(/^bolt:/, 'neo4j:'),
      NEO4J_USER: user,
      NEO4J_PASSWORD: password,
      PORT: '0',
      AUTH_SECRET_FILE: config.auth.secretFile,
      MUTATIONS_PER_MINUTE: '10000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  childUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no API line:\n${output.join('\n')}`)), 90_000);
    child.once('exit', (code) => reject(new Error(`exited ${code}:\n${output.join('\n')}`)));
    createInterface({ input: child.stderr! }).on('line', (line) => output.push(line));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      output.push(line);
      const match = /^GraphQL API: (\S+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
  });
}, 120_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  if (!here) return;
  try {
    await sharedGraph?.restore();
  } finally {
    await here.close();
  }
});

interface Answer {
  readonly bookmark: string | null;
  readonly data?: Record<string, any>;
  readonly errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function ask(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<Answer, 'bookmark'>;
  return { ...body, bookmark: response.headers.get('x-neo4j-bookmark') };
}

const UPDATE_NODE = `mutation ($input: UpdateNodeInput!) { updateNode(input: $input) { revision { number } } }`;
const RETRACT = `mutation ($input: RetractInput!) { retract(input: $input) { revision { number } } }`;

describe('two API processes on one database', () => {
  it('reads an edit made through the other process with its bookmark, both ways', async () => {
    const viaChild = await ask(
      childUrl,
      UPDATE_NODE,
      {
        input: {
          id: 'org-sbb',
          expectedRevision: 0,
          set: { description: 'edited through the neo4j:// process' },
          quote: QUOTE_16,
          source: SOURCE,
        },
      },
      { authorization: `Bearer ${token}` },
    );
    expect(viaChild.errors).toBeUndefined();
    expect(viaChild.bookmark).toMatch(/\S+/);
    const readHere = await ask(
      here.graphqlUrl,
      `{ fact(id: "org-sbb") { properties revision } }`,
      {},
      {
        'x-neo4j-bookmark': viaChild.bookmark!,
      },
    );
    expect(readHere.data!.fact.properties.description).toBe('edited through the neo4j:// process');

    const viaHere = await ask(
      here.graphqlUrl,
      UPDATE_NODE,
      {
        input: {
          id: 'org-sbb',
          expectedRevision: readHere.data!.fact.revision,
          set: { aliases: ['SBB', 'edited through the bolt:// process'] },
          quote: QUOTE_16,
          source: SOURCE,
        },
      },
      { authorization: `Bearer ${token}` },
    );
    expect(viaHere.errors).toBeUndefined();
    const readThere = await ask(
      childUrl,
      `{ organisation(id: "org-sbb") { aliases } }`,
      {},
      {
        'x-neo4j-bookmark': viaHere.bookmark!,
      },
    );
    expect(readThere.data!.organisation.aliases).toEqual([
      'SBB',
      'edited through the bolt:// process',
    ]);
  });

  it("shows an edit through one process in the other's per-version centrality", async () => {
    const CENTRALITY = `{ centrality(first: 1) { actor { id } } }`;
    const before = await ask(childUrl, CENTRALITY);
    expect(before.data!.centrality[0].actor.id).toBe('sector-bedrijfsleven');
    const admin = await signToken(testAppConfig().auth, { name: 'root', role: 'admin', days: 1 });
    const retraction = await ask(
      here.graphqlUrl,
      RETRACT,
      {
        input: {
          id: 'sector-bedrijfsleven',
          expectedRevision: 0,
          reason: 'test: the other process follows edits',
        },
      },
      { authorization: `Bearer ${admin}` },
    );
    expect(retraction.errors).toBeUndefined();
    const after = await ask(childUrl, CENTRALITY, {}, { 'x-neo4j-bookmark': retraction.bookmark! });
    expect(after.data!.centrality[0].actor.id).not.toBe('sector-bedrijfsleven');
  });
});
