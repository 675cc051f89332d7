/**
 * Registering a report file as a Source at run time (addSource, `npm run add-source`): the
 * file's text is extracted (source-files.ts), and the file, its text and the Source node
 * are written in one edit with its revision, so a refused or failed registration stores
 * nothing. The Source's own quote (a line that names the document) is checked against its
 * text by the validator every fact goes through.
 */
import { clientError, ErrorCode } from '../../errors.ts';
import { ID_PATTERN } from '../../graph/contract.ts';
import type { RelationshipType } from '../../graph/contract.ts';
import { codePointOffset, quoteOccurrences } from '../../graph/text-anchors.ts';
import { foldText } from '../../graph/text-folding.ts';
import type { RequestContext } from '../kernel/context.ts';
import {
  authorisedViewer,
  inputError,
  planAddNode,
  runEdit,
  type EditMeta,
} from '../curation/edits.ts';
import {
  DEFAULT_SOURCE_FILE_LIMITS,
  extractSourceText,
  SourceFileError,
  type ExtractedSource,
} from './source-files.ts';
import { rememberSourceText } from './source-texts.ts';
import { SOURCE_WITH_FILE, STORE_SOURCE_FILE } from './sources.cypher.ts';
import { FACTS_OF_SOURCES } from '../editions/editions.cypher.ts';
import {
  liveNodeSnapshot,
  readNode,
  relationshipSnapshot,
  type FactChange,
  type FactSnapshot,
} from '../curation/facts.ts';

export interface RegisterSourceRequest extends EditMeta {
  readonly id?: string | null;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly mediaType?: string | null;
  readonly title: string;
  readonly date: string;
  readonly language: string;
  readonly url?: string | null;
  readonly series?: string | null;
  readonly edition?: number | null;
  readonly quote?: string | null;
  readonly quoteStart?: number | null;
}

