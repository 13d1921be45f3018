/**
 * The bundled knowledge base: every entry of src/kb/incidents/, validated at build time and with the
 * schema's defaults applied (see scripts/vite-plugin-kb.ts).
 */
import kb from 'virtual:leaklens-kb';
import type { Entry } from './schema.ts';

export const KB_ENTRIES: readonly Entry[] = kb.entries;
/** The newest `reviewed` date of any entry: what the sidebar shows as "knowledge base as of". */
export const KB_AS_OF: string | null = kb.asOf;
