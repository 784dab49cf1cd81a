/**
 * Ratios a source reports between its arms (hazard, odds, risk and rate ratios), read so that a
 * page's "cut the risk by 32%" can be recognised as a hazard ratio of 0.68 (a kidney-cancer trial),
 * even where the source also gives some other 32.4% figure.
 */

/** A page's reduction and 1 minus a ratio are the same figure within this (rounding to whole percent). */
export const RATIO_REDUCTION_TOLERANCE = 0.011;

// "hazard ratio for recurrence or death, 0.68", "(HR 0.75; 95% CI …)", "relative risk was 0.80".
const RATIO =
  /\b(?:(?:hazard|odds|risk|rate|incidence rate)\s+ratio|relative\s+risk|a?HR|a?OR|RR|IRR)\b(?:\s+(?:for|of)\s+[\p{L}\s-]{1,40}?)?(?:\s*(?:,|:|=|was|were|of)\s*|\s+)(\d?\.\d+)/giu;

/** The ratios between arms a text reports, as numbers. */
export function ratiosIn(text: string): number[] {
  return [...text.matchAll(RATIO)].map((match) => Number(match[1]));
}

/** Whether a page's reduction of `percent` is what one of the source's ratios says (1 − ratio). */
export function reductionMatchesRatio(percent: number, sourceText: string): boolean {
  return ratiosIn(sourceText).some((ratio) => ratio < 1 && Math.abs(1 - ratio - percent / 100) <= RATIO_REDUCTION_TOLERANCE);
}
