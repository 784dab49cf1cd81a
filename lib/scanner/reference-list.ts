import { entryIds, firstAuthorOf, isShortForm, yearOf } from './reference-entry';
import { isInsideSkipped } from './skip';
import type { ReferenceEntry } from './types';

/** Headings that introduce a reference list, in English and common other languages. */
export const REFERENCE_HEADING =
  /^\s*(references?|sources?|bibliography|citations?|notes?|works cited|literature cited|further reading|footnotes|literatur(verzeichnis)?|quellen|références|bibliographie|referencias|bibliografía|fuentes|riferimenti|bibliografia|fonti|referências|fontes|literatuur|bronnen|参考文献)\s*:?\s*$/iu;

const REFERENCE_ITEM_ID = /^(?:ref|reference|cite[-_]note|cite|bib|b|r|fn|note|footnote|endnote|en)[-_:]?\d+/i;
const LOOKS_LIKE_REFERENCE = /\b10\.\d{4,9}\/|\bPMID\b|\b(19|20)\d\d\b.*\.\s|\bet al\b/i;

/**
 * Finds the page's reference lists and returns their entries in document order, with short forms
 * ("Oki et al. 2022") linked to the fuller entry they stand for.
 */
export function findReferenceEntries(document: Document): ReferenceEntry[] {
  const entries: ReferenceEntry[] = [];
  const lists = [...document.querySelectorAll('ol, ul')].filter(
    (list) => !list.parentElement?.closest('ol, ul') && !isInsideSkipped(list) && isReferenceList(list),
  );
  for (const list of lists) entries.push(...entriesOfList(list, entries.length));
  linkShortForms(entries);
  return entries;
}

function isReferenceList(list: Element): boolean {
  const items = directItems(list);
  if (items.length === 0) return false;
  if (hasReferenceHeading(list)) return true;
  if (/\b(references?|bibliography|citations?|footnotes|endnotes)\b/i.test(`${list.id} ${list.className}`)) return true;
  const referenceLike = items.filter((item) => REFERENCE_ITEM_ID.test(item.id) || LOOKS_LIKE_REFERENCE.test(item.textContent ?? '')).length;
  return items.length >= 2 && referenceLike / items.length >= 0.6 && items.some((item) => REFERENCE_ITEM_ID.test(item.id));
}

function directItems(list: Element): Element[] {
  return [...list.children].filter((child) => child.tagName === 'LI');
}

/** Looks back from the list for the nearest heading-like text, climbing at most two levels. */
function hasReferenceHeading(list: Element): boolean {
  let node: Element | null = list;
  for (let level = 0; node && level < 3; level += 1, node = node.parentElement) {
    let sibling = node.previousElementSibling;
    for (let steps = 0; sibling && steps < 3; steps += 1, sibling = sibling.previousElementSibling) {
      const text = sibling.textContent ?? '';
      if (text.length < 60 && REFERENCE_HEADING.test(text)) return true;
      if (/^H[1-6]$/.test(sibling.tagName)) return false;
    }
  }
  return false;
}

function entriesOfList(list: Element, offset: number): ReferenceEntry[] {
  const start = list.tagName === 'OL' ? Number(list.getAttribute('start') ?? '1') || 1 : null;
  return directItems(list).map((item, index) => {
    const text = normaliseSpace(item.textContent ?? '');
    const value = Number(item.getAttribute('value'));
    const number = value > 0 ? value : start !== null ? start + index : leadingNumber(text);
    const hrefs = [...item.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
    return {
      id: item.id || `ref-${offset + index + 1}`,
      number,
      text,
      ids: entryIds(text, hrefs),
      firstAuthor: firstAuthorOf(text),
      year: yearOf(text),
      sameAs: null,
      element: item,
    };
  });
}

function leadingNumber(text: string): number | null {
  const match = /^\[?(\d{1,3})[.)\]]\s/.exec(text);
  return match ? Number(match[1]) : null;
}

/** Collapses runs of white space, as a reader sees the text. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Points each short-form entry at the first fuller entry with the same first author and year. */
export function linkShortForms(entries: ReferenceEntry[]): void {
  for (const entry of entries) {
    if (!isShortForm(entry.text) || hasIds(entry)) continue;
    const target = entries.find(
      (other) =>
        other !== entry &&
        !isShortForm(other.text) &&
        other.year === entry.year &&
        other.firstAuthor?.toLowerCase() === entry.firstAuthor?.toLowerCase(),
    );
    if (target) entry.sameAs = target.id;
  }
}

function hasIds(entry: ReferenceEntry): boolean {
  return Boolean(entry.ids.doi || entry.ids.pmid || entry.ids.pmcid || entry.ids.nct.length > 0);
}
