/**
 * Sites the reader added ("Add a site" in the options): the every-page prefilter is registered for them at run time
 * (scripting.registerContentScripts, kept across browser sessions), for exactly the added hosts whose permission the
 * reader granted. Kept in step with the settings and the granted permissions whenever either changes.
 */
import { addedSitePatterns } from '../shared/sites.ts';

export const ADDED_SITES_SCRIPT_ID = 'leaklens-added-sites';
/** The file the manifest declares for the listed sites (built by scripts/vite-plugin-content.ts). */
export const PREFILTER_SCRIPT = 'content/prefilter.js';

export interface RegisteredScript {
  id: string;
  matches?: string[] | undefined;
}

export interface AddedSitesDeps {
  /** Whether the reader granted the host permission for all of `origins`. */
  granted(origins: string[]): Promise<boolean>;
  getRegistered(): Promise<RegisteredScript[]>;
  register(matches: string[]): Promise<void>;
  unregister(): Promise<void>;
}

/**
 * Registers the prefilter for the added hosts that have their permission (and for no other), replacing an earlier
 * registration that differs. Returns the patterns now registered.
 */
export async function syncAddedSiteScripts(hosts: readonly string[], deps: AddedSitesDeps): Promise<string[]> {
  const wanted: string[] = [];
  for (const host of hosts) {
    const patterns = addedSitePatterns(host);
    if (await deps.granted(patterns)) wanted.push(...patterns);
  }
  const current = (await deps.getRegistered()).find((s) => s.id === ADDED_SITES_SCRIPT_ID);
  const same = current !== undefined && JSON.stringify([...(current.matches ?? [])].sort()) === JSON.stringify([...wanted].sort());
  if (same || (current === undefined && wanted.length === 0)) return wanted;
  if (current) await deps.unregister();
  if (wanted.length > 0) await deps.register(wanted);
  return wanted;
}
