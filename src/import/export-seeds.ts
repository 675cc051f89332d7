/**
 * `npm run export-seeds`: the curated edits made through the API, written back to the seed
 * files (seeds/graph/), so that curators' work is reviewed in git like the seeds and an
 * import of the files into an empty database gives the same graph.
 *
 * It reads what the history says: every fact a revision changed, every state it had (the
 * imported one first) and the one it has now, and lets the seed writer merge those into
 * the files (src/seeds/seed-writer.ts: a fact changed on both sides is a conflict, and then
 * nothing is written). Retracted facts leave the files; why they were retracted, by whom and
 * when is kept in seeds/retracted.yaml, which the import does not read, so that the reason
 * survives an import that discards the edits.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Neo4jGateway } from '../db/gateway.ts';
import type { FactSnapshot } from '../modules/curation/facts.ts';
import {
  factById,
  MAX_REVISIONS_PAGE,
  revisionsAfter,
  type RevisionModel,
} from '../modules/curation/revisions.ts';
import { loadSeedGraph } from '../seeds/load-seeds.ts';
import {
  planSeedWrite,
  type CuratedFactChange,
  type SeedFact,
  type SeedWritePlan,
} from '../seeds/seed-writer.ts';

export interface ExportSeedsReport extends SeedWritePlan {
  /** The last revision the export includes (0: no edits). */
  readonly throughRevision: number;
  /** Retractions newly recorded in seeds/retracted.yaml. */
  readonly retractionsLogged: number;
}

export interface ExportSeedsOptions {
  readonly seedsDir: string;
  /** Plan only: report what would change, write nothing. */
  readonly dryRun?: boolean;
}

export const RETRACTED_LOG = 'retracted.yaml';

/** A revision read while we read the facts would make them disagree: read again. */
const CONSISTENT_READ_ATTEMPTS = 5;

export async function exportSeeds(
  gateway: Neo4jGateway,
  options: ExportSeedsOptions,
): Promise<ExportSeedsReport> {
  const { revisions, changes, retracted } = await readCuratedChanges(gateway);
  const seeds = loadSeedGraph({ seedsDir: options.seedsDir, displayRoot: options.seedsDir });
  const plan = planSeedWrite(options.seedsDir, seeds, changes);
  const log = retractionLog(options.seedsDir, retracted, revisions);
  const report: ExportSeedsReport = {
    ...plan,
    throughRevision: revisions.at(-1)?.number ?? 0,
    retractionsLogged: log.added,
  };
  if (options.dryRun) return report;

  const writes = [...plan.writes];
  if (log.added > 0) writes.push({ file: RETRACTED_LOG, before: log.before, after: log.after });
  for (const write of writes) writeAtomically(join(options.seedsDir, write.file), write.after);
  // The files must load as they did: should the writer ever produce what the import
  // refuses, the files go back to what they were and the export fails.
  try {
    loadSeedGraph({ seedsDir: options.seedsDir, displayRoot: options.seedsDir });
  } catch (error) {
    for (const write of writes) {
      const path = join(options.seedsDir, write.file);
      if (write.before === null) rmSync(path, { force: true });
      else writeAtomically(path, write.before);
    }
    throw new Error(
      `the exported seeds did not load, so the files were restored: ${(error as Error).message}`,
    );
  }
  return report;
}

interface CuratedChanges {
  readonly revisions: readonly RevisionModel[];
  readonly changes: readonly CuratedFactChange[];
  readonly retracted: readonly FactSnapshot[];
}

/**
 * Every fact the revisions changed, with its state before the first change and now. Read
 * while no edit lands in between (the revision count is the same before and after).
 */
