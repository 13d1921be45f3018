/** "Knowledge base as of": the newest `reviewed` date of any entry (never the build date). */
import { comparePartialDates } from './schema.ts';

/** The newest of the entries' `reviewed` dates; of two that agree to their common precision, the more precise. */
export function newestReviewed(entries: readonly { reviewed: string }[]): string | null {
  let newest: string | null = null;
  for (const { reviewed } of entries) {
    if (newest === null) newest = reviewed;
    else {
      const order = comparePartialDates(reviewed, newest);
      if (order > 0 || (order === 0 && reviewed.length > newest.length)) newest = reviewed;
    }
  }
  return newest;
}
