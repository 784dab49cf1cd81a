import { describe, expect, it } from 'vitest';
import { analyseClaim } from '../../../lib/text/claim-analysis';
import { hasFiniteVerb } from '../../../lib/text/finite-verb';
import { isAboutHealth } from '../../../lib/text/health-topic';

describe('a case report’s story', () => {
  const inCase = { inStudy: true, inCase: true };

  it.each([
    'The patient went to his doctor after three months of unexplained malaise, fatigue and breathlessness.',
    'Some lymph nodes in his chest were somewhat enlarged as well.',
    'His general practitioner ordered a chest X-ray, which was considered to be normal.',
    // Twin in another field: dermatology.
    'The woman went back to her doctor when the rash spread to her arms and a biopsy was diagnosed as eczema.',
  ])('is a finding after a case report: “%s”', (sentence) => expect(analyseClaim(sentence, inCase).isClaim).toBe(true));

  // Faithful twins: the same shapes off the subject of health, or with no case reported before.
  it.each([
    ['a trip, in the same words', 'His brother went back to the shop after three months to buy a new duvet.', inCase],
    ['no case reported before', 'Some lymph nodes in his chest were somewhat enlarged as well.', { inStudy: false }],
  ])('is no finding: %s', (_, sentence, context) => expect(analyseClaim(sentence, context).isClaim).toBe(false));

  it.each(['The patient went to his doctor.', 'He slept badly and woke at night.', 'Nurses wore masks during the trial.'])(
    'has a finite verb in the past: “%s”',
    (sentence) => expect(hasFiniteVerb(sentence)).toBe(true),
  );

  it('reads a chest X-ray as health, a chest of drawers not', () => {
    expect(isAboutHealth('A chest X-ray was normal.')).toBe(true);
    expect(isAboutHealth('A chest of drawers stood by the window.')).toBe(false);
  });
});
