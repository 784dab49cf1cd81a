import type { FoundIds } from './types';

/** Most characters between two identifiers written for one work ("doi:10.1/x; PMID: 123; PMCID: PMC4"). */
export const MAX_ID_GAP = 30;

/** What may stand between two identifiers of one work: separators and the identifiers' names, no sentence end. */
export const ID_SEPARATOR =
  /^[\s,;:|/()[\]–-]*(?:(?:and|PMID|PMCID|PubMed|PMC|DOI|Europe PMC|free full text|full text|free article)[\s,;:|/()[\]–-]*)*$/i;

const FIELDS = ['doi', 'pmid', 'pmcid', 'arxiv'] as const;

/**
 * True when two sets of identifiers found next to each other can be one work's: each names a kind
 * the other lacks, and none names a different value for the same kind (two DOIs side by side are
 * two works). A link without any identifier (a publisher's page, "<a>Science</a> and
 * <a>Nature</a>") names no kind, so nothing found beside it is known to be the same work.
 */
export function canMerge(a: FoundIds, b: FoundIds): boolean {
  if (!FIELDS.some((field) => a[field])) return false;
  let adds = false;
  for (const field of FIELDS) {
    if (a[field] && b[field] && a[field] !== b[field]) return false;
    if (b[field] && !a[field]) adds = true;
    if (a[field] && b[field]) return false;
  }
  return adds && a.nct.length === 0 && b.nct.length === 0;
}

/** Fills the identifiers a work lacks from those found next to it. */
export function mergeInto(into: FoundIds, from: FoundIds): void {
  for (const field of FIELDS) into[field] ??= from[field];
  into.url ??= from.url;
}

/** True when the text between two identifiers lets them be one work's: short, separators only. */
export function isIdGap(text: string): boolean {
  return text.length <= MAX_ID_GAP && ID_SEPARATOR.test(text);
}
