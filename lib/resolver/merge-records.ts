import type { Notice, SourceRecord } from '../shared/source-record';

/**
 * Merges two records of the same work. The primary record (Europe PMC or PubMed) keeps precedence
 * for every field it has; the secondary (Crossref) fills gaps. Notices are joined, one per kind,
 * keeping the first date and notice DOI known and naming every source that reported it.
 */
export function mergeRecords(primary: SourceRecord, secondary: SourceRecord): SourceRecord {
  const pick = <T>(a: T | null, b: T | null) => a ?? b;
  return {
    ids: {
      doi: pick(primary.ids.doi, secondary.ids.doi),
      pmid: pick(primary.ids.pmid, secondary.ids.pmid),
      pmcid: pick(primary.ids.pmcid, secondary.ids.pmcid),
      nct: [...new Set([...primary.ids.nct, ...secondary.ids.nct])],
    },
    title: pick(primary.title, secondary.title),
    authors: primary.authors.length > 0 ? primary.authors : secondary.authors,
    journal: pick(primary.journal, secondary.journal),
    year: pick(primary.year, secondary.year),
    publicationTypes: primary.publicationTypes.length > 0 ? primary.publicationTypes : secondary.publicationTypes,
    meshTerms: primary.meshTerms.length > 0 ? primary.meshTerms : secondary.meshTerms,
    abstract: pick(primary.abstract, secondary.abstract),
    isPreprint: primary.isPreprint || secondary.isPreprint,
    citedByCount:
      primary.citedByCount === null || secondary.citedByCount === null
        ? pick(primary.citedByCount, secondary.citedByCount)
        : Math.max(primary.citedByCount, secondary.citedByCount),
    fullTextUrl: pick(primary.fullTextUrl, secondary.fullTextUrl),
    notices: mergeNotices([...primary.notices, ...secondary.notices]),
    registry: pick(primary.registry, secondary.registry),
    provenance: [...primary.provenance, ...secondary.provenance],
  };
}

function mergeNotices(notices: readonly Notice[]): Notice[] {
  const byType = new Map<Notice['type'], Notice>();
  for (const notice of notices) {
    const known = byType.get(notice.type);
    byType.set(
      notice.type,
      known
        ? {
            type: known.type,
            date: known.date ?? notice.date,
            noticeDoi: known.noticeDoi ?? notice.noticeDoi,
            source: known.source.includes(notice.source) ? known.source : `${known.source}; ${notice.source}`,
          }
        : { ...notice },
    );
  }
  return [...byType.values()];
}
