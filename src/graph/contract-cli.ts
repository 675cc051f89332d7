/**
 * `npm run contract` writes schema/contract.generated.graphql from the graph contract;
 * `npm run contract -- --check` exits 1 when the file differs from what it would write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRACT_SDL_FILE, contractSdl } from './contract-sdl.ts';

const file = join(import.meta.dirname, '..', '..', 'schema', CONTRACT_SDL_FILE);
const text = contractSdl();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // missing: stale
  }
  if (current !== text) {
    console.error(`schema/${CONTRACT_SDL_FILE} is stale: run npm run contract`);
    process.exit(1);
  }
} else {
  writeFileSync(file, text);
}
