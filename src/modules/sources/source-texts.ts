/**
 * The text of a Source: what an edit's quote must occur in verbatim (exactly as the import
 * checks the seeds' quotes), what `Source.text` shows a curator picking a quote, and what
 * selector positions count in. Two homes, one reader:
 * - the seeds' source names its file (`path`, inside the project) and its sha256;
 * - a source registered at run time (addSource) has its file and extracted text in a
 *   `SourceFile` node of the database, found by the file's sha256 and checked against the
 *   text's (textSha256).
 * Either is read once per process (keyed by its hash, so a replaced file is another text,
 * never a stale one) and must still match its hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../config.ts';
import type { QueryParams, Row } from '../../db/gateway.ts';
import { SOURCE_FILE_TEXT } from './sources.cypher.ts';

/** What names a source's text: the Source node's properties. */
export interface SourceTextRef {
  readonly id: string;
  readonly path?: unknown;
  readonly sha256?: unknown;
  readonly textSha256?: unknown;
}

/** What runs the one statement a stored text needs: a transaction or a plain read. */
export interface TextReader {
  run(cypher: string, params?: QueryParams): Promise<Row[]>;
}

const texts = new Map<string, string>();

const sha256Of = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * The text of the file a Source node names (its `path` and `sha256`), read once per process
 * and checked against the sha256 (a changed file is an error, not another text).
 */
export function sourceFileText(id: string, path: string, sha256: string): string {
  const key = `${path}@${sha256}`;
  let text = texts.get(key);
  if (text === undefined) {
    const file = resolve(PROJECT_ROOT, path);
    if (relative(PROJECT_ROOT, file).startsWith('..')) {
      throw new Error(`source ${id}: its path ${path} is outside the project`);
    }
    const bytes = readFileSync(file);
    const sha = sha256Of(bytes);
    if (sha !== sha256) {
      throw new Error(`source ${id}: ${path} has sha256 ${sha}, the graph says ${sha256}`);
    }
    text = bytes.toString('utf8');
    texts.set(key, text);
  }
  return text;
}

/** The text of any Source: from its file in the project, or from the database. */
export async function sourceText(reader: TextReader, source: SourceTextRef): Promise<string> {
  if (typeof source.path === 'string') {
    return sourceFileText(source.id, source.path, String(source.sha256));
  }
  const textSha256 = String(source.textSha256);
  const key = `db@${textSha256}`;
  const known = texts.get(key);
  if (known !== undefined) return known;
  const [row] = await reader.run(SOURCE_FILE_TEXT, { sha256: String(source.sha256) });
  const text = row?.text;
  if (typeof text !== 'string') {
    throw new Error(
      `source ${source.id}: its file (sha256 ${String(source.sha256)}) is not stored`,
    );
  }
  const sha = sha256Of(text);
  if (sha !== textSha256) {
    throw new Error(
      `source ${source.id}: its stored text has sha256 ${sha}, the graph says ${textSha256}`,
    );
  }
  texts.set(key, text);
  return text;
}

/** Remembers a text just stored (addSource), so the edit that stored it need not read it back. */
export function rememberSourceText(textSha256: string, text: string): void {
  texts.set(`db@${textSha256}`, text);
}
