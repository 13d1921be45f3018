// `quoteTranslation`: LeakLens's rendering of a response's verbatim quote in the other language, required by `kb validate`.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatProblem, validateKbFiles } from '../../src/kb/validate.ts';
import type { KbProblem } from '../../src/kb/validate.ts';
import { quoteLanguage } from '../../src/kb/quote-language.ts';
import { KB_ENTRIES } from '../../src/kb/index.ts';
import type { EntryInput } from '../../src/kb/schema.ts';

const seedText = readFileSync(new URL('../../src/kb/incidents/cowin-2022-01.json', import.meta.url), 'utf8');
const file = (e: EntryInput) => ({ file: `kb/${e.id}.json`, text: JSON.stringify(e) });
const errors = (ps: KbProblem[]) => ps.filter((p) => p.severity === 'error').map(formatProblem);
const warnings = (ps: KbProblem[]) => ps.filter((p) => p.severity === 'warning').map(formatProblem);

/** The seed entry (its one response quotes the ministry in English), with aliases every example holds. */
function seed(): EntryInput {
  const e = JSON.parse(seedText) as EntryInput;
  e.organisation.aliases = { en: ['CoWIN'], hi: ['कोविन'], exactCase: [] };
  return e;
}
const response = (e: EntryInput) => e.responses![0]!;

describe('quoteLanguage', () => {
  it('tells a quote’s language by its script', () => {
    expect(quoteLanguage('Co-WIN collects neither the address of the person nor the RT-PCR test results')).toBe('en');
    expect(quoteLanguage('562,455 potentially affected people in India')).toBe('en');
    expect(quoteLanguage('कोई डेटा लीक नहीं हुआ है')).toBe('hi');
    expect(quoteLanguage('CoWIN से कोई डेटा लीक नहीं हुआ')).toBe('hi');
  });
});

describe('kb validate: a quote carries its rendering in the other language', () => {
  it('accepts the seed: an English quote with its Hindi rendering', () => {
    const e = seed();
    expect(response(e).quoteTranslation?.hi).toMatch(/[\u0900-\u097F]/);
    expect(validateKbFiles([file(e)]).problems.map(formatProblem)).toEqual([]);
  });

  it('fails an English quote without quoteTranslation.hi, naming the file and the field', () => {
    const e = seed();
    delete response(e).quoteTranslation;
    expect(errors(validateKbFiles([file(e)]).problems)).toEqual([
      "kb/cowin-2022-01.json: responses.0.quoteTranslation.hi: the quote is in English: give LeakLens's Hindi rendering of it",
    ]);
  });

  it('fails an English quote whose rendering is English too', () => {
    const e = seed();
    response(e).quoteTranslation = { en: 'CoWIN collects neither addresses nor RT-PCR results' };
    expect(errors(validateKbFiles([file(e)]).problems)).toEqual([
      "kb/cowin-2022-01.json: responses.0.quoteTranslation.hi: the quote is in English: give LeakLens's Hindi rendering of it",
      'kb/cowin-2022-01.json: responses.0.quoteTranslation.en: the quote is itself in English: give only the Hindi rendering',
    ]);
  });

  it('asks a Hindi quote for quoteTranslation.en', () => {
    const e = seed();
    response(e).quote = 'को-विन पर लोगों का डेटा सुरक्षित है';
    expect(errors(validateKbFiles([file(e)]).problems)).toEqual([
      "kb/cowin-2022-01.json: responses.0.quoteTranslation.en: the quote is in Hindi: give LeakLens's English rendering of it",
      'kb/cowin-2022-01.json: responses.0.quoteTranslation.hi: the quote is itself in Hindi: give only the English rendering',
    ]);
    response(e).quoteTranslation = { en: 'People’s data on Co-WIN is safe' };
    expect(validateKbFiles([file(e)]).problems.map(formatProblem)).toEqual([]);
  });

  it('fails a rendering of no quote', () => {
    const e = seed();
    delete response(e).quote;
    expect(errors(validateKbFiles([file(e)]).problems)).toEqual([
      "kb/cowin-2022-01.json: responses.0.quoteTranslation: renders no quote: add the response's quote or delete quoteTranslation",
    ]);
  });

  it.each([
    [{ hi: '  ' }, 'responses.0.quoteTranslation.hi: Hindi rendering is empty'],
    [{ hi: 'no Devanagari here' }, 'responses.0.quoteTranslation.hi: Hindi rendering has no Devanagari'],
    [{ hi: 'क'.repeat(301) }, 'responses.0.quoteTranslation.hi: Too big: expected string to have <=300 characters'],
    [{ hi: 'को-विन पता नहीं जुटाता', mr: 'को-विन पत्ता गोळा करत नाही' }, 'responses.0.quoteTranslation: Unrecognized key: "mr"'],
  ])('checks the rendering’s shape: %j', (quoteTranslation, problem) => {
    const e = seed();
    (response(e) as Record<string, unknown>).quoteTranslation = quoteTranslation;
    expect(errors(validateKbFiles([file(e)]).problems)).toContain(`kb/cowin-2022-01.json: ${problem}`);
  });

  it('warns about a Hindi rendering spelled with nukta, as about any reader-facing Hindi', () => {
    const e = seed();
    response(e).quoteTranslation = { hi: 'को-विन न तो व्यक्ति का पता जुटाता है और न ही आरटी-पीसीआर जांच के नतीजे, ज़रा भी नहीं' };
    expect(warnings(validateKbFiles([file(e)]).problems)).toEqual([
      'kb/cowin-2022-01.json: responses.0.quoteTranslation.hi: Hindi spelled with nukta ("ज़रा"): the knowledge base writes ज, फ, क, ख, ग without nukta (see docs/knowledge-base.md) (warning)',
    ]);
  });

  it('holds for every quote of the bundled knowledge base', () => {
    const quoted = KB_ENTRIES.flatMap((e) => e.responses.filter((r) => r.quote !== undefined).map((r) => ({ id: e.id, quote: r.quote!, tr: r.quoteTranslation })));
    expect(quoted.length).toBeGreaterThanOrEqual(58);
    expect(quoted.filter((q) => q.tr?.[quoteLanguage(q.quote) === 'en' ? 'hi' : 'en'] === undefined)).toEqual([]);
  });
});
