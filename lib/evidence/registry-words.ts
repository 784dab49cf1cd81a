import type { RegistryFacts } from '../shared/source-record';

/** Statuses in which a trial is still taking people in: only then is an estimated count "planned". */
export const STILL_ENROLLING: ReadonlySet<string> = new Set(['NOT_YET_RECRUITING', 'RECRUITING', 'ENROLLING_BY_INVITATION']);

/**
 * The enrolment in words: "130 enrolled" (actual), "200 planned" (an estimate while recruiting), or
 * "about 200 (estimated)" (an estimate the registry kept after recruiting ended). Null when unsaid.
 */
export function enrolmentWords(registry: RegistryFacts): string | null {
  if (registry.enrollment === null) return null;
  if (registry.enrollmentActual !== false) return `${registry.enrollment} enrolled`;
  return registry.status && STILL_ENROLLING.has(registry.status)
    ? `${registry.enrollment} planned`
    : `about ${registry.enrollment} (estimated)`;
}

/** Start and end in words, each marked as happened or expected: "started 2018-06, ended 2020-12". */
export function datesWords(registry: RegistryFacts): string | null {
  const start = registry.startDate
    ? registry.startDateType === 'estimated'
      ? `expected to start ${registry.startDate}`
      : `started ${registry.startDate}`
    : null;
  const end = registry.completionDate
    ? registry.completionDateType === 'estimated'
      ? `expected to end ${registry.completionDate}`
      : registry.completionDateType === 'actual'
        ? `ended ${registry.completionDate}`
        : `completion ${registry.completionDate}`
    : null;
  return [start, end].filter(Boolean).join(', ') || null;
}

/** Why the trial stopped, as the registry says it, or null. */
export function whyStoppedWords(registry: RegistryFacts): string | null {
  return registry.whyStopped ? `stopped early: “${registry.whyStopped}”` : null;
}
