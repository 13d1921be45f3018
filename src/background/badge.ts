/** The toolbar badge: the number of contradicting mismatches on a tab whose article matched an incident. */
import browser from 'webextension-polyfill';
import { contradictions } from '../core/types.ts';
import type { TabReport } from '../shared/messages.ts';

export function badgeTextFor(report: TabReport | null): string {
  const analysis = report?.analysis;
  if (!analysis?.isLeakArticle || !analysis.incident) return '';
  const count = contradictions(analysis).length;
  return count > 0 ? String(count) : '✓';
}

export async function showBadge(tabId: number, report: TabReport | null): Promise<void> {
  const text = badgeTextFor(report);
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: text === '✓' ? '#2f6f4f' : '#b3261e' });
}
