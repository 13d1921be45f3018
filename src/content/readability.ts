/**
 * @mozilla/readability on its own, built into content/readability.js: the background injects it just before
 * content/page.js, into the same document and the same isolated world (so the page cannot see or replace it), and
 * page.js takes the class from there (src/content/article/readability-from-global.ts).
 *
 * Why a file of its own: readability is third-party code that assigns innerHTML inside the detached copy it reads
 * (restoring the copy between attempts, unwrapping <noscript> images). A store's linter flags those lines; kept in
 * their own file they are not mixed with LeakLens's code, which never assigns HTML.
 */
import { Readability } from '@mozilla/readability';
import { READABILITY_GLOBAL } from './article/readability-from-global.ts';

(globalThis as Record<string, unknown>)[READABILITY_GLOBAL] = Readability;
