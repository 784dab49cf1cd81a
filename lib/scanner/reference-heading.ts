/** Words that qualify a reference heading without changing what it introduces ("Key References", "Other Sources"). */
export const REFERENCE_HEADING_QUALIFIERS = [
  'key',
  'other',
  'selected',
  'additional',
  'further',
  'general',
  'main',
  'more',
  'normative',
  'informative',
  'primary',
  'secondary',
  'scientific',
  'suggested',
  'recommended',
  'cited',
  'article',
] as const;

const CORE =
  'references?|sources?( cited)?|bibliography|citations?|works cited|literature cited|cited literature|studies cited|research cited|footnotes|endnotes';
const COMBINED = `(?:notes|sources|citations) (?:and|&) references|references (?:and|&) (?:notes|sources|further reading|resources)`;
const OTHER_LANGUAGES =
  'notes?|research|literatur(?:verzeichnis)?|quellen(?:angaben)?|einzelnachweise|références|bibliographie|sources et références|referencias|bibliografía|fuentes|riferimenti(?: bibliografici)?|bibliografia|fonti|note|referências|fontes|literatuur|bronnen|referenties|źródła|литература|источники|参考文献|文献';

/** Headings that introduce a reference list, in English and common other languages. */
export const REFERENCE_HEADING = new RegExp(
  `^\\s*(?:(?:(?:${REFERENCE_HEADING_QUALIFIERS.join('|')})\\s+)?(?:${CORE})|${COMBINED}|${OTHER_LANGUAGES})\\s*:?\\s*$`,
  'iu',
);

/** Longest heading text, in characters, read as a possible reference heading. */
export const MAX_HEADING_LENGTH = 60;

/** Elements whose text is no heading text: a heading may hold an inline style sheet or script. */
const NOT_TEXT = new Set(['STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The text a reader sees in a heading-like element, white space collapsed, without the text of
 * `style` and `script` descendants. Null when the element holds more text than a heading does.
 */
export function headingText(element: Element): string | null {
  const raw = element.textContent ?? '';
  // Most elements are cheaply ruled out: even with white space collapsed, far too long for a heading.
  if (raw.length > MAX_HEADING_LENGTH * 20) return null;
  const text = element.querySelector('style, script, noscript, template') ? visibleText(element) : raw;
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length <= MAX_HEADING_LENGTH ? collapsed : null;
}

function visibleText(element: Element): string {
  let text = '';
  for (const child of element.childNodes) {
    if (child.nodeType === 3) text += child.textContent ?? '';
    else if (child.nodeType === 1 && !NOT_TEXT.has((child as Element).tagName.toUpperCase())) text += visibleText(child as Element);
  }
  return text;
}

/** True when an element's heading text names a reference list. */
export function isReferenceHeading(element: Element): boolean {
  const text = headingText(element);
  return text !== null && REFERENCE_HEADING.test(text);
}

/** The element's child elements that a reader sees (an inline style sheet or script is none). */
export function visibleChildCount(element: Element): number {
  let count = 0;
  for (const child of element.children) if (!NOT_TEXT.has(child.tagName.toUpperCase())) count += 1;
  return count;
}
