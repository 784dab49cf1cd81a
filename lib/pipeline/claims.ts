import { analyseClaim } from '../text/claim-analysis';
import type { Sentence } from '../text/sentences';
import type { Claim } from './types';

const TRAILING_MARKER = /(?<=[.!?]["”’)]*)(?:\d{1,3}(?:[,–-]\d{1,3})*|(?:\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\])+)$/;

const MIGHT_BE_CLAIM =
  /\d|stud(y|ies)|trial|research|scientist|investigat|random|placebo|double-blind|cohort|analys|review|mice|mouse|\brats?\b|rodent|animal|vitro|cell|safe|toler|side[- ]effect|adverse|harm|toxic|patients|participants|volunteers|subjects|people|adults|children|women|\bmen\b|findings|results|evidence|\bdata\b|report|author|treat|cure|prevent|disease|cancer|breakthrough|miracle/i;

/** A sentence as a reader would quote it: without a citation number glued to its end. */
export function quotedSentence(text: string): string {
  return text.replace(TRAILING_MARKER, '').trim();
}

/**
 * The claims of one paragraph. A sentence is a claim when it reports a study (design words, a
 * study and a reporting verb, participants, an effect figure or a safety statement), or when it
 * is cited and states a relationship. A claim without its own marker takes the paragraph's
 * markers, since a paragraph that continues a cited finding usually cites once, at its end.
 */
export function claimsOfParagraph(
  sentences: readonly Sentence[],
  markerIdsOf: (sentence: Sentence) => string[],
  element: Element | null,
): Claim[] {
  const paragraphIds = [...new Set(sentences.flatMap(markerIdsOf))];
  const claims: Claim[] = [];
  for (const sentence of sentences) {
    const text = quotedSentence(sentence.text);
    // A question asks; it does not report a finding.
    if (/\?["”’)]*$/.test(text)) continue;
    const own = markerIdsOf(sentence);
    // Most sentences on most pages say nothing about a study: one cheap look before the full analysis.
    if (own.length === 0 && !MIGHT_BE_CLAIM.test(text)) continue;
    const { isClaim, ...analysis } = analyseClaim(text);
    if (!isClaim && !(own.length > 0 && analysis.strength > 0)) continue;
    const referenceIds = own.length > 0 ? own : paragraphIds;
    claims.push({
      text,
      referenceIds,
      citedBy: own.length > 0 ? 'marker' : paragraphIds.length > 0 ? 'paragraph' : 'none',
      ...analysis,
      element,
    });
  }
  return claims;
}
