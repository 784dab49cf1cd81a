import { AGE_AFTER, AGE_BEFORE } from '../source-facts';
import { NUMBER_WORDS, countOf } from '../../text/numbers';
import type { CheckDefinition } from './types';

const DURATION_PHRASE = /\b(\d+(?:\.\d+)?|[a-z]+)[- ](day|week|month|year)s?\b/gi;

/** Every duration a text states, in weeks. */
function durationsIn(text: string): number[] {
  return [...text.matchAll(DURATION_PHRASE)].flatMap((m) => {
    const value = /^\d/.test(m[1]!) ? Number(m[1]) : countOf(m[1]!);
    return value ? [value * WEEKS_PER_UNIT[m[2]!.toLowerCase()]!] : [];
  });
}

/** True when a text names this time point ("12-month", "week 12"), not as an age. */
function timePointIn(text: string, value: number, unit: string): boolean {
  // "Three-year mortality" names the page's "three years" in words (a lung-fibrosis registry).
  const words = Object.entries(NUMBER_WORDS).flatMap(([word, n]) => (n === value ? [word] : []));
  const amount = `(?:${[String(value), ...words].join('|')})`;
  const pattern = new RegExp(String.raw`\b${amount}[- ](?:[\p{L}-]+\s+){0,2}?${unit}s?\b|\b${unit}[- ]${amount}\b`, 'giu');
  return [...text.matchAll(pattern)].some((m) => {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 15);
    const range = /\d\s*(?:to|-|–)\s*$/.test(before);
    return !AGE_BEFORE.test(before) && !AGE_AFTER.test(after) && (!range || WINDOW_BEFORE.test(before));
  });
}

/**
 * A range that opens with "at" or "between" is a time window of the study ("successful ablation at 6
 * to 9 months", a thyroid-cancer trial reported at 5 years), not a range of ages.
 */
export const WINDOW_BEFORE = /\b(?:at|between|from|after)\s+\d+(?:\.\d+)?\s*(?:to|-|–|and)\s*$/i;

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
    const close = (w: number) => Math.abs(w - source) <= source * DURATION_TOLERANCE;
    if (close(weeks)) return null;
    // The page names the source's length too ("after one year and after two years"): the scanner read the first.
    if (durationsIn(claim.text).some(close)) return null;
    // A time point the abstract names ("at 12 months") is one of the source's own; an age ("1 to 3 years of age") is not.
    if (timePointIn(record.abstract ?? '', duration.value, duration.unit)) return null;
    return {
      severity: 'warning',
      message: { key: 'differs', values: { value: duration.value, unit: duration.unit, weeks: Math.round(source) } },
      evidence: `Source: about ${Math.round(source)} weeks`,
    };
  },
};
