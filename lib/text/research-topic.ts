/**
 * Words of research: studies, trials and the people who run them. With the words of health they
 * mark the sentences where promotional wording oversells a finding ("a groundbreaking study"); on
 * a page about telescopes or computing, "cutting-edge" in a sentence without them sells a product.
 * Surveys, censuses and an abstract's "we show" count; a tutorial's "we found" does not.
 */
export const RESEARCH_TERMS =
  /\b(stud(?:y|ies|ied)|trials?|research\w*|scientists?|findings?|experiments?|clinical\w*|evidence|journals?|papers?|laborator(?:y|ies)|labs?|discover(?:y|ies|ed)|surve(?:y|ys|yed)|census(?:es)?|polls?|respondents|participants|we (?:show|report|demonstrate))\b/i;

/** True when a sentence speaks of research. */
export function isAboutResearch(sentence: string): boolean {
  return RESEARCH_TERMS.test(sentence);
}
