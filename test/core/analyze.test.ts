import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { compileKb } from '../../src/core/compile-kb.ts';
import { contradictions } from '../../src/core/types.ts';
import { EN_EXAM, EN_LAW, EN_UNKNOWN_LEAK, HI_GAS, HI_SEED_LIKE } from './fixtures.ts';
import { realKb } from './helpers.ts';
import { KB_ENTRIES } from '../../src/kb/index.ts';

const SEED_FIELDS = ['names', 'ages', 'genders', 'phone-numbers', 'physical-addresses', 'covid-test-results'];

describe('analyze on a seed-like Hindi article', () => {
  const a = analyze(HI_SEED_LIKE, realKb());
  it('detects the leak and the CoWIN incident', () => {
    expect(a.language).toBe('hi');
    expect(a.isLeakArticle).toBe(true);
    expect(a.incident?.id).toBe('cowin-2022-01');
  });
  it('finds the claimed fields and count, not the fields of the denial', () => {
    expect([...a.claimedFields].sort()).toEqual([...SEED_FIELDS].sort());
    expect(a.claimedCount?.value).toBe(20000);
    expect(HI_SEED_LIKE.title + HI_SEED_LIKE.text).toContain(a.claimedCount!.text);
    expect(a.officialStanceInText).toBe('denied');
  });
  it('reports exactly the two not-collected mismatches', () => {
    const c = contradictions(a);
    expect(c.map((m) => [m.kind, m.field])).toEqual([
      ['not-collected', 'physical-addresses'],
      ['not-collected', 'covid-test-results'],
    ]);
  });
  it('highlights verbatim sentences', () => {
    expect(a.highlights.length).toBeGreaterThan(0);
    for (const h of a.highlights) {
      expect(HI_SEED_LIKE.text).toContain(h.exact);
      expect(HI_SEED_LIKE.text).toContain(h.prefix + h.exact + h.suffix);
    }
    expect(a.highlights.some((h) => h.role === 'claim')).toBe(true);
    expect(a.highlights.some((h) => h.role === 'response')).toBe(true);
  });
  it('marks, for each mismatch, the sentence that lists the claimed field and the official sentence that denies it', () => {
    for (const m of contradictions(a)) {
      const claim = a.highlights.find((h) => h.role === 'claim' && h.fields?.includes(m.field));
      const response = a.highlights.find((h) => h.role === 'response' && h.fields?.includes(m.field));
      expect(claim, `claim sentence for ${m.field}`).toBeDefined();
      expect(response, `official sentence for ${m.field}`).toBeDefined();
      // The claim sentence quotes the field as the mismatch row does; the official one is a denial, not the claim.
      expect(claim!.exact).toContain(m.claim);
      expect(response!.exact).not.toBe(claim!.exact);
    }
    // The count's sentence is marked as evidence for the count.
    expect(a.highlights.find((h) => h.fields?.includes('record-count'))?.exact).toContain(a.claimedCount!.text);
  });
});

const SEED = new URL('../../../shared/seed/prabhatkhabar-cowin-2022-01.txt', import.meta.url);
describe.runIf(existsSync(SEED))('the seed article itself', () => {
  it('meets the project expectations', () => {
    const raw = readFileSync(SEED, 'utf8');
    const nl = raw.indexOf('\n');
    const a = analyze({ title: raw.slice(0, nl), text: raw.slice(nl + 1) }, realKb());
    expect(a.isLeakArticle).toBe(true);
    expect(a.incident?.id).toBe('cowin-2022-01');
    expect([...a.claimedFields].sort()).toEqual([...SEED_FIELDS].sort());
    expect(a.claimedCount?.value).toBe(20000);
    expect(a.officialStanceInText).toBe('denied');
    expect(contradictions(a).map((m) => `${m.kind}:${m.field}`)).toEqual(['not-collected:physical-addresses', 'not-collected:covid-test-results']);
  });
});

