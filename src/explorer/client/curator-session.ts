/**
 * Who is signed in, in this tab: the curator's bearer token, kept in sessionStorage. Not
 * localStorage: a token there outlives the tab and sits on the disk for weeks; here it ends
 * with the tab, and a second tab signs in on its own.
 *
 * The payload is decoded for display only (who and which role, when it expires): the
 * server verifies the signature, issuer, audience and expiry of every edit. What the page
 * can check without the secret (the form, `alg: none`, an expiry in the past) it refuses
 * at once, so that the curator hears of it before an edit rather than after.
 */

import { graphqlRequest, GraphQLRequestError } from './graphql-client.ts';

const STORAGE_KEY = 'techniekpact-explorer.curator-token';

export interface Curator {
  readonly token: string;
  /** The token's `sub`: the name the history will show. */
  readonly name: string;
  /** The `role` claim as the token states it (the server may read another claim). */
  readonly role: string;
  /** When the token expires, if it says. */
  readonly expires: Date | undefined;
}

type Listener = (curator: Curator | undefined) => void;
const listeners = new Set<Listener>();

function base64UrlJson(segment: string): unknown {
  const base64 = segment.replaceAll('-', '+').replaceAll('_', '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
}

/** The token's claims for display, or the reason the page refuses it without asking. */
export function readToken(
  text: string,
  now = new Date(),
): { curator: Curator } | { problem: string } {
  const token = text.trim().replace(/^Bearer\s+/i, '');
  const segments = token.split('.');
  if (segments.length !== 3 || segments.some((s) => !/^[A-Za-z0-9_-]*$/.test(s))) {
    return { problem: 'This is not a token: a token is three parts separated by dots.' };
  }
  let header: unknown;
  let payload: unknown;
  try {
    header = base64UrlJson(segments[0]!);
    payload = base64UrlJson(segments[1]!);
  } catch {
    return { problem: 'This token cannot be read: its parts are not JSON.' };
  }
  if (!isRecord(header) || !isRecord(payload)) {
    return { problem: 'This token cannot be read: its parts are not JSON objects.' };
  }
  if (header.alg === 'none' || segments[2] === '') {
    return { problem: 'This token is not signed, and unsigned tokens are refused.' };
  }
  if (typeof payload.sub !== 'string' || payload.sub === '') {
    return { problem: 'This token names nobody (it has no "sub").' };
  }
  const expires = typeof payload.exp === 'number' ? new Date(payload.exp * 1000) : undefined;
  if (expires && expires <= now) {
    return { problem: `This token expired on ${expires.toISOString().slice(0, 16)} UTC.` };
  }
  const role = Array.isArray(payload.role)
    ? payload.role.filter((r) => typeof r === 'string').join(', ')
    : typeof payload.role === 'string'
      ? payload.role
      : 'no role stated';
  return { curator: { token, name: payload.sub, role, expires } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The curator signed in in this tab, if any (an expired token counts as signed out). */
export function currentCurator(): Curator | undefined {
  let stored: string | null = null;
  try {
    stored = sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return undefined; // storage disabled: nobody can be signed in
  }
  if (!stored) return undefined;
  const read = readToken(stored);
  return 'curator' in read ? read.curator : undefined;
}

/** Signs in with a pasted token; returns the reason when the page refuses it outright. */
export function signIn(text: string): string | undefined {
  const read = readToken(text);
  if ('problem' in read) return read.problem;
  try {
    sessionStorage.setItem(STORAGE_KEY, read.curator.token);
  } catch {
    return 'This browser does not let the page keep the token (storage is disabled).';
  }
  notify();
  return undefined;
}

/** Why the curator was signed out, when the server refused the token (shown by sign-in). */
let refusal: string | undefined;

export function signOut(reason?: string): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing was kept
  }
  refusal = reason;
  notify();
}

/** The server's reason for the last sign-out it caused, read once. */
export function takeRefusal(): string | undefined {
  const reason = refusal;
  refusal = undefined;
  return reason;
}

/**
 * Calls `listener` whenever someone signs in or out. It is dropped once `owner` has left
 * the page, so controls rebuilt with each panel do not pile up.
 */
export function onSessionChange(owner: Element | undefined, listener: Listener): () => void {
  const wrapped: Listener = (curator) => {
    if (owner && !owner.isConnected) {
      listeners.delete(wrapped);
      return;
    }
    listener(curator);
  };
  listeners.add(wrapped);
  return () => listeners.delete(wrapped);
}

function notify(): void {
  const curator = currentCurator();
  for (const listener of [...listeners]) listener(curator);
}

/**
 * An edit as the signed-in curator. A token the server refuses (forged, expired, from
 * another issuer) signs the tab out, with the server's reason for the sign-in control to
 * show: keeping it would only make every later edit fail the same way.
 */
export async function editRequest<TData, TVariables extends object>(
  operation: string,
  variables: TVariables,
): Promise<TData> {
  const curator = currentCurator();
  if (!curator) {
    throw new GraphQLRequestError('You are signed out: sign in to edit.', 'UNAUTHENTICATED');
  }
  try {
    return await graphqlRequest<TData, TVariables>(operation, variables, { token: curator.token });
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED') {
      signOut(`The server refused your token (${error.message}). Sign in with a valid token.`);
    }
    throw error;
  }
}
