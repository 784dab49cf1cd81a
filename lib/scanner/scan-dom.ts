/**
 * The DOM side of a scan, on its own: what the content script runs on the page. It imports nothing
 * of the text side (claims, disclaimers), which runs in the background, so the page never loads
 * that code.
 */

import { AncestorMemo } from './ancestor-memo';
import { TeaserCards } from './teaser-card';
import { elementMarkerSteps, isInsideAny, numberIndex } from './citation-markers';
import { isProse } from '../pipeline/prose-block';
import type { CandidateParagraph } from '../pipeline/types';
import { MAX_PARAGRAPH_CHARS, MAX_PARAGRAPHS_PER_MESSAGE } from '../shared/messages';
import { jsonLdItems } from './json-ld';
import { findPageIdentity } from './page-identity';
import { pageMetaSignals } from './page-signals';
import { paperLinkSteps } from './paper-links';
import { findReferenceLists } from './reference-list';
import { blockOf, textBlocks, type TextBlock } from './text-blocks';
import { runToEnd } from './steps';
import { findTextIdentifiers } from './text-identifiers';
import { findTextMarkers } from './text-markers';
import { isInsideAdvertisement } from './skip';
import type { CitationMarker, DomFindings } from './types';

/** Most paragraphs handed to the text side; a page with more is read on its first ones. */
export const MAX_PARAGRAPHS = MAX_PARAGRAPHS_PER_MESSAGE;
/** Longest paragraph handed to the text side, in characters; longer blocks are cut. */
export const MAX_PARAGRAPH_LENGTH = MAX_PARAGRAPH_CHARS;
/** Most text handed to the text side per page, in characters. */
export const MAX_PAGE_TEXT = 1_500_000;

/** Page furniture whose sentences are not the article's claims (disclaimers are still read there). */
const NOT_ARTICLE =
  'nav, header:not(article header), footer, aside, form, [role="navigation"], [role="contentinfo"], [role="banner"], [role="complementary"]';

/**
 * The DOM side of a scan: runs every detector that needs the page's elements (identity, reference
 * lists, markers, links) and collects its text blocks as candidate paragraphs, yielding after each
 * block so a caller can spread the work over short slices. Pure: reads the document, never
 * changes it. Sentences, claims, disclaimers and signals are read from the paragraphs by
 * `analyseParagraphs`, off the page's main thread in the extension.
 */
export function* scanDomSteps(document: Document): Generator<void, DomFindings> {
  // Each detector's first run is slow (the engine compiles its code and expressions), so each gets a slice of its own.
  const ld = jsonLdItems(document);
  const page = findPageIdentity(document, ld);
  yield;
  const metaSignals = { ...pageMetaSignals(document, ld), scholarlyArticle: page.isScholarlyArticle };
  yield;
  const { entries: references, notes } = findReferenceLists(document);
  yield;
  const elementMarkers = yield* elementMarkerSteps(document, references, notes);
  const links = yield* paperLinkSteps(document, references, page);
  references.push(...links.entries);
  yield;
  const byNumber = numberIndex(references);
  const markerByNode = new Map<Text, CitationMarker>();
  const markersIn = markersByBlock([...elementMarkers, ...links.markers]);
  const entryElements = new Set(references.flatMap((entry) => (entry.element ? [entry.element] : [])));
  const citations: CitationMarker[] = [];
  const cited = new Set<CitationMarker>();
  const found: DomFindings = { page, references, citations, paragraphs: [], paragraphElements: [], paragraphCitations: [], metaSignals };
  let textLeft = MAX_PAGE_TEXT;
  // An explanatory note is read for its markers, but its sentences are asides, not the article's claims.
  const furniture = new AncestorMemo(NOT_ARTICLE, notes);
  const widgets = new Map<Element, boolean>();
  const navOrForm = new AncestorMemo('nav, form');
  const root = document.body ?? document.documentElement;
  const cards = new TeaserCards();
  for (const block of textBlocks(root)) {
    const inEntry = isInsideAny(block.element, entryElements);
    const inAdvertisement = !inEntry && isInsideAdvertisement(block.element);
    if (!inEntry && !inAdvertisement) {
      const positioned = markersOfBlock(block, markersIn.get(block.element) ?? [], markerByNode);
      const claimed = (node: Text) => markerByNode.has(node);
      positioned.push(...findTextMarkers(block, byNumber, references, claimed));
      if (!navOrForm.inside(block.element)) positioned.push(...findTextIdentifiers(block, references, page, claimed));
      positioned.sort((a, b) => a.end - b.end);
      for (const { marker } of positioned) {
        if (!cited.has(marker)) citations.push(marker);
        cited.add(marker);
      }
      if (found.paragraphs.length < MAX_PARAGRAPHS && textLeft > 0) {
        const paragraph = candidateParagraph(block, positioned, textLeft, furniture, { cards, widgets });
        textLeft -= paragraph.text.length;
        found.paragraphs.push(paragraph);
        found.paragraphElements.push(block.element);
        found.paragraphCitations.push(positioned.map(({ marker }) => marker));
      }
    } else if (inAdvertisement && block.text.length <= AD_LABEL_MAX_CHARS && found.paragraphs.length < MAX_PARAGRAPHS) {
      // A sponsored box is no article text, but its label ("Paid Post", "Promoted content by …")
      // tells the reader the page carries paid content: it is read for disclaimers only.
      found.paragraphs.push({ text: block.text, markers: [], heading: false, inArticle: false });
      found.paragraphElements.push(block.element);
      found.paragraphCitations.push([]);
    }
    yield;
  }
  return found;
}

