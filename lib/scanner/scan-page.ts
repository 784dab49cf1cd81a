import { analyseParagraphs } from '../pipeline/analyse-paragraphs';
import type { TextAnalysis } from '../pipeline/types';
import { scanDom } from './scan-dom';
import type { DomFindings, PageFindings } from './types';

export { MAX_SENTENCE_LENGTH } from '../pipeline/analyse-paragraphs';
export { MAX_PAGE_TEXT, MAX_PARAGRAPH_LENGTH, MAX_PARAGRAPHS, scanDom, scanDomSteps } from './scan-dom';

/** Runs both sides of the scan to the end at once (tests, the command-line tool's `scan`). */
export function scanPage(document: Document): PageFindings {
  const dom = scanDom(document);
  return withTextAnalysis(dom, analyseParagraphs(dom.paragraphs, dom.metaSignals));
}

/**
 * The DOM side's findings joined with what the text side read: each marker gets its sentence,
 * each claim the element of its paragraph.
 */
export function withTextAnalysis(dom: DomFindings, analysis: TextAnalysis): PageFindings {
  dom.paragraphCitations.forEach((markers, index) =>
    markers.forEach((marker, position) => {
      const sentence = analysis.markerSentences[index]?.[position];
      if (sentence) marker.sentence = sentence;
    }),
  );
  return {
    page: dom.page,
    references: dom.references,
    citations: dom.citations,
    claims: analysis.claims.map(({ paragraph, ...claim }) => ({ ...claim, element: dom.paragraphElements[paragraph] ?? null })),
    disclaimers: analysis.disclaimers,
    signals: analysis.signals,
  };
}
