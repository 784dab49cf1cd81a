/** Tag names whose text is never page prose. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'SVG',
  'CANVAS',
  'IFRAME',
]);

/** Prefix of the elements the extension adds to pages; the scanner never reads its own UI. */
export const OWN_UI_PREFIX = 'EVIDENCE-LENS-';

/** True when an element and everything inside it must be left alone by the scanner. */
export function isSkippedElement(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag) || tag.startsWith(OWN_UI_PREFIX)) return true;
  if (element.getAttribute('contenteditable') === 'true' || element.getAttribute('contenteditable') === '') return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  return false;
}

/** True when the element or one of its ancestors is skipped. */
export function isInsideSkipped(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (isSkippedElement(node)) return true;
  }
  return false;
}
