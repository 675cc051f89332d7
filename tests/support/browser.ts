/**
 * Browser tests: a headless Chromium (Debian's package, or CHROMIUM_PATH) driven by
 * playwright-core. Without that Chromium the tests fail with a clear message; they never
 * skip, so a CI image that lacks the browser shows up red.
 */
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  try {
    accessSync(executablePath, constants.X_OK);
  } catch {
    throw new Error(
      `Chromium is not installed at ${executablePath}: browser tests need it. ` +
        'Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  try {
    return await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
  } catch (error) {
    throw new Error(`Chromium at ${executablePath} did not start: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** True for URLs served by this machine (the test API); anything else would need the internet. */
export function isLocalUrl(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return (
    (protocol === 'http:' || protocol === 'https:' || protocol === 'ws:' || protocol === 'wss:') &&
    (hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]')
  );
}
