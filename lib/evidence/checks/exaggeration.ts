import { negatedFinding } from '../../text/causal-strength';
import type { CheckDefinition } from './types';

/** A gap in claim strength from which a stronger statement is a warning ("is linked" stated as "causes"). */
export const WARNING_GAP = 2;

/** Designs that assign treatments at random. */
const RANDOMISED: ReadonlySet<string> = new Set(['rct']);

const STRENGTH_WORDS = ['no cause stated', 'a link', 'a possible effect', 'a definite effect'];

/** How a conclusion that found no effect ("did not reduce 28-day mortality") is named: it is no "link". */
const NO_EFFECT_WORDS = 'that no effect was found';

/**
 * The page's causal strength above the source conclusion's (scheme §5): by 2 or more a warning, by 1
 * ("may" stated as "does") information, and information only where the source is a randomised
 * trial that met its primary endpoint. Statements about harms are for safety-overreach.
 */
export const exaggeration: CheckDefinition = {
  code: 'exaggeration',
  scope: 'source',
  wording: {
    stronger: ({ page, source }) =>
      `The page states the finding more strongly (${page}) than the source's own conclusion does (${source}).`,
  },
  run({ claim, facts: claimFacts }, { facts, design }) {
    // A page that says an effect was not found overstates no benefit.
    // A conclusion that states no relationship gives nothing to compare with: nothing is said.
    if (claim.safety || !facts.conclusionStrength || claimFacts.deniesEffect) return null;
    const gap = claim.strength - facts.conclusionStrength;
    if (gap <= 0) return null;
    return {
      // A randomised comparison that met its primary endpoint shows an effect, however cautiously its authors word it ("was associated with a lower risk").
      severity: gap >= WARNING_GAP && !(RANDOMISED.has(design) && facts.primaryEndpoint === 'met') ? 'warning' : 'info',
      message: {
        key: 'stronger',
        values: {
          page: STRENGTH_WORDS[claim.strength]!,
          source: negatedFinding(facts.conclusionEvidence ?? '') ? NO_EFFECT_WORDS : STRENGTH_WORDS[facts.conclusionStrength]!,
        },
      },
      evidence: `${facts.conclusionEvidence}; page: “${claim.text}”`,
    };
  },
};
