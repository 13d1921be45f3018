/** Reading and writing settings in extension storage; everything else takes Settings as plain data. */
import browser from 'webextension-polyfill';
import { SETTINGS_KEY, sanitizeSettings, settingsToWriteBack } from './settings.ts';
import type { Settings } from './settings.ts';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return sanitizeSettings(stored[SETTINGS_KEY]);
  } catch (error) {
    console.warn('LeakLens: could not read settings, using defaults', error);
    return sanitizeSettings(undefined);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** Calls `onChange` with the new settings whenever they change, until `signal` aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  // An already-aborted signal never fires 'abort': adding the listener then would leak it for good.
  if (signal.aborted) return;
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(sanitizeSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/**
 * Once per install or update (the background's runtime.onInstalled): the stored settings of an older version are
 * migrated and written back with the current version, and corrupt values are replaced by their defaults. Returns
 * whether it wrote anything.
 */
export async function migrateStoredSettings(): Promise<boolean> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const next = settingsToWriteBack(stored);
  if (!next) return false;
  await saveSettings(next);
  return true;
}
