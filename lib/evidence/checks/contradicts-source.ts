import { CONFIRMED_BENEFIT, NEGATED_BEFORE } from '../fact-words';
import type { CheckDefinition } from './types';

/** "Reproducible", "proven", "confirmed" benefits where the source's primary endpoint was not met. */
export const contradictsSource: CheckDefinition = {
  code: 'contradicts-source',
  scope: 'source',
  wording: {
    notMet: ({ words }) => `The page calls the benefit “${words}”, but the cited study did not meet its primary endpoint.`,
  },
  run({ claim }, { facts }) {
    const confirmed = CONFIRMED_BENEFIT.exec(claim.text);
    // "The benefit was not confirmed" says what the source says.
    if (!confirmed || facts.primaryEndpoint !== 'not-met' || NEGATED_BEFORE.test(claim.text.slice(0, confirmed.index))) return null;
    return { severity: 'warning', message: { key: 'notMet', values: { words: confirmed[0] } }, evidence: facts.primaryEndpointEvidence };
  },
};
