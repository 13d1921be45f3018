import { afterEach, describe, expect, it, vi } from 'vitest';
import { isAnalysisShape, isFromOwnExtension, isMessage, isTabReport, logIgnoredMessage } from '../../src/shared/messages.ts';
import { analysis, mismatch, report } from '../shared/fixtures.ts';

/** A copy of `value` with the property at `path` replaced (or removed, for `undefined` with remove=true). */
function withAt(value: unknown, path: (string | number)[], replacement: unknown, remove = false): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (remove) delete target[last];
  else target[last] = replacement;
  return copy;
}

describe('isAnalysisShape', () => {
  it('accepts a full analysis, and the variants the analyzer produces', () => {
    expect(isAnalysisShape(analysis())).toBe(true);
    expect(isAnalysisShape(analysis({ language: 'hi', incident: null, claimedCount: null, claimDate: null, venue: null, mismatches: [], highlights: [] }))).toBe(true);
    expect(isAnalysisShape(analysis({ isLeakArticle: false, score: 0, claimedFields: [], officialStanceInText: 'none' }))).toBe(true);
    expect(isAnalysisShape(analysis({ mismatches: [mismatch('count', 'record-count', '1 crore')] }))).toBe(true);
    expect(isAnalysisShape(JSON.parse(JSON.stringify(analysis())))).toBe(true);
    // A highlight that names the fields it is evidence for (see sidebar/quote-links.ts).
    expect(isAnalysisShape(analysis({ highlights: [{ role: 'response', exact: 'x', prefix: '', suffix: '', fields: ['physical-addresses'] } as never] }))).toBe(true);
  });

  it.each([
    ['not an object', null, undefined, false],
    ['an array', [], undefined, false],
    ['another language', ['language'], 'fr', false],
    ['a string isLeakArticle', ['isLeakArticle'], 'true', false],
    ['a string score', ['score'], '0.9', false],
    ['an incident without id', ['incident'], { confidence: 1 }, false],
    ['an incident with a numeric id', ['incident', 'id'], 7, false],
    ['claimedFields not an array', ['claimedFields'], 'names', false],
    ['a non-string claimed field', ['claimedFields', 0], 3, false],
    ['a count without value', ['claimedCount'], { text: '20,000' }, false],
    ['a numeric claimDate', ['claimDate'], 20220121, false],
    ['no claimDate', ['claimDate'], undefined, true],
    ['a venue object', ['venue'], { name: 'x' }, false],
    ['an unknown stance', ['officialStanceInText'], 'maybe', false],
    ['mismatches not an array', ['mismatches'], {}, false],
    ['an unknown mismatch kind', ['mismatches', 0, 'kind'], 'wrong', false],
    ['a mismatch without claim', ['mismatches', 0, 'claim'], undefined, true],
    ['a mismatch whose official is a string', ['mismatches', 0, 'official'], 'ministry', false],
    ['a mismatch whose official lacks who', ['mismatches', 0, 'official', 'by'], undefined, true],
    ['a mismatch whose official text lacks Hindi', ['mismatches', 0, 'official', 'text', 'hi'], undefined, true],
    ['a highlight without exact', ['highlights', 0, 'exact'], undefined, true],
    ['a highlight of an unknown role', ['highlights', 0, 'role'], 'headline', false],
    ['a highlight whose fields are not a list', ['highlights', 0, 'fields'], 'names', false],
    ['a highlight with a non-string field', ['highlights', 0, 'fields'], ['names', 3], false],
  ] as const)('rejects %s', (_why, path, replacement, remove) => {
    const bad = path === null ? null : Array.isArray(path) && path.length === 0 ? [] : withAt(analysis(), [...(path as readonly (string | number)[])], replacement, remove);
    expect(isAnalysisShape(bad)).toBe(false);
  });
});

describe('isTabReport', () => {
  it('accepts a report with an analysis or with none', () => {
    expect(isTabReport(report())).toBe(true);
    expect(isTabReport(report({ analysis: null }))).toBe(true);
  });

  it.each([
    ['null', null],
    ['a string', 'report'],
    ['a numeric url', { ...report(), url: 1 }],
    ['an overlong url', { ...report(), url: 'https://www.ndtv.com/' + 'a'.repeat(5000) }],
    ['an overlong title', { ...report(), title: 't'.repeat(2000) }],
    ['no siteId', { ...report(), siteId: undefined }],
    ['a missing analysis', { url: 'https://www.ndtv.com/', title: 'x', siteId: 'ndtv' }],
    ['a malformed analysis', { ...report(), analysis: { language: 'en' } }],
  ])('rejects %s', (_why, value) => {
    expect(isTabReport(value)).toBe(false);
  });
});

