import type { PageReport } from '../shared/messages';

/** Counts the popup's header shows. */
export interface ReportCounts {
  references: number;
  /** Distinct works resolved: a short form and its fuller entry count once. */
  resolvedWorks: number;
  unresolved: number;
}

/** Counts references and distinct resolved works in a page report. */
export function countReport(report: PageReport): ReportCounts {
  const works = new Set<string>();
  let unresolved = 0;
  for (const reference of report.references) {
    const record = reference.result?.state === 'resolved' ? reference.result.record : null;
    if (record) works.add(record.ids.doi ?? record.ids.pmid ?? record.ids.pmcid ?? reference.result!.key);
    else if (!reference.sameAs) unresolved += 1;
  }
  return { references: report.references.length, resolvedWorks: works.size, unresolved };
}
