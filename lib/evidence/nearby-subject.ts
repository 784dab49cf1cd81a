import { clauseSpan } from '../text/clause-span';
import type { ClaimView, SourceView } from './checks/types';

/**
 * Whether a sentence near a claim speaks of the claim's study or treatment: the words of its clause
 * before the wording a check reads ("hearing aids" before "prevent dementia", "the procedure"
 * before "is completely safe") name what the claim or the source's title names, or point back to
 * the treatment just described. "Smoking causes most lung cancers" beside a study of air pollution
 * speaks of something else, and "steroid injections are another option" beside an oral trial
 * names another treatment.
 */

/** Words that point back to the treatment a page has just described. */
export const ANAPHORIC_TREATMENT =
  /\b(the|this|that|these|such) (procedure|treatment|therapy|drug|medicine|medication|pill|tablet|capsule|supplement|vaccine|jab|injection|operation|surgery|technique|intervention|remedy|extract|approach|programme|program|device)s?\b|^\s*(it|they)\b/i;

/**
 * Wording that reports what others believe ("is credited with", "is said to", "is thought to"): the
 * page states a reputation, not a finding of its own.
 */
export const REPORTED_BELIEF =
  /\b(credited with|said to|claimed to|believed to|thought to|reputed to|reputed|touted|rumou?red to|supposed to|known for)\b/i;

/** Words too common in health writing to show that two texts speak of the same thing. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  (
    'about above after again against also among another because before being between both could does during each every ' +
    'from have having here into just like many more most much only other over same should some such than that their ' +
    'them then there these they this those through under very were what when where which while will with would your ' +
    'people patients adults participants study studies trial trials research researchers results found group groups ' +
    'year years week weeks month months daily dose doses effect effects risk risks health treatment treatments ' +
    'best keep take taking taken make made good well used using new news message clear called'
  ).split(' '),
);

/** A clause ends at these marks: what stands before the last one is another clause. */
const CLAUSE_BREAK = /[,;:—–(]|\s-\s/g;

const CONTENT_WORD = /\p{L}[\p{L}'’-]{3,}/gu;

/** The content words of a text, lower-cased, without a plural or possessive ending. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const [word] of text.matchAll(CONTENT_WORD)) {
    const stem = word
      .toLowerCase()
      .replace(/['’]s?$/, '')
      .replace(/(?<=\p{L}{3})s$/u, '');
    if (!GENERIC_WORDS.has(stem) && !GENERIC_WORDS.has(`${stem}s`)) words.add(stem);
  }
  return words;
}

/** The clause of a sentence that stands before `index`: from its last clause break up to there. */
export function clauseBefore(sentence: string, index: number): string {
  return sentence.slice(clauseSpan(sentence, index, 0, CLAUSE_BREAK).start, index);
}

/**
 * Who a study was of, as claims name them ("adults with asthma", "people with chronic hepatitis
 * B"): at most three words after "with", so the treatment that follows stays ("people with knee
 * osteoarthritis found that a turmeric extract …").
 */
export const STUDIED_PEOPLE =
  /\b(?:patients|adults|people|persons|children|adolescents|infants|toddlers|women|men|participants|individuals|smokers|veterans)\s+(?:with|who have|who had|living with|at (?:high )?risk of)\s+(?:(?!(?:who|that|which|and|found|were|was|had|took|given|received)\b)[\p{L}'’-]+\s*){1,3}/giu;

/** Where a title names who or where it studied: from its first "in" or "among" to its subtitle ("… in chronic hepatitis B: a cohort study"). */
export const TITLE_SETTING = /\s(?:in|among)\s[^:]*/iu;

/**
 * The words a sentence near a claim must share to speak of its study: the claim and the source's
 * title, without the people studied. A background sentence about their disease ("chronic hepatitis
 * B infection is one of the leading causes of liver cancer", beside an aspirin cohort of people
 * with it) speaks of the people studied, not of what the study tested.
 */
export function studySubjectText(claimText: string, title: string): string {
  return `${claimText.replace(STUDIED_PEOPLE, ' ')} ${title.replace(TITLE_SETTING, ' ')}`;
}

/**
 * True when the clause before `index` names what `studyText` names, or points back to the
 * treatment, as the page's own statement (not a reputation it reports).
 */
export function speaksOfStudy(sentence: string, index: number, studyText: string): boolean {
  const clause = clauseBefore(sentence, index);
  if (REPORTED_BELIEF.test(clause)) return false;
  if (ANAPHORIC_TREATMENT.test(clause)) return true;
  const study = contentWords(studyText);
  return [...contentWords(clause)].some((word) => study.has(word));
}

/**
 * For a check reading a sentence near a claim: true when the wording at `index` is about something
 * else than the claim's study (always false for the claim's own sentence).
 */
export function nearbyAboutOther(view: ClaimView, source: SourceView | null, index: number): boolean {
  if (view.nearbyOf === null) return false;
  return !speaksOfStudy(view.claim.text, index, studySubjectText(view.nearbyOf.text, source?.record.title ?? ''));
}
