import type { Notice, NoticeOf, SourceRecord } from '../shared/source-record';

/**
 * Merges two records of the same work. The primary record (Europe PMC or PubMed) keeps precedence
 * for every field it has; the secondary (Crossref) fills gaps. Notices reported by both are joined
 * into one that keeps the most precise date and every id known and names both services.
 */
export function mergeRecords(primary: SourceRecord, secondary: SourceRecord): SourceRecord {
  const pick = <T>(a: T | null | undefined, b: T | null | undefined): T | null => a ?? b ?? null;
  const trials = [...new Set([...(primary.ids.trials ?? []), ...(secondary.ids.trials ?? [])])];
  return {
    ids: {
      doi: pick(primary.ids.doi, secondary.ids.doi),
      pmid: pick(primary.ids.pmid, secondary.ids.pmid),
      pmcid: pick(primary.ids.pmcid, secondary.ids.pmcid),
      nct: [...new Set([...primary.ids.nct, ...secondary.ids.nct])],
      ...(trials.length > 0 ? { trials } : {}),
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
    fullText: pick(primary.fullText, secondary.fullText),
    openAccess: Boolean(primary.openAccess || secondary.openAccess),
    noticeOf: mergeNoticeOf(primary.noticeOf, secondary.noticeOf),
  };
}

function mergeNoticeOf(primary: NoticeOf | null | undefined, secondary: NoticeOf | null | undefined): NoticeOf | null {
  const first = primary ?? secondary;
  if (!first) return null;
  return {
    type: first.type,
    doi: primary?.doi ?? secondary?.doi ?? null,
    pmid: primary?.pmid ?? secondary?.pmid ?? null,
    reference: primary?.reference ?? secondary?.reference ?? null,
  };
}

/**
 * Joins notices of one work: two of one kind are the same notice when they share a DOI or PMID, or
 * when one names neither (a publication type says no more than "retracted"); the joined notice
 * names every service that reported it. Two notices of one kind with different ids stay two.
 */
export function mergeNotices(notices: readonly Notice[]): Notice[] {
  const merged: Notice[] = [];
  const idsOf = (n: Notice) => [n.noticeDoi, n.noticePmid].filter((id): id is string => Boolean(id));
  for (const notice of notices) {
    const index = merged.findIndex(
      (known) =>
        known.type === notice.type &&
        (idsOf(known).length === 0 ||
          idsOf(notice).length === 0 ||
          (known.noticeDoi !== null && known.noticeDoi === notice.noticeDoi) ||
          (Boolean(known.noticePmid) && known.noticePmid === notice.noticePmid)),
    );
    if (index < 0) {
      merged.push({ ...notice });
      continue;
    }
    const known = merged[index]!;
    merged[index] = {
      type: known.type,
      // "2026-09-14" says more than "2026-09".
      date: (notice.date?.length ?? 0) > (known.date?.length ?? 0) ? notice.date : known.date,
      noticeDoi: known.noticeDoi ?? notice.noticeDoi,
      noticePmid: known.noticePmid ?? notice.noticePmid ?? null,
      source: [...new Set([...known.source.split('; '), ...notice.source.split('; ')])].join('; '),
    };
  }
  return merged;
}
