/**
 * The nodes LeakLens itself puts into the page (the sidebar host, the highlight style), so that watching the page
 * for changes can leave LeakLens's own changes out.
 */
export const ownNodes = new WeakSet<Node>();

/** Whether a mutation record is only about LeakLens's own nodes. */
export function isOwnMutation(record: MutationRecord): boolean {
  if (ownNodes.has(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((n) => ownNodes.has(n));
}
