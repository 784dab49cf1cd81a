import { CONFIRMED_BENEFIT } from '../fact-words';
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
    if (!confirmed || facts.primaryEndpoint !== 'not-met') return null;
    return { severity: 'warning', message: { key: 'notMet', values: { words: confirmed[0] } }, evidence: facts.primaryEndpointEvidence };
  },
};
