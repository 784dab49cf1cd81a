import { entryIds, firstAuthorOf, isShortForm, parseReferenceFields, yearOf } from './reference-entry';
import { isInsideAdvertisement, isInsideSkipped } from './skip';
import { isReferenceHeading, visibleChildCount } from './reference-heading';
import { footnoteTargets } from './footnote-targets';
import { isExplanatoryNote } from './explanatory-notes';
import { isCitationParagraph } from './citation-paragraph';
import { isInPageLink, isOwnSiteLink } from './in-page-link';
import { visibleText } from './visible-text';
import type { ReferenceEntry } from './types';

const REFERENCE_ITEM_ID = /^(?:ref|reference|cite[-_]note|cite|bib|b|r|fn|note|footnote|endnote|en|cr|c)[-_:]?\d+/i;
const LOOKS_LIKE_REFERENCE = /\b10\.\d{4,9}\/|\bPMID\b|\b(19|20)\d\d\b.*\.\s|\bet al\b/i;
const NUMBERED = /^\s*\[?(\d{1,3})[.)\]]\s+\S/;

/** A page's reference lists: the entries that cite works, and the explanatory notes among their items. */
export interface ReferenceLists {
  entries: ReferenceEntry[];
  /** Items of a notes or reference list that explain rather than cite ("The Chatham Islands have a separate time zone."). */
  notes: Element[];
}

/**
 * Finds the page's reference lists (lists under a reference heading or with reference-like items,
 * citation paragraphs after a reference heading, and the footnotes that in-page links point to) and returns their entries in document order,
 * with short forms ("Oki et al. 2022") linked to the fuller entry they stand for.
 */
export function findReferenceEntries(document: Document): ReferenceEntry[] {
  return findReferenceLists(document).entries;
}

/** The page's reference entries, as `findReferenceEntries` finds them, and the explanatory notes left out of them. */
export function findReferenceLists(document: Document): ReferenceLists {
  const groups: Element[][] = [];
  for (const list of document.querySelectorAll('ol, ul')) {
    if (list.parentElement?.closest('ol, ul') || isInsideSkipped(list) || isInsideAdvertisement(list) || !isReferenceList(list)) continue;
    groups.push(directItems(list));
  }
  groups.push(...paragraphGroups(document));
  const footnotes = footnoteTargets(document, new Set(groups.flat()));
  if (footnotes.length > 0) groups.push(footnotes);
  groups.sort((a, b) => (a[0]!.compareDocumentPosition(b[0]!) & 4 /* FOLLOWING */ ? -1 : 1));
  const listed = new Set(groups.flat());
  const isEntry = (element: Element) => listed.has(element);
  const entries: ReferenceEntry[] = [];
  const notes: Element[] = [];
  for (const items of groups) entries.push(...entriesOf(items, entries.length, isEntry, notes));
  linkShortForms(entries);
  return { entries, notes };
}

function isReferenceList(list: Element): boolean {
  const items = directItems(list);
  if (items.length === 0) return false;
  if (headingBefore(list)) return true;
  if (/\b(references?|bibliography|citations?|footnotes|endnotes|reflist)\b/i.test(`${list.id} ${list.getAttribute('class') ?? ''}`))
    return true;
  const referenceLike = items.filter((item) => REFERENCE_ITEM_ID.test(item.id) || LOOKS_LIKE_REFERENCE.test(item.textContent ?? '')).length;
  return items.length >= 2 && referenceLike / items.length >= 0.6 && items.some((item) => REFERENCE_ITEM_ID.test(item.id));
}

function directItems(list: Element): Element[] {
  return [...list.children].filter((child) => child.tagName === 'LI');
}

/** The nearest heading-like element before this one, climbing at most two levels, if it names references. */
function headingBefore(element: Element): Element | null {
  let node: Element | null = element;
  for (let level = 0; node && level < 3; level += 1, node = node.parentElement) {
    let sibling = node.previousElementSibling;
    for (let steps = 0; sibling && steps < 3; steps += 1, sibling = sibling.previousElementSibling) {
      if (isReferenceHeading(sibling)) return sibling;
      if (/^H[1-6]$/.test(sibling.tagName)) return null;
    }
  }
  return null;
}

/**
 * Runs of citation paragraphs that follow a reference heading: numbered ("1. Fang T, …") or shaped
 * as a citation ("Fang T, Li J. Title. Neurology. 2020;94:e1–e9."). Headings are looked for in
 * h1–h6, p, strong and b, not div: reading the text of every div would cost the whole page's text
 * again for each level of nesting.
 */
