/**
 * The node IRIs of the linked-data exports (`<PUBLIC_BASE_URL>id/<id>`), resolvable: a GET
 * of `/id/<id>` answers 303 See Other, by the Accept header, to
 *
 *   text/turtle          the node's neighbourhood at depth 1 as Turtle (/export/turtle?root=…)
 *   application/ld+json  the same as JSON-LD (also for application/json)
 *   anything else        the explorer on the node (/#/explore/<id>), for a browser
 *
 * A 303, not the document itself: the IRI names the organisation (or action, region ...),
 * not a document about it, as linked-data practice asks. The reconciliation service's ids
 * are these IRIs (its manifest's identifierSpace and view), so a reconciled cell links to
 * the same dataset the exports publish. Locations are relative, so they hold behind a proxy
 * that serves the API under a path. An id no export could have is 404 NOT_FOUND here; an
 * id of no node is 404 at the export, and the explorer says so on its page.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../http/reply.ts';

const NODE_IRI_PATH = /^\/id\/([^/]*)$/;
/** Our ids are slugs (`org-sbb`, `action-03a`, `ms-03-2013-09-…`). */
const NODE_ID = /^[A-Za-z0-9][\w.-]{0,199}$/;

type Representation = 'turtle' | 'jsonld' | 'explorer';

const MEDIA_TYPES: Readonly<Record<string, Representation>> = {
  'text/turtle': 'turtle',
  'application/ld+json': 'jsonld',
  'application/json': 'jsonld',
  'text/html': 'explorer',
  'application/xhtml+xml': 'explorer',
};

/** The representation the Accept header prefers (highest q, then the order given). */
export function representationOf(accept: string | undefined): Representation {
  let best: { representation: Representation; q: number } | null = null;
  for (const part of (accept ?? '').split(',')) {
    const [type = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const representation = MEDIA_TYPES[type];
    if (!representation) continue;
    const qParameter = parameters.find((parameter) => parameter.startsWith('q='));
    const q = qParameter ? Number(qParameter.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { representation, q };
  }
  return best?.representation ?? 'explorer';
}

/** Answers `/id/<id>`; false for any other path. */
export function answerNodeIri(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): boolean {
  const match = NODE_IRI_PATH.exec(url.pathname);
  if (!match) return false;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    sendJson(response, 405, { error: `node IRIs answer GET, not ${request.method}` });
    return true;
  }
  let id: string;
  try {
    id = decodeURIComponent(match[1] ?? '');
  } catch {
    id = '';
  }
  if (!NODE_ID.test(id)) {
    sendJson(response, 404, {
      error: `no node has the IRI ${url.pathname.slice(0, 200)}`,
      code: 'NOT_FOUND',
      parameter: 'id',
    });
    return true;
  }
  const representation = representationOf(request.headers.accept);
  const root = encodeURIComponent(id);
  const location =
    representation === 'explorer'
      ? `../#/explore/${root}`
      : `../export/${representation}?root=${root}&depth=1`;
  response.statusCode = 303;
  response.setHeader('location', location);
  response.setHeader('vary', 'Accept');
  response.end();
  return true;
}