describe('isMessage', () => {
  it.each([
    { type: 'analyze-page', url: 'https://www.ndtv.com/a', title: 'T', article: { title: 'T', text: 'Body', url: 'https://www.ndtv.com/a' } },
    { type: 'analyze-page', url: 'https://www.ndtv.com/a', title: 'T', article: { title: 'T', text: 'Body', publishedDate: '2024-01-01', declaredLanguage: 'hi' } },
    { type: 'analyze-page', url: 'https://www.ndtv.com/a', title: 'T', article: null },
    { type: 'tab-cleared' },
    { type: 'get-tab-state', tabId: 0 },
    { type: 'get-tab-state', tabId: 42 },
    { type: 'get-sidebar-report' },
    { type: 'sidebar-layout', layout: 'expanded' },
    { type: 'sidebar-layout', layout: 'collapsed' },
    { type: 'sidebar-layout', layout: 'closed' },
    { type: 'show-sidebar' },
    { type: 'show-quote', index: 0 },
    { type: 'show-quote', index: 12 },
  ])('accepts %j', (message) => {
    expect(isMessage(message)).toBe(true);
  });

  it.each([
    null,
    undefined,
    'show-sidebar',
    ['show-sidebar'],
    {},
    { type: 7 },
    { type: 'unknown' },
    { type: 'analyze-page' },
    { type: 'analyze-page', title: 'T' },
    { type: 'analyze-page', title: 'T', article: null },
    { type: 'analyze-page', title: 7, article: null },
    { type: 'analyze-page', title: 'T', article: { title: 'T' } },
    { type: 'analyze-page', title: 'T', article: { title: 'T', text: 'x'.repeat(200_001) } },
    { type: 'analyze-page', title: 'T', article: { title: 'T', text: 'x', publishedDate: 5 } },
    { type: 'tab-cleared', extra: true },
    { type: 'get-sidebar-report', tabId: 3 },
    { type: 'show-sidebar', tabId: 3 },
    { type: 'get-tab-state' },
    { type: 'get-tab-state', tabId: '3' },
    { type: 'get-tab-state', tabId: -1 },
    { type: 'get-tab-state', tabId: 1.5 },
    { type: 'get-tab-state', tabId: Number.NaN },
    { type: 'sidebar-layout' },
    { type: 'sidebar-layout', layout: 'hidden' },
    { type: 'show-quote' },
    { type: 'show-quote', index: -1 },
    { type: 'show-quote', index: 1.5 },
    { type: 'show-quote', index: '2' },
    { type: 'show-quote', index: 2, extra: true },
    { type: 'sidebar-layout', layout: 1 },
  ])('rejects %j', (message) => {
    expect(isMessage(message)).toBe(false);
  });
});

describe('isFromOwnExtension and logIgnoredMessage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('trusts only senders with this extension id', () => {
    expect(isFromOwnExtension({ id: 'abc' }, 'abc')).toBe(true);
    expect(isFromOwnExtension({ id: 'xyz' }, 'abc')).toBe(false);
    expect(isFromOwnExtension({}, 'abc')).toBe(false);
    expect(isFromOwnExtension({ id: undefined }, 'abc')).toBe(false);
  });

  it('logs a short form of the message and never throws, even for cyclic or BigInt messages', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    logIgnoredMessage('test', { type: 'x', text: 'a'.repeat(500) }, 'why');
    expect(warn).toHaveBeenLastCalledWith('LeakLens test: ignored a message (why)', expect.any(String));
    expect((warn.mock.lastCall![1] as string).length).toBeLessThanOrEqual(200);
    const cyclic: Record<string, unknown> = { type: 'x' };
    cyclic.self = cyclic;
    expect(() => logIgnoredMessage('test', cyclic, 'cyclic')).not.toThrow();
    expect(() => logIgnoredMessage('test', { n: 1n }, 'bigint')).not.toThrow();
    expect(() => logIgnoredMessage('test', null, 'null')).not.toThrow();
    expect(() => logIgnoredMessage('test', 'text', 'string')).not.toThrow();
  });
});
