/** Most words a menu item, button or box title has; a longer text is read as prose. */
export const MAX_LABEL_WORDS = 8;

/** Words of this many letters or fewer may stay lower-case in a title ("of", "and", "for"). */
const MINOR_WORD_LENGTH = 3;

/**
 * True for a label rather than a sentence: a menu item, link or box title ("Drug Interaction
 * Checker", "Health Solutions From Our Sponsors", "Sponsored Links"): a few words, no closing
 * punctuation, every longer word capitalised. "Common side effects include nausea" is prose.
 */
export function isLabelText(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || /[.!?:;]["')\]]?$/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  if (words.length === 0 || words.length > MAX_LABEL_WORDS) return false;
  return words.every((word) => {
    const letters = word.replace(/^[^\p{L}]+/u, '');
    return letters.length <= MINOR_WORD_LENGTH || /^\p{Lu}/u.test(letters);
  });
}
