/**
 * The text of a Source: what an edit's quote must occur in verbatim (exactly as the import
 * checks the seeds' quotes), and what `Source.text` shows a curator picking a quote. A
 * Source node names its file (`path`, inside the project) and its sha256; the file is read
 * once per process and must still match.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../config.ts';

const texts = new Map<string, string>();

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
    const sha = createHash('sha256').update(bytes).digest('hex');
    if (sha !== sha256) {
      throw new Error(`source ${id}: ${path} has sha256 ${sha}, the graph says ${sha256}`);
    }
    text = bytes.toString('utf8');
    texts.set(key, text);
  }
  return text;
}
