// One Hindi spelling style (no nukta on ज, फ, क, ख, ग) in the UI catalogues, as in the knowledge base's reader-facing text.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { nuktaWords } from '../../src/kb/hindi-style.ts';
import { SIDEBAR_STRINGS } from '../../src/sidebar/strings.ts';
import { POPUP_STRINGS } from '../../src/popup/strings.ts';
import { OPTIONS_STRINGS } from '../../src/options/strings.ts';
import { COMMON } from '../../src/shared/i18n-common.ts';

describe('UI catalogues follow the no-nukta style', () => {
  it.each([
    ['sidebar', SIDEBAR_STRINGS.hi],
    ['popup', POPUP_STRINGS.hi],
    ['options', OPTIONS_STRINGS.hi],
    ['common', COMMON.hi],
  ] as const)('%s', (_name, hi) => {
    const offending = Object.entries(hi as Record<string, string>).filter(([, v]) => nuktaWords(v).length > 0);
    expect(offending).toEqual([]);
  });

  it('_locales/hi', () => {
    const messages = JSON.parse(readFileSync(new URL('../../_locales/hi/messages.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;
    expect(Object.entries(messages).filter(([, m]) => nuktaWords(m.message).length > 0)).toEqual([]);
  });

  it('still keeps ड़ and ढ़ (separate letters, not the style)', () => {
    expect(nuktaWords(SIDEBAR_STRINGS.hi['incident.unknown.body'] + ' करोड़ पढ़ें')).toEqual([]);
    expect(COMMON.hi['verification.fabricated']).toContain('ढ़');
  });
});