describe('leaks the knowledge base does not hold, and near misses', () => {
  it('detects an unknown leak with no incident', () => {
    const a = analyze(EN_UNKNOWN_LEAK, realKb());
    expect(a.isLeakArticle).toBe(true);
    expect(a.incident).toBeNull();
    expect(a.claimedCount?.value).toBe(250000);
    expect(a.claimedFields).toEqual(expect.arrayContaining(['names', 'email-addresses', 'bank-account-numbers']));
    expect(a.officialStanceInText).toBe('investigating');
  });
  it.each([
    ['exam paper leak', EN_EXAM],
    ['gas leak', HI_GAS],
    ['data-protection law', EN_LAW],
  ])('%s is not a leak article', (_name, input) => {
    const a = analyze(input, realKb());
    expect(a.isLeakArticle).toBe(false);
    expect(a.incident).toBeNull();
    expect(a.mismatches).toEqual([]);
  });
  it('never returns a different incident of the same organisation when date, venue and count disagree', () => {
    const a = analyze(
      { title: 'CoWIN data leak', text: 'Hackers claim in March 2025 that a Telegram channel sells the Aadhaar numbers of 40 crore people registered on CoWIN; the government denied the claim.' },
      realKb(),
    );
    expect(a.isLeakArticle).toBe(true);
    expect(a.incident).toBeNull();
  });
});

describe('incident matching with a small KB', () => {
  it('respects exact-case aliases', () => {
    const base = KB_ENTRIES.find((e) => e.id === 'cowin-2022-01')!;
    const entry = { ...base, id: 'boat-2024-04', organisation: { ...base.organisation, key: 'boat', aliases: { en: ['boAt'], hi: ['बोट'], exactCase: ['boAt'] } } };
    const kb = compileKb([entry]);
    const text = 'A hacker claims on a forum that the data of 20,000 customers of boAt was leaked, including names and phone numbers.';
    expect(analyze({ title: 'Data leak', text }, kb).incident?.id).toBe('boat-2024-04');
    expect(analyze({ title: 'Data leak', text: text.replace('boAt', 'boat') }, kb).incident).toBeNull();
  });
});

describe('the article\'s own words', () => {
  it('quotes a count as written, with the nukta the normalised text folds away', () => {
    const text = 'एक हैकर ने दावा किया है कि उसके पास 81.5 करोड़ भारतीयों का डेटा है, जिसे वह डार्क वेब पर बेच रहा है। इसमें नाम और आधार नंबर शामिल हैं।';
    const a = analyze({ title: 'डेटा लीक का दावा', text }, realKb());
    expect(a.claimedCount?.text).toBe('81.5 करोड़');
  });
  it('says why an incident was matched, in the article\'s words', () => {
    const a = analyze(
      { title: 'CoWIN data of 20,000 people leaked, claims hacker', text: 'A hacker posted the data of 20,000 people registered on CoWIN on Raid Forums in January 2022, including names, addresses and COVID test results. The health ministry denied that CoWIN was breached.' },
      realKb(),
    );
    expect(a.incident?.id).toBe('cowin-2022-01');
    const why = Object.fromEntries((a.incident?.why ?? []).map((w) => [w.kind, w.text]));
    expect(why.count).toBe('20,000');
    expect(why.date).toBe('January 2022');
    expect(why.name).toBe('CoWIN');
  });
});

describe('the right speaker', () => {
  const text =
    'A hacker claimed on a forum in March 2025 that he was selling the data of 5 lakh Zestro Pay users, including names and phone numbers. Zestro Pay has not commented on the claim. Cybersecurity firm SafeNet said it had verified a sample and confirmed the data was genuine.';
  it('"has not commented" is no official stance, and a security firm\'s confirmation is not one either', () => {
    const a = analyze({ title: 'Hacker claims data of 5 lakh Zestro Pay users on sale', text }, realKb());
    expect(a.isLeakArticle).toBe(true);
    expect(a.officialStanceInText).toBe('none');
  });
  it('never highlights a third party\'s sentence as the official response', () => {
    const a = analyze({ title: 'Hacker claims data of 5 lakh Zestro Pay users on sale', text }, realKb());
    expect(a.highlights.filter((h) => h.role === 'response')).toEqual([]);
    expect(a.highlights.some((h) => h.exact.includes('SafeNet'))).toBe(false);
  });
});
