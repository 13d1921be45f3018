/** Finds Debian's Chromium (never downloads a browser). Exits with a clear message when there is none. */
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string {
  const found = CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    console.error('LeakLens needs Chromium for this and none was found. Install it with:\n\n  sudo apt-get install chromium\n\n(or set CHROMIUM_PATH to a Chromium or Chrome binary).');
    process.exit(3);
  }
  return found;
}
