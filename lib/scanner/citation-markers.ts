import { normaliseSpace } from './reference-list';
import { ELEMENTS_PER_STEP } from './steps';
import { isInsideSkipped } from './skip';
import { isAffiliationMark } from './affiliation-marks';
import { blockOf } from './text-blocks';
import { isUnitPower } from './unit-powers';
import { inPageFragment } from './in-page-link';
import type { CitationMarker, ReferenceEntry } from './types';

/** Most child nodes of a block read as a possible author line. */
const MAX_AUTHOR_LINE_NODES = 200;

const NUMBER_LIST = /^\[?\s*(\d{1,3}(?:\s*[-–,]\s*\d{1,3})*)\s*\]?$/;

/**
 * Finds citation markers that are elements: superscript numbers and links to reference entries or
 * to explanatory notes. A marker of a note cites the works the note cites (none for a note that
 * only explains). Their sentences are filled in later, when the page's text is read. Yields every
 * few elements, so a page with thousands of links is read in slices.
 */
export function* elementMarkerSteps(
  document: Document,
  entries: readonly ReferenceEntry[],
  notes: readonly Element[] = [],
): Generator<void, CitationMarker[]> {
  if (entries.length === 0 && notes.length === 0) return [];
  const byElementId = new Map(entries.map((entry) => [entry.id, entry]));
  const noteCitations = new Map(notes.filter((note) => note.id).map((note) => [note.id, citedFrom(note, byElementId)]));
  const byNumber = numberIndex(entries);
  const markers: CitationMarker[] = [];
  const seen = new Set<Element>();
  const blockTexts = new Map<Element, string>();
  const entryElements = new Set(entries.flatMap((entry) => (entry.element ? [entry.element] : [])));
  let seenElements = 0;
  for (const element of document.querySelectorAll('sup, a[href*="#"]')) {
    if (++seenElements % ELEMENTS_PER_STEP === 0) yield;
    if (element.tagName === 'A' && inPageFragment(element) === null) continue;
    const markerElement = element.tagName === 'A' ? (element.closest('sup') ?? element) : element;
    if (seen.has(markerElement) || isInsideAny(markerElement, entryElements) || isInsideSkipped(markerElement)) continue;
    const { referenceIds, byNumber: numbered, toNote } = referencedEntries(markerElement, byElementId, byNumber, noteCitations);
    if (referenceIds.length === 0 && !toNote) continue;
    // A superscript number that links to no entry may be a power or an affiliation; a link to an entry is a citation.
    if (numbered && (isUnitPower(markerElement) || isAffiliationMark(markerElement, () => blockTextOf(markerElement, blockTexts))))
      continue;
    seen.add(markerElement);
    markers.push({
      marker: normaliseSpace(markerElement.textContent ?? ''),
      style: markerElement.tagName === 'SUP' ? 'superscript' : 'link',
      referenceIds,
      sentence: '',
      element: markerElement,
      textEnd: null,
    });
  }
  return markers;
}

/** Entries by their number, for markers written as numbers. */
export function numberIndex(entries: readonly ReferenceEntry[]): Map<number, ReferenceEntry> {
  const index = new Map<number, ReferenceEntry>();
  for (const entry of entries)
    if (entry.number !== null && entry.kind === 'list' && !index.has(entry.number)) index.set(entry.number, entry);
  return index;
}

/** The entries a marker element points to, whether by its number alone (no link to an entry), and whether it links a note. */
function referencedEntries(
  marker: Element,
  byElementId: ReadonlyMap<string, ReferenceEntry>,
  byNumber: ReadonlyMap<number, ReferenceEntry>,
  noteCitations: ReadonlyMap<string, string[]>,
): { referenceIds: string[]; byNumber: boolean; toNote: boolean } {
  const fragments = [...(marker.tagName === 'A' ? [marker] : marker.querySelectorAll('a[href*="#"]'))].map((a) => inPageFragment(a) ?? '');
  const linked = fragments.flatMap((fragment) => byElementId.get(fragment)?.id ?? noteCitations.get(fragment) ?? []);
  const toNote = fragments.some((fragment) => noteCitations.has(fragment));
  if (linked.length > 0 || toNote) return { referenceIds: [...new Set(linked)], byNumber: false, toNote };
  if (marker.tagName !== 'SUP') return { referenceIds: [], byNumber: false, toNote };
  const match = NUMBER_LIST.exec(normaliseSpace(marker.textContent ?? ''));
  return { referenceIds: match?.[1] ? idsOfNumbers(match[1], byNumber) : [], byNumber: true, toNote };
}

/** The entries a note cites through its own markers ("… by the 2013 census.[4]"). */
function citedFrom(note: Element, byElementId: ReadonlyMap<string, ReferenceEntry>): string[] {
  const ids = [...note.querySelectorAll('a[href*="#"]')].flatMap((a) => byElementId.get(inPageFragment(a) ?? '')?.id ?? []);
  return [...new Set(ids)];
}

/** The text of the block an element sits in, read once per block. */
function blockTextOf(element: Element, cache: Map<Element, string>): string {
  const block = blockOf(element) ?? element;
  let text = cache.get(block);
  if (text === undefined) {
    // A block of many nodes is no author line, and its text is not worth reading.
    text = block.childNodes.length <= MAX_AUTHOR_LINE_NODES ? (block.textContent ?? '') : '';
    cache.set(block, text);
  }
  return text;
}

/** The entry ids a number list such as "2–4" or "1,3" names; numbers with no entry are dropped. */
export function idsOfNumbers(list: string, byNumber: ReadonlyMap<number, ReferenceEntry>): string[] {
  return [...new Set(expandNumbers(list).flatMap((n) => (byNumber.has(n) ? [byNumber.get(n)!.id] : [])))];
}

/** Expands "1,3-5" into [1, 3, 4, 5]; ranges are capped so a typo cannot explode. */
export function expandNumbers(list: string): number[] {
  const numbers: number[] = [];
  for (const part of list.split(',')) {
    const [from, to] = part.split(/[-–]/).map((n) => Number(n.trim()));
    if (from === undefined || Number.isNaN(from)) continue;
    if (to === undefined || Number.isNaN(to) || to < from || to - from > 50) numbers.push(from);
    else for (let n = from; n <= to; n += 1) numbers.push(n);
  }
  return numbers;
}

/** True when an element is, or sits inside, one of the given elements: one climb, not one check per element. */
export function isInsideAny(element: Element, containers: ReadonlySet<Element>): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) if (containers.has(node)) return true;
  return false;
}

/** How many in-text markers cite each reference: the claim checks take the most-cited trial as the page's main one. */
export function markerCountsOf(citations: readonly CitationMarker[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const citation of citations) for (const id of citation.referenceIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
