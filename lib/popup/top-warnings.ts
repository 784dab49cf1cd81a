import type { PageReport } from '../shared/messages';
import { distinctWorks, resultOf, type PopupLookups } from './page-verdict';

/** How many warnings the first screen shows; the rest wait in the claims section. */
export const TOP_WARNINGS = 3;

/** One warning worth a reader's attention, pointing at where the popup explains it. */
export type TopWarning =
  | { kind: 'retracted'; referenceId: string; title: string }
  | { kind: 'claim'; claim: number; code: string; message: string; quote: string };

/**
 * The few warnings that matter most: retracted sources first (whatever cites them is undermined),
 * then at most one warning per claim, in page order.
 */
export function topWarnings(report: PageReport, lookups: PopupLookups, limit = TOP_WARNINGS): TopWarning[] {
  const retracted = distinctWorks(report).flatMap((reference): TopWarning[] => {
    const record = resultOf(reference, lookups)?.record;
    const notice = record?.notices.find((n) => n.type === 'retraction' || n.type === 'withdrawal');
    return notice ? [{ kind: 'retracted', referenceId: reference.id, title: record?.title ?? reference.text }] : [];
  });
  const seen = new Set<number>();
  const claims = (report.evaluation?.claimChecks ?? []).flatMap((check): TopWarning[] => {
    if (check.severity !== 'warning' || seen.has(check.claim)) return [];
    seen.add(check.claim);
    const quote = report.claims[check.claim]?.text ?? '';
    return [{ kind: 'claim', claim: check.claim, code: check.code, message: check.message, quote }];
  });
  return [...retracted, ...claims].slice(0, limit);
}
