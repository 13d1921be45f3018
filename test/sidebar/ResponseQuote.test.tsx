// @vitest-environment happy-dom
// The official quote in the sidebar: the original in its own language, and in the other sidebar language LeakLens's
// rendering of it, labelled as LeakLens's translation.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import type { Language } from '../../src/core/types.ts';
import { KB_ENTRIES } from '../../src/kb/index.ts';
import type { Entry } from '../../src/kb/schema.ts';
import { OfficialResponses } from '../../src/sidebar/OfficialResponses.tsx';
import { SIDEBAR_STRINGS } from '../../src/sidebar/strings.ts';
import { translator } from '../../src/shared/i18n.ts';

const seed = KB_ENTRIES.find((e) => e.id === 'cowin-2022-01')!;
const QUOTE = 'Co-WIN collects neither the address of the person nor the RT-PCR test results';

let container: HTMLElement;
function show(responses: Entry['responses'], language: Language): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  render(<OfficialResponses responses={responses} language={language} t={translator(SIDEBAR_STRINGS, language)} />, container);
  return container.querySelector('[data-testid="response-quote"]')!;
}
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('the official quote', () => {
  it('in the Hindi sidebar: the English original (lang="en", isolated) and below it the Hindi rendering, labelled as LeakLens’s', () => {
    expect(seed.responses[0]!.quote).toBe(QUOTE);
    const hindi = seed.responses[0]!.quoteTranslation!.hi!;
    const box = show(seed.responses, 'hi');
    expect(box.querySelector('figcaption')!.textContent).toBe('उन्हीं के शब्दों में (मूल अंग्रेजी)');
    const original = box.querySelector('[data-testid="quote-original"]')!;
    expect(original.getAttribute('lang')).toBe('en');
    expect(original.querySelector('bdi')!.textContent).toBe(QUOTE);
    const translation = box.querySelector('[data-testid="quote-translation"]')!;
    expect(translation.textContent).toBe(`हिंदी अनुवाद (LeakLens): “${hindi}”`);
    const text = translation.querySelector('[data-testid="quote-translation-text"]')!;
    expect(text.getAttribute('lang')).toBe('hi');
    expect(text.textContent).toBe(`“${hindi}”`);
    // The rendering follows the original.
    expect(original.compareDocumentPosition(translation) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('in the English sidebar: the English quote only', () => {
    const box = show(seed.responses, 'en');
    expect(box.querySelector('figcaption')!.textContent).toBe('In their words');
    expect(box.querySelector('[data-testid="quote-original"]')!.getAttribute('lang')).toBe('en');
    expect(box.querySelector('[data-testid="quote-original"]')!.textContent).toBe(`“${QUOTE}”`);
    expect(box.querySelector('[data-testid="quote-translation"]')).toBeNull();
    expect(box.textContent).not.toMatch(/[\u0900-\u097F]/);
  });

  const hindiQuote = (): Entry['responses'] => [{ ...seed.responses[0]!, quote: 'को-विन पर लोगों का डेटा सुरक्षित है', quoteTranslation: { en: 'People’s data on Co-WIN is safe' } }];

  it('a Hindi quote: in the English sidebar with LeakLens’s English rendering; in the Hindi sidebar alone', () => {
    let box = show(hindiQuote(), 'en');
    expect(box.querySelector('figcaption')!.textContent).toBe('In their words (original Hindi)');
    expect(box.querySelector('[data-testid="quote-original"]')!.getAttribute('lang')).toBe('hi');
    expect(box.querySelector('[data-testid="quote-translation"]')!.textContent).toBe('English translation (LeakLens): “People’s data on Co-WIN is safe”');
    expect(box.querySelector('[data-testid="quote-translation-text"]')!.getAttribute('lang')).toBe('en');
    render(null, container);
    container.remove();

    box = show(hindiQuote(), 'hi');
    expect(box.querySelector('figcaption')!.textContent).toBe('उन्हीं के शब्दों में');
    expect(box.querySelector('[data-testid="quote-original"]')!.textContent).toBe('“को-विन पर लोगों का डेटा सुरक्षित है”');
    expect(box.querySelector('[data-testid="quote-translation"]')).toBeNull();
  });

  it('an English quote without a rendering (a knowledge base of one’s own): the original alone, marked as English', () => {
    const box = show([{ ...seed.responses[0]!, quoteTranslation: undefined }], 'hi');
    expect(box.querySelector('figcaption')!.textContent).toBe('उन्हीं के शब्दों में (मूल अंग्रेजी)');
    expect(box.querySelector('[data-testid="quote-translation"]')).toBeNull();
  });

  it('puts the quote and its rendering in as text, never as markup', () => {
    const box = show([{ ...seed.responses[0]!, quote: '<img src=x onerror=alert(1)> no breach', quoteTranslation: { hi: '<b>कोई</b> सेंध नहीं' } }], 'hi');
    expect(box.querySelector('img, b')).toBeNull();
    expect(box.querySelector('[data-testid="quote-translation-text"]')!.textContent).toBe('“<b>कोई</b> सेंध नहीं”');
  });
});
