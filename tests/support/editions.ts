/** The invented second edition (tests/fixtures/editions) and helpers to register it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config.ts';
import type { RunningApp } from '../../src/app.ts';
import { postGraphQL, type GraphQLResponse } from './test-api.ts';

export const INVENTED_EDITION_FILE = join(
  PROJECT_ROOT,
  'tests/fixtures/editions/voortgang-2015-invented.md',
);
export const INVENTED_EDITION = readFileSync(INVENTED_EDITION_FILE, 'utf8');
export const SEED_SOURCE = 'src-techniekpact-bijlage-1-2014';
export const SERIES = 'techniekpact-voortgangsrapportage';

export const ADD_SOURCE = `mutation ($input: AddSourceInput!) {
  addSource(input: $input) {
    revision { number operation author }
    node { id ... on Source { title date sha256 textSha256 mediaType fileName series edition path } }
  }
}`;

export function addSourceInput(
  bytes: Uint8Array | string,
  fileName: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes);
  return {
    id: 'src-voortgang-2015-invented',
    fileName,
    content: buffer.toString('base64'),
    title: 'Voortgangsrapportage Techniekpact 2015 (verzonnen testdata)',
    date: '2015-06',
    language: 'nl',
    series: SERIES,
    edition: 2,
    ...overrides,
  };
}

export function gqlAs(app: RunningApp, token?: string) {
  return (text: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> =>
    postGraphQL(app, text, variables, token ? { authorization: `Bearer ${token}` } : {});
}
