import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { placeSidebar } = await import('../../src/content/sidebar-frame.ts');

describe('placeSidebar', () => {
  it('docks the open sidebar beside the article where there is room, and never wider than 420 px', () => {
    expect(placeSidebar('expanded', 1640, 900, 1200)).toEqual({ css: expect.stringContaining('width:420px'), besideArticle: true });
    expect(placeSidebar('expanded', 1366, 768, 1063)).toEqual({ css: expect.stringContaining('width:295px'), besideArticle: true });
  });

  it('without room, the open sidebar is an overlay the reader asked for, or a bottom sheet on a narrow window', () => {
    expect(placeSidebar('expanded', 1024, 768, 892).besideArticle).toBe(false);
    expect(placeSidebar('expanded', 390, 800, 390).css).toContain('bottom:0;left:0;width:100vw');
  });

  it('puts the compact card at the bottom right inside the space beside the article, else a bar along the bottom', () => {
    const card = placeSidebar('collapsed', 1024, 768, 892);
    expect(card).toEqual({ css: expect.stringContaining('bottom:16px;right:8px;width:116px'), besideArticle: true });
    expect(placeSidebar('collapsed', 390, 800, 380)).toEqual({ css: expect.stringContaining('width:100vw'), besideArticle: false });
    // An unknown article edge counts as no room.
    expect(placeSidebar('collapsed', 1024, 768, null).besideArticle).toBe(false);
  });

  it('for a leak the knowledge base does not hold, the open sidebar is a shorter card beside the article', () => {
    expect(placeSidebar('expanded', 1640, 900, 1200, true)).toEqual({ css: expect.stringContaining('height:min(560px,calc(100vh - 32px))'), besideArticle: true });
  });

  it('closed, leaves a 36 px tab at the right edge', () => {
    expect(placeSidebar('closed', 1024, 768, 892).css).toContain('width:36px');
  });
});
