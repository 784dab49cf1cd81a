import { causalWordingIn } from '../../text/causal-strength';
import { nearbyAboutOther } from '../nearby-subject';
import { OBSERVATIONAL } from './design-groups';
import { carriesPreclinicalToPeople } from './population-mismatch';
import type { CheckDefinition } from './types';

/** Claim strength of a plain cause-and-effect statement (scheme §5). */
export const DIRECT_CAUSAL = 3;

/**
 * "Causes", "prevents" from a study that cannot show cause: an observational one, or an animal or
 * cell study carried over to people. An experiment in mice reported as such may state a cause in mice.
 */
export const causalOverreach: CheckDefinition = {
  code: 'causal-overreach',
  scope: 'source',
  wording: {
    overreach: ({ design }) => `The page states a cause and effect in people that ${design} cannot show.`,
  },
  run(view, source) {
    const { claim } = view;
    // "It cannot prove that coffee protects the heart" says the cause is not shown: the caveat a careful page gives.
    if (claim.strength !== DIRECT_CAUSAL || view.facts.deniesEffect) return null;
    const observational = OBSERVATIONAL.has(source.design);
    if (!observational && !carriesPreclinicalToPeople(view, source)) return null;
    // Beside a finding, "smoking causes most lung cancers" states what is known of something else.
    if (nearbyAboutOther(view, source, causalWordingIn(claim.text)?.index ?? 0)) return null;
    return {
      severity: 'warning',
      message: {
        key: 'overreach',
        values: { design: observational ? 'an observational study' : 'a study in animals or cells' },
      },
      evidence: `Source design: ${source.design}; page: “${claim.text}”`,
      // The message names only the source's design: said of one study in several sentences, it is told once.
      oncePerPage: true,
    };
  },
};
