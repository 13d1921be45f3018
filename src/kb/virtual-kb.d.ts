declare module 'virtual:leaklens-kb' {
  import type { Entry } from './schema.ts';
  const kb: { asOf: string | null; entries: Entry[] };
  export default kb;
}
