import { LEVEL_OF_DESIGN, type DesignCode } from '../../shared/design-codes';
import { NEGATED_BEFORE } from '../fact-words';
import { DESIGN_PHRASES, UNABLE_TO_PROVE, WEAKER_THAN_A_TRIAL } from './design-groups';
import type { CheckDefinition, CheckedClaim } from './types';

const PROVEN = /\b(clinically proven|proven|proves|proof)\b/i;
const TRIAL_WORD = /\btrial|randomi[sz]ed|placebo|double[- ]blind/i;
const RANDOMISED_WORD = /randomi[sz]ed|placebo|double[- ]blind/i;
const POOLED_WORD = /meta-?analys|systematic review/i;

// "only randomised trials could settle the question", "future trials will tell": a design the
// question needs, not the one the study had (a cohort of women who lift weights).
const NEEDED_BEFORE = /\b(?:only|future|further|larger|longer|proper|until|would need|needs?|needed|call(?:s|ed|ing)? for)\b[^.;,]{0,25}$/i;
const NEEDED_AFTER = /^[^.;,]{0,30}?\b(?:could|would|will|are needed|is needed|are required|is required)\b/i;

/** True when the design word at its first place in the text names a design still needed. */
function namedAsNeeded(text: string, word: string): boolean {
  const at = text.toLowerCase().indexOf(word.toLowerCase());
  if (at < 0) return false;
  return NEEDED_BEFORE.test(text.slice(Math.max(0, at - 40), at)) || NEEDED_AFTER.test(text.slice(at + word.length));
}

/** The page's words that claim a stronger design than the source has, or null. */
function overstatedDesign(claim: CheckedClaim, source: DesignCode): string | null {
  // Only words of the claim itself: the scanner also reads design words from the claim's paragraph.
  const words = claim.designWords.filter(
    (word) => claim.text.toLowerCase().includes(word.toLowerCase()) && !namedAsNeeded(claim.text, word),
  );
  const trialWord = words.find((word) => TRIAL_WORD.test(word));
  if (WEAKER_THAN_A_TRIAL.has(source) && trialWord) return trialWord;
  if (UNABLE_TO_PROVE.has(source)) {
    const proven = PROVEN.exec(claim.text);
    // "It has not been proven" is the caveat, not the overstatement.
    if (proven && !NEGATED_BEFORE.test(claim.text.slice(0, proven.index))) return proven[0];
  }
  const randomised = words.find((word) => RANDOMISED_WORD.test(word));
  if (source === 'non-randomised-trial' && randomised) return randomised;
  const pooled = words.find((word) => POOLED_WORD.test(word));
  if (pooled && LEVEL_OF_DESIGN[source] !== '1' && LEVEL_OF_DESIGN[source] !== 'unknown') return pooled;
  return null;
}

/** "Trial" or "randomized" for a weaker design, "proven" for one without a randomised control group; only when the claim reports a finding. */
export const designOverstated: CheckDefinition = {
  code: 'design-overstated',
  scope: 'source',
  wording: {
    overstated: ({ words, design }) => `The page describes it as “${words}”, but the cited study is ${design}.`,
  },
  run({ claim, facts }, { design }) {
    // A call for "larger randomized trials" names a design without reporting one.
    if (!facts.reportsFinding) return null;
    const words = overstatedDesign(claim, design);
    if (!words) return null;
    return {
      severity: 'warning',
      message: { key: 'overstated', values: { words, design: DESIGN_PHRASES[design] } },
      evidence: `Source design: ${design}; page: “${claim.text}”`,
      // A survey called "the trial" in every sentence is one mistake, told once per source.
      oncePerPage: true,
    };
  },
};
