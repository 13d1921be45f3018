/** `leaklens eval`: runs the analyzer over a labelled corpus and computes the project's figures. */
import { isFieldId } from '../kb/fields.ts';
import { NUMBER_WORDS, SCALES } from '../core/lexicon.ts';
import { normalizePhrase } from '../core/normalize.ts';
import { parseCountPhrase } from '../core/record-count.ts';
import type { Analysis, ArticleInput } from '../core/types.ts';


export interface CorpusItem {
  id: string;
  language: 'hi' | 'en';
  title: string | null;
  text: string;
  url?: string;
  label: 'leak' | 'other_breach' | 'not_leak';
  incident: string | null;
  claimed_fields: string[];
  claimed_count: string | null;
  official_stance_in_text: string;
  /** The publication date the page shows (YYYY-MM-DD), where the corpus gives it. */
  published?: string | null;
}

/** A corpus item as the analyzer sees it: title, text, address and the page's publication date. */
export function itemInput(item: CorpusItem): ArticleInput {
  return { title: item.title ?? '', text: item.text, url: item.url, ...(item.published ? { publishedDate: item.published } : {}) };
}

interface Pr {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface EvalReport {
  items: number;
  leakDetection: { hi: Pr; en: Pr; overall: Pr; otherBreach: { items: number; detected: number } };
  incident: { items: number; correct: number; accuracy: number; wrong: number };
  fields: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };
  count: { items: number; correct: number; accuracy: number };
  stance: { items: number; correct: number; accuracy: number };
  failures: Array<{ id: string; problems: string[] }>;
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;
function pr(tp: number, fp: number, fn: number): Pr {
  return { tp, fp, fn, precision: r3(tp + fp === 0 ? 1 : tp / (tp + fp)), recall: r3(tp + fn === 0 ? 1 : tp / (tp + fn)) };
}

/**
 * Whether the analyzer's count is the labelled one. A label that states no number ("करोड़ों", "millions of") wants no
 * count. A label written with decimals before a scale word ("7.82 crore") also accepts the exact figure it rounds
 * ("7,82,21,397"): within half a unit of its last decimal. Any other label wants exactly its number.
 */
export function countMatchesLabel(got: number | null, label: string): boolean {
  const want = parseLabelCount(label);
  if (want === null) return got === null;
  if (got === null) return false;
  if (got === want) return true;
  const m = /(\d+)\.(\d+)\s*[^\d\s.,]/.exec(label.normalize('NFKD').replace(/[\u0966-\u096f]/g, (d) => String(d.charCodeAt(0) - 0x966)));
  if (!m) return false;
  const unit = (want / Number(`${m[1]}.${m[2]}`)) * 10 ** -m[2]!.length;
  return Math.abs(got - want) < unit / 2;
}

export function parseLabelCount(text: string): number | null {
  return parseCountPhrase(text, SCALES, NUMBER_WORDS, normalizePhrase);
}

export function evaluate(
  items: readonly CorpusItem[],
  run: (input: ArticleInput, item: CorpusItem) => Analysis,
  kbIds: ReadonlySet<string>,
  toInput: (item: CorpusItem) => ArticleInput = itemInput,
): EvalReport {
  const det = { hi: [0, 0, 0], en: [0, 0, 0] } as Record<'hi' | 'en', number[]>;
  let otherItems = 0;
  let otherDetected = 0;
  let incItems = 0;
  let incCorrect = 0;
  let wrong = 0;
  let ftp = 0;
  let ffp = 0;
  let ffn = 0;
  let cItems = 0;
  let cCorrect = 0;
  let sItems = 0;
  let sCorrect = 0;
  const failures: EvalReport['failures'] = [];
  for (const item of items) {
    const a = run(toInput(item), item);
    const problems: string[] = [];
    const lang = item.language === 'hi' ? 'hi' : 'en';
    if (item.label === 'other_breach') {
      otherItems++;
      if (a.isLeakArticle) otherDetected++;
    } else {
      const gold = item.label === 'leak';
      const d = det[lang];
      if (gold && a.isLeakArticle) d[0]!++;
      else if (!gold && a.isLeakArticle) {
        d[1]!++;
        problems.push(`detected as a leak article (score ${a.score})`);
      } else if (gold && !a.isLeakArticle) {
        d[2]!++;
        problems.push(`leak article missed (score ${a.score})`);
      }
    }
    const goldIncident = item.label === 'leak' && item.incident && kbIds.has(item.incident) ? item.incident : null;
    if (goldIncident) {
      incItems++;
      if (a.incident?.id === goldIncident) incCorrect++;
      else problems.push(`incident ${a.incident?.id ?? 'null'}, expected ${goldIncident}`);
    }
    if (a.incident && a.incident.id !== goldIncident) {
      wrong++;
      if (!goldIncident) problems.push(`wrong incident ${a.incident.id} (expected ${item.incident ?? 'null'}${item.incident && !kbIds.has(item.incident) ? ', not in the KB' : ''})`);
    }
    const goldFields = new Set(item.claimed_fields.filter((f) => isFieldId(f)));
    const got = new Set(a.claimedFields);
    const extra = [...got].filter((f) => !goldFields.has(f));
    const missing = [...goldFields].filter((f) => !got.has(f as never));
    ftp += got.size - extra.length;
    ffp += extra.length;
    ffn += missing.length;
    if (extra.length || missing.length) problems.push(`fields${extra.length ? ` extra: ${extra.join(', ')}` : ''}${missing.length ? ` missing: ${missing.join(', ')}` : ''}`);
    if (item.claimed_count) {
      cItems++;
      const want = parseLabelCount(item.claimed_count);
      if (countMatchesLabel(a.claimedCount?.value ?? null, item.claimed_count)) cCorrect++;
      else problems.push(`count ${a.claimedCount ? `"${a.claimedCount.text}" = ${a.claimedCount.value}` : 'null'}, expected "${item.claimed_count}" = ${want}`);
    }
    if (item.label !== 'not_leak') {
      sItems++;
      if (a.officialStanceInText === item.official_stance_in_text) sCorrect++;
      else problems.push(`stance ${a.officialStanceInText}, expected ${item.official_stance_in_text}`);
    }
    if (problems.length) failures.push({ id: item.id, problems });
  }
  const sum = (i: number): number => det.hi[i]! + det.en[i]!;
  const precision = ftp + ffp === 0 ? 1 : ftp / (ftp + ffp);
  const recall = ftp + ffn === 0 ? 1 : ftp / (ftp + ffn);
  return {
    items: items.length,
    leakDetection: {
      hi: pr(det.hi[0]!, det.hi[1]!, det.hi[2]!),
      en: pr(det.en[0]!, det.en[1]!, det.en[2]!),
      overall: pr(sum(0), sum(1), sum(2)),
      otherBreach: { items: otherItems, detected: otherDetected },
    },
    incident: { items: incItems, correct: incCorrect, accuracy: r3(incItems ? incCorrect / incItems : 1), wrong },
    fields: { tp: ftp, fp: ffp, fn: ffn, precision: r3(precision), recall: r3(recall), f1: r3(precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)) },
    count: { items: cItems, correct: cCorrect, accuracy: r3(cItems ? cCorrect / cItems : 1) },
    stance: { items: sItems, correct: sCorrect, accuracy: r3(sItems ? sCorrect / sItems : 1) },
    failures,
  };
}

