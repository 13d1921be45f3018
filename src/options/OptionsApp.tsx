/**
 * The options page: the page's language, every news site with its switch and options, the sidebar language
 * and "restore defaults". Pure view: it gets data and callbacks (see index.tsx for the wiring).
 */
import type { Language } from '../core/types.ts';
import type { Settings, SiteSettings, UiLanguage } from '../shared/settings.ts';
import { DEFAULT_SITE_SETTINGS } from '../shared/settings.ts';
import type { NewsSite } from '../shared/sites.ts';
import { MAX_ADDED_SITES, NEWS_SITES, addedSite } from '../shared/sites.ts';
import { optionsTranslator } from './strings.ts';
import type { OptionsTranslate } from './strings.ts';
import { SiteRow } from './SiteRow.tsx';

export type OptionsStatus = 'saved' | 'save-failed' | 'restored' | 'undone' | 'imported' | 'import-failed';

/** What became of the last "Add a site" or "Remove": the outcome and the site it names. */
export interface AddSiteStatus {
  kind: 'added' | 'refused' | 'invalid' | 'listed' | 'already' | 'full' | 'failed' | 'removed';
  site?: string;
}

export interface OptionsAppProps {
  /** The language of the page itself (not the sidebar's). */
  language: Language;
  /** null while the settings are loading. */
  settings: Settings | null;
  status?: OptionsStatus | null;
  onLanguageChange: (language: Language) => void;
  onSiteChange: (siteId: string, patch: Partial<SiteSettings>) => void;
  onSidebarLanguageChange: (language: UiLanguage) => void;
  onRestoreDefaults: () => void;
  /** Undo the last "restore defaults" (offered while its status shows). */
  onUndoRestore?: () => void;
  onPausedChange?: (paused: boolean) => void;
  onNewSiteStartChange?: (start: 'open' | 'compact') => void;
  /** Save the settings as a JSON file. */
  onExport?: () => void;
  /** A JSON file's text to import. */
  onImport?: (text: string) => void;
  /** "Add a site": the address the reader typed (the browser then asks for that site's permission). */
  onAddSite?: (address: string) => void;
  /** Remove a site the reader added (and give its permission back). */
  onRemoveSite?: (host: string) => void;
  addSiteStatus?: AddSiteStatus | null;
  /** The sites to list; all of NEWS_SITES unless a test says otherwise. */
  sites?: readonly NewsSite[];
}

const PAGE_LANGUAGES: readonly Language[] = ['en', 'hi'];
const SIDEBAR_LANGUAGES: readonly UiLanguage[] = ['auto', 'en', 'hi'];

export function OptionsApp(props: OptionsAppProps) {
  const { language, settings, status = null, sites = NEWS_SITES } = props;
  const t = optionsTranslator(language);

  return (
    <main class="options" lang={language} data-testid="options">
      <header class="options__header">
        <h1 class="options__title">{t('page.title')}</h1>
        <div class="page-language" role="group" aria-label={t('pageLanguage.label')}>
          {PAGE_LANGUAGES.map((lang) => (
            <button
              key={lang}
              type="button"
              class="page-language__button"
              lang={lang}
              aria-pressed={lang === language}
              data-testid={`options-page-language-${lang}`}
              onClick={() => props.onLanguageChange(lang)}
            >
              {t(`language.${lang}`)}
            </button>
          ))}
        </div>
      </header>
      <p class="options__intro">{t('page.intro')}</p>
      <p class="options__privacy">{t('page.privacy')}</p>

      <p class={`options__status${status === 'save-failed' ? ' options__status--problem' : ''}`} role="status" aria-live="polite" data-testid="options-status">
        {status === 'saved'
          ? t('status.saved')
          : status === 'restored'
            ? t('restore.done')
            : status === 'undone'
              ? t('restore.undone')
              : status === 'imported'
                ? t('transfer.imported')
                : status === 'import-failed'
                  ? t('transfer.importFailed')
                  : status === 'save-failed'
                    ? t('status.saveFailed')
                    : ''}
        {status === 'restored' && props.onUndoRestore && (
          <>
            {' '}
            <button type="button" class="button button--secondary button--small" data-testid="options-undo-restore" onClick={() => props.onUndoRestore!()}>
              {t('restore.undo')}
            </button>
          </>
        )}
      </p>

      {!settings ? (
        <p>{t('page.loading')}</p>
      ) : (
        <>
          <section class="options__section" aria-labelledby="options-pause-heading">
            <div class="site-row__main">
              <h2 id="options-pause-heading">{t('pause.heading')}</h2>
              <input
                id="options-pause"
                class="switch"
                type="checkbox"
                role="switch"
                aria-labelledby="options-pause-heading"
                aria-describedby="options-pause-hint"
                checked={settings.paused}
                data-testid="options-pause"
                onChange={(event) => props.onPausedChange?.(event.currentTarget.checked)}
              />
            </div>
            <p class="options__hint" id="options-pause-hint">
              {t('pause.hint')}
            </p>
          </section>

          <section class="options__section" aria-labelledby="options-sites-heading">
            <h2 id="options-sites-heading">{t('sites.heading')}</h2>
            <p class="options__hint">{t('sites.hint')}</p>
            <ul class="site-list">
              {sites.map((site) => (
                <SiteRow key={site.id} t={t} language={language} site={site} settings={settings.sites[site.id] ?? DEFAULT_SITE_SETTINGS} onChange={props.onSiteChange} />
              ))}
            </ul>
          </section>

          <AddSite t={t} language={language} settings={settings} status={props.addSiteStatus ?? null} onAdd={props.onAddSite} onRemove={props.onRemoveSite} onSiteChange={props.onSiteChange} />

          <SidebarLanguage t={t} value={settings.language} onChange={props.onSidebarLanguageChange} />

          <section class="options__section">
            <fieldset class="sidebar-language">
              <legend>
                <h2>{t('newSite.heading')}</h2>
              </legend>
              <p class="options__hint" id="options-new-site-hint">
                {t('newSite.hint')}
              </p>
              {(['open', 'compact'] as const).map((start) => (
                <label key={start} class="radio-label">
                  <input
                    type="radio"
                    name="new-site-start"
                    value={start}
                    checked={settings.newSiteStart === start}
                    aria-describedby="options-new-site-hint"
                    data-testid={`options-new-site-${start}`}
                    onChange={(event) => {
                      if (event.currentTarget.checked) props.onNewSiteStartChange?.(start);
                    }}
                  />
                  <span>{t(`newSite.${start}`)}</span>
                </label>
              ))}
            </fieldset>
          </section>

          <section class="options__section" aria-labelledby="options-transfer-heading">
            <h2 id="options-transfer-heading">{t('transfer.heading')}</h2>
            <p class="options__hint">{t('transfer.hint')}</p>
            <div class="options__buttons">
              <button type="button" class="button button--secondary" data-testid="options-export" onClick={() => props.onExport?.()}>
                {t('transfer.export')}
              </button>
              <label class="button button--secondary options__file">
                {t('transfer.import')}
                <input
                  type="file"
                  accept="application/json,.json"
                  class="visually-hidden"
                  data-testid="options-import"
                  onChange={(event) => {
                    const input = event.currentTarget;
                    const file = input.files?.[0];
                    if (file) void file.text().then((text) => props.onImport?.(text));
                    input.value = '';
                  }}
                />
              </label>
            </div>
          </section>

          <section class="options__section" aria-labelledby="options-restore-heading">
            <h2 id="options-restore-heading" class="visually-hidden">
              {t('restore.button')}
            </h2>
            <p class="options__hint" id="options-restore-hint">
              {t('restore.hint')}
            </p>
            <button type="button" class="button button--secondary" aria-describedby="options-restore-hint" data-testid="options-restore" onClick={() => props.onRestoreDefaults()}>
              {t('restore.button')}
            </button>
          </section>
        </>
      )}
    </main>
  );
}

