/**
 * Content-script entry: runs on every page of the listed news sites. It does the cheap prefilter and, only
 * for a page that may be about a data leak, loads the rest of LeakLens.
 */
import { mayBeLeakArticle, sampleText } from './prefilter.ts';

if (window.top === window && mayBeLeakArticle(sampleText(document))) {
  import('./main.ts')
    .then(({ startLeakLens }) => startLeakLens())
    .catch((error: unknown) => console.warn('LeakLens: could not start', error));
}
