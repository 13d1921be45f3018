/** Finds Debian's Chromium (never downloads a browser), for the demo, the tests and the benchmarks. */
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const NO_CHROMIUM_MESSAGE =
  'LeakLens needs Chromium for this and none was found. Install it with:\n\n  sudo apt-get install chromium\n\n(or set CHROMIUM_PATH to a Chromium or Chrome binary).';

export function chromiumPathOrNull(): string | null {
  return CHROMIUM_CANDIDATES.find((p): p is string => !!p && existsSync(p)) ?? null;
}

/** The Chromium binary; exits with a clear message when there is none. */
export function findChromium(): string {
  const found = chromiumPathOrNull();
  if (!found) {
    console.error(NO_CHROMIUM_MESSAGE);
    process.exit(3);
  }
  return found;
}
