/**
 * The cue lexicons (src/core/lexicons/*.json), one generated row per term: compiled into the knowledge base's
 * automaton the way the analyzer compiles them, each term must produce a hit of its category in its `fires` sentence
 * and none in its `notFires` sentence. Also: every term is written in normalised spelling, is listed once, and a word
 * listed under two categories says why it belongs to both.
 */
import { describe, expect, it } from 'vitest';
import { CUE, CUE_CATEGORIES, LEXICON_FILES, hindiForms, type CueCategory, type LexiconTerm } from '../../src/core/lexicon.ts';
import { findHits } from '../../src/core/hits.ts';
import { normalize, normalizePhrase } from '../../src/core/normalize.ts';
import { realKb } from './helpers.ts';

interface Pattern {
  text: string;
  stem: boolean;
}

/** The automaton patterns a term compiles to (Hindi nouns add their inflected forms). */
function patternsOf(cat: CueCategory, t: LexiconTerm): Pattern[] {
  const noun = LEXICON_FILES[cat].hindiNounForms === true;
  const forms = t.lang === 'hi' ? hindiForms(t.term, noun) : [t.term];
  return forms.map((f) => ({ text: normalizePhrase(f.replace(/\*$/, '')), stem: f.endsWith('*') }));
}

/** Where in `sentence` one of the term's patterns fires as a cue of `cat`. */
function firings(cat: CueCategory, t: LexiconTerm, sentence: string): string[] {
  const norm = normalize(sentence);
  const pats = patternsOf(cat, t);
  const out: string[] = [];
  for (const h of findHits(realKb(), norm.text, norm.cased)) {
    if (h.p.k !== 'cue' || h.p.cat !== cat) continue;
    const span = norm.text.slice(h.start, h.end);
    if (pats.some((p) => p.text === span && p.stem === h.p.stem)) out.push(span);
  }
  return out;
}

const FILES = CUE_CATEGORIES.map((cat) => ({ cat, file: LEXICON_FILES[cat] }));

describe('lexicon files', () => {
  it('one file per category, and the compiled cues are exactly the files\' terms', () => {
    expect(CUE_CATEGORIES.length).toBeGreaterThanOrEqual(35);
    for (const cat of CUE_CATEGORIES) {
      const terms = LEXICON_FILES[cat].terms;
      expect(CUE[cat].en).toEqual(terms.filter((t) => t.lang === 'en').map((t) => t.term));
      const hi = terms.filter((t) => t.lang === 'hi').map((t) => t.term);
      expect(CUE[cat].hi).toEqual([...new Set(hi.flatMap((w) => hindiForms(w, LEXICON_FILES[cat].hindiNounForms === true)))]);
    }
  });

  for (const { cat, file } of FILES) {
    it(`${cat}: well-formed, normalised, each term once`, () => {
      expect(file.category).toBe(cat);
      expect(file.about.length).toBeGreaterThan(10);
      const seen = new Map<string, string>();
      for (const t of file.terms) {
        const where = `${cat} '${t.term}'`;
        expect(['en', 'hi'], where).toContain(t.lang);
        expect(/[\u0900-\u097f]/.test(t.term), `${where}: lang follows the script`).toBe(t.lang === 'hi');
        const bare = t.term.replace(/\*$/, '');
        expect(normalizePhrase(bare), `${where}: written in normalised spelling`).toBe(bare);
        for (const k of ['note', 'fires', 'notFires'] as const) expect(t[k].trim().length, `${where}: ${k}`).toBeGreaterThan(1);
        expect(seen.has(bare), `${where}: listed twice`).toBe(false);
        seen.set(bare, t.term);
      }
      // A term its own category's stem already matches would count twice in every sentence it is in.
      for (const t of file.terms) {
        const bare = t.term.replace(/\*$/, '');
        for (const s of file.terms) {
          if (s === t || !s.term.endsWith('*')) continue;
          const stem = s.term.slice(0, -1);
          expect(bare.startsWith(stem) && !bare.slice(stem.length).includes(' '), `${cat} '${t.term}' is already matched by '${s.term}'`).toBe(false);
        }
      }
    });
  }

  it('a word under two categories says why it belongs to both', () => {
    // Every (category, pattern) pair, including stems, to find words two categories match.
    const all = FILES.flatMap(({ cat, file }) => file.terms.flatMap((t) => patternsOf(cat, t).map((p) => ({ cat, t, p }))));
    const problems: string[] = [];
    const declared = new Set<string>();
    for (const a of all) {
      for (const b of all) {
        if (a.cat === b.cat) continue;
        const same = a.p.text === b.p.text;
        // b's stem matches a's word ("हैकर*" matches "हैकरों").
        const covered = b.p.stem && a.p.text.startsWith(b.p.text) && !a.p.text.slice(b.p.text.length).includes(' ');
        if (!same && !covered) continue;
        const ok = a.t.alsoIn?.[b.cat] !== undefined || b.t.alsoIn?.[a.cat] !== undefined;
        if (!ok) problems.push(`'${a.t.term}' (${a.cat}) and '${b.t.term}' (${b.cat})`);
        declared.add(`${a.cat}:${a.t.term}:${b.cat}`).add(`${b.cat}:${b.t.term}:${a.cat}`);
      }
    }
    // And no stale reason: a term's alsoIn names a category that really lists it.
    for (const { cat, file } of FILES) {
      for (const t of file.terms) for (const other of Object.keys(t.alsoIn ?? {})) if (!declared.has(`${cat}:${t.term}:${other}`)) problems.push(`'${t.term}' (${cat}) names ${other}, which does not list it`);
    }
    expect([...new Set(problems)]).toEqual([]);
  });
});

for (const { cat, file } of FILES) {
  describe(`lexicon ${cat}`, () => {
    for (const t of file.terms) {
      it(`'${t.term}' (${t.lang}) fires on its sentence, not on its near miss`, () => {
        expect(firings(cat, t, t.fires), `fires: ${t.fires}`).not.toEqual([]);
        expect(firings(cat, t, t.notFires), `notFires: ${t.notFires}`).toEqual([]);
      });
    }
  });
}
