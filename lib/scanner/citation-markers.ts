import { normaliseSpace } from './reference-list';
import { isInsideSkipped } from './skip';
import type { CitationMarker, ReferenceEntry } from './types';

const NUMBER_LIST = /^\[?\s*(\d{1,3}(?:\s*[-–,]\s*\d{1,3})*)\s*\]?$/;

/**
 * Finds in-text citation markers (superscript numbers and links to reference entries) and links
 * each to the entries it cites.
 */
export function findCitationMarkers(document: Document, entries: readonly ReferenceEntry[]): CitationMarker[] {
  if (entries.length === 0) return [];
  const byElementId = new Map(entries.map((entry) => [entry.id, entry]));
  const byNumber = new Map(entries.filter((e) => e.number !== null).map((entry) => [entry.number!, entry]));
  const markers: CitationMarker[] = [];
  const seen = new Set<Element>();
  for (const element of document.querySelectorAll('sup, a[href^="#"]')) {
    const markerElement = element.tagName === 'A' ? (element.closest('sup') ?? element) : element;
    if (seen.has(markerElement) || isInsideReferenceEntry(markerElement, entries) || isInsideSkipped(markerElement)) continue;
    const referenceIds = referencedEntries(markerElement, byElementId, byNumber);
    if (referenceIds.length === 0) continue;
    seen.add(markerElement);
    markers.push({
      marker: normaliseSpace(markerElement.textContent ?? ''),
      referenceIds,
      sentence: sentenceAround(markerElement),
      element: markerElement,
    });
  }
  return markers;
}

function referencedEntries(
  marker: Element,
  byElementId: ReadonlyMap<string, ReferenceEntry>,
  byNumber: ReadonlyMap<number, ReferenceEntry>,
): string[] {
  const linked = [...(marker.tagName === 'A' ? [marker] : marker.querySelectorAll('a[href^="#"]'))]
    .map((a) => byElementId.get(decodeFragment(a.getAttribute('href') ?? '')))
    .filter((entry): entry is ReferenceEntry => entry !== undefined)
    .map((entry) => entry.id);
  if (linked.length > 0) return [...new Set(linked)];
  if (marker.tagName !== 'SUP') return [];
  const match = NUMBER_LIST.exec(normaliseSpace(marker.textContent ?? ''));
  if (!match?.[1]) return [];
  return expandNumbers(match[1])
    .map((n) => byNumber.get(n)?.id)
    .filter((id): id is string => id !== undefined);
}

function decodeFragment(href: string): string {
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
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

function isInsideReferenceEntry(element: Element, entries: readonly ReferenceEntry[]): boolean {
  return entries.some((entry) => entry.element?.contains(element));
}

/** The sentence a marker ends: the text before it, back to the previous sentence boundary. */
function sentenceAround(marker: Element): string {
  const block = marker.closest('p, li, td, blockquote, div') ?? marker.parentElement;
  if (!block) return '';
  const before = textBefore(block, marker);
  const body = before.replace(/[.!?]?["”’)]*\s*$/, '');
  const boundary = /[.!?]["”’)]*\s+(?=[^.!?]*$)/.exec(body);
  return normaliseSpace(before.slice(boundary ? boundary.index + boundary[0].length : 0));
}

function textBefore(block: Element, marker: Element): string {
  const range = block.ownerDocument.createRange();
  range.setStart(block, 0);
  range.setEndBefore(marker);
  return range.toString();
}
