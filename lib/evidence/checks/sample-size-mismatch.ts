import { isSumOfArms } from '../arm-counts';
import { numbersIn } from '../figure-in-source';
import type { CheckDefinition } from './types';

/** Head counts within this share of the source's are the same count (rounding, drop-outs). */
export const SAMPLE_SIZE_TOLERANCE = 0.05;

/** The page's number of participants against the source's (scheme §4). */
export const sampleSizeMismatch: CheckDefinition = {
  code: 'sample-size-mismatch',
  scope: 'source',
  wording: {
    differs: ({ page, source }) => `The page says ${page} participants; the source reports ${source}.`,
  },
  run({ claim }, { facts, record }) {
    const page = claim.participants;
    const source = facts.participants;
    if (page === null || source === null) return null;
    if (Math.abs(page - source) <= source * SAMPLE_SIZE_TOLERANCE) return null;
    // "one case avoided for every 36 people treated", "1 in 50 patients": a rate, not the study's size.
    if (new RegExp(String.raw`\b(every|1 in|one in|out of|per)\s+${page}\b`, 'i').test(claim.text.replaceAll(',', ''))) return null;
    // A number the abstract states (an arm, a subgroup, those who finished) is the source's own.
    if (numbersIn(record.abstract ?? '').some((n) => n.value === page)) return null;
    // The arms the page compares, of a trial with more ("1,358 adults" for 679 given ivermectin and 679 placebo).
    if (isSumOfArms(page, record.abstract ?? '')) return null;
    return {
      severity: 'warning',
      message: { key: 'differs', values: { page, source } },
      evidence: `Source: ${source} participants`,
    };
  },
};
