import { causalOverreach } from './causal-overreach';
import { contradictsSource } from './contradicts-source';
import { designOverstated } from './design-overstated';
import { durationMismatch } from './duration-mismatch';
import { effectMisstated } from './effect-misstated';
import { exaggeration } from './exaggeration';
import { hypeLanguage } from './hype-language';
import { interventionMismatch } from './intervention-mismatch';
import { numberNotInSource } from './number-not-in-source';
import { populationMismatch } from './population-mismatch';
import { relativeOnly } from './relative-only';
import { safetyOverreach } from './safety-overreach';
import { sampleSizeMismatch } from './sample-size-mismatch';
import type { CheckDefinition, ClaimCheckCode } from './types';
import { uncitedClaim } from './uncited-claim';

/** Every claim check, in the order a reader sees them. Adding a check is one file and one line here. */
export const CHECKS: readonly CheckDefinition[] = [
  hypeLanguage,
  relativeOnly,
  uncitedClaim,
  sampleSizeMismatch,
  durationMismatch,
  effectMisstated,
  numberNotInSource,
  designOverstated,
  contradictsSource,
  populationMismatch,
  causalOverreach,
  exaggeration,
  interventionMismatch,
  safetyOverreach,
];

/**
 * Which checks silence which, on the same claim: where one warning already says it, a second is
 * noise. `exaggeration` says less than a contradicted, overreached or transplanted result; a figure
 * whose meaning is misstated is not also "not in the source".
 */
export const SILENCED_BY: Partial<Record<ClaimCheckCode, readonly ClaimCheckCode[]>> = {
  exaggeration: ['causal-overreach', 'contradicts-source', 'population-mismatch'],
  'number-not-in-source': ['effect-misstated'],
};

/**
 * The checks that also read the sentences near a claim (`CheckedClaim.nearby`): what a page says of
 * a study around its finding (promotion, safety, a plain cause, the route it tells readers to take
 * the treatment by) misleads as much as the finding's own words. Figure checks read the finding only.
 */
export const READS_NEARBY: ReadonlySet<ClaimCheckCode> = new Set([
  'hype-language',
  'safety-overreach',
  'causal-overreach',
  'intervention-mismatch',
]);

/** The check of a code. */
export function checkOf(code: ClaimCheckCode): CheckDefinition {
  return CHECKS.find((check) => check.code === code)!;
}
