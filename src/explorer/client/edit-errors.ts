/**
 * An edit's refusal, said where it belongs: next to the field the API names
 * (`extensions.field`, and each of `extensions.problems`), else for the whole form; in
 * words for the codes a curator can act on.
 */
import { openSignIn } from './sign-in.ts';
import { h, replaceChildren } from './dom.ts';
import { GraphQLRequestError } from './graphql-client.ts';

interface Problem {
  readonly field: string;
  readonly message: string;
}

function problemsOf(error: GraphQLRequestError): Problem[] {
  const listed = error.extensions.problems;
  if (Array.isArray(listed)) {
    return listed.filter(
      (p): p is Problem =>
        typeof p === 'object' &&
        p !== null &&
        typeof p.field === 'string' &&
        typeof p.message === 'string',
    );
  }
  return error.field ? [{ field: error.field, message: error.message }] : [];
}

/** A refusal's words for the form as a whole (not for one field). */
export function refusalText(error: unknown): string {
  if (!(error instanceof GraphQLRequestError))
    return `The edit failed: ${(error as Error).message}`;
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return `The server refused your token (${error.message.replace(/\.$/, '')}). You are signed out: sign in again, then retry.`;
    case 'FORBIDDEN':
      return `Your role may not make this edit: ${error.message}`;
    case 'RATE_LIMITED': {
      const wait = Number(error.extensions.retryAfterSeconds);
      return `Too many edits in a minute${Number.isFinite(wait) ? `: try again in ${wait} s` : ''}.`;
    }
    default:
      return error.message;
  }
}

/**
 * Shows `error` in the form: each problem in the element `fields` maps its field to (the
 * first matching prefix), the rest in `general`, with a way to sign in again when the
 * token was refused. Returns whether anything went to a field.
 */
export function showRefusal(
  error: unknown,
  fields: Readonly<Record<string, HTMLElement>>,
  general: HTMLElement,
): void {
  for (const element of Object.values(fields)) element.textContent = '';
  const placed: Problem[] = [];
  if (error instanceof GraphQLRequestError && error.code === 'BAD_USER_INPUT') {
    for (const problem of problemsOf(error)) {
      const target = Object.entries(fields).find(
        ([field]) => problem.field === field || problem.field.startsWith(`${field}.`),
      )?.[1];
      if (!target) continue;
      target.textContent = target.textContent
        ? `${target.textContent} ${problem.message}`
        : problem.message;
      placed.push(problem);
    }
  }
  const allPlaced =
    error instanceof GraphQLRequestError &&
    placed.length > 0 &&
    placed.length === problemsOf(error).length;
  replaceChildren(
    general,
    allPlaced ? 'The API refused the edit: see the fields marked.' : refusalText(error),
    error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED'
      ? [
          ' ',
          h(
            'button',
            { type: 'button', className: 'link-button', onclick: openSignIn },
            'Sign in again',
          ),
        ]
      : null,
  );
}
