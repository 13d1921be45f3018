import { describe, expect, it, vi } from 'vitest';
import { ADDED_SITES_SCRIPT_ID, syncAddedSiteScripts } from '../../src/background/added-sites.ts';
import type { AddedSitesDeps, RegisteredScript } from '../../src/background/added-sites.ts';

function fakeDeps(grantedHosts: string[], registered: RegisteredScript[] = []) {
  const state = { registered: [...registered] };
  const deps: AddedSitesDeps & Record<string, ReturnType<typeof vi.fn>> = {
    granted: vi.fn(async (origins: string[]) => origins.every((o) => grantedHosts.some((h) => o === `*://*.${h}/*`))),
    getRegistered: vi.fn(async () => state.registered),
    register: vi.fn(async (matches: string[]) => void state.registered.push({ id: ADDED_SITES_SCRIPT_ID, matches })),
    unregister: vi.fn(async () => void (state.registered = [])),
  } as never;
  return { deps, state };
}

describe('syncAddedSiteScripts', () => {
  it('registers the prefilter for the added hosts whose permission was granted, and only those', async () => {
    const { deps, state } = fakeDeps(['a.example']);
    expect(await syncAddedSiteScripts(['a.example', 'b.example'], deps)).toEqual(['*://*.a.example/*']);
    expect(state.registered).toEqual([{ id: ADDED_SITES_SCRIPT_ID, matches: ['*://*.a.example/*'] }]);
    expect(deps.unregister).not.toHaveBeenCalled();
  });

  it('leaves a registration that is already right alone, replaces one that is not, and removes it when none is wanted', async () => {
    const same = fakeDeps(['a.example'], [{ id: ADDED_SITES_SCRIPT_ID, matches: ['*://*.a.example/*'] }]);
    await syncAddedSiteScripts(['a.example'], same.deps);
    expect(same.deps.register).not.toHaveBeenCalled();
    expect(same.deps.unregister).not.toHaveBeenCalled();

    const changed = fakeDeps(['a.example', 'b.example'], [{ id: ADDED_SITES_SCRIPT_ID, matches: ['*://*.a.example/*'] }]);
    await syncAddedSiteScripts(['a.example', 'b.example'], changed.deps);
    expect(changed.state.registered).toEqual([{ id: ADDED_SITES_SCRIPT_ID, matches: ['*://*.a.example/*', '*://*.b.example/*'] }]);

    // The permission taken back in the browser's settings, or the site removed in the options: no script.
    const revoked = fakeDeps([], [{ id: ADDED_SITES_SCRIPT_ID, matches: ['*://*.a.example/*'] }]);
    expect(await syncAddedSiteScripts(['a.example'], revoked.deps)).toEqual([]);
    expect(revoked.state.registered).toEqual([]);
    const none = fakeDeps([]);
    await syncAddedSiteScripts([], none.deps);
    expect(none.deps.unregister).not.toHaveBeenCalled();
    expect(none.deps.register).not.toHaveBeenCalled();
  });
});
