/**
 * The labelled data the decision weights are fitted on: the evaluation corpora given on the command line (real
 * articles), our own-words fixture sets (test/core/fixtures), and every knowledge-base entry's examples.
 */
import type { Entry } from '../kb/schema.ts';
import { BLIND } from '../../test/core/fixtures/blind.ts';
import { GENERALISATION } from '../../test/core/fixtures/generalisation.ts';
import { STANCE } from '../../test/core/fixtures/stance.ts';
import { countMatchesLabel, itemInput, type CorpusItem } from './eval.ts';
import type { TrainingItem } from './fit.ts';

export { itemInput as corpusInput } from './eval.ts';

export function corpusItems(name: string, items: readonly CorpusItem[], kbIds: ReadonlySet<string>): TrainingItem[] {
  return items.map((it) => ({
    id: `${name}:${it.id}`,
    source: name,
    lang: it.language === 'hi' ? 'hi' : 'en',
    input: itemInput(it),
    leak: it.label !== 'not_leak',
    // A labelled incident the knowledge base does not hold is, for the analyzer, "no incident".
    incident: it.label === 'not_leak' ? null : it.incident && kbIds.has(it.incident) ? it.incident : null,
    ...(it.label !== 'not_leak' && it.claimed_count ? { isClaimedCount: countLabel(it.claimed_count) } : {}),
  }));
}

export function fixtureItems(kbIds: ReadonlySet<string>): TrainingItem[] {
  const known = (id: string | null | undefined): string | null | undefined => (id === undefined ? undefined : id && kbIds.has(id) ? id : null);
  /** A labelled fixture: `count` is the claimed count as a number (generalisation) or as the text states it (blind). */
  const item = (prefix: string, source: string, f: { id: string; lang: 'hi' | 'en'; title: string; text: string; leak: boolean; incident?: string | null; count?: number | string | null }): TrainingItem => ({
    id: `${prefix}:${f.id}`,
    source,
    lang: f.lang,
    input: { title: f.title, text: f.text },
    leak: f.leak,
    incident: f.leak ? known(f.incident) : null,
    ...(f.leak && typeof f.count === 'number' ? { isClaimedCount: (v: number) => v === f.count } : {}),
    ...(f.leak && typeof f.count === 'string' && f.count ? { isClaimedCount: countLabel(f.count) } : {}),
  });
  return [
    ...GENERALISATION.map((f) => item('gen', 'fixtures/generalisation', f)),
    ...BLIND.map((f) => item('blind', 'fixtures/blind', f)),
    // The stance set's organisations are made up: every item is a leak of no known incident.
    ...STANCE.map((f): TrainingItem => ({ id: `stance:${f.id}`, source: 'fixtures/stance', lang: f.lang, input: { title: f.title, text: f.text }, leak: true, incident: null })),
  ];
}

/** match examples are leaks of their entry; noMatch examples are no incident (and may or may not be leaks). */
export function kbExampleItems(entries: readonly Entry[]): TrainingItem[] {
  const out: TrainingItem[] = [];
  for (const e of entries) {
    e.examples.match.forEach((ex, i) => out.push({ id: `kb:${e.id}:m${i}`, source: 'kb-examples', lang: ex.lang, input: { title: '', text: ex.text }, leak: true, incident: e.id }));
    e.examples.noMatch.forEach((ex, i) => out.push({ id: `kb:${e.id}:n${i}`, source: 'kb-examples', lang: ex.lang, input: { title: '', text: ex.text }, leak: null, incident: null }));
  }
  return out;
}

/** A count label as the text states it ("16.8 crore"), as eval judges a count against it. */
function countLabel(label: string): (value: number) => boolean {
  return (value) => countMatchesLabel(value, label);
}
