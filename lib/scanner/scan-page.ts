import { elementMarkerSteps, isInsideAny, numberIndex } from './citation-markers';
import { claimsOfParagraph, quotedSentence } from './claims';
import type { ClaimContext } from '../text/claim-analysis';
import { disclaimerKinds, disclosureHeadingKind, type DisclaimerKind } from '../text/disclaimers';
import { jsonLdItems } from './json-ld';
import { findPageIdentity } from './page-identity';
import { noteSentenceSignals, pageMetaSignals } from './page-signals';
import { paperLinkSteps } from './paper-links';
import { findReferenceEntries } from './reference-list';
import { splitSentences, type Sentence } from '../text/sentences';
import { blockOf, textBlocks, type TextBlock } from './text-blocks';
import { runToEnd } from './steps';
import { findTextIdentifiers } from './text-identifiers';
import { findTextMarkers } from './text-markers';
import { isInsideAdvertisement } from './skip';
import type { CitationMarker, Disclaimer, PageFindings } from './types';

/** Longest sentence read for claims and disclaimers. */
export const MAX_SENTENCE_LENGTH = 1000;

/** Page furniture whose sentences are not the article's claims (disclaimers are still read there). */
const NOT_ARTICLE =
  'nav, header:not(article header), footer, aside, form, [role="navigation"], [role="contentinfo"], [role="banner"], [role="complementary"]';

/**
 * Runs every detector over a document, yielding after each block of text so a caller can spread
 * the work over short slices. Pure: reads the document, never changes it.
 */
export function* scanSteps(document: Document): Generator<void, PageFindings> {
  const ld = jsonLdItems(document);
  const page = findPageIdentity(document, ld);
  const signals = pageMetaSignals(document, ld);
  const references = findReferenceEntries(document);
  yield;
  const elementMarkers = yield* elementMarkerSteps(document, references);
  const links = yield* paperLinkSteps(document, references, page);
  references.push(...links.entries);
  yield;
  const byNumber = numberIndex(references);
  const markerByNode = new Map<Text, CitationMarker>();
  const markersIn = markersByBlock([...elementMarkers, ...links.markers]);
  const entryElements = new Set(references.flatMap((entry) => (entry.element ? [entry.element] : [])));
  const citations: CitationMarker[] = [];
  const claims: PageFindings['claims'] = [];
  const disclaimers: Disclaimer[] = [];
  const root = document.body ?? document.documentElement;
  // Whether the page has reported a study yet (later sentences about its participants continue it),
  // and the disclosure a heading just introduced ("Funding:").
  const claimContext = { inStudy: false, disclosure: null as DisclaimerKind | null };
  for (const block of textBlocks(root)) {
    if (!isInsideAny(block.element, entryElements) && !isInsideAdvertisement(block.element)) {
      const positioned = markersOfBlock(block, markersIn.get(block.element) ?? [], markerByNode);
      const claimed = (node: Text) => markerByNode.has(node);
      positioned.push(...findTextMarkers(block, byNumber, references, claimed));
      if (!block.element.closest('nav, form')) positioned.push(...findTextIdentifiers(block, references, page, claimed));
      positioned.sort((a, b) => a.end - b.end);
      readBlock(block, positioned, { citations, claims, disclaimers, signals }, claimContext);
    }
    yield;
  }
  return { page, references, citations, claims, disclaimers, signals };
}

/** Runs the scan to the end at once (tests, the command-line tool). */
export function scanPage(document: Document): PageFindings {
  return runToEnd(scanSteps(document));
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

function readBlock(
  block: TextBlock,
  markers: readonly Positioned[],
  out: Pick<PageFindings, 'citations' | 'claims' | 'disclaimers' | 'signals'>,
  claimContext: ClaimContext & { disclosure: DisclaimerKind | null },
): void {
  const sentences = splitSentences(
    block.text,
    markers.map(({ end }) => end),
  );
  const markersOf = (sentence: Sentence) => markers.filter(({ end }) => end > sentence.start && end <= sentence.end + 1);
  for (const sentence of sentences) {
    for (const { marker } of markersOf(sentence)) {
      marker.sentence = quotedSentence(sentence.text);
      if (!out.citations.includes(marker)) out.citations.push(marker);
    }
  }
  // Consecutive sentences of one kind in one block are one disclaimer.
  let previousSentence: Disclaimer[] = [];
  const proseSentences: Sentence[] = [];
  const heading = /^H[1-6]$/.test(block.element.tagName);
  const inArticle = !heading && !block.element.closest(NOT_ARTICLE);
  for (const sentence of sentences) {
    // A run of text this long has no sentence boundary a reader would see (a pasted list, a chapter
    // without punctuation): analysing it costs tens of milliseconds and finds nothing quotable.
    if (sentence.text.length > MAX_SENTENCE_LENGTH) continue;
    noteSentenceSignals(sentence.text, out.signals, inArticle);
    // A heading is no disclaimer ("Disclaimer"), except a sponsor's label; it can introduce one ("Funding:").
    const found = heading ? disclaimerKinds(sentence.text).filter((kind) => kind === 'sponsored') : disclaimerKinds(sentence.text);
    const introduced = !heading && claimContext.disclosure && sentence === sentences[0] ? [claimContext.disclosure] : [];
    const kinds = [...new Set([...found, ...introduced])];
    if (kinds.length === 0) proseSentences.push(sentence);
    previousSentence = kinds.map((kind) => {
      const continued = previousSentence.find((d) => d.kind === kind);
      if (continued) {
        continued.text += ` ${sentence.text}`;
        return continued;
      }
      const disclaimer = { kind, text: sentence.text };
      out.disclaimers.push(disclaimer);
      return disclaimer;
    });
  }
  claimContext.disclosure = heading ? disclosureHeadingKind(block.text) : null;
  if (!inArticle) return;
  const ids = (sentence: Sentence) => [...new Set(markersOf(sentence).flatMap(({ marker }) => marker.referenceIds))];
  out.claims.push(...claimsOfParagraph(proseSentences, ids, block.element, claimContext));
}
