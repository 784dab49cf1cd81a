import { IRREGULAR_PAST } from './finite-verb';
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
/**
 * A verb in the past or perfect, negated too ("weren't moving"): the sentence tells what happened
 * in the study.
 */
const PAST = new RegExp(
  String.raw`\b(?:(?:was|were|had|did|could)(?:n['’]t)?|has been|have been|\w{3,}ed|${[...IRREGULAR_PAST].join('|')})\b`,
  'i',
);

/** True when a sentence reads as the continuation of a study already described. */
export function continuesStudy(sentence: string): boolean {
  return STUDY_SUBJECTS.test(sentence) && PAST.test(sentence);
}

/** The people of a case report's story: its patient and the doctors who treated him or her. */
const CASE_PEOPLE =
  /\b(?:he|she|his|her|him|the (?:man|woman|patient|boy|girl|couple|baby)|doctors?|dr\.?|physicians?|radiologist|practitioner)\b/i;

/**
 * The course of an illness in words that name no body part or disease ("he began to improve",
 * "she recovered"): in a case report's story they are its outcome.
 */
export const COURSE_OF_ILLNESS = /\b(?:improv\w*|recover\w*|worsen\w*|deteriorat\w*|relaps\w*|back to normal)\b/i;

/** True when a sentence tells a case report's story: its people, in the past tense, about health or its course. */
export function continuesCase(sentence: string): boolean {
  return CASE_PEOPLE.test(sentence) && PAST.test(sentence) && (isAboutHealth(sentence) || COURSE_OF_ILLNESS.test(sentence));
}
