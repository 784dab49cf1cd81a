import { isSumOfArms } from '../arm-counts';
import { numbersIn } from '../figure-in-source';
import type { CheckDefinition } from './types';

/** Head counts within this share of the source's are the same count (rounding, drop-outs). */
export const SAMPLE_SIZE_TOLERANCE = 0.05;

/**
 * Words that make a count of the abstract's the people screened for a trial, not those in it: "234
 * adults referred with carpal tunnel syndrome were screened", "Of 568 patients screened" (a
 * hand-surgery and a neuropathic-pain trial that randomised about half of them).
 */
const SCREENED_AFTER =
  /^[^.;]{0,90}?\b(?:were|was)\s+(?:screened|assessed for eligibility|approached|invited)\b|^\s*(?:[\p{L}-]+\s+){0,2}?(?:screened|assessed for eligibility|approached|invited)\b/iu;
const SCREENED_BEFORE = /\b(?:screened|approached|invited|assessed)\s+(?:a total of\s+)?$/i;
/** The page says its count was a screening or an eligibility count too. */
const SCREENED_ON_PAGE = /\b(?:screen(?:ed|ing)|assessed for eligibility|eligible|approached|invited)\b/i;

/** Whether every place the abstract states a number (`places`), it counts the people screened. */
function onlyScreened(places: ReturnType<typeof numbersIn>, abstract: string): boolean {
  return (
    places.length > 0 &&
    places.every((n) => SCREENED_AFTER.test(abstract.slice(n.index + n.text.length)) || SCREENED_BEFORE.test(abstract.slice(0, n.index)))
  );
}

/** The page's number of participants against the source's (scheme §4). */
export const sampleSizeMismatch: CheckDefinition = {
  code: 'sample-size-mismatch',
  scope: 'source',
  wording: {
    differs: ({ page, source }) => `The page says ${page} participants; the source reports ${source}.`,
    screened: ({ page, source }) => `The page says ${page} participants; the source screened ${page} and enrolled ${source}.`,
  },
  run({ claim }, { facts, record }) {
    const page = claim.participants;
    const source = facts.participants;
    if (page === null || source === null) return null;
    if (Math.abs(page - source) <= source * SAMPLE_SIZE_TOLERANCE) return null;
    // "one case avoided for every 36 people treated", "1 in 50 patients": a rate, not the study's size.
    if (new RegExp(String.raw`\b(every|1 in|one in|out of|per)\s+${page}\b`, 'i').test(claim.text.replaceAll(',', ''))) return null;
    const abstract = record.abstract ?? '';
    const stated = numbersIn(abstract).filter((n) => n.value === page);
    // The people screened given as the people studied, when the page does not say they were only screened.
    if (onlyScreened(stated, abstract) && !SCREENED_ON_PAGE.test(claim.text))
      return {
        severity: 'warning',
        message: { key: 'screened', values: { page, source } },
        evidence: `Source: ${source} participants (${page} screened)`,
      };
    // A number the abstract states (an arm, a subgroup, those who finished) is the source's own.
    if (stated.length > 0) return null;
    // The arms the page compares, of a trial with more ("1,358 adults" for 679 given ivermectin and 679 placebo).
    if (isSumOfArms(page, abstract)) return null;
    return {
      severity: 'warning',
      message: { key: 'differs', values: { page, source } },
      evidence: `Source: ${source} participants`,
    };
  },
};
