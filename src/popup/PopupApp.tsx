/**
 * The toolbar popup: the tab's site and its switch, what LeakLens found on the tab, "Show the sidebar" and a
 * link to the settings. Pure view: it gets data and callbacks (see index.tsx for the wiring).
 */
import type { Language } from '../core/types.ts';
import type { PopupView } from './model.ts';
import { popupTranslator } from './strings.ts';
import { SiteSwitch } from './SiteSwitch.tsx';
import { FindingSummary } from './FindingSummary.tsx';

export type PopupProblem = 'save-failed' | 'sidebar-failed';

export interface PopupAppProps {
  /** null while the popup is still loading (or failed to load, see `loadFailed`). */
  view: PopupView | null;
  /** The language to use before there is a view. */
  fallbackLanguage: Language;
  loadFailed?: boolean;
  /** True while the site switch's change is being saved. */
  saving?: boolean;
  problem?: PopupProblem | null;
  onToggleSite: (enabled: boolean) => void;
  onShowSidebar: () => void;
  onOpenOptions: () => void;
  /** The options page's address, so the link also works as a link (middle click, keyboard). */
  optionsHref?: string;
}

export function PopupApp(props: PopupAppProps) {
  const { view, fallbackLanguage, loadFailed = false, saving = false, problem = null } = props;
  const language = view?.language ?? fallbackLanguage;
  const t = popupTranslator(language);
  // Hindi readers meet many of these sites under their English names too (logos, web addresses).
  const altName = view?.site && language === 'hi' && view.site.name.en !== view.site.name.hi ? view.site.name.en : null;

  return (
    <main class="popup" lang={language} data-testid="popup">
      <header class="popup__header">
        <span class="popup__brand">LeakLens</span>
        <h1 class="popup__site" data-testid="popup-site-name">
          {view?.site ? (
            <>
              {view.site.name[language]}
              {altName && ' '}
              {altName && (
                <span class="popup__site-alt" lang="en">
                  {altName}
                </span>
              )}
            </>
          ) : view ? (
            t('site.thisPage')
          ) : (
            ''
          )}
        </h1>
      </header>

      {!view ? (
        <p class={loadFailed ? 'popup__problem' : 'popup__loading'} role={loadFailed ? 'alert' : 'status'}>
          {t(loadFailed ? 'popup.loadFailed' : 'popup.loading')}
        </p>
      ) : (
        <>
          {view.site && <SiteSwitch t={t} checked={view.siteEnabled} busy={saving} onChange={props.onToggleSite} />}
          <FindingSummary t={t} language={language} finding={view.finding} headline={view.headline} />
          {view.canShowSidebar && (
            <button type="button" class="button button--primary" data-testid="popup-show-sidebar" onClick={() => props.onShowSidebar()}>
              {t('action.showSidebar')}
            </button>
          )}
        </>
      )}

      {problem && (
        <p class="popup__problem" role="alert" data-testid="popup-problem">
          {t(problem === 'save-failed' ? 'site.saveFailed' : 'action.showSidebar.failed')}
        </p>
      )}

      <footer class="popup__footer">
        <a
          class="popup__options-link"
          href={props.optionsHref ?? '../options/index.html'}
          target="_blank"
          rel="noopener"
          data-testid="popup-options-link"
          onClick={(event) => {
            event.preventDefault();
            props.onOpenOptions();
          }}
        >
          {t('action.options')}
        </a>
      </footer>
    </main>
  );
}
