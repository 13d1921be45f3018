// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Readability as RealReadability } from '@mozilla/readability';
import { Readability, READABILITY_GLOBAL } from '../../src/content/article/readability-from-global.ts';

const globals = globalThis as Record<string, unknown>;

describe('readability taken from content/readability.js', () => {
  afterEach(() => {
    delete globals[READABILITY_GLOBAL];
  });

  it('throws when the file was not injected (extract-article catches it and takes its other paths)', () => {
    expect(() => new Readability(document.implementation.createHTMLDocument('x'))).toThrow(/readability\.js was not injected/);
  });

  it('constructs the injected class', () => {
    globals[READABILITY_GLOBAL] = RealReadability;
    const doc = document.implementation.createHTMLDocument('A story');
    doc.body.innerHTML = `<article><h1>A story</h1>${'<p>Hackers claim to sell the data of two crore customers of a grocery app on a forum, and the company denies it.</p>'.repeat(6)}</article>`;
    const reader = new Readability(doc);
    expect(reader).toBeInstanceOf(RealReadability);
    expect(reader.parse()?.textContent).toContain('grocery app');
  });
});
