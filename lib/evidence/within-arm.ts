import { NUMBER, parseNumber } from '../text/numbers';
import { quoteAround } from './classify-design';

/**
 * A change within one arm given as the treatment's effect: the page says the drug "cut scores by
 * 12.1 points", where the source reports 12.1 points in the treated group and 10.4 in the placebo
 * group. Most of the change came without the treatment, so the figure is not its effect. A page
 * that names the comparison ("against 10.4 with placebo") reports it right, and where the other
 * arm changed little the figure is close to the effect.
 */

/** The other arm's change must be at least this share of the treated arm's for the figure to mislead. */
export const WITHIN_ARM_SHARE = 0.5;

/** Two figures are the same within this (rounding). */
const SAME_FIGURE = 0.05;

/** Units of a measured change: score points, lengths, weights, lab values. */
const CHANGE_UNIT = String.raw`(?:points?|mm|kg|cm|km|m|metres?|meters?|steps|mmol\/l|mg\/dl|lb|pounds)`;

/** A bracket after an arm's change: "by 310 m (from a baseline of 285 m) in the exercise group" (a claudication trial). */
const ASIDE = String.raw`(?:\s*\([^()]{0,60}\))?`;

/** The page's figure of a change: "by 12.1 points", "by 30 mm", "of 4.2 kg". */
const PAGE_CHANGE = new RegExp(String.raw`\b(?:by|of)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?(${NUMBER})\s*(${CHANGE_UNIT})\b`, 'gi');

/** Words that name the comparison: a page using them reports the difference, not one arm. */
export const COMPARATOR_WORDS =
  /\b(placebo|control|compared|than|versus|vs\.?|against|both groups|either group|each group|sham|usual care|dummy|standard (?:care|treatment)|the other group)\b/i;

/** The arm groups of a results sentence: "in the exercise group", "with placebo". */
const ARM = String.raw`(?:in|with|for|among)\s+(?:the\s+)?[\w -]{1,40}`;

/** A results sentence giving one change per arm: "fell by 12.1 points in the psilocybin group and by 10.4 points in the placebo group". */
const ARM_BY_ARM = new RegExp(
  String.raw`(${NUMBER})\s*${CHANGE_UNIT}?${ASIDE}\s+(?:in|with|for|among)\s+(?:the\s+)?[\w -]{1,40}?(?:group|arm|patients|participants)?\s*,?\s*(?:and|but|versus|vs\.?|compared with)\s+(?:by\s+)?(${NUMBER})\s*${CHANGE_UNIT}?${ASIDE}\s+${ARM}`,
  'gi',
);

/** A results sentence giving each arm's start and end: "fell from 6.2 to 4.1 in the exercise group and from 6.1 to 4.5 in the usual-care group". */
const ARM_FROM_TO = new RegExp(
  String.raw`\bfrom\s+(${NUMBER})\s*${CHANGE_UNIT}?\s+to\s+(${NUMBER})\s*${CHANGE_UNIT}?\s+${ARM}?\s*,?\s*(?:and|but|versus|vs\.?|compared with)\s+from\s+(${NUMBER})\s*${CHANGE_UNIT}?\s+to\s+(${NUMBER})\s*${CHANGE_UNIT}?\s+${ARM}`,
  'gi',
);

/** Each arm's change a results text states, with where it is said. */
function armChanges(results: string): Array<{ first: number; second: number; index: number; length: number }> {
  const byArm = [...results.matchAll(ARM_BY_ARM)].map((m) => ({
    first: parseNumber(m[1]!),
    second: parseNumber(m[2]!),
    index: m.index,
    length: m[0].length,
  }));
  const fromTo = [...results.matchAll(ARM_FROM_TO)].map((m) => ({
    first: Math.abs(parseNumber(m[1]!) - parseNumber(m[2]!)),
    second: Math.abs(parseNumber(m[3]!) - parseNumber(m[4]!)),
    index: m.index,
    length: m[0].length,
  }));
  return [...byArm, ...fromTo];
}

/** What the check quotes: the page's figure, both arms' changes and the source's sentence. */
export interface WithinArmReading {
  figure: string;
  treated: number;
  other: number;
  pageQuote: string;
  sourceQuote: string;
}

/** Where a page gives one arm's change as the effect (see the module note), the two arms' figures and quotes; else null. */
export function withinArmAsEffect(claimText: string, results: string): WithinArmReading | null {
  if (COMPARATOR_WORDS.test(claimText)) return null;
  for (const onPage of claimText.matchAll(PAGE_CHANGE)) {
    const value = parseNumber(onPage[1]!);
    for (const { first, second, index, length } of armChanges(results)) {
      const [treated, other] =
        Math.abs(first - value) <= SAME_FIGURE ? [first, second] : Math.abs(second - value) <= SAME_FIGURE ? [second, first] : [null, null];
      if (treated === null || other === null || treated === 0) continue;
      if (Math.abs(other) / Math.abs(treated) < WITHIN_ARM_SHARE) continue;
      return {
        figure: onPage[0].replace(/^(?:by|of)\s+/i, ''),
        treated: round(treated),
        other: round(other),
        pageQuote: quoteAround(claimText, onPage.index, onPage[0].length, 60),
        sourceQuote: quoteAround(results, index, length, 20),
      };
    }
  }
  return null;
}

/** A change worked out from two figures, to the precision a page gives it (6.2 − 4.1 is 2.1, not 2.1000000000000005). */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
