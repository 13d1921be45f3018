/**
 * The toolbar badge: the number of contradicting mismatches on a tab whose article matched an incident (red), and a
 * neutral grey mark on any other leak article: "i" for a matched incident with nothing contradicted, "?" for a leak
 * the knowledge base does not hold. Never green: no badge means "fine".
 */
import browser from 'webextension-polyfill';
import { contradictions } from '../core/types.ts';
import type { TabReport } from '../shared/messages.ts';

export const BADGE_COLOURS = { contradicted: '#b3261e', neutral: '#5b6270' } as const;

export function badgeTextFor(report: TabReport | null): string {
  const analysis = report?.analysis;
  if (!analysis?.isLeakArticle) return '';
  if (!analysis.incident) return '?';
  const count = contradictions(analysis).length;
  return count > 0 ? String(count) : 'i';
}

export async function showBadge(tabId: number, report: TabReport | null): Promise<void> {
  const text = badgeTextFor(report);
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: /^\d+$/.test(text) ? BADGE_COLOURS.contradicted : BADGE_COLOURS.neutral });
}
