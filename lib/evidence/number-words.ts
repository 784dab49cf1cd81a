const UNITS: Record<string, number> = {
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
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** A number written in words, as abstracts start sentences with them ("Seventy-three adults…"), up to 99. */
export const NUMBER_WORD_PATTERN = `(?:${Object.keys(TENS).join('|')})(?:[- ](?:${Object.keys(UNITS).slice(0, 9).join('|')}))?|${Object.keys(UNITS).join('|')}`;

/** The value of a head count written in digits ("1,902") or in words ("Seventy-three"); null if neither. */
export function countOf(text: string): number | null {
  const digits = text.replaceAll(',', '');
  if (/^\d+$/.test(digits)) return Number(digits);
  const [tens, units] = text.toLowerCase().split(/[- ]/);
  const value = (TENS[tens!] ?? UNITS[tens!] ?? NaN) + (units ? (UNITS[units] ?? NaN) : 0);
  return Number.isNaN(value) ? null : value;
}
