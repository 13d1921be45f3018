/** Readable one-article summary for `leaklens analyze`. */
import { contradictions, type Analysis } from '../core/types.ts';

export function formatSummary(file: string, a: Analysis, leakReasons: readonly string[], incidentReasons: readonly string[]): string {
  const lines: string[] = [];
  lines.push(`${file}`);
  lines.push(`  language: ${a.language}   leak article: ${a.isLeakArticle ? 'yes' : 'no'} (score ${a.score.toFixed(2)})`);
  if (leakReasons.length) lines.push(`  evidence: ${leakReasons.join('; ')}`);
  if (a.isLeakArticle) {
    lines.push(`  incident: ${a.incident ? `${a.incident.id} (confidence ${a.incident.confidence.toFixed(2)})` : 'none in the knowledge base'}`);
    if (incidentReasons.length) lines.push(`  matching: ${incidentReasons.join('; ')}`);
    lines.push(`  claimed fields: ${a.claimedFields.join(', ') || '-'}`);
    lines.push(`  claimed count: ${a.claimedCount ? `${a.claimedCount.text} = ${a.claimedCount.value}` : '-'}`);
    if (a.claimDate) lines.push(`  claim date: ${a.claimDate}`);
    if (a.venue) lines.push(`  venue: ${a.venue}`);
    lines.push(`  official stance in text: ${a.officialStanceInText}`);
    const c = contradictions(a);
    lines.push(`  mismatches: ${a.mismatches.length} (${c.length} contradicting)`);
    for (const m of a.mismatches) lines.push(`    - ${m.kind} ${m.field}: article says "${m.claim}"; ${m.official.by.en} (${m.official.date}): ${m.official.text.en}`);
    for (const h of a.highlights) lines.push(`  ${h.role}: "${h.exact.length > 160 ? `${h.exact.slice(0, 160)}…` : h.exact}"`);
  }
  return lines.join('\n');
}