export function formatReport(r: EvalReport): string {
  const l = r.leakDetection;
  const p = (x: Pr): string => `precision ${x.precision.toFixed(3)} recall ${x.recall.toFixed(3)} (tp ${x.tp}, fp ${x.fp}, fn ${x.fn})`;
  const lines = [
    `items: ${r.items}`,
    `leak detection hi:      ${p(l.hi)}`,
    `leak detection en:      ${p(l.en)}`,
    `leak detection overall: ${p(l.overall)}`,
    `other_breach (outside India, reported apart): ${l.otherBreach.detected}/${l.otherBreach.items} detected as leak articles`,
    `incident accuracy: ${r.incident.accuracy.toFixed(3)} (${r.incident.correct}/${r.incident.items} items labelled with a KB incident); wrong incidents: ${r.incident.wrong}`,
    `claimed fields: precision ${r.fields.precision.toFixed(3)} recall ${r.fields.recall.toFixed(3)} F1 ${r.fields.f1.toFixed(3)} (tp ${r.fields.tp}, fp ${r.fields.fp}, fn ${r.fields.fn})`,
    `count accuracy: ${r.count.accuracy.toFixed(3)} (${r.count.correct}/${r.count.items})`,
    `stance accuracy: ${r.stance.accuracy.toFixed(3)} (${r.stance.correct}/${r.stance.items})`,
    `failed items: ${r.failures.length}`,
  ];
  for (const f of r.failures) lines.push(`  ${f.id}: ${f.problems.join('; ')}`);
  return lines.join('\n');
}
