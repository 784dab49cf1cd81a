import { negatedFinding } from '../../text/causal-strength';
import type { CheckDefinition } from './types';

/** A gap in claim strength from which a stronger statement is a warning ("is linked" stated as "causes"). */
export const WARNING_GAP = 2;

const STRENGTH_WORDS = ['no cause stated', 'a link', 'a possible effect', 'a definite effect'];

/**
 * The page's causal strength above the source conclusion's (scheme §5): by 2 or more a warning, by 1
 * ("may" stated as "does") information. Statements about harms are for safety-overreach.
 */
export const exaggeration: CheckDefinition = {
  code: 'exaggeration',
  scope: 'source',
  wording: {
    stronger: ({ page, source }) =>
      `The page states the finding more strongly (${page}) than the source's own conclusion does (${source}).`,
  },
  run({ claim }, { facts }) {
    // A page that says an effect was not found overstates no benefit.
    // A conclusion that states no relationship gives nothing to compare with: nothing is said.
    if (claim.safety || !facts.conclusionStrength || negatedFinding(claim.text)) return null;
    const gap = claim.strength - facts.conclusionStrength;
    if (gap <= 0) return null;
    return {
      severity: gap >= WARNING_GAP ? 'warning' : 'info',
      message: { key: 'stronger', values: { page: STRENGTH_WORDS[claim.strength]!, source: STRENGTH_WORDS[facts.conclusionStrength]! } },
      evidence: `${facts.conclusionEvidence}; page: “${claim.text}”`,
    };
  },
};
