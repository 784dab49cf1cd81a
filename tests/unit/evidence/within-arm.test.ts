import { describe, expect, it } from 'vitest';
import { withinArmAsEffect } from '../../../lib/evidence/within-arm';

const PSILOCYBIN =
  'Results: MADRS scores fell by 12.1 points in the psilocybin group and by 10.4 points in the active placebo group (difference -1.7).';

describe('a change within one arm given as the effect', () => {
  it('reads the arm the page names and the other arm’s change', () => {
    expect(
      withinArmAsEffect('A single dose of psilocybin cut depression scores by 12.1 points within six weeks.', PSILOCYBIN),
    ).toMatchObject({
      figure: '12.1 points',
      treated: 12.1,
      other: 10.4,
    });
  });

  it.each([
    ['the comparison is named', 'Scores fell by 12.1 points with psilocybin, against 10.4 with placebo.', PSILOCYBIN],
    ['the figure is not an arm’s', 'Psilocybin cut depression scores by 1.7 points more than placebo.', PSILOCYBIN],
    [
      'the other arm changed little',
      'The drug cut weight by 15 kg.',
      'Results: Weight fell by 15 kg in the drug group and by 2.4 kg in the placebo group.',
    ],
    ['the source gives no arms', 'The drug cut weight by 15 kg.', 'Results: The mean difference in weight was 15 kg.'],
  ])('stays quiet when %s', (_why, claim, results) => expect(withinArmAsEffect(claim, results)).toBeNull());
});
