/** Marks the span that holds a marker and its badge together on one line. */
export const KEEP_ATTRIBUTE = 'data-evidence-lens-keep';

/**
 * Wraps a marker and the badge after it in a span that does not wrap, so the badge never moves to
 * the next line alone. Browsers break before any inline-block (the badge's button) even after a
 * word joiner, so only a no-wrap ancestor holds them together. Returns a function that puts the
 * marker back where it was.
 */
export function keepTogether(marker: Element, badgeHost: Element): () => void {
  const keep = marker.ownerDocument.createElement('span');
  keep.setAttribute(KEEP_ATTRIBUTE, '');
  keep.style.setProperty('white-space', 'nowrap', 'important');
  marker.before(keep);
  keep.append(marker, badgeHost);
  return () => {
    if (!keep.parentNode) return;
    badgeHost.remove();
    keep.replaceWith(...keep.childNodes);
  };
}

/** Whether a mutation is only the extension keeping a marker and its badge together. */
export function isKeepMutation(record: MutationRecord): boolean {
  const isKeep = (node: Node) => node.nodeType === 1 && (node as Element).hasAttribute(KEEP_ATTRIBUTE);
  return isKeep(record.target) || [...record.addedNodes].some(isKeep);
}
