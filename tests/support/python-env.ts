/**
 * The project-local Python of the test suite: `.venv/` (git-ignored), made with the
 * python3 on PATH and filled from requirements-test.txt. The test run provisions it
 * (tests/support/test-prerequisites-setup.ts) so that `npm ci && npm test` needs no
 * hand-installed Python package; a copy of the requirements file inside the venv says what
 * it was filled from, so that a changed file is installed again and an unchanged one costs
 * nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config.ts';

export const REQUIREMENTS_FILE = join(PROJECT_ROOT, 'requirements-test.txt');

/** TEST_VENV moves the venv (a test of the first run uses a fresh one). */
export function venvDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.TEST_VENV || join(PROJECT_ROOT, '.venv');
}

export function venvPython(env: NodeJS.ProcessEnv = process.env): string {
  return join(venvDir(env), 'bin', 'python');
}

const INSTALLED_FROM = 'requirements-test.installed.txt';

export type Provisioned =
  | { readonly ok: true; readonly python: string; readonly installed: boolean }
  | { readonly ok: false; readonly problem: string };

/**
 * Makes the venv if it is missing and installs the requirements if they changed. Never
 * throws: a problem comes back as one line that names the fix, for the start of the run.
 */
export function provisionPython(env: NodeJS.ProcessEnv = process.env): Provisioned {
  const dir = venvDir(env);
  const python = venvPython(env);
  const wanted = readFileSync(REQUIREMENTS_FILE, 'utf8');
  const stamp = join(dir, INSTALLED_FROM);
  if (existsSync(python) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) {
    return { ok: true, python, installed: false };
  }
  try {
    if (!existsSync(python)) {
      run('python3', ['-m', 'venv', dir]);
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return {
      ok: false,
      problem:
        `could not make the test venv ${dir} with python3 -m venv (${firstLine(error)}): ` +
        'apt-get install -y python3 python3-venv',
    };
  }
  try {
    run(python, [
      '-m',
      'pip',
      'install',
      '--quiet',
      '--disable-pip-version-check',
      '-r',
      REQUIREMENTS_FILE,
    ]);
  } catch (error) {
    return {
      ok: false,
      problem:
        `pip could not install ${REQUIREMENTS_FILE} into ${dir} (${firstLine(error)}): ` +
        `run ${python} -m pip install -r requirements-test.txt to see why`,
    };
  }
  writeFileSync(stamp, wanted);
  return { ok: true, python, installed: true };
}

function run(command: string, args: readonly string[]): void {
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], timeout: 600_000 });
}

function firstLine(error: unknown): string {
  const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
  const text = stderr || (error as Error).message;
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return (lines.at(-1) ?? text).slice(0, 300);
}
