import { isAboutHealth } from './health-topic';

/**
 * Words that tie a statement to research: a study, survey or census, the people who ran or took
 * part in it, or a verb of what it found. A country's GDP share or a history's turning point has
 * none of them, even where an encyclopedia cites a source for it.
 */
export const RESEARCH_WORD_LIST: readonly string[] = [
  'stud(?:y|ies)',
  'research(?:ers?)?',
  'surveys?',
  'surveyed',
  'census',
  'case (?:reports?|series)',
  'polls?',
  'trials?',
  'data',
  'analys[ie]s',
  'scientists?',
  'universit(?:y|ies)',
  'reports? (?:\\w+ )?(?:assessed|concluded|suggest(?:s|ed)|found|finds|showed|shows|states|estimated|examined)',
  'investigators',
  'authors',
  'participants',
  'respondents',
  'volunteers',
  'subjects',
  'findings',
  'correlat\\w*',
  'control group',
  'placebo',
  'versus',
  'experiments?',
  'tests?',
  'tested',
  'testing',
  'samples?',
  'found',
  'finds?',
  'show(?:s|ed|n)',
  'revealed',
  'indicated',
  'estimated',
  'measured',
  'observed',
  'noted',
  'reported',
  'according to',
  // The authors' voice of an abstract: "We show …", "Here, we perform …".
  'we (?:show|report|demonstrate|perform|describe|identify|present)',
];

/** A regular expression matching any of the given research words as whole words. */
export function researchWordsPattern(words: readonly string[]): RegExp {
  return new RegExp(String.raw`\b(?:${words.join('|')})\b`, 'i');
}

/** Any research word. */
export const RESEARCH_WORDS = researchWordsPattern(RESEARCH_WORD_LIST);

/**
 * True when a sentence neither speaks of health nor of research: a figure or a relationship on
 * such a sentence (voter turnout "compared to an OECD average", exports "doubling") is no finding
 * a reader of health news needs checked, whatever citation it carries.
 */
export function isUnsourcedOffHealth(sentence: string): boolean {
  return !isAboutHealth(sentence) && !RESEARCH_WORDS.test(sentence);
}