/** A line this short inside an advertisement may be its label. */
export const AD_LABEL_MAX_CHARS = 80;

/** Runs the DOM side to the end at once (tests, the command-line tool). */
export function scanDom(document: Document): DomFindings {
  return runToEnd(scanDomSteps(document));
}

function candidateParagraph(
  block: TextBlock,
  positioned: readonly Positioned[],
  textLeft: number,
  furniture: AncestorMemo,
  { cards, widgets }: { cards: TeaserCards; widgets: Map<Element, boolean> },
): CandidateParagraph {
  const heading = /^H[1-6]$/.test(block.element.tagName);
  const length = Math.min(MAX_PARAGRAPH_LENGTH, textLeft);
  const inArticle = !heading && !furniture.inside(block.element);
  return {
    text: block.text.slice(0, length),
    markers: positioned.filter(({ end }) => end <= length).map(({ marker, end }) => ({ end, referenceIds: marker.referenceIds })),
    heading,
    inArticle,
    teaser: !heading && cards.holds(block.element, block.text),
    // Table cells, captions, comment threads, bylines and link lists hold no findings (read here,
    // where the block's element is known; the text side reads the words only).
    prose: !inArticle || isProse(block.element, widgets),
  };
}

interface Positioned {
  marker: CitationMarker;
  end: number;
}

/** Element markers grouped by the block their text sits in, found once for the whole page. */
function markersByBlock(markers: readonly CitationMarker[]): Map<Element, CitationMarker[]> {
  const byBlock = new Map<Element, CitationMarker[]>();
  for (const marker of markers) {
    const block = marker.element ? blockOf(marker.element.firstChild ?? marker.element) : null;
    if (!block) continue;
    const list = byBlock.get(block) ?? [];
    list.push(marker);
    byBlock.set(block, list);
  }
  return byBlock;
}

/** This block's element markers, with the offset in the block's text where each ends. */
function markersOfBlock(block: TextBlock, markers: readonly CitationMarker[], markerByNode: Map<Text, CitationMarker>): Positioned[] {
  const found: Positioned[] = [];
  for (const marker of markers) {
    const element = marker.element!;
    const inside = block.nodes.filter(({ node }) => element.contains(node));
    if (inside.length === 0) continue;
    for (const { node } of inside) markerByNode.set(node, marker);
    const last = inside[inside.length - 1]!;
    found.push({ marker, end: last.start + last.node.length });
  }
  return found;
}
