/**
 * Group sizes an abstract gives in brackets after each arm: "ivermectin (679 patients), placebo
 * (679) or another intervention (2,157)", "pooled donor faeces (n = 38)". Percentages, ranges and
 * confidence intervals are not group sizes.
 */
const ARM_COUNT = /\((?:n\s*=\s*)?(\d{1,3}(?:,\d{3})+|\d+)(?:\s+[\p{L}-]+)?\)/giu;

/** The group sizes an abstract states in brackets, in order. Pure. */
export function armCountsOf(abstract: string): number[] {
  return [...abstract.matchAll(ARM_COUNT)].map((match) => Number(match[1]!.replaceAll(',', '')));
}

/**
 * True when a head count is the sum of two or more of the abstract's group sizes: a page that
 * reports the two arms of a platform trial it compares ("1,358 adults" for 679 + 679 of 3,515).
 */
export function isSumOfArms(count: number, abstract: string): boolean {
  const arms = armCountsOf(abstract).slice(0, MAX_ARMS);
  // Every choice of two or more arms, as a bit mask over the arms.
  for (let mask = 1; mask < 1 << arms.length; mask += 1) {
    const chosen = arms.filter((_, i) => mask & (1 << i));
    if (chosen.length >= 2 && chosen.reduce((a, b) => a + b, 0) === count) return true;
  }
  return false;
}

/** More bracketed numbers than this are no longer a list of arms, and their sums would match by chance. */
export const MAX_ARMS = 6;
