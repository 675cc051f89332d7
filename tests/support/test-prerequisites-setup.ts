/**
 * Global setup of the whole run (both projects): provisions what `npm test` can provide
 * itself and names, in one line each at the start of the run, what it cannot. Python's
 * packages go into the project-local venv (tests/support/python-env.ts). Chromium cannot
 * be installed from here (it is a Debian package): when it is missing the line says how
 * to get it, and the browser tests then fail with the same message (they never skip).
 */
import { accessSync, constants } from 'node:fs';
import { chromiumPath } from './browser.ts';
import { provisionPython } from './python-env.ts';

export function setup(): void {
  const python = provisionPython();
  if (!python.ok) console.error(`test prerequisites: ${python.problem}`);
  else if (python.installed)
    console.log(`test prerequisites: installed requirements-test.txt into ${python.python}`);
  const chromium = chromiumPath();
  try {
    accessSync(chromium, constants.X_OK);
  } catch {
    console.error(
      `test prerequisites: Chromium not found at ${chromium}: apt-get install -y chromium, ` +
        'or set CHROMIUM_PATH (the browser tests fail without it)',
    );
  }
}
