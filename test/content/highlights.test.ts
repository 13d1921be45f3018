// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchorQuote, indexText } from '../../src/content/highlights.ts';

const indexOf = (root: Element) => indexText(root, 1_000_000);

describe('anchorQuote', () => {
  it('finds a quote that spans several text nodes', () => {
    document.body.innerHTML = '<div id="a"><p>मंत्रालय ने कहा कि <b>को-विन</b> पता नहीं जुटाता.</p></div>';
    const root = document.getElementById('a')!;
    const range = anchorQuote(indexOf(root), { role: 'response', exact: 'कहा कि को-विन पता नहीं', prefix: '', suffix: '' }, document)!;
    expect(range.toString()).toBe('कहा कि को-विन पता नहीं');
  });

  it('matches across line breaks and extra spaces the extracted text did not have', () => {
    document.body.innerHTML = '<div id="a"><p>The ministry\n   said   CoWIN does not collect addresses.</p></div>';
    const range = anchorQuote(indexOf(document.getElementById('a')!), { role: 'response', exact: 'said CoWIN does not collect', prefix: '', suffix: '' }, document)!;
    expect(range.toString()).toBe('said   CoWIN does not collect');
  });

  it('picks the repeat whose prefix and suffix match', () => {
    document.body.innerHTML = '<div id="a"><p id="one">First: no data leaked from the portal, it said.</p><p id="two">Later: no data leaked from the portal, officials repeated.</p></div>';
    const range = anchorQuote(indexOf(document.getElementById('a')!), { role: 'response', exact: 'no data leaked from the portal', prefix: 'Later: ', suffix: ', officials' }, document)!;
    expect(range.startContainer.parentElement!.id).toBe('two');
  });

  it('returns null for text that is not on the page, or too short to anchor safely', () => {
    document.body.innerHTML = '<div id="a"><p>Some article text.</p></div>';
    const index = indexOf(document.getElementById('a')!);
    expect(anchorQuote(index, { role: 'claim', exact: 'text that is not there', prefix: '', suffix: '' }, document)).toBeNull();
    expect(anchorQuote(index, { role: 'claim', exact: 'Some', prefix: '', suffix: '' }, document)).toBeNull();
  });
});
