import { DIRECT_CAUSAL } from '../evidence/checks/causal-overreach';
import { ABSOLUTE_SAFETY, ROUTE_WORDS } from '../evidence/fact-words';
import { causalStrength } from '../text/causal-strength';
import { HYPE_TERMS } from '../text/hype-words';
import { nonFindingFamily } from '../text/non-finding';
import type { CandidateParagraph, ParagraphClaim } from './types';

/** A sentence that is no claim but may say something of a nearby claim's study, with where it stands. */
export interface NearbySentence {
  paragraph: number;
  text: string;
  /** Its causal strength (scheme §5), read once it is attached to a claim. */
  strength: number;
  /** The index of the claim just before it in its paragraph, and of the one just after it (null: none). */
  claimBefore: number | null;
  claimAfter: number | null;
}

/** A nearby sentence with the claim (by index) it speaks of. */
export interface AttachedStatement extends NearbySentence {
  claim: number;
}

/** Non-findings that never speak of a study's result, whatever their verbs. */
const NO_CUE_FAMILIES: ReadonlySet<string> = new Set(['funding', 'boilerplate']);

/**
 * True when a sentence that reports no finding carries wording the checks read around one:
 * promotion, a claim of safety, a plain cause, a route of taking a treatment.
 */
export function hasNearbyCue(text: string): boolean {
  // Who paid for a study ("The Trust contributed to the cost of this study", a burns charity's page) or a site notice says nothing of what it found.
  if (NO_CUE_FAMILIES.has(nonFindingFamily(text) ?? '')) return false;
  return (
    HYPE_TERMS.test(text) ||
    ABSOLUTE_SAFETY.test(text) ||
    ROUTE_WORDS.some(([, pattern]) => pattern.test(text)) ||
    causalStrength(text) === DIRECT_CAUSAL
  );
}

/** How many article paragraphs back a nearby sentence may reach for a cited claim of its story. */
export const NEARBY_REACH_BACK = 2;

/**
 * Attaches each nearby sentence to the claim it most likely speaks of. The candidates, nearest
 * first: the claim before it in its paragraph, the one after it, the claims of the paragraph before
 * (last first), of the paragraph after, then further back up to `NEARBY_REACH_BACK` paragraphs. A
 * heading or page furniture ends the story, so the reach stops there. The nearest claim that cites
 * a source is taken, since a finding reported over several paragraphs cites once; failing one, the
 * nearest claim.
 */
export function attachNearby(
  sentences: readonly NearbySentence[],
  claims: readonly ParagraphClaim[],
  paragraphs: readonly CandidateParagraph[],
): AttachedStatement[] {
  const prose = (index: number) => paragraphs[index]?.inArticle === true && paragraphs[index]?.heading === false;
  const inParagraph = (index: number) => claims.flatMap((claim, i) => (claim.paragraph === index ? [i] : []));
  const attached: AttachedStatement[] = [];
  for (const sentence of sentences) {
    const here = inParagraph(sentence.paragraph);
    const candidates = [
      ...here.filter((i) => sentence.claimBefore !== null && i <= sentence.claimBefore).reverse(),
      ...here.filter((i) => sentence.claimAfter !== null && i >= sentence.claimAfter),
    ];
    for (let back = 1; back <= NEARBY_REACH_BACK && prose(sentence.paragraph - back); back += 1) {
      candidates.push(...inParagraph(sentence.paragraph - back).reverse());
      if (back === 1 && prose(sentence.paragraph + 1)) candidates.push(...inParagraph(sentence.paragraph + 1));
    }
    if (!prose(sentence.paragraph - 1) && prose(sentence.paragraph + 1)) candidates.push(...inParagraph(sentence.paragraph + 1));
    const claim = candidates.find((i) => claims[i]!.citedBy !== 'none') ?? candidates[0];
    if (claim !== undefined) attached.push({ ...sentence, claim });
  }
  return attached;
}
