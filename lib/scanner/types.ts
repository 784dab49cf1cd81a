import type { PageSignals } from '../evidence/page-checklist';
import type { CandidateParagraph, Claim, Disclaimer } from '../pipeline/types';
import type { DisclaimerKind } from '../text/disclaimers';

export type { CitedBy, Claim, Disclaimer } from '../pipeline/types';
export type { DisclaimerKind };

/** Identifiers found in one reference entry or link. */
export interface FoundIds {
  doi: string | null;
  pmid: string | null;
  pmcid: string | null;
  nct: string[];
  /** Other trial registries: ISRCTN, EudraCT, jRCT, UMIN, JPRN, ChiCTR, ACTRN, DRKS, CTRI. */
  registry: string[];
  arxiv: string | null;
  url: string | null;
}

/** The page's own identity, kept apart from what it cites. */
export interface PageIdentity {
  title: string;
  doi: string | null;
  pmid: string | null;
  isScholarlyArticle: boolean;
  /** A registry record's own trial (ClinicalTrials.gov), when the page is one. */
  nct?: string;
}

/** One entry of a page's reference list, or a paper linked directly from running text. */
export interface ReferenceEntry {
  /** Stable id within the page: the element's id when it has one, else `ref-N` or `link-N`. */
  id: string;
  number: number | null;
  text: string;
  ids: FoundIds;
  authors: string[];
  firstAuthor: string | null;
  year: number | null;
  title: string | null;
  journal: string | null;
  volume: string | null;
  pages: string | null;
  /** The id of the fuller entry this short form ("Oki et al. 2022") stands for. */
  sameAs: string | null;
  /** For a work cited by a link without identifiers: who publishes the linked page. */
  publisher?: string;
  /** Where it came from: a reference list, a link in running text, or an identifier written in it. */
  kind: 'list' | 'link' | 'text';
  element: Element | null;
}

/** Where a marker found in running text ends, for placing its badge. */
export interface TextPosition {
  node: Text;
  offset: number;
}

/** One in-text citation marker and the entries it points to. */
export interface CitationMarker {
  marker: string;
  style: 'superscript' | 'link' | 'bracket' | 'flattened' | 'author-year' | 'identifier';
  referenceIds: string[];
  sentence: string;
  element: Element | null;
  textEnd: TextPosition | null;
}

/** What the scanner found on a page. */
export interface PageFindings {
  page: PageIdentity;
  references: ReferenceEntry[];
  citations: CitationMarker[];
  claims: Claim[];
  disclaimers: Disclaimer[];
  /** What the page says for the checklist (scheme §7): byline, date, harms, costs and the like. */
  signals: PageSignals;
}

/**
 * What the DOM side of a scan finds: everything that needs the page's elements, and the page's
 * text blocks as candidate paragraphs for the text side (claims, disclaimers, checklist signals).
 */
export interface DomFindings {
  page: PageIdentity;
  references: ReferenceEntry[];
  citations: CitationMarker[];
  paragraphs: CandidateParagraph[];
  /** The element of each paragraph, by index, for placing a paragraph's badge. */
  paragraphElements: Element[];
  /** The citation marker behind each of a paragraph's markers, by paragraph and marker index. */
  paragraphCitations: CitationMarker[][];
  /** Checklist signals read from the markup: metadata, byline element, headline. */
  metaSignals: PageSignals;
}