async function readCuratedChanges(gateway: Neo4jGateway): Promise<CuratedChanges> {
  for (let attempt = 1; attempt <= CONSISTENT_READ_ATTEMPTS; attempt += 1) {
    const revisions = await allRevisions(gateway);
    // Each fact's states in history order: before its first change, then after each.
    const states = new Map<string, (FactSnapshot | null)[]>();
    for (const revision of revisions) {
      for (const change of revision.changes) {
        const known = states.get(change.id);
        if (known) known.push(change.after);
        else states.set(change.id, [change.before, change.after]);
      }
    }
    const changes: CuratedFactChange[] = [];
    const retracted: FactSnapshot[] = [];
    for (const [id, history] of states) {
      const now = await factById(gateway, id);
      if (now?.state === 'retracted') retracted.push(now);
      changes.push({ id, earlier: history.map(seedFactOf), current: seedFactOf(now) });
    }
    const last = (await revisionsAfter(gateway, revisions.at(-1)?.number ?? 0, 1)).revisions;
    if (last.length === 0) return { revisions, changes, retracted };
  }
  throw new Error(
    `edits kept landing while the export read them (${CONSISTENT_READ_ATTEMPTS} attempts); export when the graph is quiet`,
  );
}

async function allRevisions(gateway: Neo4jGateway): Promise<RevisionModel[]> {
  const revisions: RevisionModel[] = [];
  let after = 0;
  for (;;) {
    const page = await revisionsAfter(gateway, after, MAX_REVISIONS_PAGE);
    revisions.push(...page.revisions);
    if (page.next === null) return revisions;
    after = page.next;
  }
}

/** A live snapshot as the seeds state it; null for a retracted or absent fact. */
function seedFactOf(snapshot: FactSnapshot | null): SeedFact | null {
  if (!snapshot || snapshot.state !== 'live') return null;
  return snapshot.kind === 'node'
    ? {
        kind: 'node',
        id: snapshot.id,
        label: snapshot.label,
        properties: { aliases: [], ...snapshot.properties },
      }
    : {
        kind: 'relationship',
        id: snapshot.id,
        type: snapshot.type,
        from: snapshot.from,
        to: snapshot.to,
        properties: snapshot.properties,
      };
}

interface RetractionEntry {
  readonly id: string;
  readonly kind: 'node' | 'relationship';
  readonly reason: string;
  readonly revision: number;
  readonly author: string;
  readonly time: string;
  readonly quote: string;
}

/**
 * seeds/retracted.yaml with the retractions it does not hold yet (an entry is its fact id
 * and time: revision numbers start again after an import that discards the edits).
 */
function retractionLog(
  seedsDir: string,
  retracted: readonly FactSnapshot[],
  revisions: readonly RevisionModel[],
): { before: string | null; after: string; added: number } {
  const path = join(seedsDir, RETRACTED_LOG);
  const before = existsSync(path) ? readFileSync(path, 'utf8') : null;
  const known = before
    ? ((parse(before) as { retracted?: RetractionEntry[] } | null)?.retracted ?? [])
    : [];
  const keys = new Set(known.map((entry) => `${entry.id}@${entry.time}`));
  const byNumber = new Map(revisions.map((revision) => [revision.number, revision]));
  const added: RetractionEntry[] = [];
  for (const fact of retracted) {
    const revision = byNumber.get(fact.revision);
    const entry: RetractionEntry = {
      id: fact.id,
      kind: fact.kind,
      reason: fact.reason ?? '',
      revision: fact.revision,
      author: revision?.author ?? 'unknown',
      time: revision?.time ?? 'unknown',
      quote: String(fact.properties.quote ?? ''),
    };
    if (!keys.has(`${entry.id}@${entry.time}`)) added.push(entry);
  }
  const header =
    '# Facts retracted through the API: why, by whom and when (written by npm run export-seeds).\n' +
    '# The import does not read this file; the facts themselves are no longer in graph/.\n';
  const after = header + stringify({ retracted: [...known, ...added] }, { lineWidth: 0 });
  return { before, after, added: added.length };
}

/** Through a temporary file and a rename, so that a crash leaves the old file or the new. */
function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
