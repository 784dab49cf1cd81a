import { analyseClaim, opensCase, opensStudy, type ClaimContext } from '../text/claim-analysis';
import { noiseFamily } from '../text/claim-noise';
import { isAboutHealth } from '../text/health-topic';
import { isNewsEvent } from '../text/news-event';
import { isNarratorStory, nonFindingFamily } from '../text/non-finding';
import { isOnTopic } from '../text/page-topic';
import type { Sentence } from '../text/sentences';
import { isUnsourcedOffHealth } from '../text/unsourced-statement';
import { isProse } from './prose-block';
import type { Claim } from './types';

const TRAILING_MARKER = /(?<=[.!?]["”’)]*)(?:\d{1,3}(?:[,–-]\d{1,3})*|(?:\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\])+)$/;

const MIGHT_BE_CLAIM =
  /\d|stud(y|ies)|trial|research|scientist|investigat|random|placebo|double-blind|cohort|analys|review|mice|mouse|\brats?\b|rodent|animal|vitro|cell|safe|toler|side[- ]effect|adverse|harm|toxic|patients|participants|volunteers|subjects|people|adults|children|women|\bmen\b|findings|results|evidence|\bdata\b|report|author|treat|cure|prevent|disease|cancer|breakthrough|miracle|\bwe (?:show|demonstrate|perform|report|identify|describe|present)\b/i;

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
  context: ClaimContext = { inStudy: false },
): Claim[] {
  const paragraphIds = [...new Set(sentences.flatMap(markerIdsOf))];
  const claims: Claim[] = [];
  // Whether the block is prose is read once, and only when one of its sentences might be a claim.
  let prose: boolean | null = null;
  for (const sentence of sentences) {
    const text = quotedSentence(sentence.text);
    // A question asks; it does not report a finding.
    if (/\?["”’)]*$/.test(text)) continue;
    const own = markerIdsOf(sentence);
    // Most sentences on most pages say nothing about a study: one cheap look before the full analysis.
    if (own.length === 0 && !context.inStudy && !MIGHT_BE_CLAIM.test(text)) continue;
    prose ??= element === null || isProse(element);
    if (!prose) return claims;
    // A sentence that cites a source speaks of that source's study, wherever on the page it stands.
    const { isClaim, ...analysis } = analyseClaim(text, own.length > 0 ? { ...context, inParagraphStudy: true } : context);
    // A news event or a figure off health with no research behind it opens no study: it is judged
    // by the study its paragraph reported before it, and the sentences after it are not its findings.
    const citesTheStudy = own.some((id) => context.studyReferences?.has(id) === true);
    const unsourced =
      isNewsEvent(text) || (isUnsourcedOffHealth(text) && context.inCase !== true && context.inParagraphStudy !== true && !citesTheStudy);
    const studyBefore = context.inParagraphStudy === true;
    if (opensStudy(text) && !unsourced) {
      for (const id of own) (context.studyReferences ??= new Set()).add(id);
      context.inStudy = true;
      if (context.inParagraphStudy !== undefined) context.inParagraphStudy = true;
      if (opensCase(text)) context.inCase = true;
    }
    if (!isClaim && !(own.length > 0 && analysis.strength > 0 && noiseFamily(text) === null && isAboutHealth(text))) continue;
    // On a page off health and research, what a sentence is about decides: a tutorial's "we
    // found" or a company's revenue figure is no finding, a study its paragraph reported before it is.
    if (context.offTopicPage === true && !studyBefore && !isOnTopic(text)) continue;
    // An aim or a hypothesis still opens the study it frames, but is no finding of it.
    if (unsourced || nonFindingFamily(text) !== null || (own.length === 0 && isNarratorStory(text))) continue;
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