function SidebarLanguage({ t, value, onChange }: { t: OptionsTranslate; value: UiLanguage; onChange: (language: UiLanguage) => void }) {
  return (
    <section class="options__section">
      <fieldset class="sidebar-language">
        <legend>
          <h2>{t('sidebarLanguage.heading')}</h2>
        </legend>
        <p class="options__hint" id="options-sidebar-language-hint">
          {t('sidebarLanguage.hint')}
        </p>
        {SIDEBAR_LANGUAGES.map((lang) => (
          <label key={lang} class="radio-label">
            <input
              type="radio"
              name="sidebar-language"
              value={lang}
              checked={value === lang}
              aria-describedby="options-sidebar-language-hint"
              data-testid={`options-sidebar-language-${lang}`}
              onChange={(event) => {
                if (event.currentTarget.checked) onChange(lang);
              }}
            />
            <span lang={lang === 'auto' ? undefined : lang}>{lang === 'auto' ? t('sidebarLanguage.auto') : t(`language.${lang}`)}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}

function AddSite({ t, language, settings, status, onAdd, onRemove, onSiteChange }: {
  t: OptionsTranslate;
  language: Language;
  settings: Settings;
  status: AddSiteStatus | null;
  onAdd?: ((address: string) => void) | undefined;
  onRemove?: ((host: string) => void) | undefined;
  onSiteChange: (siteId: string, patch: Partial<SiteSettings>) => void;
}) {
  const problem = status !== null && status.kind !== 'added' && status.kind !== 'removed';
  return (
    <section class="options__section" aria-labelledby="options-add-site-heading" data-testid="options-add-site-section">
      <h2 id="options-add-site-heading">{t('addSite.heading')}</h2>
      <p class="options__hint" id="options-add-site-hint">
        {t('addSite.hint')}
      </p>
      <form
        class="add-site"
        onSubmit={(event) => {
          event.preventDefault();
          const input = event.currentTarget.elements.namedItem('site') as HTMLInputElement | null;
          // Called within the reader's click or Enter: the browser asks for a permission only then.
          if (input) onAdd?.(input.value);
        }}
      >
        <label for="options-add-site-input">{t('addSite.label')}</label>
        <input id="options-add-site-input" name="site" type="text" inputMode="url" autoComplete="off" spellcheck={false} placeholder="example.com" lang="en" aria-describedby="options-add-site-hint options-add-site-status" data-testid="options-add-site-input" />
        <button type="submit" class="button" data-testid="options-add-site">
          {t('addSite.button')}
        </button>
      </form>
      <p id="options-add-site-status" class={`options__status${problem ? ' options__status--problem' : ''}`} role="status" aria-live="polite" data-testid="options-add-site-status">
        {status ? t(`addSite.${status.kind}`, { site: status.site ?? '', count: MAX_ADDED_SITES }) : ''}
      </p>
      {settings.addedSites.length > 0 && (
        <>
          <h3>{t('addSite.listHeading')}</h3>
          <ul class="site-list" data-testid="options-added-sites">
            {settings.addedSites.map((host) => {
              const site = addedSite(host);
              return (
                <SiteRow
                  key={site.id}
                  t={t}
                  language={language}
                  site={site}
                  settings={settings.sites[site.id] ?? DEFAULT_SITE_SETTINGS}
                  onChange={onSiteChange}
                  {...(onRemove ? { onRemove: () => onRemove(host) } : {})}
                />
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
