/** Temporary copies of the seeds folder, for tests that feed the import bad input. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config.ts';

export const SEEDS_DIR = join(PROJECT_ROOT, 'seeds');

export interface SeedCopy {
  readonly dir: string;
  /** Replaces the first occurrence of `from` in a seed file (path relative to seeds/). */
  edit(file: string, from: string | RegExp, to: string): void;
  write(file: string, text: string): void;
  remove(): void;
}

export function copySeeds(): SeedCopy {
  const dir = mkdtempSync(join(tmpdir(), 'techniekpact-seeds-'));
  cpSync(SEEDS_DIR, dir, { recursive: true });
  return {
    dir,
    edit(file, from, to) {
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      const next = text.replace(from, to);
      if (next === text) throw new Error(`fixture edit found nothing to replace in ${file}`);
      writeFileSync(path, next);
    },
    write(file, text) {
      writeFileSync(join(dir, file), text);
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
