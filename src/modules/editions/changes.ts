/**
 * `changes(from:, to:)`: what changed in the graph between two dates. By valid time, a fact
 * is added in the period when a source dated in it states it, and changed when an edit
 * made it cite such a source while it existed before; by recorded time, a fact is
 * retracted in the period when an edit made in it retracted it (a retraction corrects the
 * graph: it has no source date of its own).
 */
import type { RequestContext } from '../kernel/context.ts';
import { factById } from '../curation/revisions.ts';
import { badUserInput } from '../../errors.ts';
import type { RelationshipType } from '../../graph/contract.ts';
import { liveNodeSnapshot, relationshipSnapshot, type FactSnapshot } from '../curation/facts.ts';
import { FACTS_OF_SOURCES, FIRST_CHANGES, RETRACTIONS_IN_PERIOD } from './editions.cypher.ts';
import { endOfPartialDate, sourceDates } from './editions.ts';

export type ChangeKind = 'ADDED' | 'RETRACTED' | 'CHANGED';

export interface GraphChangeModel {
  readonly kind: ChangeKind;
  readonly factId: string;
  readonly factKind: 'NODE' | 'RELATIONSHIP';
  readonly fact: FactSnapshot;
  readonly sourceId: string | null;
  readonly revision: number | null;
}

export interface ChangeSetModel {
  readonly from: string;
  readonly to: string;
  readonly sourceIds: readonly string[];
  readonly changes: readonly GraphChangeModel[];
}

/** At most this many changes in one answer; a period with more is refused (narrow it). */
export const MAX_CHANGES = 5_000;

export async function changesBetween(
  context: RequestContext,
  from: string,
  to: string,
): Promise<ChangeSetModel> {
  const lower = endOfPartialDate(from, 'from');
  const upper = endOfPartialDate(to, 'to');
  const sources = (await sourceDates(context)).filter(
    (source) => source.date > lower && source.date <= upper,
  );
  const sourceIds = sources.map((source) => source.id);
  const { gateway } = context;
  const stated = sourceIds.length
    ? await gateway.read(FACTS_OF_SOURCES, { sources: sourceIds })
    : [];
  const edited = stated.filter((row) => Number(row.revision) > 0).map((row) => String(row.id));
  const firsts = new Map(
    (edited.length ? await gateway.read(FIRST_CHANGES, { ids: edited }) : []).map((row) => [
      String(row.id),
      row.created === true,
    ]),
  );
  // Recorded time: ISO instants, so the bounds are the days' ends in UTC.
  const retracted = await gateway.read(RETRACTIONS_IN_PERIOD, {
    from: `${lower}T23:59:59.999Z`,
    to: `${upper}T23:59:59.999Z`,
  });
  if (stated.length + retracted.length > MAX_CHANGES) {
    throw badUserInput(
      `more than ${MAX_CHANGES} changes between ${from} and ${to}: narrow the period`,
      'to',
    );
  }
  const entries: {
    kind: ChangeKind;
    id: string;
    revision: number | null;
    fact: FactSnapshot | null;
  }[] = [
    ...stated.map((row) => {
      const revision = Number(row.revision);
      const id = String(row.id);
      // Seed facts (revision 0) and facts an edit created are additions.
      const created = revision === 0 || firsts.get(id) !== false;
      const properties = row.properties as Record<string, unknown>;
      const fact =
        row.kind === 'node'
          ? liveNodeSnapshot(id, row.labels as string[], properties)
          : relationshipSnapshot(
              row.type as RelationshipType,
              String(row.from),
              String(row.to),
              'live',
              properties,
            );
      return {
        kind: (created ? 'ADDED' : 'CHANGED') as ChangeKind,
        id,
        revision: revision || null,
        fact,
      };
    }),
    ...retracted.map((row) => ({
      kind: 'RETRACTED' as ChangeKind,
      id: String(row.id),
      revision: Number(row.revision),
      fact: null,
    })),
  ];
  const changes: GraphChangeModel[] = [];
  for (const entry of entries) {
    const fact = entry.fact ?? (await factById(gateway, entry.id));
    if (!fact) continue;
    changes.push({
      kind: entry.kind,
      factId: entry.id,
      factKind: fact.kind === 'node' ? 'NODE' : 'RELATIONSHIP',
      fact,
      sourceId: typeof fact.properties.source === 'string' ? fact.properties.source : null,
      revision: entry.revision,
    });
  }
  return { from, to, sourceIds, changes };
}
