import { POPULATION_NOUNS } from './head-count';
import { isAboutHealth } from './health-topic';

/**
 * Who a sentence is about when it continues a study described just before: the people studied
 * and the people who studied them ("the participants who … also improved", "the researchers then
 * asked …"). Only sentences of a paragraph or page that has already reported a study are read this way.
 */
const SUBJECT_NOUNS = [
  ...POPULATION_NOUNS,
  'patient',
  'animals',
  'cells',
  'group',
  'groups',
  'cohort',
  'researchers',
  'scientists',
  'investigators',
  'team',
  'authors',
  'study',
  'trial',
  'results',
  'findings',
  'data',
  'analysis',
  'man',
  'woman',
  'boy',
  'girl',
].join('|');

/** The subject of a sentence that continues a study: "the participants", "these nurses", "the team". */
export const STUDY_SUBJECTS = new RegExp(
  String.raw`\b(?:the|these|those|all|both|each|most|many|some|half of the|none of the) (?:\w+ )?(?:${SUBJECT_NOUNS})\b|` +
    String.raw`\b(?:they|researchers|scientists|participants|patients)\b (?:\w+ )?(?:found|showed|saw|noted|observed|reported|measured|asked|tested|compared|looked|used|gave|discovered|concluded|recorded|tracked|followed|were|had|did|could)\b`,
  'i',
);
/** A verb in the past or perfect: the sentence tells what happened in the study. */
const PAST =
  /\b(?:was|were|had|did|has been|have been|could|\w{3,}ed|found|showed|shown|saw|fell|rose|grew|became|began|felt|gave|took|made|lost|kept|left|led|ran|got|went|came|said)\b/i;

/** True when a sentence reads as the continuation of a study already described. */
export function continuesStudy(sentence: string): boolean {
  return STUDY_SUBJECTS.test(sentence) && PAST.test(sentence);
}

/** The people of a case report's story: its patient and the doctors who treated him or her. */
const CASE_PEOPLE =
  /\b(?:he|she|his|her|him|the (?:man|woman|patient|boy|girl|couple|baby)|doctors?|dr\.?|physicians?|radiologist|practitioner)\b/i;

/** True when a sentence tells a case report's story: its people, in the past tense, about health. */
export function continuesCase(sentence: string): boolean {
  return CASE_PEOPLE.test(sentence) && PAST.test(sentence) && isAboutHealth(sentence);
}
