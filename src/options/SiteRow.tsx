/** One news site on the options page: its name and hosts, its switch and its per-site options. */
import type { Language } from '../core/types.ts';
import type { SiteSettings } from '../shared/settings.ts';
import type { NewsSite } from '../shared/sites.ts';
import type { OptionsTranslate } from './strings.ts';

export interface SiteRowProps {
  t: OptionsTranslate;
  language: Language;
  site: NewsSite;
  settings: SiteSettings;
  onChange: (siteId: string, patch: Partial<SiteSettings>) => void;
  /** For a site the reader added: remove it. */
  onRemove?: () => void;
}

const OPTION_KEYS = ['startCollapsed', 'highlightInPage'] as const;

export function SiteRow({ t, language, site, settings, onChange, onRemove }: SiteRowProps) {
  const base = `options-site-${site.id}`;
  const headingId = `${base}-name`;
  return (
    <li class={`site-row${settings.enabled ? '' : ' site-row--off'}`} data-testid={base} data-enabled={settings.enabled}>
      <div class="site-row__main">
        <div class="site-row__names">
          <h3 class="site-row__name" id={headingId} lang={language}>
            {site.name[language]}
          </h3>
          <span class="site-row__hosts" lang="en">
            {site.hosts.join(', ')}
          </span>
        </div>
        <span class="site-row__switch">
          <label class="visually-hidden" for={`${base}-enabled`}>
            {`${t('site.enabled')}: ${site.name[language]}`}
          </label>
          <input
            id={`${base}-enabled`}
            class="switch"
            type="checkbox"
            role="switch"
            checked={settings.enabled}
            data-testid={`${base}-enabled`}
            onChange={(event) => onChange(site.id, { enabled: event.currentTarget.checked })}
          />
        </span>
      </div>
      <ul class="site-row__options" aria-labelledby={headingId}>
        {OPTION_KEYS.map((key) => (
          <li key={key}>
            <label class="checkbox-label">
              <input
                type="checkbox"
                checked={settings[key]}
                data-testid={`${base}-${key}`}
                onChange={(event) => onChange(site.id, { [key]: event.currentTarget.checked })}
              />
              <span>{t(`site.${key}`)}</span>
            </label>
          </li>
        ))}
        {onRemove && (
          <li>
            <button type="button" class="button button--secondary button--small" data-testid={`${base}-remove`} onClick={() => onRemove()}>
              {t('addSite.remove', { site: site.name[language] })}
            </button>
          </li>
        )}
      </ul>
    </li>
  );
}
