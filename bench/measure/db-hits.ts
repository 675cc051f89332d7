/**
 * Database hits of the statements a request sent, by PROFILE: each statement is run once
 * more, profiled, with the parameters it was sent with, and the db hits of every operator
 * of its plan are summed. Run after the timings' warm-up, so the plans are those in use.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { fromWire, type RecordedStatement } from '../contestants/recording-driver.ts';

interface PlanNode {
  readonly dbHits?: number;
  readonly children?: readonly PlanNode[];
  readonly operatorType?: string;
}

export interface ProfiledStatement {
  readonly dbHits: number;
  readonly operators: string;
}

export interface DbHits {
  readonly total: number;
  readonly statements: readonly ProfiledStatement[];
}

/** PROFILE goes after any `CYPHER ...` option lines (the peer prefixes `CYPHER 5`). */
export function profiled(cypher: string): string {
  const options = /^(\s*CYPHER[^\n]*\n)*/i.exec(cypher)?.[0] ?? '';
  return `${options}PROFILE ${cypher.slice(options.length)}`;
}

const sumHits = (plan: PlanNode): number =>
  (plan.dbHits ?? 0) + (plan.children ?? []).reduce((sum, child) => sum + sumHits(child), 0);

/** The operators of a plan, root first, for the report's evidence. */
const operatorsOf = (plan: PlanNode): string[] => [
  `${plan.operatorType ?? '?'}(${plan.dbHits ?? 0})`,
  ...(plan.children ?? []).flatMap(operatorsOf),
];

export async function profileStatements(
  driver: Driver,
  statements: readonly RecordedStatement[],
): Promise<DbHits> {
  const profiledStatements: ProfiledStatement[] = [];
  for (const statement of statements) {
    const result = await driver.executeQuery(
      profiled(statement.cypher),
      fromWire(statement.params) as Record<string, unknown>,
      { routing: neo4j.routing.READ },
    );
    const plan = result.summary.profile as PlanNode | false;
    profiledStatements.push(
      plan
        ? { dbHits: sumHits(plan), operators: operatorsOf(plan).join(' < ') }
        : { dbHits: 0, operators: '' },
    );
  }
  return {
    total: profiledStatements.reduce((sum, s) => sum + s.dbHits, 0),
    statements: profiledStatements,
  };
}
