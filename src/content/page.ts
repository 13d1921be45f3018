/**
 * The rest of LeakLens's page side (built into content/page.js): injected by the background with
 * scripting.executeScript into one document, only after the prefilter let that page through.
 */
import { startLeakLens } from './main.ts';

// Content scripts of one extension share a global object per document (the isolated world), so a second
// injection (the prefilter asked again, e.g. after a bfcache restore) finds this flag and does nothing.
const world = globalThis as { __leaklensPageStarted?: boolean };
if (!world.__leaklensPageStarted) {
  world.__leaklensPageStarted = true;
  startLeakLens().catch((error: unknown) => console.warn('LeakLens: could not start', error));
}
