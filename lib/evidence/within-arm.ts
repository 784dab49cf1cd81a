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
const CHANGE_UNIT = String.raw`(?:points?|mm|kg|cm|mmol\/l|mg\/dl|lb|pounds)`;

/** The page's figure of a change: "by 12.1 points", "by 30 mm", "of 4.2 kg". */
const PAGE_CHANGE = new RegExp(String.raw`\b(?:by|of)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?(${NUMBER})\s*(${CHANGE_UNIT})\b`, 'gi');

/** Words that name the comparison: a page using them reports the difference, not one arm. */
export const COMPARATOR_WORDS =
  /\b(placebo|control|compared|than|versus|vs\.?|against|both groups|either group|each group|sham|usual care|dummy|standard (?:care|treatment)|the other group)\b/i;

/** A results sentence giving one change per arm: "fell by 12.1 points in the psilocybin group and by 10.4 points in the placebo group". */
const ARM_BY_ARM = new RegExp(
  String.raw`(${NUMBER})\s*${CHANGE_UNIT}?\s+(?:in|with|for|among)\s+(?:the\s+)?[\w -]{1,40}?(?:group|arm|patients|participants)?\s*,?\s*(?:and|but|versus|vs\.?|compared with)\s+(?:by\s+)?(${NUMBER})\s*${CHANGE_UNIT}?\s+(?:in|with|for|among)\s+(?:the\s+)?[\w -]{1,40}`,
  'gi',
);

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
    for (const arms of results.matchAll(ARM_BY_ARM)) {
      const first = parseNumber(arms[1]!);
      const second = parseNumber(arms[2]!);
      const [treated, other] =
        Math.abs(first - value) <= SAME_FIGURE ? [first, second] : Math.abs(second - value) <= SAME_FIGURE ? [second, first] : [null, null];
      if (treated === null || other === null || treated === 0) continue;
      if (Math.abs(other) / Math.abs(treated) < WITHIN_ARM_SHARE) continue;
      return {
        figure: onPage[0].replace(/^(?:by|of)\s+/i, ''),
        treated,
        other,
        pageQuote: quoteAround(claimText, onPage.index, onPage[0].length, 60),
        sourceQuote: quoteAround(results, arms.index, arms[0].length, 20),
      };
    }
  }
  return null;
}
