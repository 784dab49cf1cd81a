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

/** One to ninety-nine in words: a tens word with an optional unit ("seventy-three"), or a unit word alone. */
const BELOW_HUNDRED = `(?:${Object.keys(TENS_WORDS).join('|')})(?:[- ](?:${FIRST_NINE.join('|')}))?|${Object.keys(UNIT_WORDS).join('|')}`;

/** One to 999 in words: "three hundred and four", "one hundred twenty-five", "forty-two". */
const BELOW_THOUSAND = `(?:${BELOW_HUNDRED})(?:[- ]hundred(?:(?:,? and| ) ?(?:${BELOW_HUNDRED}))?)?`;

/**
 * A number written in words, as abstracts start sentences with them ("Seventy-three adults…",
 * "Three hundred and four adults…", "Two thousand one hundred patients…"): up to 999,999.
 */
export const NUMBER_WORD_PATTERN = `(?:${BELOW_THOUSAND})(?:[- ]thousand(?:(?:,? and|,)? (?:${BELOW_THOUSAND}))?)?`;

/** Scale words after a figure ("1.5 million", "170 million episodes"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/**
 * A whole number as written, with thousands separators ("5,000", "12 500"), decimals ("7.6") and
 * a scale word ("7.6 million"): the pattern, and `parseNumber` to read a match of it.
 */
export const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

/**
 * The value of a number written in words ("five", "seventy-three", "three hundred and four",
 * "two thousand one hundred"); NaN when it is none or not well formed ("three four").
 */
function wordValue(text: string): number {
  const words = text
    .toLowerCase()
    .split(/[\s,-]+/)
    .filter((word) => word !== '' && word !== 'and');
  if (words.length === 0) return NaN;
  if (words.length === 1) return NUMBER_WORDS[words[0]!] ?? NaN;
  let total = 0;
  let group = 0;
  // What the previous word was: a unit may follow only a tens word or a scale word.
  let last: 'none' | 'unit' | 'tens' | 'hundred' | 'thousand' = 'none';
  for (const word of words) {
    if (word === 'hundred' && (last === 'unit' || last === 'tens') && group < 100) {
      group *= 100;
      last = 'hundred';
    } else if (word === 'thousand' && last !== 'none' && last !== 'thousand' && total === 0) {
      total = group * 1000;
      group = 0;
      last = 'thousand';
    } else if (TENS_WORDS[word] !== undefined && last !== 'unit' && last !== 'tens' && group % 100 === 0) {
      group += TENS_WORDS[word]!;
      last = 'tens';
    } else if (
      UNIT_WORDS[word] !== undefined &&
      last !== 'unit' &&
      (last !== 'tens' || UNIT_WORDS[word]! < 10) &&
      (group % 100 === 0 || last === 'tens')
    ) {
      group += UNIT_WORDS[word]!;
      last = 'unit';
    } else return NaN;
  }
  return total + group;
}

/** Reads a number as written ("1,200", "7.6", "2 million", "five", "three hundred and four"); NaN when it is none. */
export function parseNumber(text: string): number {
  const words = text.trim().toLowerCase().split(/\s+/);
  const scale = words.length > 1 ? SCALE_WORDS[words.at(-1)!] : undefined;
  if (/^[\d,.]+$/.test(words[0]!)) {
    const base = Number(words[0]!.replaceAll(',', ''));
    return scale ? base * scale : base;
  }
  // "two million": a scale word above what `wordValue` reads ("two thousand" it reads itself).
  if (scale && scale > SCALE_WORDS.thousand!) return wordValue(words.slice(0, -1).join(' ')) * scale;
  return wordValue(words.join(' '));
}

/** The value of a head count written in digits ("1,902") or in words ("Seventy-three"); null if neither. */
export function countOf(text: string): number | null {
  const digits = text.replaceAll(',', '');
  const value = /^\d+$/.test(digits) ? Number(digits) : wordValue(text);
  return Number.isNaN(value) ? null : value;
}
