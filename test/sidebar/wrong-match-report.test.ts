import { describe, expect, it } from 'vitest';
import { wrongMatchReport } from '../../src/sidebar/wrong-match-report.ts';
import type { WrongMatchReportInput } from '../../src/sidebar/wrong-match-report.ts';

const base: WrongMatchReportInput = {
  url: 'https://www.prabhatkhabar.com/national/cowin?utm=x#comments',
  analysis: { language: 'hi', incident: { id: 'cowin-2022-01', confidence: 0.9, why: [{ kind: 'name', text: 'CoWin' }, { kind: 'count', text: '20 हजार' }] }, possibleIncident: null },
  incidentTitle: 'COVID-19 test data of 20,000+ people offered on Raid Forums',
  possibleTitle: null,
  version: '0.1.0',
  kbAsOf: '2026-11-27',
  language: 'hi',
};

describe('wrongMatchReport', () => {
  it('names the page (without its fragment), the incident, the evidence and the version, and asks in the sidebar language', () => {
    expect(wrongMatchReport(base)).toBe(
      [
        'LeakLens: wrong match report',
        'Page: https://www.prabhatkhabar.com/national/cowin?utm=x',
        'Matched incident: cowin-2022-01 (COVID-19 test data of 20,000+ people offered on Raid Forums)',
        'Why: name: CoWin | count: 20 हजार',
        'Article language: hi',
        'LeakLens version: 0.1.0, knowledge base as of 2026-11-27',
        '',
        'क्या गलत है (अपने शब्दों में):',
        '',
      ].join('\n'),
    );
    expect(wrongMatchReport({ ...base, language: 'en' })).toContain('\nWhat is wrong (in your words):\n');
  });

  it('says when nothing was matched, and which incident was possibly related', () => {
    const text = wrongMatchReport({ ...base, analysis: { language: 'en', incident: null, possibleIncident: { id: 'bigbasket-2020-11', probability: 0.4 } }, incidentTitle: null, possibleTitle: 'BigBasket' });
    expect(text).toContain('Matched incident: none\nPossibly related: bigbasket-2020-11 (BigBasket)\n');
    expect(text).not.toContain('Why:');
  });

  it('keeps page text on its line: line breaks and bidi controls in the evidence become spaces, long items are cut', () => {
    const text = wrongMatchReport({ ...base, analysis: { ...base.analysis, incident: { id: 'x', confidence: 1, why: [{ kind: 'venue', text: 'Raid\nForums\u202e evil' }, { kind: 'fields', text: 'a'.repeat(500) }] } } });
    const why = text.split('\n').find((l) => l.startsWith('Why:'))!;
    expect(why).toBe(`Why: venue: Raid Forums evil | fields: ${'a'.repeat(120)}`);
  });
});
