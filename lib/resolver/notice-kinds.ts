import type { Notice, NoticeOf, NoticeType } from '../shared/source-record';

/**
 * How each service names a notice about a work, by the name written without spaces, underscores
 * or hyphens and in lower case: Europe PMC's commentCorrection types ("Retraction in"), PubMed's
 * CommentsCorrections RefTypes ("RetractionIn") and Crossref's `updated-by` types
 * ("partial_retraction"). Types not listed (comments, replies) are not notices.
 */
export const NOTICE_ABOUT_WORK: Readonly<Record<string, NoticeType>> = {
  // Europe PMC and PubMed
  retractionin: 'retraction',
  partialretractionin: 'partial-retraction',
  retractedandrepublishedin: 'retracted-and-republished',
  expressionofconcernin: 'expression-of-concern',
  erratumin: 'correction',
  correctionin: 'correction',
  correctedandrepublishedin: 'corrected-and-republished',
  updatein: 'new-version',
  // Crossref
  retraction: 'retraction',
  partialretraction: 'partial-retraction',
  withdrawal: 'withdrawal',
  removal: 'removal',
  expressionofconcern: 'expression-of-concern',
  correction: 'correction',
  corrigendum: 'correction',
  erratum: 'correction',
  addendum: 'addendum',
  clarification: 'clarification',
  newversion: 'new-version',
  newedition: 'new-version',
};

/**
 * How Europe PMC and PubMed say that the item itself is a notice about another work ("Erratum
 * for", "RetractionOf"). A republished new version is a paper in its own right, so it is not here.
 */
export const NOTICE_OF_WORK: Readonly<Record<string, NoticeType>> = {
  retractionof: 'retraction',
  partialretractionof: 'partial-retraction',
  expressionofconcernfor: 'expression-of-concern',
  erratumfor: 'correction',
  correctionfor: 'correction',
};

/** Publication types (PubMed, Europe PMC) of an item that is itself a notice. */
export const NOTICE_PUBLICATION_TYPES: Readonly<Record<string, NoticeType>> = {
  retractionofpublication: 'retraction',
  retractionnotice: 'retraction',
  publishederratum: 'correction',
  correction: 'correction',
  expressionofconcern: 'expression-of-concern',
};

/** Publication types of a work that has been retracted, when no notice of it is listed. */
export const RETRACTED_PUBLICATION_TYPES: readonly string[] = ['retractedpublication'];

/** A service's name for a notice kind, reduced to the form the tables are keyed by. */
export function noticeKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Looks a name up in one of the tables above; undefined when it is not a notice there. */
export function noticeTypeOf(table: Readonly<Record<string, NoticeType>>, name: string): NoticeType | undefined {
  const key = noticeKey(name);
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The retraction family: a notice of any of these means the findings, or some, are withdrawn. */
export const RETRACTION_TYPES: ReadonlySet<NoticeType> = new Set([
  'retraction',
  'partial-retraction',
  'retracted-and-republished',
  'withdrawal',
  'removal',
]);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Reads the notice's DOI and date from the citation Europe PMC and PubMed give for it ("J
 * Psychosoc Nurs Ment Health Serv. 2026 Sep;64(9):1. doi: 10.3928/…", or just the DOI).
 */
export function readNoticeCitation(citation: string): { doi: string | null; date: string | null } {
  const doi =
    /\b(10\.\d{4,9}\/[^\s"<>]+)/
      .exec(citation)?.[1]
      ?.replace(/[.,;]+$/, '')
      .toLowerCase() ?? null;
  const dated = /\b((?:19|20)\d{2})\s+([A-Z][a-z]{2})(?:\s+(\d{1,2}))?\b/.exec(citation);
  const month = dated ? MONTHS.indexOf(dated[2]!.toLowerCase()) + 1 : 0;
  const date = dated
    ? month > 0
      ? `${dated[1]}-${String(month).padStart(2, '0')}${dated[3] ? `-${dated[3].padStart(2, '0')}` : ''}`
      : dated[1]!
    : (/\b((?:19|20)\d{2})\s*;/.exec(citation)?.[1] ?? null);
  return { doi, date };
}

/**
 * The notices with a retraction added when the publication types say "Retracted Publication" but
 * no retraction notice was linked (Europe PMC and PubMed both do this); `source` names who said so.
 */
export function withPublicationTypeRetraction(notices: Notice[], publicationTypes: readonly string[], source: string): Notice[] {
  const retracted = publicationTypes.some((t) => RETRACTED_PUBLICATION_TYPES.includes(noticeKey(t)));
  if (retracted && !notices.some((n) => RETRACTION_TYPES.has(n.type)))
    notices.push({ type: 'retraction', date: null, noticeDoi: null, noticePmid: null, source });
  return notices;
}

/** The item as a notice, from its publication type alone ("Published Erratum"), or null. */
export function noticeOfPublicationType(publicationTypes: readonly string[]): NoticeOf | null {
  const type = publicationTypes.map((t) => noticeTypeOf(NOTICE_PUBLICATION_TYPES, t)).find(Boolean);
  return type ? { type, doi: null, pmid: null, reference: null } : null;
}
