import { LEVELS, type Level } from '../shared/design-codes';
import type { PageReport, ReportedReference } from '../shared/messages';
import { distinctWorks, resultOf, type PopupLookups } from './page-verdict';

/** A group of the sources list: one strength level, or the sources that could not be resolved. */
export type SourceGroupKey = Level | 'unresolved';

/** Groups in the order a reader scans them: strongest evidence first, unresolved last. */
export const SOURCE_GROUP_ORDER: readonly SourceGroupKey[] = [...LEVELS, 'unresolved'];

/** The page's distinct works grouped by strength level; empty groups are left out. */
export function groupSources(report: PageReport, lookups: PopupLookups): Array<{ key: SourceGroupKey; references: ReportedReference[] }> {
  const groups = new Map<SourceGroupKey, ReportedReference[]>();
  for (const reference of distinctWorks(report)) {
    const result = resultOf(reference, lookups);
    const key: SourceGroupKey = result?.state === 'resolved' && result.record ? (result.assessment?.level ?? 'unknown') : 'unresolved';
    groups.set(key, [...(groups.get(key) ?? []), reference]);
  }
  return SOURCE_GROUP_ORDER.flatMap((key) => (groups.has(key) ? [{ key, references: groups.get(key)! }] : []));
}
