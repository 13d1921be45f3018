/** Rendering helpers for component tests (happy-dom). */
import { render } from 'preact';
import type { ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export interface Mounted {
  root: HTMLElement;
  /** The element with this data-testid, or null. */
  find: <E extends Element = HTMLElement>(testId: string) => E | null;
  /** The element with this data-testid; throws when missing. */
  get: <E extends Element = HTMLElement>(testId: string) => E;
  rerender: (vnode: ComponentChild) => void;
  unmount: () => void;
}

export function mount(vnode: ComponentChild): Mounted {
  const root = document.createElement('div');
  document.body.append(root);
  void act(() => render(vnode, root));
  const find = <E extends Element = HTMLElement>(testId: string) => root.querySelector<E>(`[data-testid="${testId}"]`);
  return {
    root,
    find,
    get: <E extends Element = HTMLElement>(testId: string) => {
      const el = find<E>(testId);
      if (!el) throw new Error(`no element with data-testid="${testId}" in:\n${root.innerHTML}`);
      return el;
    },
    rerender: (next) => void act(() => render(next, root)),
    unmount: () => {
      void act(() => render(null, root));
      root.remove();
    },
  };
}

/** The visible text of an element, whitespace collapsed. */
export const text = (el: Element | null): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
