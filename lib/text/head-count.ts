import { NUMBER, NUMBER_WORD_PATTERN, ROUND_WORDS, parseNumber } from './numbers';

/** Nouns for the people (or animals) a study counts; a figure is a head count only before one of them. */
export const POPULATION_NOUNS = [
  'patients',
  'participants',
  'people',
  'persons',
  'adults',
  'children',
  'kids',
  'women',
  'men',
  'girls',
  'boys',
  'subjects',
  'volunteers',
  'individuals',
  'smokers',
  'infants',
  'toddlers',
  'preschoolers',
  'schoolchildren',
  'pupils',
  'youngsters',
  'neonates',
  'pensioners',
  'retirees',
  'inpatients',
  'outpatients',
  'babies',
  'newborns',
  'adolescents',
  'teenagers',
  'teens',
  'seniors',
  'students',
  'veterans',
  'nurses',
  'physicians',
  'doctors',
  'respondents',
  'employees',
  'workers',
  'residents',
  'athletes',
  'runners',
  'survivors',
  'users',
  'drinkers',
  'mothers',
  'fathers',
  'parents',
  'couples',
  'twins',
  'families',
  'households',
  'members',
  'soldiers',
  'pregnancies',
  'donors',
  'cases',
  'mice',
  'rats',
  'monkeys',
  'dogs',
  'pigs',
] as const;

/** Words after a figure that make it something other than a head count: units, groups, time. */
export const NOT_A_HEAD_COUNT =
  /^(?:groups?|arms?|sites?|centres?|centers?|countries|states|hospitals|studies|trials|times|years?|months?|weeks?|days?|hours?|minutes?|kg|mg|g|cm|mm|m|kcal|calories|points?|percent|per|%)\b/i;

/**
 * Plural nouns for things, not people: a figure before one counts those things, even when people
 * follow ("two problems doctors had worried about", "five questions parents ask"), a hypertension page.
 */
export const COUNTED_THINGS =
  /\b(?:problems|things|reasons|ways|questions|issues|symptoms|signs|conditions|factors|drugs|medicines|tests|steps|types|kinds|tips|mistakes|myths|facts|foods|habits|changes|options|outcomes|diseases|risks|complications)\b/i;

/** Planning wording: a sample a study means to recruit is not a count of people studied. */
const PLANNED =
  /\b(will|would|plan(?:s|ned)? to|aims? to|hope to|seek(?:s|ing)? to|intend(?:s|ed)? to|to be) (?:recruit|enrol|enroll|include|randomi[sz]e|sign up)\w*\b[^.]{0,40}$/i;

// Number words only as whole words: "often respondents" holds no "ten respondents".
const FIGURE = `(${NUMBER}(?:\\s+(?:thousand|million|billion))?|\\b(?:${NUMBER_WORD_PATTERN}|${Object.keys(ROUND_WORDS).join('|')}))`;
const HEAD_COUNT = new RegExp(
  `(?<![\\d.,])${FIGURE}\\s+((?:(?!(?:of|and|or|in)\\s)[\\p{L}-]+\\s+){0,3}?)(${POPULATION_NOUNS.join('|')})\\b`,
  'giu',
);
const N_EQUALS = /\bn\s*=\s*(\d{1,3}(?:,\d{3})+|\d+)\b/gi;
/** "an estimated 200,000 children": a population estimated, not people counted in a study. */
const ESTIMATED = /\b(?:an? |some )?estimated\s*$/i;
/** "the population boomed by more than 7 million people": the size of a change, not a count of people studied. */
const CHANGE_BY =
  /\b(?:grew|grown|rose|risen|fell|fallen|increased|decreased|boomed|dropped|declined|shrank|shrunk|jumped|swelled|climbed)\b[^.;]{0,30}\bby\s+(?:more than |about |around |nearly |almost |over |some |roughly |just over |just under )?$/i;
/**
 * A count given as a share of a whole ("20,235 people (0.5%)", "964,000 people …, which account
 * for 0.4 percent of"): a subgroup a result is about, not the people studied.
 */
const SHARE_OF_WHOLE =
  /^\s*\(\s*\d+(?:\.\d+)?\s*(?:%|percent)\s*\)|^[^.;]{0,60}?\baccount(?:s|ed|ing)? for\s+(?:about |around |nearly |almost |roughly |some )?\d+(?:\.\d+)?\s*(?:%|percent)/i;

/**
 * "1 in 50 patients", "27.5 per 100,000 people", "for every 1,000 patients treated", "nine out of
 * ten patients" (an achalasia trial's success rate): the base of a rate or a share, not people studied.
 */
