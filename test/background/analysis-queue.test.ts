import { describe, expect, it } from 'vitest';
import { SUPERSEDED, createAnalysisQueue } from '../../src/background/analysis-queue.ts';
import type { Analysis, ArticleInput } from '../../src/core/types.ts';

const article = (text: string): ArticleInput => ({ title: '', text });

describe('the analysis queue', () => {
  it('runs one analysis at a time, replaces a tab’s waiting article with its newer one, and takes tabs in turn', async () => {
    const order: string[] = [];
    const run = (a: ArticleInput) => (order.push(a.text), { text: a.text } as unknown as Analysis);
    let release: () => void = () => undefined;
    const queue = createAnalysisQueue(run, () => new Promise((resolve) => (release = resolve)));
    const first = queue(1, article('tab1-a')); // runs at once
    const superseded = queue(1, article('tab1-b'));
    const other = queue(2, article('tab2-a'));
    const latest = queue(1, article('tab1-c'));
    expect(await superseded).toBe(SUPERSEDED);
    expect(order).toEqual(['tab1-a']);
    release();
    await first;
    await new Promise((r) => setTimeout(r, 0));
    release();
    await new Promise((r) => setTimeout(r, 0));
    release();
    expect(await latest).toMatchObject({ text: 'tab1-c' });
    expect(await other).toMatchObject({ text: 'tab2-a' });
    // tab1's newer article went to the back of the line, behind tab 2.
    expect(order).toEqual(['tab1-a', 'tab2-a', 'tab1-c']);
  });
});
