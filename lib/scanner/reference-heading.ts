import { isNotText, visibleText } from './visible-text';

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

/**
 * The text a reader sees in a heading-like element, white space collapsed, without the text of
 * `style` and `script` descendants. Null when the element holds more text than a heading does.
 */
export function headingText(element: Element): string | null {
  const raw = element.textContent ?? '';
  // Most elements are cheaply ruled out: even with white space collapsed, far too long for a heading.
  if (raw.length > MAX_HEADING_LENGTH * 20) return null;
  const text = visibleText(element);
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length <= MAX_HEADING_LENGTH ? collapsed : null;
}

/** True when an element's heading text names a reference list. */
export function isReferenceHeading(element: Element): boolean {
  const text = headingText(element);
  return text !== null && REFERENCE_HEADING.test(text);
}

/** The element's child elements that a reader sees (an inline style sheet or script is none). */
export function visibleChildCount(element: Element): number {
  let count = 0;
  for (const child of element.children) if (!isNotText(child)) count += 1;
  return count;
}