const RATE_DENOMINATOR = new RegExp(
  `(?:\\b(?:\\d+(?:\\.\\d+)?|${NUMBER_WORD_PATTERN})\\s+(?:in|out of)(?:\\s+every)?|\\bper|\\bevery)\\s*$`,
  'i',
);

/** "eight fewer people … for every 100 treated", "3 cases per 1,000": the count over a rate's base, not people studied. */
const RATE_NUMERATOR = /^[^.;,]{0,60}?\b(?:(?:for|in|out of) (?:every|each)|per)\s+(?:\d|hundred\b|thousand\b)/i;
/** "eight fewer people", "12 more patients": the size of a difference between groups, not a count of people studied. */
const DIFFERENCE = /^(?:fewer|more|extra|additional|less)\s/i;

/**
 * "just 19 cases in total, one of them in the vaccine group": cases are events counted, not people
 * studied, unless a case series or review studied them ("a review of 212 cases", "40 cases were analysed").
 */
const CASES_STUDIED_BEFORE = /\b(?:series|review|study|analysis|report|audit) of\s+(?:the\s+)?$/i;
const CASES_STUDIED_AFTER = /^\s+(?:\w+\s+){0,3}?(?:were|was)\s+(?:reviewed|studied|included|analy[sz]ed|examined|enrolled|identified)\b/i;

/** "three patients given the drug developed atrial flutter": a count of those with an outcome, not of those studied. */
const OUTCOME_AFTER =
  /^\s+(?:(?:given|taking|on|in|receiving)\s+(?:[\p{L}-]+\s+){1,3}?)?(?:developed|died|experienced|suffered|needed|required|relapsed)\b/iu;

/** "Of the 1,200 participants, 600 …": the total is named first. */
const TOTAL_FIRST = /\b(?:a total of|in all|altogether|overall|of (?:the|all|these)|among (?:the|all))\s*$/i;

/**
 * The number of people (or animals) a sentence says were studied, or null. A figure counts only
 * before a population noun ("640 children", "1,200 older adults"), never before a unit or a group
 * word ("12 years", "3 groups of participants"), never inside a measure ("BMI of 30 adults"), and
 * never when it is a planned sample, an estimate of a population or a share of a whole. With subgroups listed ("45 men and 55 women") and no larger
 * total, the subgroups are summed.
 */
export function findParticipants(sentence: string): number | null {
  const counts: Array<{ value: number; index: number; end: number }> = [];
  for (const match of sentence.matchAll(HEAD_COUNT)) {
    const value = parseNumber(match[1]!);
    const between = match[2] ?? '';
    if (!(value > 0) || NOT_A_HEAD_COUNT.test(between) || COUNTED_THINGS.test(between)) continue;
    const before = sentence.slice(Math.max(0, match.index - 40), match.index);
    // A year ("in 2019 patients…"), a measure's value ("a BMI of 30 adults"), a planned sample.
    if (/^\d{4}$/.test(match[1]!) && value >= 1900 && value <= 2100) continue;
    if (/\b(?:BMI|index|score|level|aged?|age of|ages)\s*(?:of|above|over|under|below|>|<|≥|≤)?\s*$/i.test(before)) continue;
    if (PLANNED.test(before)) continue;
    const after = sentence.slice(match.index + match[0].length);
    if (CHANGE_BY.test(before) || ESTIMATED.test(before) || SHARE_OF_WHOLE.test(after)) continue;
    if (RATE_DENOMINATOR.test(before) || DIFFERENCE.test(between)) continue;
    if (RATE_NUMERATOR.test(after) || OUTCOME_AFTER.test(after)) continue;
    if (match[3]!.toLowerCase() === 'cases' && !CASES_STUDIED_BEFORE.test(before) && !CASES_STUDIED_AFTER.test(after)) continue;
    counts.push({ value, index: match.index, end: match.index + match[0].length });
  }
  for (const match of sentence.matchAll(N_EQUALS))
    counts.push({ value: parseNumber(match[1]!), index: match.index, end: match.index + match[0].length });
  if (counts.length === 0) return null;
  counts.sort((a, b) => a.index - b.index);
  const first = counts[0]!;
  if (TOTAL_FIRST.test(sentence.slice(0, first.index))) return first.value;
  const largest = Math.max(...counts.map((c) => c.value));
  // "45 men and 55 women": listed subgroups joined by "and" add up to the total.
  const listed = counts.filter((c, i) => i === 0 || /^[\s,]*(?:and|,)\s*$/.test(sentence.slice(counts[i - 1]!.end, c.index)));
  if (listed.length >= 2 && listed.length === counts.length) return listed.reduce((sum, c) => sum + c.value, 0);
  return largest;
}
