import type { SourceRecord } from '../shared/source-record';
import { causalStrength, negatedFinding, type CausalStrength } from '../text/causal-strength';
import { NULL_CONCLUSION } from './source-facts';

/** A clause that found no effect says only that no link was shown (strength 1), whatever its verb. */
export const NULL_FINDING_STRENGTH = 1;

/** What a source concludes, and how strongly it states cause and effect (scheme §5). */
export interface SourceConclusion {
  text: string;
  strength: CausalStrength;
}

const CONCLUSION_HEADING = /\b(?:conclusions?(?: and relevance)?|interpretation|significance)\s*:\s*/gi;
const NEXT_HEADING = /\s(?:trial registration(?: number)?|funding|registration|clinical trial registration)\s*:/i;

/**
 * The conclusion of a source's abstract: its "Conclusions" section where it is labelled, else its
 * last sentence. Null when there is no abstract, so a missing conclusion is "unknown", not "weak".
 */
export function conclusionOf(record: SourceRecord): SourceConclusion | null {
  const abstract = record.abstract?.trim();
  if (!abstract) return null;
  let start = -1;
  for (const match of abstract.matchAll(CONCLUSION_HEADING)) start = match.index + match[0].length;
  let text: string;
  if (start >= 0) {
    const rest = abstract.slice(start);
    const end = NEXT_HEADING.exec(rest);
    text = (end ? rest.slice(0, end.index) : rest).trim();
  } else {
    const sentences = abstract.split(/(?<=[.!?])\s+(?=[A-Z])/);
    text = sentences.at(-1) ?? abstract;
  }
  if (!text) return null;
  // The strongest clause is what a press release or a page would carry forward.
  // Read clause by clause: "did not show efficacy overall, but may slow decline" concludes "may slow"; "halved the rate but did not reduce the time lost" concludes "halved".
  const clauses = text.split(/(?<=[.!?])\s+(?=[A-Z])|;\s+|,?\s+(?=but\b|whereas\b|although\b)/);
  const strength = Math.max(
    // "Did not lower the risk" found no effect: a link not shown (1), never "no cause stated" (0), which compares with nothing.
    ...clauses.map((clause) => (negatedFinding(clause) || NULL_CONCLUSION.test(clause) ? NULL_FINDING_STRENGTH : causalStrength(clause))),
  ) as CausalStrength;
  return { text, strength };
}
