import type { PageReport } from '../shared/messages';
import type { SourceRecord } from '../shared/source-record';
import { distinctWorks, resultOf, type PopupLookups } from './page-verdict';

/** One work in CSL-JSON, the interchange form every reference manager reads. */
export interface CslItem {
  id: string;
  type: 'article-journal' | 'document';
  title: string;
  author?: Array<{ family: string; given?: string } | { literal: string }>;
  'container-title'?: string;
  issued?: { 'date-parts': number[][] };
  DOI?: string;
  PMID?: string;
  PMCID?: string;
  note?: string;
}

// "Oki R", "Kaji RJ": family name then initials, as PubMed and Europe PMC write authors.
const FAMILY_INITIALS = /^(.+?)\s+([A-Z]{1,4})$/;

/** One author string of a record as a CSL name: "Oki R" → Oki, R; "Tao Fang" → Fang, Tao. */
export function cslName(author: string): { family: string; given?: string } | { literal: string } {
  const name = author.trim();
  const initials = FAMILY_INITIALS.exec(name);
  if (initials) return { family: initials[1]!, given: initials[2]!.split('').join('. ') + '.' };
  const space = name.lastIndexOf(' ');
  if (space <= 0) return { literal: name };
  return { family: name.slice(space + 1), given: name.slice(0, space) };
}

/** A resolved record as a CSL-JSON item. */
export function cslOfRecord(id: string, record: SourceRecord): CslItem {
  return {
    id,
    type: 'article-journal',
    title: (record.title ?? 'Untitled').replace(/\.$/, ''),
    ...(record.authors.length > 0 && { author: record.authors.map(cslName) }),
    ...(record.journal && { 'container-title': record.journal }),
    ...(record.year !== null && { issued: { 'date-parts': [[record.year]] } }),
    ...(record.ids.doi && { DOI: record.ids.doi }),
    ...(record.ids.pmid && { PMID: record.ids.pmid }),
    ...(record.ids.pmcid && { PMCID: record.ids.pmcid }),
  };
}

/**
 * The page's distinct works as CSL-JSON, in page order. A work no database knows is kept as the
 * page wrote it, marked so, rather than silently dropped.
 */
export function cslItems(report: PageReport, lookups: PopupLookups, unresolvedNote: string): CslItem[] {
  return distinctWorks(report).map((reference) => {
    const result = resultOf(reference, lookups);
    const id = `ref-${reference.number ?? reference.id}`;
    if (result?.state === 'resolved' && result.record) return cslOfRecord(id, result.record);
    return { id, type: 'document', title: reference.text.replace(/\s+/g, ' ').trim(), note: unresolvedNote };
  });
}
