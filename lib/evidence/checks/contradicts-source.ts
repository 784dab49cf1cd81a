import { causalWordingIn, negatedFinding } from '../../text/causal-strength';
import { clauseSpan } from '../../text/clause-span';
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
    if (facts.primaryEndpoint !== 'not-met') return null;
    const confirmed = [...claim.text.matchAll(new RegExp(CONFIRMED_BENEFIT.source, 'gi'))].find(
      (match) =>
        // "The benefit was not confirmed" says what the source says.
        !NEGATED_BEFORE.test(claim.text.slice(0, match.index)) && confirmsABenefit(clauseAround(claim.text, match.index, match[0].length)),
    );
    if (!confirmed) return null;
    return { severity: 'warning', message: { key: 'notMet', values: { words: confirmed[0] } }, evidence: facts.primaryEndpointEvidence };
  },
};

/** Where a clause ends: a comma, semicolon, bracket or dash; a colon goes on to what was confirmed ("confirmed what patients knew: …"). */
const CLAUSE_BOUNDARY = /[,;()]|\s[–—-]\s/g;

/**
 * The clause of a sentence that holds the words at `index`; for a reporting clause that ends the
 * sentence ("…, a trial in nine hospitals has confirmed."), the sentence it reports.
 */
function clauseAround(text: string, index: number, length: number): string {
  const { start, end } = clauseSpan(text, index, length, CLAUSE_BOUNDARY);
  const clause = text.slice(start, end);
  if (start > 0 && REPORTING_TAIL.test(text.slice(end)) && causalWordingIn(clause) === null) return text.slice(0, start);
  return clause;
}

/** Nothing but the sentence's end after a clause. */
const REPORTING_TAIL = /^\W*$/;

/**
 * The confirming word's clause states a benefit ("proved that omega-3 protects", "reproducible
 * benefits"), not a diagnosis ("osteoarthritis confirmed on X-ray", a rheumatology trial) or a
 * null result ("confirms the disappointing signals of earlier trials", a COPD trial).
 */
function confirmsABenefit(clause: string): boolean {
  return causalWordingIn(clause) !== null && !negatedFinding(clause);
}
