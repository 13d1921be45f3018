declare module 'virtual:leaklens-compiled-kb' {
  /** The compiled knowledge base, serialised at build time (see src/background/precompiled-kb.ts). */
  const json: string;
  export default json;
}
