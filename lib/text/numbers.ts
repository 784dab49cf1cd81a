/** Number words a page writes for small counts and durations. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
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
  eighteen: 18,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozen: 12,
};

/** Scale words after a figure ("1.5 million", "170 million episodes"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/**
 * A whole number as written, with thousands separators ("5,000", "12 500"), decimals ("7.6") and
 * a scale word ("7.6 million"): the pattern, and `parseNumber` to read a match of it.
 */
export const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

/** Reads a number as written ("1,200", "7.6", "2 million", "five"); NaN when it is none. */
export function parseNumber(text: string): number {
  const [figure, scale] = text.trim().toLowerCase().split(/\s+/);
  if (!figure) return NaN;
  const base = /^[\d,.]+$/.test(figure) ? Number(figure.replaceAll(',', '')) : (NUMBER_WORDS[figure] ?? NaN);
  return scale && SCALE_WORDS[scale] ? base * SCALE_WORDS[scale] : base;
}
