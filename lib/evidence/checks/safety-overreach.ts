import { nearbyAboutOther } from '../nearby-subject';
import { pageQuote } from './quote';
import type { CheckDefinition, Finding } from './types';

/** Fewer people than this cannot show that harms are rare (a 1-in-1,000 harm would likely be missed). */
export const SAFETY_MIN_PARTICIPANTS = 1000;

/** Safety "in the long term" needs at least this much follow-up. */
export const LONG_TERM_MIN_WEEKS = 52;

/** Words that stretch a safety claim over years. */
export const LONG_TERM =
  /\b(long[- ]term|in the long run|for years|for life|lifelong|for decades|over (many|several) years|years of use)\b/i;

/**
 * "Safe in the long term" from a study shorter than a year, whatever its size.
 * "Safe", "no side effects" from a study too small to show it. Comparisons with a control group
 * ("no more side effects than placebo") report what was seen and are not checked; a source whose
 * size is unknown is not judged.
 */
export const safetyOverreach: CheckDefinition = {
  code: 'safety-overreach',
  scope: 'source',
  wording: {
    tooShort: ({ weeks, words }) =>
      `A study that followed people for about ${weeks} weeks cannot show that a treatment is safe “${words}”.`,
    tooSmall: ({ size }) => `A study of ${size} cannot show that a treatment is safe: rare or late harms would not appear.`,
  },
  run(view, source): Finding | null {
    const { claim, facts: claimFacts } = view;
    const { facts } = source;
    if (!claimFacts.absoluteSafety || nearbyAboutOther(view, source, claimFacts.absoluteSafety.index)) return null;
    const longTerm = LONG_TERM.exec(claim.text);
    if (longTerm && facts.durationWeeks !== null && facts.durationWeeks < LONG_TERM_MIN_WEEKS) {
      return {
        severity: 'warning',
        message: { key: 'tooShort', values: { weeks: Math.round(facts.durationWeeks), words: longTerm[0] } },
        evidence: `Source: about ${Math.round(facts.durationWeeks)} weeks; ${pageQuote(claim.text, { text: longTerm[0], index: longTerm.index }).replace(/^Page/, 'page')}`,
      };
    }
    if (facts.participants === null || facts.participants >= SAFETY_MIN_PARTICIPANTS) return null;
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
