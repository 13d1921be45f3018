/** Page addresses as LeakLens compares them: the fragment (#comments) moves within a page, so it does not count. */
export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

export function isSamePage(a: string | undefined | null, b: string | undefined | null): boolean {
  return !!a && !!b && withoutFragment(a) === withoutFragment(b);
}

/** Longest address LeakLens stores or sends (addresses past this are cut, never rejected). */
export const MAX_URL_LENGTH = 4000;
