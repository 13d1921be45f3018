/** The "LeakLens on this site" switch: a real checkbox with role=switch and a visible label. */
import type { PopupTranslate } from './strings.ts';

export interface SiteSwitchProps {
  t: PopupTranslate;
  checked: boolean;
  /** True while a change is being saved. */
  busy?: boolean;
  onChange: (enabled: boolean) => void;
}

export function SiteSwitch({ t, checked, busy = false, onChange }: SiteSwitchProps) {
  return (
    <div class="site-switch">
      <label class="site-switch__label" for="popup-site-switch">
        {t('site.switch')}
      </label>
      <span class="site-switch__control">
        <span class="site-switch__state" aria-hidden="true">
          {t(checked ? 'site.switch.on' : 'site.switch.off')}
        </span>
        <input
          id="popup-site-switch"
          class="switch"
          type="checkbox"
          role="switch"
          checked={checked}
          aria-busy={busy}
          disabled={busy}
          data-testid="popup-site-switch"
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
      </span>
    </div>
  );
}
