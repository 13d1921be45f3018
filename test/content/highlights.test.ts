// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../src/content/highlights.ts';

function indexOf(root: Element) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n as Text, start: text.length });
    text += n.nodeValue;
  }
  return { text, nodes };
}

describe('anchorQuote', () => {
  it('finds a quote that spans several text nodes', () => {
    document.body.innerHTML = '<div id="a"><p>मंत्रालय ने कहा कि <b>को-विन</b> पता नहीं जुटाता.</p></div>';
    const root = document.getElementById('a')!;
    const range = anchorQuote(indexOf(root), { role: 'response', exact: 'कहा कि को-विन पता नहीं', prefix: '', suffix: '' }, document)!;
    expect(range.toString()).toBe('कहा कि को-विन पता नहीं');
  });

  it('returns null for text that is not on the page, or too short to anchor safely', () => {
    document.body.innerHTML = '<div id="a"><p>Some article text.</p></div>';
    const index = indexOf(document.getElementById('a')!);
    expect(anchorQuote(index, { role: 'claim', exact: 'text that is not there', prefix: '', suffix: '' }, document)).toBeNull();
    expect(anchorQuote(index, { role: 'claim', exact: 'Some', prefix: '', suffix: '' }, document)).toBeNull();
  });
});
