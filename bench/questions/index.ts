/** Every benchmark question, in the order of the report. */
import { q0Typename } from './q0-typename.ts';
import { q1NodeById } from './q1-node-by-id.ts';
import { q2ActionsWithLeads } from './q2-actions-with-leads.ts';
import { q3TwoHops } from './q3-two-hops.ts';
import { q4LedByKind } from './q4-led-by-kind.ts';
import { q4bLedByOrganisation } from './q4b-led-by-organisation.ts';
import { q5ConnectionTotalCount } from './q5-connection-total-count.ts';
import { q6FourLevels } from './q6-four-levels.ts';
import { q7Search } from './q7-search.ts';
import { q8Neighbourhood } from './q8-neighbourhood.ts';
import type { Question } from './question.ts';

export const QUESTIONS: readonly Question[] = [
  q0Typename,
  q1NodeById,
  q2ActionsWithLeads,
  q3TwoHops,
  q4LedByKind,
  q4bLedByOrganisation,
  q5ConnectionTotalCount,
  q6FourLevels,
  q7Search,
  q8Neighbourhood,
];

export function questionById(id: string): Question {
  const question = QUESTIONS.find((q) => q.id === id);
  if (!question) throw new Error(`no benchmark question ${id}`);
  return question;
}
