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

  it('works each arm’s change out from its start and end', () => {
    expect(
      withinArmAsEffect(
        'A 12-week exercise programme cut pain scores by 2.1 points on a 0 to 10 scale.',
        'Results: Mean pain fell from 6.2 to 4.1 in the exercise group and from 6.1 to 4.5 in the usual-care group (difference -0.6).',
      ),
    ).toMatchObject({ treated: 2.1, other: 1.6 });
  });

  // A claudication trial gives distances in metres, each arm's with its baseline in brackets.
  it('reads distances in metres, with a bracket after each arm’s change', () => {
    expect(
      withinArmAsEffect(
        'The supervised programme had increased the distance patients could walk by 310 metres.',
        'Results: Maximum walking distance had increased by 310 m (from a baseline of 285 m) in the supervised exercise group and by 190 m (from 279 m) in the walking advice group (difference 120 m).',
      ),
    ).toMatchObject({ treated: 310, other: 190 });
  });

  it.each([
    [
      'the other arm barely moved from its start',
      'The drug lowered HbA1c by 1.4 points over a year.',
      'Results: HbA1c fell from 8.6 to 7.2 with the drug and from 8.5 to 8.3 with placebo.',
    ],
    ['the comparison is named', 'Scores fell by 12.1 points with psilocybin, against 10.4 with placebo.', PSILOCYBIN],
    ['the figure is not an arm’s', 'Psilocybin cut depression scores by 1.7 points more than placebo.', PSILOCYBIN],
    [
      'the other arm changed little',
      'The drug cut weight by 15 kg.',
      'Results: Weight fell by 15 kg in the drug group and by 2.4 kg in the placebo group.',
    ],
    ['the source gives no arms', 'The drug cut weight by 15 kg.', 'Results: The mean difference in weight was 15 kg.'],
    // Its twin in cardiac rehabilitation: the usual-care arm barely walked further.
    [
      'the other arm changed little, in metres',
      'Rehabilitation increased the distance patients could walk in six minutes by 60 metres.',
      'Results: Six-minute walk distance increased by 60 m (from 380 m) in the rehabilitation group and by 12 m (from 376 m) in the usual care group.',
    ],
  ])('stays quiet when %s', (_why, claim, results) => expect(withinArmAsEffect(claim, results)).toBeNull());
});
