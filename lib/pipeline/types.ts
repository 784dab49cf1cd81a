import type { AttachedStatement } from './nearby-statements';
import type { PageSignals } from '../evidence/page-checklist';
import type { ClaimAnalysis } from '../text/claim-analysis';
import type { DisclaimerKind } from '../text/disclaimers';

/** How a claim's references were found. */
export type CitedBy = 'marker' | 'paragraph' | 'none';

/** A sentence that reports a study, with what it says and what it cites. */
export interface Claim extends Omit<ClaimAnalysis, 'isClaim'> {
  text: string;
  referenceIds: string[];
  citedBy: CitedBy;
  element: Element | null;
}

/** A disclaimer or disclosure on the page. */
export interface Disclaimer {
  kind: DisclaimerKind;
  text: string;
}

/** Where a citation marker ends in its paragraph's text, and what it cites. */
export interface ParagraphMarker {
  end: number;
  referenceIds: string[];
}

/**
 * One block of page text as the DOM side hands it to the text side: its text, where its markers
 * end, and where on the page it sits. Nothing else of the page crosses over.
 */
export interface CandidateParagraph {
  text: string;
  markers: ParagraphMarker[];
  /** A heading (h1–h6): read for the checklist only, never for claims or disclaimers. */
  heading: boolean;
  /** In the article rather than its furniture (navigation, header, footer, aside, form): read for claims. */
  inArticle: boolean;
  /** In a teaser card that links to another article (`isInTeaserCard`): its review line and findings are that article's. */
  teaser?: boolean;
  /** False for a block that is not running prose (a table cell, a caption, a comment, a byline, a link list): no claims are read there. */
  prose?: boolean;
}

/** A claim found by the text side, with the index of the paragraph it was read from. */
export interface ParagraphClaim extends Omit<Claim, 'element'> {
  paragraph: number;
}

/** What the text side reads from a page's paragraphs. */
export interface TextAnalysis {
  claims: ParagraphClaim[];
  disclaimers: Disclaimer[];
  signals: PageSignals;
  /** Sentences that report no finding but speak of a nearby claim's study, with that claim's index. */
  nearby: AttachedStatement[];
  /** For each paragraph, the sentence of each of its markers, as a reader would quote it ('' when none). */
  markerSentences: string[][];
}
