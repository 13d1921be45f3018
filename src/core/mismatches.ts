/**
 * Mismatches between the article's claim and the matched incident's official responses: fields a response says
 * are not collected or not affected, claimed fields a field-specific response leaves out, and a count that
 * disagrees with every count the knowledge base holds.
 */
import type { FieldId } from '../kb/fields.ts';
import { FIELD_IDS } from '../kb/fields.ts';
import type { Entry, OfficialResponse } from '../kb/schema.ts';
import { countsAgree } from './record-count.ts';
import type { Mismatch, MismatchKind, SourcedStatement } from './types.ts';

const KIND_ORDER: Record<MismatchKind, number> = { 'not-collected': 0, 'not-affected': 1, count: 2, 'not-addressed': 3 };

function statement(r: OfficialResponse): SourcedStatement {
  return { by: { en: r.by.en, hi: r.by.hi }, date: r.date, text: { en: r.statement.en, hi: r.statement.hi }, source: r.sources[0] ?? '' };
}

export function findMismatches(
  entry: Entry,
  fields: ReadonlyArray<{ id: FieldId; claim: string }>,
  count: { text: string; value: number } | null,
): Mismatch[] {
  const out: Mismatch[] = [];
  const responses = entry.responses;
  for (const f of fields) {
    let done = false;
    for (const r of responses) {
      if (r.fieldsNotCollected.includes(f.id)) {
        out.push({ kind: 'not-collected', field: f.id, claim: f.claim, official: statement(r) });
        done = true;
        break;
      }
    }
    if (done) continue;
    for (const r of responses) {
      if (r.fieldsNotAffected.includes(f.id)) {
        out.push({ kind: 'not-affected', field: f.id, claim: f.claim, official: statement(r) });
        done = true;
        break;
      }
    }
    if (done) continue;
    const specific = responses.find((r) => r.fieldsAcknowledged.length > 0 || r.fieldsNotAffected.length > 0);
    if (specific && !specific.fieldsAcknowledged.includes(f.id) && !responses.some((r) => r.fieldsAcknowledged.includes(f.id))) {
      out.push({ kind: 'not-addressed', field: f.id, claim: f.claim, official: statement(specific) });
    }
  }
  if (count) {
    const known: number[] = [];
    for (const c of entry.claims) {
      if (c.recordCount.value !== null) known.push(c.recordCount.value);
      known.push(...c.recordCount.alternatives);
      for (const part of c.recordCount.parts) known.push(part.value);
    }
    const response = responses[0];
    if (known.length > 0 && response && !known.some((k) => countsAgree(k, count.value))) {
      out.push({ kind: 'count', field: 'record-count', claim: count.text, official: statement(response) });
    }
  }
  const fieldOrder = (f: FieldId | 'record-count'): number => (f === 'record-count' ? FIELD_IDS.length : FIELD_IDS.indexOf(f));
  out.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || fieldOrder(a.field) - fieldOrder(b.field));
  return out;
}
