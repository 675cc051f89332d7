/**
 * Q0 `{ __typename }`: no database at all. What is left is the cost of the HTTP server and
 * the GraphQL pipeline (parse, validate, execute, serialise): the floor under every other
 * question.
 */
import type { Question } from './question.ts';

const same = (data: unknown) => data as { __typename: string };

export const q0Typename: Question = {
  id: 'Q0',
  title: '{ __typename } (no database)',
  raw: { cypher: null, params: {}, constant: { __typename: 'Query' }, normalise: same },
  ours: { query: '{ __typename }', variables: {}, normalise: same },
  peer: { query: '{ __typename }', variables: {}, normalise: same },
};
