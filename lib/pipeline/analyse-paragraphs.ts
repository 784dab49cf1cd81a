import type { PageSignals } from '../evidence/page-checklist';
import type { ClaimContext } from '../text/claim-analysis';
import type { DisclaimerKind } from '../text/disclaimers';
import { isAboutHealth } from '../text/health-topic';
import { isOffTopicPage, readsAsHealthPage } from '../text/page-topic';
import { splitSentences, type Sentence } from '../text/sentences';
import { claimsOfParagraph, quotedSentence } from './claims';
import { attachNearby, hasNearbyCue, type NearbySentence } from './nearby-statements';
import { collectParagraphDisclaimers } from './paragraph-disclaimers';
import { causalStrength } from '../text/causal-strength';
import type { CandidateParagraph, ParagraphClaim, TextAnalysis } from './types';

/** Longest sentence read for claims and disclaimers. */
export const MAX_SENTENCE_LENGTH = 1000;

/**
 * The text side of a page scan: splits each paragraph into sentences and reads its claims,
 * disclaimers and checklist signals. Plain strings in, plain data out, so it runs wherever the
 * page's text may go: the background, the command-line tool, tests.
 */
export function analyseParagraphs(paragraphs: readonly CandidateParagraph[], metaSignals: PageSignals): TextAnalysis {
  const out: TextAnalysis = {
    claims: [],
    disclaimers: [],
    signals: { ...metaSignals, sensational: [...metaSignals.sensational] },
    markerSentences: [],
    nearby: [],
  };
  // Whether the page has reported a study yet (later sentences about its participants continue it),
  // the disclosure a heading just introduced ("Funding:"), and whether the page as a whole speaks
  // of health or research at all.
  const article = paragraphs.filter((p) => p.inArticle).map((p) => p.text);
  const context: ParagraphContext = {
    inStudy: false,
    disclosure: null,
    offTopicPage: isOffTopicPage(article),
    articleSentences: 0,
    healthSentences: 0,
    nearby: [],
  };
  paragraphs.forEach((paragraph, index) => readParagraph(paragraph, index, out, context));
  // The cue is read only for the sentences within reach of a claim: most of a page has none near it.
  out.nearby = attachNearby(context.nearby, out.claims, paragraphs)
    .filter((sentence) => hasNearbyCue(sentence.text))
    .map((sentence) => ({ ...sentence, strength: causalStrength(sentence.text) }));
  out.signals.aboutHealth = readsAsHealthPage(context.healthSentences, context.articleSentences);
  return out;
}

/** What one paragraph passes on to the next, and the article's sentence counts for its topic. */
type ParagraphContext = ClaimContext & {
  disclosure: DisclaimerKind | null;
  articleSentences: number;
  healthSentences: number;
  /** Article sentences that are no claims but carry wording the checks read around one. */
  nearby: NearbySentence[];
};

function readParagraph(
  { text, markers, heading, inArticle, teaser, prose }: CandidateParagraph,
  index: number,
  out: TextAnalysis,
  context: ParagraphContext,
): void {
  context.inParagraphStudy = false;
  const sentences = splitSentences(
    text,
    markers.map(({ end }) => end),
  );
  const inSentence = (end: number, sentence: Sentence) => end > sentence.start && end <= sentence.end + 1;
  out.markerSentences.push(
    markers.map(({ end }) => {
      const sentence = sentences.find((s) => inSentence(end, s));
      return sentence ? quotedSentence(sentence.text) : '';
    }),
  );
  // A run of text this long has no sentence boundary a reader would see (a pasted list, a chapter
  // without punctuation): analysing it costs tens of milliseconds and finds nothing quotable.
  const readable = sentences.filter((sentence) => sentence.text.length <= MAX_SENTENCE_LENGTH);
  const proseSentences = collectParagraphDisclaimers(readable, { text, heading, inArticle, teaser }, out, context);
  if (!inArticle) return;
  context.articleSentences += readable.length;
  context.healthSentences += readable.filter((sentence) => isAboutHealth(sentence.text)).length;
  const ids = (sentence: Sentence) => [...new Set(markers.filter(({ end }) => inSentence(end, sentence)).flatMap((m) => m.referenceIds))];
  // A teaser card's summary reports another article's study, not this page's; a table cell, a
  // caption or a comment is no running prose. Both still count towards the page's topic.
  if (teaser === true || prose === false) return;
  const first = out.claims.length;
  out.claims.push(
    ...claimsOfParagraph(proseSentences, ids, null, context).map(({ element: _element, ...claim }): ParagraphClaim => ({
      ...claim,
      paragraph: index,
    })),
  );
  noteNearbySentences(proseSentences, ids, index, first, out.claims, context.nearby);
}

/** A claim that only asserts safety: it cites nothing and has no figure, head count or causal wording of its own. */
function isBareSafetyClaim(claim: ParagraphClaim): boolean {
  return claim.safety && claim.citedBy === 'none' && claim.strength === 0 && claim.effects.length === 0 && claim.participants === null;
}

/** Notes the paragraph's sentences that are no claims and cite nothing, with the claims around them (their cue is read once they are attached). */
function noteNearbySentences(
  sentences: readonly Sentence[],
  ids: (sentence: Sentence) => string[],
  paragraph: number,
  firstClaim: number,
  claims: readonly ParagraphClaim[],
  into: NearbySentence[],
): void {
  let claim = firstClaim;
  let claimBefore: number | null = null;
  for (const sentence of sentences) {
    const text = quotedSentence(sentence.text);
    if (claim < claims.length && claims[claim]!.text === text) {
      // "Best of all, the extract is completely safe." (a herbal pilot trial): a claim of safety that cites
      // nothing and reports nothing else speaks of the study just reported, so it is read beside it too.
      if (isBareSafetyClaim(claims[claim]!))
        into.push({ paragraph, text, strength: 0, claimBefore, claimAfter: claim + 1 < claims.length ? claim + 1 : null });
      claimBefore = claim;
      claim += 1;
      continue;
    }
    if (ids(sentence).length > 0 || /\?["”’)]*$/.test(text)) continue;
    const claimAfter = claim < claims.length ? claim : null;
    into.push({ paragraph, text, strength: 0, claimBefore, claimAfter });
  }
}
