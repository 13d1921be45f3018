/**
 * Where readers report a problem with LeakLens: the one place the project's issue page is known. It is package.json's
 * `bugs.url`, read at build time (vite.config.ts defines __LEAKLENS_ISSUES_URL__ from it). package.json sets none
 * yet, because the project has no public address yet: then ISSUES_URL is null and "Report a wrong match" only copies
 * the report, and says so. Only an http(s) address is taken.
 */
declare const __LEAKLENS_ISSUES_URL__: string | undefined;

export function issuesUrlFrom(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export const ISSUES_URL: string | null = issuesUrlFrom(typeof __LEAKLENS_ISSUES_URL__ === 'string' ? __LEAKLENS_ISSUES_URL__ : undefined);
