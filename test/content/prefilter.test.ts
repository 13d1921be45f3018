// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DATA_WORDS, LEAK_WORDS, mayBeLeakArticle, sampleText } from '../../src/content/prefilter.ts';

describe('the content-script prefilter', () => {
  it.each([
    'कोविन पोर्टल से डेटा लीक होने का दावा, मंत्रालय ने किया खंडन',
    'हैकर ने 3 करोड़ ग्राहकों का डाटा बेचने का दावा किया',
    'Hackers claim breach of 7.5 million customer records',
    'Dark web forum lists personal data of patients',
  ])('lets a possible leak article through: %s', (text) => {
    expect(mayBeLeakArticle(text)).toBe(true);
  });

  it.each(['भारत ने जीती टेस्ट सीरीज, कप्तान ने कहा शुक्रिया', 'Monsoon arrives in Kerala two days early', 'गैस सिलेंडर के दाम घटे'])('stops a page that cannot be one: %s', (text) => {
    expect(mayBeLeakArticle(text)).toBe(false);
  });

  it.each(['DATA LEAK: 2 CRORE USER RECORDS ON SALE', 'Darkweb Listing Holds Customer Details', 'Ransomware Gang Says It Took Patient Files And Accounts', 'सेंधमारी में लाखों खाताधारकों की जानकारी चोरी'])(
    'matches in any case, and longer spellings of a listed word: %s',
    (text) => {
      expect(mayBeLeakArticle(text)).toBe(true);
    },
  );

  it('needs a leak word and a data word, in either order and far apart', () => {
    expect(mayBeLeakArticle('Leaked: the price of a new phone')).toBe(false);
    expect(mayBeLeakArticle('User reviews of a new phone')).toBe(false);
    expect(mayBeLeakArticle(`Personal finance tips ${'x '.repeat(2000)} and a gas leak in the old city`)).toBe(true);
  });

  it('lists its words in lowercase (the sample is lowercased before the search)', () => {
    for (const w of [...LEAK_WORDS, ...DATA_WORDS]) expect(w).toBe(w.toLowerCase());
  });

  it('samples only the head of a page: the title, description, h1 and first paragraphs', () => {
    document.head.innerHTML = '<meta name="description" content="Desc">';
    document.title = 'Title';
    document.body.innerHTML = '<h1>Head</h1>' + Array.from({ length: 100 }, (_, i) => `<p>para ${i} ${'z'.repeat(1000)}</p>`).join('');
    const sample = sampleText(document);
    expect(sample.startsWith('Title Desc Head para 0')).toBe(true);
    expect(sample.length).toBeLessThanOrEqual(6000);
  });

  it('stops at the twelfth paragraph without counting the rest', () => {
    document.head.innerHTML = '';
    document.title = 'T';
    document.body.innerHTML = Array.from({ length: 40 }, (_, i) => `<p>p${i}</p>`).join('');
    expect(sampleText(document)).toBe(`T ${Array.from({ length: 12 }, (_, i) => `p${i}`).join(' ')}`);
    document.body.innerHTML = '<p>only</p>';
    expect(sampleText(document)).toBe('T only');
  });
});
