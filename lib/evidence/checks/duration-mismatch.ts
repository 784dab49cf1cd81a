import type { CheckDefinition } from './types';

/** Follow-ups within this share of the source's are the same length. */
export const DURATION_TOLERANCE = 0.1;

/** Weeks in each unit a page states a duration in. */
export const WEEKS_PER_UNIT: Record<string, number> = { day: 1 / 7, week: 1, month: 4.35, year: 52 };

/** The page's follow-up against the source's longest stated period (scheme §4). */
export const durationMismatch: CheckDefinition = {
  code: 'duration-mismatch',
  scope: 'source',
  wording: {
    differs: ({ value, unit, weeks }) => `The page says ${value} ${unit}s; the source followed people for about ${weeks} weeks.`,
  },
  run({ claim }, { facts, record }) {
    const duration = claim.duration;
    const source = facts.durationWeeks;
    if (!duration || source === null) return null;
    const weeks = duration.value * (WEEKS_PER_UNIT[duration.unit] ?? 1);
    if (Math.abs(weeks - source) <= source * DURATION_TOLERANCE) return null;
    // A time point the abstract names ("at 12 months") is one of the source's own.
    const stated = new RegExp(
      String.raw`\b${duration.value}[- ](?:[\p{L}-]+\s+){0,2}?${duration.unit}s?\b|\b${duration.unit}\s+${duration.value}\b`,
      'iu',
    );
    if (stated.test(record.abstract ?? '')) return null;
    return {
      severity: 'warning',
      message: { key: 'differs', values: { value: duration.value, unit: duration.unit, weeks: Math.round(source) } },
      evidence: `Source: about ${Math.round(source)} weeks`,
    };
  },
};
