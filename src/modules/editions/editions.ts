/**
 * Report editions over time: which sources are editions and when, an action's status per
 * edition (a dated claim or UNKNOWN), and the date bounds asOf and changes compare with.
 *
 * Dates are partial (YYYY, YYYY-MM, YYYY-MM-DD). A source dated "2015-06" states its facts
 * from June 2015; `asOf: "2015"` means the end of 2015, so a bound is padded to the last day
 * it covers and compared as text with the sources' dates, which sorts them correctly.
 */
import { badUserInput } from '../../errors.ts';
import { PARTIAL_DATE_PATTERN } from '../../graph/contract.ts';
import type { Neo4jGateway } from '../../db/gateway.ts';
import type { AsOf } from '../kernel/as-of.ts';
import type { RequestContext } from '../kernel/context.ts';
import { revisionOf, type NodeModel } from '../kernel/models.ts';
import { SOURCE_DATES } from '../sources/sources.cypher.ts';

export interface SourceDate {
  readonly id: string;
  readonly date: string;
  readonly series: string | null;
  readonly edition: number | null;
}

export type ActionStatusValue = 'DONE' | 'ON_SCHEDULE' | 'DELAYED' | 'UNKNOWN';

export interface EditionStatusModel {
  readonly sourceId: string;
  readonly date: string;
  readonly status: ActionStatusValue;
  readonly claim: NodeModel | null;
}

/** The last day a partial date covers, as text: "2015" -> "2015-12-31", "2015-02" -> "2015-02-28". */
export function endOfPartialDate(value: string, argumentName: string): string {
  if (!PARTIAL_DATE_PATTERN.test(value)) {
    throw badUserInput(
      `${argumentName} must be YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`,
      argumentName,
    );
  }
  const [year, month, day] = value.split('-').map(Number);
  if (day !== undefined) return value;
  if (month === undefined) return `${year}-12-31`;
  const last = new Date(Date.UTC(year!, month, 0)).getUTCDate();
  return `${value}-${String(last).padStart(2, '0')}`;
}

/** Whether a source dated `date` is dated on or before `bound` (an endOfPartialDate). */
export const datedBy = (date: string, bound: string) => date <= bound;

/** Every source with its date, oldest first. */
export async function readSourceDates(gateway: Neo4jGateway): Promise<SourceDate[]> {
  return (await gateway.read(SOURCE_DATES)).map((row) => ({
    id: String(row.id),
    date: String(row.date),
    series: typeof row.series === 'string' ? row.series : null,
    edition: typeof row.edition === 'number' ? row.edition : null,
  }));
}

/** The ids of the sources dated up to `asOf` (the exports' asOf, outside a request). */
export async function sourceIdsAsOf(gateway: Neo4jGateway, asOf: string): Promise<string[]> {
  const bound = endOfPartialDate(asOf, 'asOf');
  return (await readSourceDates(gateway)).filter((s) => datedBy(s.date, bound)).map((s) => s.id);
}

const perRequest = new WeakMap<RequestContext, Promise<SourceDate[]>>();

/** Every source with its date, oldest first; read once per request. */
export function sourceDates(context: RequestContext): Promise<SourceDate[]> {
  let dates = perRequest.get(context);
  if (!dates) {
    dates = readSourceDates(context.gateway);
    perRequest.set(context, dates);
  }
  return dates;
}

/** The sources dated up to `asOf` (inclusive, see endOfPartialDate), as kernel/as-of.ts takes them. */
export async function asOfSources(context: RequestContext, asOf: string): Promise<AsOf> {
  const bound = endOfPartialDate(asOf, 'asOf');
  const sources = (await sourceDates(context)).filter((s) => datedBy(s.date, bound));
  return { bound, sources: new Set(sources.map((s) => s.id)) };
}

/**
 * The editions an action's statuses are listed for: the sources of a series (the report
 * series the action's own source belongs to, else any), oldest first.
 */
export function editionsOf(sources: readonly SourceDate[], actionSource: string): SourceDate[] {
  const own = sources.find((s) => s.id === actionSource);
  const series = own?.series ?? null;
  const editions = sources.filter(
    (s) => s.series !== null && (series === null || s.series === series),
  );
  return editions.length > 0 ? editions : sources.filter((s) => s.id === actionSource);
}

const STATUS_VALUES: Readonly<Record<string, ActionStatusValue>> = {
  done: 'DONE',
  'on-schedule': 'ON_SCHEDULE',
  delayed: 'DELAYED',
  unknown: 'UNKNOWN',
};

export const statusValueOf = (status: unknown): ActionStatusValue =>
  STATUS_VALUES[String(status)] ?? 'UNKNOWN';

/** One status per edition: the claim that edition states (the latest, if several), or UNKNOWN. */
export function statusesPerEdition(
  editions: readonly SourceDate[],
  claims: readonly NodeModel[],
  asOf: string | null,
): EditionStatusModel[] {
  return editions
    .filter((edition) => asOf === null || datedBy(edition.date, asOf))
    .map((edition) => {
      // Two claims of one edition (a curator accepted two statuses): the one stated last
      // is the curator's latest word; the wrong one is retracted, and gone from `claims`.
      const claim =
        claims
          .filter((c) => c.source === edition.id)
          .sort((a, b) => revisionOf(b) - revisionOf(a) || b.id.localeCompare(a.id))[0] ?? null;
      return {
        sourceId: edition.id,
        date: edition.date,
        status: claim ? statusValueOf(claim.status) : 'UNKNOWN',
        claim,
      };
    });
}
