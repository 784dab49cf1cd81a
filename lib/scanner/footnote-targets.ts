import { isInsideAny } from './citation-markers';
import { isInsideAdvertisement, isInsideSkipped } from './skip';
import { inPageFragment } from './in-page-link';

/** Ids of footnotes and reference notes: "fn1", "fn-2", "footnote3", "endnote_4", "note5", "ref6", "cite_note-7", "bib8". */
export const FOOTNOTE_ID = /^(?:fn|footnote|endnote|note|ref|reference|cite[-_]note|bib)[-_:]?\d{1,3}$/i;

/** Shortest and longest text, in characters, that a footnote holds. */
export const MIN_FOOTNOTE_LENGTH = 15;
export const MAX_FOOTNOTE_LENGTH = 2000;

/** Blocks a footnote is written in; an inline anchor (`<a id="fn1"></a>`) stands for the block around it. */
const FOOTNOTE_BLOCK = 'p, li, div, dd, dt, td';

/**
 * The footnotes that in-page links point to (`<a href="#fn1">1</a>` → `<p id="fn1">1. …</p>`),
 * where no reference heading or list says so: each target whose id names a footnote, in document
 * order, once. Targets inside known reference items are theirs already; a backlink's target (the
 * superscript in the text, "fnref1") is no footnote.
 */
export function footnoteTargets(document: Document, known: ReadonlySet<Element>): Element[] {
  const targets = new Set<Element>();
  for (const anchor of document.querySelectorAll('a[href*="#"]')) {
    const id = inPageFragment(anchor);
    if (id === null || !FOOTNOTE_ID.test(id)) continue;
    const target = document.getElementById(id);
    const block = target?.matches(FOOTNOTE_BLOCK) ? target : target?.parentElement?.closest(FOOTNOTE_BLOCK);
    if (!block || targets.has(block) || block.contains(anchor) || block.closest('sup')) continue;
    if (isInsideAny(block, known)) continue;
    const length = (block.textContent ?? '').trim().length;
    if (length < MIN_FOOTNOTE_LENGTH || length > MAX_FOOTNOTE_LENGTH || isInsideSkipped(block) || isInsideAdvertisement(block)) continue;
    targets.add(block);
  }
  return [...targets].sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
}
