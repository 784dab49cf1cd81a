import { pageQuote } from './quote';
import type { CheckDefinition } from './types';

/** Fewer people than this cannot show that harms are rare (a 1-in-1,000 harm would likely be missed). */
export const SAFETY_MIN_PARTICIPANTS = 1000;

/**
 * "Safe", "no side effects" from a study too small to show it. Comparisons with a control group
 * ("no more side effects than placebo") report what was seen and are not checked; a source whose
 * size is unknown is not judged.
 */
export const safetyOverreach: CheckDefinition = {
  code: 'safety-overreach',
  scope: 'source',
  wording: {
    tooSmall: ({ size }) => `A study of ${size} cannot show that a treatment is safe: rare or late harms would not appear.`,
  },
  run({ claim, facts: claimFacts }, { facts }) {
    if (!claimFacts.absoluteSafety || facts.participants === null || facts.participants >= SAFETY_MIN_PARTICIPANTS) return null;
    const size = [`${facts.participants} people`, facts.durationWeeks !== null && `about ${Math.round(facts.durationWeeks)} weeks`]
      .filter(Boolean)
      .join(' over ');
    return {
      severity: 'warning',
      message: { key: 'tooSmall', values: { size } },
      evidence: `Source: ${size}; ${pageQuote(claim.text, claimFacts.absoluteSafety).replace(/^Page/, 'page')}`,
    };
  },
};
