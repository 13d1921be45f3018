/**
 * The toolbar badge: the number of contradicting mismatches on a tab whose article matched an incident (red), and a
 * neutral grey mark on any other leak article: "i" for a matched incident with nothing contradicted, "?" for a leak
 * the knowledge base does not hold. Never green: no badge means "fine". The button's title (its tooltip, and what a
 * screen reader says for it) names the article the badge is about, by its headline: on an infinite-scroll page the
 * tab holds several stories, and the finding is about one of them.
 */
import browser from 'webextension-polyfill';
import type { Language } from '../core/types.ts';
import { contradictions } from '../core/types.ts';
import type { TabReport } from '../shared/messages.ts';
import type { Catalogue } from '../shared/i18n.ts';
import { translator } from '../shared/i18n.ts';

type BadgeKey = 'count' | 'count.one' | 'response' | 'unknown';
const BADGE_STRINGS: Catalogue<BadgeKey> = {
  en: {
    count: 'LeakLens: {count} mismatches in “{headline}”',
    'count.one': 'LeakLens: 1 mismatch in “{headline}”',
    response: 'LeakLens: the official response to “{headline}”',
    unknown: 'LeakLens: a claimed leak it has no record of, in “{headline}”',
  },
  hi: {
    count: 'LeakLens: “{headline}” में {count} जगह अंतर',
    'count.one': 'LeakLens: “{headline}” में 1 जगह अंतर',
    response: 'LeakLens: “{headline}” पर आधिकारिक जवाब',
    unknown: 'LeakLens: “{headline}” में लीक का ऐसा दावा, जो अभी दर्ज नहीं है',
  },
};

/** Longest headline in the title, in characters (a longer one is cut with "…"). */
const MAX_HEADLINE = 120;

export const BADGE_COLOURS = { contradicted: '#b3261e', neutral: '#5b6270' } as const;

export function badgeTextFor(report: TabReport | null): string {
  const analysis = report?.analysis;
  if (!analysis?.isLeakArticle) return '';
  if (!analysis.incident) return '?';
  const count = contradictions(analysis).length;
  return count > 0 ? String(count) : 'i';
}

/** The button's title for a tab's report in `language`, or null for the default title (no leak article). */
export function badgeTitleFor(report: TabReport | null, language: Language): string | null {
  const text = badgeTextFor(report);
  if (!text || !report) return null;
  // Page text: on one line, without bidi or other control characters, cut at a word where it is long.
  let headline = report.title.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim();
  if ([...headline].length > MAX_HEADLINE) {
    const cut = [...headline].slice(0, MAX_HEADLINE).join('');
    const space = cut.lastIndexOf(' ');
    headline = `${(space > MAX_HEADLINE / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
  }
  const t = translator(BADGE_STRINGS, language);
  if (text === '?') return t('unknown', { headline });
  if (text === 'i') return t('response', { headline });
  return t(text === '1' ? 'count.one' : 'count', { count: text, headline });
}

/** `language`: the reader's language for the title (the sidebar's choice, else the article's). */
export async function showBadge(tabId: number, report: TabReport | null, language?: Language): Promise<void> {
  const text = badgeTextFor(report);
  await browser.action.setBadgeText({ tabId, text });
  const title = badgeTitleFor(report, language ?? report?.analysis?.language ?? 'en');
  await browser.action.setTitle({ tabId, title: title ?? browser.i18n.getMessage('actionTitle') });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: /^\d+$/.test(text) ? BADGE_COLOURS.contradicted : BADGE_COLOURS.neutral });
}
