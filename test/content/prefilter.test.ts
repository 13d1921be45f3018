// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mayBeLeakArticle, sampleText } from '../../src/content/prefilter.ts';

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

  it('samples only the head of a page: the title, description, h1 and first paragraphs', () => {
    document.head.innerHTML = '<meta name="description" content="Desc">';
    document.title = 'Title';
    document.body.innerHTML = '<h1>Head</h1>' + Array.from({ length: 100 }, (_, i) => `<p>para ${i} ${'z'.repeat(1000)}</p>`).join('');
    const sample = sampleText(document);
    expect(sample.startsWith('Title Desc Head para 0')).toBe(true);
    expect(sample.length).toBeLessThanOrEqual(6000);
  });
});
