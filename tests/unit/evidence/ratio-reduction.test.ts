import { describe, expect, it } from 'vitest';
import { ratiosIn, reductionMatchesRatio } from '../../../lib/evidence/ratio-reduction';

describe('ratiosIn', () => {
  it.each([
    ['(hazard ratio for recurrence or death, 0.68; 95% CI, 0.53 to 0.87)', [0.68]],
    ['HR 0.75 (95% CI 0.65 to 0.86)', [0.75]],
    ['the relative risk was 0.80', [0.8]],
    ['odds ratio = 1.45', [1.45]],
    ['aOR: .62', [0.62]],
    // A ratio of something else with no figure, and figures with no ratio named, are not ratios.
    ['The ratio of nurses to patients improved; 68% of wards took part.', []],
    ['HRQoL improved by 0.68 points.', []],
  ] as const)('%s → %o', (text, ratios) => {
    expect(ratiosIn(text)).toEqual(ratios);
  });
});

describe('reductionMatchesRatio', () => {
  it('takes a reduction of 32% for a ratio of 0.68, and not for 0.91 or a ratio above 1', () => {
    expect(reductionMatchesRatio(32, 'hazard ratio, 0.68')).toBe(true);
    expect(reductionMatchesRatio(32, 'hazard ratio, 0.91')).toBe(false);
    expect(reductionMatchesRatio(32, 'odds ratio 1.32')).toBe(false);
  });
});
