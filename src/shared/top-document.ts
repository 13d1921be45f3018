/**
 * Options for tabs.sendMessage that reach a tab's top document: its documentId where the browser gave one
 * (Chrome; it also covers a page that was prerendered, whose frame id is not 0), else frame 0.
 */
export function topDocument(documentId: string | undefined): { frameId: number } | { documentId: string } {
  return documentId ? { documentId } : { frameId: 0 };
}
