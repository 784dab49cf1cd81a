import { ID_PATTERNS } from './identifiers';
import type { SourceRecord } from './source-record';

/** Links a reader can follow for a source, all built from validated identifiers. */
export interface SourceLinks {
  doi: string | null;
  pubmed: string | null;
  pmc: string | null;
  fullText: string | null;
}

/** Builds the outbound links of a record; anything that is not a valid identifier gets no link. */
export function linksOf(record: SourceRecord): SourceLinks {
  const { doi, pmid, pmcid } = record.ids;
  return {
    doi: doi && ID_PATTERNS.doi.test(doi) ? `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}` : null,
    pubmed: pmid && ID_PATTERNS.pmid.test(pmid) ? `https://pubmed.ncbi.nlm.nih.gov/${pmid}/` : null,
    pmc: pmcid && ID_PATTERNS.pmcid.test(pmcid) ? `https://pmc.ncbi.nlm.nih.gov/articles/${pmcid}/` : null,
    fullText: record.fullTextUrl && /^https:\/\/[^\s]+$/.test(record.fullTextUrl) ? record.fullTextUrl : null,
  };
}

/** A link to a work named only by its DOI or PMID (a notice, or the work a notice is about). */
export function workLink(ids: { doi?: string | null; pmid?: string | null }): string | null {
  if (ids.doi && ID_PATTERNS.doi.test(ids.doi)) return `https://doi.org/${ids.doi.split('/').map(encodeURIComponent).join('/')}`;
  if (ids.pmid && ID_PATTERNS.pmid.test(ids.pmid)) return `https://pubmed.ncbi.nlm.nih.gov/${ids.pmid}/`;
  return null;
}
