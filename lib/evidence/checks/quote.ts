import { quoteAround } from '../classify-design';
import type { Phrase } from '../claim-facts';

/** Words of context either side of a quoted phrase. */
export const QUOTE_CONTEXT = 30;

/** The page's words around a phrase of the claim, or the whole claim when the phrase is not in it. */
export function pageQuote(text: string, phrase: Phrase | null): string {
  if (!phrase || phrase.index < 0) return `Page: “${text}”`;
  return `Page: “${quoteAround(text, phrase.index, phrase.text.length, QUOTE_CONTEXT)}”`;
}

/** Where a phrase stands in a text, case-insensitively, as a phrase of it (index −1 when absent). */
export function findPhrase(text: string, words: string): Phrase {
  return { text: words, index: text.toLowerCase().indexOf(words.toLowerCase()) };
}
