/** Number words from one to nineteen: the units of a compound ("seventy-three") and counts of their own. */
export const UNIT_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

/** Number words for the tens, twenty to ninety: alone or before a unit ("forty-two"). */
export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Words a page writes for a round count ("a dozen volunteers", "a hundred patients"). */
export const ROUND_WORDS: Readonly<Record<string, number>> = { hundred: 100, dozen: 12 };

/** Every single number word a page writes for counts and durations, with its value. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = { ...UNIT_WORDS, ...TENS_WORDS, ...ROUND_WORDS };

const FIRST_NINE = Object.keys(UNIT_WORDS).slice(0, 9);

/**
 * A number from one to ninety-nine written in words, as abstracts start sentences with them
 * ("Seventy-three adults…"): a tens word with an optional unit, or a unit word alone.
 */
export const NUMBER_WORD_PATTERN = `(?:${Object.keys(TENS_WORDS).join('|')})(?:[- ](?:${FIRST_NINE.join('|')}))?|${Object.keys(UNIT_WORDS).join('|')}`;

/** Scale words after a figure ("1.5 million", "170 million episodes"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/**
 * A whole number as written, with thousands separators ("5,000", "12 500"), decimals ("7.6") and
 * a scale word ("7.6 million"): the pattern, and `parseNumber` to read a match of it.
 */
export const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

/** The value of a number word or a compound of a tens word and a unit ("seventy-three"); NaN when it is none. */
function wordValue(word: string): number {
  const [first, second] = word.toLowerCase().split(/[- ]/);
  if (second === undefined) return NUMBER_WORDS[first!] ?? NaN;
  const tens = TENS_WORDS[first!];
  const unit = UNIT_WORDS[second];
  return tens !== undefined && unit !== undefined && unit < 10 ? tens + unit : NaN;
}

/** Reads a number as written ("1,200", "7.6", "2 million", "five"); NaN when it is none. */
export function parseNumber(text: string): number {
  const [figure, scale] = text.trim().toLowerCase().split(/\s+/);
  if (!figure) return NaN;
  const base = /^[\d,.]+$/.test(figure) ? Number(figure.replaceAll(',', '')) : wordValue(figure);
  return scale && SCALE_WORDS[scale] ? base * SCALE_WORDS[scale] : base;
}

/** The value of a head count written in digits ("1,902") or in words ("Seventy-three"); null if neither. */
export function countOf(text: string): number | null {
  const digits = text.replaceAll(',', '');
  const value = /^\d+$/.test(digits) ? Number(digits) : wordValue(text);
  return Number.isNaN(value) ? null : value;
}
