import { AGE_GROUP_WORDS, AGE_WORD_OF_OTHERS_AFTER, AGE_WORD_OF_OTHERS_BEFORE } from './fact-words';

/** An age group a text says was studied, with where its words stand. */
export interface AgeGroupPhrase {
  value: (typeof AGE_GROUP_WORDS)[number][0];
  text: string;
  index: number;
}

/**
 * The age group of the people a text speaks of, read the same way on the page and in a source's
 * Methods. An age word that belongs to others ("parents of children under 18", "children's health
 * programmes": a survey of adults) does not say who was studied.
 */
export function ageGroupIn(text: string): AgeGroupPhrase | null {
  for (const [value, pattern] of AGE_GROUP_WORDS) {
    for (const match of text.matchAll(new RegExp(pattern.source, 'giu'))) {
      const after = text.slice(match.index + match[0].length);
      const before = text.slice(Math.max(0, match.index - 40), match.index);
      if (AGE_WORD_OF_OTHERS_AFTER.test(after) || AGE_WORD_OF_OTHERS_BEFORE.test(before)) continue;
      return { value, text: match[0], index: match.index };
    }
  }
  return null;
}
