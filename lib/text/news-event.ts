import { RESEARCH_WORD_LIST, researchWordsPattern } from './unsourced-statement';

/**
 * The wording of a news event: people killed or hurt, what officials said, what another outlet
 * reported, where a virus "has been reported". A head count or a figure in such a sentence counts
 * victims or cases, not people studied.
 */
export const NEWS_EVENT =
  /\b(?:killed|killing|shot dead|wounded|injur(?:ed|ing) (?:\w+ )?(?:people|others)|gunman|victims?)\b|\bofficials? (?:said|say|says|confirmed|announced)\b|,\s*(?:[\p{Lu}][\p{L}.'’-]*\s){1,3}(?:reported|reports)\.?$|\b(?:has|have) been (?:reported|confirmed|detected) in (?:\p{Lu}|\d|several|many)/u;

/** Research words other than "reported" and "according to", which a news event shares with a study. */
const RESEARCH_OTHER_THAN_REPORTED = researchWordsPattern(
  RESEARCH_WORD_LIST.filter((word) => word !== 'reported' && word !== 'according to'),
);

/** True when a sentence tells a news event and names no research behind it. */
export function isNewsEvent(sentence: string): boolean {
  return NEWS_EVENT.test(sentence) && !RESEARCH_OTHER_THAN_REPORTED.test(sentence);
}
