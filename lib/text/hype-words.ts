/**
 * Promotional words that state no finding, with their inflected forms and kin ("breakthroughs",
 * "game-changing", "revolutionise"). Words that are as often plain praise ("amazing", "stunning")
 * are left out: on a film review or a product page they would cry wolf. A bare "cure" is left out
 * too: "cure rates" and "cured in 85%" are medical outcomes, and "little hope for a cure" is none.
 * "Natural remedies" is left out as well: it names a kind of product, not a promise.
 */
export const HYPE_TERM_FAMILIES: Readonly<Record<string, string>> = {
  breakthrough: String.raw`breakthroughs?`,
  miracle: String.raw`miracles?|miraculous(?:ly)?`,
  'game-changer': String.raw`game[- ]?chang(?:er|ers|ing)`,
  revolution: String.raw`revolutionar(?:y|ies)|revolutioni[sz](?:e|es|ed|ing)`,
  groundbreaking: String.raw`ground[- ]?breaking`,
  unprecedented: String.raw`unprecedented`,
  'cutting-edge': String.raw`cutting[- ]edge`,
  hope: String.raw`(?:glimmer|ray|beacon) of hope`,
  'long-sought': String.raw`long[- ]sought(?:[- ]after)?`,
  'holy-grail': String.raw`holy grail`,
  'cure-all': String.raw`cure-?alls?|(?:miracle|wonder|secret|magic|natural) cures?|(?:miracle|wonder|secret|magic) (?:remed(?:y|ies)|drugs?|pills?)|wonder (?:drugs?|pills?)|(?:magic|silver) bullets?`,
  superfood: String.raw`superfoods?`,
  'fountain-of-youth': String.raw`fountains? of youth`,
  bombshell: String.raw`bombshells?`,
  'doctors-hate': String.raw`doctors (?:hate|don't want)`,
};

/**
 * Wording before a promotional word that doubts or denies it ("no drug can…", "this is not a
 * miracle cure", "far from a breakthrough", "the so-called wonder pill", "experts warned against
 * calling it a breakthrough"): the word is then no hype.
 */
// Pages write contractions with either apostrophe: “This isn’t a breakthrough” (a cardiology quote) doubts it too.
const DEBUNKING = String.raw`no|not|never|nor|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|cannot|can['’]t|won['’]t|without|hardly|far from|so-called|supposed|alleged|touted|marketed|advertised|billed|hyped|promises? that|anything but|myths?|claims? (?:of|that)|despite|(?:warn|caution)\w* against|rather than|instead of|dismiss\w*|wrongly|falsely|(?:too early|premature) to call|debunk(?:s|ed|ing)?`;

/** How many words may stand between a debunking word and the promotional word it doubts: "cautioned against calling the lower dose a miracle" has five. */
const DEBUNKING_REACH = 5;
// Quotation marks may stand between them: 'promises that it is "the miracle cure …"'.
const WORDS_BETWEEN = String.raw`\s+(?:["“”‘’']?[\w'’-]+["“”‘’']?\s+){0,${DEBUNKING_REACH}}["“‘']?`;

const TERMS = Object.values(HYPE_TERM_FAMILIES).join('|');

/** A promotional word, whether used as such or doubted. */
export const HYPE_TERMS = new RegExp(String.raw`\b(?:${TERMS})\b`, 'i');

/** Wording that ends just before a promotional word and doubts it ("Ginkgo is no "). */
export const DEBUNKED_HYPE = new RegExp(String.raw`\b(?:${DEBUNKING})${WORDS_BETWEEN}$`, 'i');

/** A promotional word used as such: not within five words after a negation or debunking. */
export const HYPE_WORDS = new RegExp(String.raw`(?<!\b(?:${DEBUNKING})${WORDS_BETWEEN})\b(?:${TERMS})\b`, 'i');

/** The first promotional word a sentence uses as such, with where it starts, or null. */
export function hypeIn(sentence: string): { word: string; index: number } | null {
  const match = HYPE_WORDS.exec(sentence);
  return match ? { word: match[0], index: match.index } : null;
}
