import type { PageReport, ReportedReference, SourceResult } from '../shared/messages';

/** Why a source has no resolved record, or that it has one. */
export type SourceStatus = 'resolved' | 'pending' | 'retrying' | 'unavailable' | 'not-found' | 'no-identifier';

/** Why a claim could not be checked against a source. */
export type UncheckedReason = 'pending' | 'retrying' | 'unavailable' | 'not-found' | 'no-citation';

/** What the first screen of the popup says of the page. */
export interface PageVerdict {
  /** Distinct works the page cites (a short form and its fuller entry are one). */
  works: number;
  resolved: number;
  /** Works without a resolved record, by why. */
  unresolved: Partial<Record<Exclude<SourceStatus, 'resolved'>, number>>;
  claims: number;
  /** Claims with at least one warning. */
  withIssues: number;
  /** Claims checked against a resolved source with no warning: the only ones that are "clean". */
  clean: number;
  /** Claims neither checked against a source nor warned about, by why. */
  unchecked: Partial<Record<UncheckedReason, number>>;
  /** Some source's service did not answer and another try is under way. */
  retrying: boolean;
  /** Works retracted or under an expression of concern. */
  retracted: number;
}

/** What the popup knows beyond the page's report: its own looks-ups, and whether it is retrying. */
export interface PopupLookups {
  /** Fresher results the popup fetched itself, by identifier key. */
  results: ReadonlyMap<string, SourceResult>;
  /** Keys the popup is asking for again because their service did not answer. */
  retrying: ReadonlySet<string>;
}

/** No look-ups of the popup's own yet. */
export const NO_LOOKUPS: PopupLookups = { results: new Map(), retrying: new Set() };

/**
 * The look-ups as the reader should see them while the page itself is retrying: a source whose
 * service did not answer is then "retrying", not "unavailable", so the sources and claims agree
 * with the popup's "retrying" headline (the popup's own try may have failed before the page's).
 */
export function withPageRetries(report: PageReport, lookups: PopupLookups, pageRetrying: boolean): PopupLookups {
  if (!pageRetrying) return lookups;
  const waiting = report.references.filter((reference) => resultOf(reference, lookups)?.state === 'unavailable').flatMap((r) => r.keys);
  if (waiting.length === 0) return lookups;
  return { results: lookups.results, retrying: new Set([...lookups.retrying, ...waiting]) };
}

/** The best known result of a reference: the popup's own fresher answer if it has a better one. */
export function resultOf(reference: ReportedReference, lookups: PopupLookups): SourceResult | null {
  const own = reference.keys.map((key) => lookups.results.get(key)).filter((r): r is SourceResult => r !== undefined);
  return (
    own.find((r) => r.state === 'resolved') ?? (reference.result?.state === 'resolved' ? reference.result : (own[0] ?? reference.result))
  );
}

/** Where a reference stands, as the reader is told. */
export function statusOf(reference: ReportedReference, report: PageReport, lookups: PopupLookups): SourceStatus {
  const result = resultOf(reference, lookups);
  if (result?.state === 'resolved' && result.record) return 'resolved';
  if (reference.keys.some((key) => lookups.retrying.has(key))) return 'retrying';
  if (result?.state === 'unavailable') return 'unavailable';
  if (result?.state === 'not-found') return 'not-found';
  if (reference.keys.length === 0) {
    if (reference.match === null && report.status === 'resolving') return 'pending';
    return reference.match?.state === 'unavailable' ? 'unavailable' : 'no-identifier';
  }
  return report.status === 'done' ? 'unavailable' : 'pending';
}

/** The references that stand for distinct works: short forms are counted with their fuller entry. */
export function distinctWorks(report: PageReport): ReportedReference[] {
  return report.references.filter((reference) => reference.sameAs === null || !report.references.some((r) => r.id === reference.sameAs));
}

/**
 * What was and was not checked on the page. A claim counts as clean only when it was checked
 * against a resolved source and got no warning, so "no issues" never stands for "not checked".
 */
export function pageVerdict(report: PageReport, lookups: PopupLookups = NO_LOOKUPS): PageVerdict {
  const works = distinctWorks(report);
  const unresolved: PageVerdict['unresolved'] = {};
  let resolved = 0;
  let retracted = 0;
  for (const work of works) {
    const status = statusOf(work, report, lookups);
    if (status === 'resolved') resolved += 1;
    else unresolved[status] = (unresolved[status] ?? 0) + 1;
    if (resultOf(work, lookups)?.record?.notices.some((n) => n.type === 'retraction' || n.type === 'withdrawal')) retracted += 1;
  }
  const byId = new Map(report.references.map((reference) => [reference.id, reference]));
  const checks = report.evaluation?.claimChecks ?? [];
  const unchecked: PageVerdict['unchecked'] = {};
  let withIssues = 0;
  let clean = 0;
  report.claims.forEach((claim, index) => {
    const own = checks.filter((check) => check.claim === index);
    if (own.some((check) => check.severity === 'warning')) {
      withIssues += 1;
      return;
    }
    const against = [...claim.referenceIds, ...own.flatMap((check) => (check.referenceId ? [check.referenceId] : []))]
      .map((id) => byId.get(id))
      .filter((reference): reference is ReportedReference => reference !== undefined);
    const statuses = against.map((reference) => statusOf(reference, report, lookups));
    if (report.evaluation && statuses.includes('resolved')) {
      clean += 1;
      return;
    }
    const reason = uncheckedReason(statuses, report.evaluation !== null);
    unchecked[reason] = (unchecked[reason] ?? 0) + 1;
  });
  const retrying = works.some((work) => statusOf(work, report, lookups) === 'retrying');
  return { works: works.length, resolved, unresolved, claims: report.claims.length, withIssues, clean, unchecked, retrying, retracted };
}

function uncheckedReason(statuses: SourceStatus[], evaluated: boolean): UncheckedReason {
  if (statuses.length === 0) return evaluated ? 'no-citation' : 'pending';
  for (const reason of ['retrying', 'pending', 'unavailable'] as const) if (statuses.includes(reason)) return reason;
  if (statuses.includes('resolved')) return 'pending';
  return 'not-found';
}