/** The default id: `src-`, the title's first five words, the year. */
export function defaultSourceId(title: string, date: string): string {
  const words = foldText(title)
    .replace(/[^a-z0-9 ]/g, '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 5);
  return ['src', ...words, date.slice(0, 4)].join('-');
}

/**
 * The first non-blank line of a text, trimmed and at most 300 characters, and where it
 * starts: the default quote of a source (a title line may repeat, so it comes with its place).
 */
export function firstLine(text: string): { quote: string; start: number } | undefined {
  const match = /\S[^\n]*/.exec(text);
  if (!match) return undefined;
  return { quote: match[0].slice(0, 300).trim(), start: codePointOffset(text, match.index) };
}

/** The file's text, or the refusal that says why it cannot be a source (nothing stored). */
export async function extractOrRefuse(
  bytes: Uint8Array,
  fileName: string,
  mediaType?: string | null,
): Promise<ExtractedSource> {
  try {
    return await extractSourceText(bytes, fileName, { mediaType: mediaType ?? null });
  } catch (error) {
    if (error instanceof SourceFileError) {
      throw clientError(ErrorCode.INVALID_SOURCE_FILE, error.message, {
        field: 'input.content',
        reason: error.code,
        file: error.file,
        ...error.detail,
      });
    }
    throw error;
  }
}

/** Decodes addSource's base64 content, refusing what is not base64. */
export function decodeContent(content: string): Uint8Array {
  const compact = content.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) {
    throw inputError('content must be the file as base64', 'input.content');
  }
  const limit = Math.ceil(DEFAULT_SOURCE_FILE_LIMITS.maxBytes / 3) * 4;
  if (compact.length > limit) {
    throw clientError(
      ErrorCode.INVALID_SOURCE_FILE,
      `the file is over the limit of ${DEFAULT_SOURCE_FILE_LIMITS.maxBytes} bytes`,
      { field: 'input.content', reason: 'TOO_LARGE' },
    );
  }
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

export async function registerSource(context: RequestContext, request: RegisterSourceRequest) {
  authorisedViewer(context, 'admin');
  const extracted = await extractOrRefuse(request.bytes, request.fileName, request.mediaType);
  const id = request.id ?? defaultSourceId(request.title, request.date);
  if (!ID_PATTERN.test(id)) throw inputError('id: kebab-case ASCII (a-z, 0-9, -)', 'input.id');
  const stated = request.quote ? { quote: request.quote, start: request.quoteStart ?? null } : null;
  const { quote, start: quoteStart } = stated ??
    firstLine(extracted.text) ?? { quote: '', start: null };
  // What the revision records of the input: everything but the file (the edit's strings are
  // bounded; the file is stored once, by its hash).
  const recorded = {
    id,
    fileName: request.fileName,
    title: request.title,
    date: request.date,
    language: request.language,
    quote,
    fileSha256: extracted.fileSha256,
  };
  return runEdit(
    context,
    'admin',
    'ADD_SOURCE',
    request,
    recorded,
    async (tx, revision) => {
      const [duplicate] = await tx.run(SOURCE_WITH_FILE, { sha256: extracted.fileSha256 });
      if (duplicate) {
        throw clientError(
          ErrorCode.INVALID_SOURCE_FILE,
          `${request.fileName} is registered already, as source ${String(duplicate.id)}`,
          { field: 'input.content', reason: 'DUPLICATE', source: duplicate.id },
        );
      }
      const properties: Record<string, unknown> = {
        title: request.title,
        date: request.date,
        sha256: extracted.fileSha256,
        textSha256: extracted.textSha256,
        language: request.language,
        mediaType: extracted.mediaType,
        fileName: request.fileName,
      };
      for (const key of ['url', 'series', 'edition'] as const) {
        if (request[key] !== undefined && request[key] !== null) properties[key] = request[key];
      }
      const planned = await planAddNode(
        tx,
        revision,
        {
          id,
          label: 'Source',
          name: request.title,
          quote,
          quoteStart,
          source: id,
          properties,
        },
        extracted.text,
      );
      await tx.run(STORE_SOURCE_FILE, {
        file: {
          sha256: extracted.fileSha256,
          textSha256: extracted.textSha256,
          bytes: request.bytes,
          text: extracted.text,
          mediaType: extracted.mediaType,
          byteLength: extracted.byteLength,
          pageStarts: (extracted.pages ?? []).map((page) => page.start),
        },
      });
      rememberSourceText(extracted.textSha256, extracted.text);
      return planned;
    },
    id,
  );
}

export interface ReplaceSourceRequest extends EditMeta {
  readonly id: string;
  readonly expectedRevision: number;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly mediaType?: string | null;
}

/**
 * Where a quote is in a new text: where it was, if it still is; else its occurrence nearest
 * to where it was; null when the new text lacks it.
 */
export function reanchor(text: string, quote: string, oldStart: number | undefined): number | null {
  const found = quoteOccurrences(text, quote, 1000).map((at) => codePointOffset(text, at));
  if (found.length === 0) return null;
  if (oldStart === undefined) return found[0]!;
  return found.reduce((best, at) =>
    Math.abs(at - oldStart) < Math.abs(best - oldStart) ? at : best,
  );
}

/**
 * A registered source's file replaced by a corrected one (a re-issued PDF, a better text
 * export): refused unless every quote of every live fact citing the source occurs in the new
 * text; each quote that moved gets its new position, in the same revision as the Source's
 * new hashes. Proposals read from the old text are stale after it (a run under way then
 * writes nothing; accepting one whose quote moved is STALE_PROPOSAL). The seeds' source is
 * a file of the repository and is changed there, not here.
 */
export async function replaceSourceFile(context: RequestContext, request: ReplaceSourceRequest) {
  authorisedViewer(context, 'admin');
  const extracted = await extractOrRefuse(request.bytes, request.fileName, request.mediaType);
  const recorded = {
    id: request.id,
    expectedRevision: request.expectedRevision,
    fileName: request.fileName,
    fileSha256: extracted.fileSha256,
  };
  return runEdit(
    context,
    'admin',
    'REPLACE_SOURCE',
    request,
    recorded,
    async (tx, revision) => {
      const current = await readNode(tx, request.id);
      if (!current || current.label !== 'Source' || current.state !== 'live') {
        throw inputError(`no live Source has id ${request.id}`, 'input.id');
      }
      if (typeof current.properties.path === 'string') {
        throw inputError(
          `${request.id} is the seeds' source, a file of the repository (${current.properties.path}): change it there`,
          'input.id',
        );
      }
      if (current.revision !== request.expectedRevision) {
        throw clientError(
          ErrorCode.CONFLICT,
          `${request.id} is at revision ${current.revision}, not ${request.expectedRevision}: reload it and replace again`,
          { currentRevision: current.revision, field: 'input.expectedRevision' },
        );
      }
      const [duplicate] = await tx.run(SOURCE_WITH_FILE, { sha256: extracted.fileSha256 });
      if (duplicate && duplicate.id !== request.id) {
        throw clientError(
          ErrorCode.INVALID_SOURCE_FILE,
          `${request.fileName} is registered already, as source ${String(duplicate.id)}`,
          { field: 'input.content', reason: 'DUPLICATE', source: duplicate.id },
        );
      }
      const citing = await tx.run(FACTS_OF_SOURCES, { sources: [request.id] });
      const snapshots: FactSnapshot[] = [
        current,
        ...citing.map((row) => {
          const properties = row.properties as Record<string, unknown>;
          return row.kind === 'node'
            ? liveNodeSnapshot(String(row.id), row.labels as string[], properties)
            : relationshipSnapshot(
                row.type as RelationshipType,
                String(row.from),
                String(row.to),
                'live',
                properties,
              );
        }),
      ];
      const problems: { field: string; message: string }[] = [];
      const changes: FactChange[] = [];
      for (const before of snapshots) {
        const quote = String(before.properties.quote);
        const oldStart = before.properties.quoteStart as number | undefined;
        const start = reanchor(extracted.text, quote, oldStart);
        if (start === null) {
          problems.push({
            field: before.id,
            message: `its quote is not in the new text: ${JSON.stringify(quote.slice(0, 80))}`,
          });
          continue;
        }
        const isSource = before.id === request.id;
        if (start === oldStart && !isSource) continue;
        const properties = {
          ...before.properties,
          quoteStart: start,
          ...(isSource
            ? {
                sha256: extracted.fileSha256,
                textSha256: extracted.textSha256,
                mediaType: extracted.mediaType,
                fileName: request.fileName,
              }
            : {}),
        };
        changes.push({ before, after: { ...before, properties, revision } as FactSnapshot });
      }
      if (problems.length > 0) {
        throw clientError(
          ErrorCode.BAD_USER_INPUT,
          `${problems.length} fact(s) citing ${request.id} quote what the new file does not say: ` +
            problems
              .slice(0, 5)
              .map((p) => `${p.field} (${p.message})`)
              .join('; ') +
            (problems.length > 5 ? '; ...' : ''),
          { field: 'input.content', problems: problems.slice(0, 100) },
        );
      }
      await tx.run(STORE_SOURCE_FILE, {
        file: {
          sha256: extracted.fileSha256,
          textSha256: extracted.textSha256,
          bytes: request.bytes,
          text: extracted.text,
          mediaType: extracted.mediaType,
          byteLength: extracted.byteLength,
          pageStarts: (extracted.pages ?? []).map((page) => page.start),
        },
      });
      rememberSourceText(extracted.textSha256, extracted.text);
      return { changes, subject: request.id };
    },
    request.id,
  );
}
