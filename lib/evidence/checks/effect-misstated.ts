import { pageQuote } from './quote';
import type { CheckDefinition } from './types';

/**
 * The page presents a result as a gain ("more function", "improved memory") where the source reports
 * only a slower decline: the treated group got worse too, less fast. Compares the direction of the
 * effect on both sides, whatever the outcome is called.
 */
export const effectMisstated: CheckDefinition = {
  code: 'effect-misstated',
  scope: 'source',
  wording: {
    gainForSlowerDecline: () =>
      'The page presents the result as a gain; the source reports a slower decline (those treated got worse too, only less fast), which is not the same thing.',
  },
  run({ claim, facts }, { detail }) {
    if (!facts.gain || !facts.reportsFinding || !detail.slowerDecline) return null;
    return {
      severity: 'warning',
      message: { key: 'gainForSlowerDecline' },
      evidence: `${pageQuote(claim.text, facts.gain)}; ${detail.slowerDecline.evidence.replace(/^Source: /, 'source: ')}`,
    };
  },
};