function paragraphGroups(document: Document): Element[][] {
  const groups: Element[][] = [];
  for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6, p, strong, b')) {
    if (visibleChildCount(heading) > 1 || !isReferenceHeading(heading) || isInsideSkipped(heading)) continue;
    const group = citationParagraphsAfter(headingBlock(heading));
    if (group.length > 0 && !groups.some((known) => known[0] === group[0])) groups.push(group);
  }
  return groups;
}

/** How many wrappers that hold only the heading are climbed to find the paragraphs after it. */
const MAX_WRAPPER_LEVELS = 2;

/** Where a heading's paragraphs follow: the heading, its bold paragraph, or a wrapper that holds nothing else. */
function headingBlock(heading: Element): Element {
  let start =
    /^(STRONG|B)$/.test(heading.tagName) && heading.parentElement?.textContent?.trim() === heading.textContent?.trim()
      ? heading.parentElement
      : heading;
  for (let level = 0; level < MAX_WRAPPER_LEVELS && !start.nextElementSibling; level += 1) {
    const parent = start.parentElement;
    if (!parent || parent.tagName === 'BODY' || parent.children.length > 1) break;
    start = parent;
  }
  return start;
}

/** A wrapper of lists or paragraphs is no paragraph of its own. */
function holdsBlocks(element: Element): boolean {
  return element.querySelector('ol, ul, p, div, table') !== null;
}

function citationParagraphsAfter(start: Element): Element[] {
  const group: Element[] = [];
  for (let sibling = start.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
    if (/^(OL|UL)$/.test(sibling.tagName)) break;
    const text = sibling.textContent ?? '';
    if (/^(P|DIV)$/.test(sibling.tagName) && (NUMBERED.test(text) || (isCitationParagraph(text) && !holdsBlocks(sibling))))
      group.push(sibling);
    else if (group.length > 0 || text.trim() !== '') break;
  }
  return group;
}

/** The entries of one list or run of items; explanatory notes among them cite no work and are left out. */
function entriesOf(items: readonly Element[], offset: number, isEntry: (element: Element) => boolean, notes: Element[]): ReferenceEntry[] {
  const list = items[0]?.parentElement;
  const start = list?.tagName === 'OL' && items[0]!.tagName === 'LI' ? Number(list.getAttribute('start') ?? '1') || 1 : null;
  const entries = items.map((item, index) => {
    const text = normaliseSpace(visibleText(item));
    const value = Number(item.getAttribute('value'));
    const number = value > 0 ? value : (leadingNumber(text) ?? (start !== null ? start + index : null));
    // A backlink to the marker in the text ("^", "Jump up") is no address of the work.
    const links = [...item.querySelectorAll('a[href]')].filter((a) => !isInPageLink(a));
    const hrefs = [...links.filter((a) => !isOwnSiteLink(a)), ...links.filter(isOwnSiteLink)].map((a) => a.getAttribute('href') ?? '');
    const fields = parseReferenceFields(text);
    const ids = entryIds(text, hrefs);
    if (!isAnyId(ids) && isExplanatoryNote(item, text, isEntry, fields.authors.length > 0)) {
      notes.push(item);
      return null;
    }
    return {
      id: item.id || `ref-${offset + index + 1}`,
      number,
      text,
      ids,
      authors: fields.authors,
      firstAuthor: fields.authors[0] ?? firstAuthorOf(text.replace(/^\s*\[?\d{1,3}[.)\]]\s*/, '')),
      year: fields.year ?? yearOf(text),
      title: fields.title,
      journal: fields.journal,
      volume: fields.volume,
      pages: fields.pages,
      sameAs: null,
      kind: 'list' as const,
      element: item,
    };
  });
  return entries.filter((entry) => entry !== null);
}

function isAnyId(ids: ReferenceEntry['ids']): boolean {
  return Boolean(ids.doi ?? ids.pmid ?? ids.pmcid ?? ids.arxiv) || ids.nct.length > 0 || ids.registry.length > 0;
}

function leadingNumber(text: string): number | null {
  const match = NUMBERED.exec(text);
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

/** True when an entry carries any identifier the resolver can use. */
export function hasIds(entry: ReferenceEntry): boolean {
  return Boolean(entry.ids.doi || entry.ids.pmid || entry.ids.pmcid || entry.ids.nct.length > 0);
}
