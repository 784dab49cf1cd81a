/** Identifiers found in one reference entry or link. */
export interface FoundIds {
  doi: string | null;
  pmid: string | null;
  pmcid: string | null;
  nct: string[];
  url: string | null;
}

/** One entry of a page's reference list. */
export interface ReferenceEntry {
  /** Stable id within the page: the element's id when it has one, else `ref-N`. */
  id: string;
  number: number | null;
  text: string;
  ids: FoundIds;
  firstAuthor: string | null;
  year: number | null;
  /** The id of the fuller entry this short form ("Oki et al. 2022") stands for. */
  sameAs: string | null;
  element: Element | null;
}

/** One in-text citation marker and the entries it points to. */
export interface CitationMarker {
  marker: string;
  referenceIds: string[];
  sentence: string;
  element: Element | null;
}

/** What the scanner found on a page. */
export interface PageFindings {
  references: ReferenceEntry[];
  citations: CitationMarker[];
}
