/** A dosing frequency stated in a text, in doses per week. */
export interface StatedFrequency {
  perWeek: number;
  text: string;
  index: number;
}

const TIMES: Record<string, number> = { once: 1, twice: 2, 'three times': 3, 'four times': 4 };
const PER_WEEK_OF: Record<string, number> = { day: 7, daily: 7, week: 1, weekly: 1, month: 12 / 52, monthly: 12 / 52 };

// "twice daily", "twice-daily", "three times a week", "once a month", "daily", "every other day", "every 2 weeks",
// "on alternate days", "alternate-day dosing" (an iron-in-pregnancy trial).
const FREQUENCY =
  /\b(?:(once|twice|three times|four times|(\d+) times)[\s-]+(?:(?:a|per|each)\s+)?(day|daily|week|weekly|month|monthly)|(daily|weekly|monthly|every day|each day|per day|a day|fortnightly)|every (\d+|two|three|four|six|other) (days?|weeks?|months?)|(?:on )?(alternate)[\s-](days?|weeks?|months?))\b/gi;

const NUMBER_WORDS: Record<string, number> = { other: 2, two: 2, three: 3, four: 4, six: 6 };

/** Doses a week of one frequency phrase. */
function perWeekOf(match: RegExpMatchArray): number {
  if (match[1]) {
    const times = match[2] ? Number(match[2]) : TIMES[match[1].toLowerCase()]!;
    return times * PER_WEEK_OF[match[3]!.toLowerCase()]!;
  }
  if (match[4]) {
    const word = match[4].toLowerCase();
    if (word === 'fortnightly') return 0.5;
    return PER_WEEK_OF[word.replace(/^(every|each|per|a) /, '')] ?? 7;
  }
  if (match[7]) return PER_WEEK_OF[match[8]!.toLowerCase().replace(/s$/, '')]! / 2;
  const every = /^\d/.test(match[5]!) ? Number(match[5]) : NUMBER_WORDS[match[5]!.toLowerCase()]!;
  const unit = match[6]!.toLowerCase().replace(/s$/, '');
  return PER_WEEK_OF[unit]! / every;
}

// "cried for 190 minutes a day" is no schedule: a bare "a day" counts only after a dose or what is taken.
const BARE_RATE = /^(a|per|each|every) (day|week|month)$/i;
const DOSE_BEFORE =
  /\b(\d+(?:\.\d+)?\s*(mg|g|mcg|µg|iu|ml|units?)|tablets?|pills?|capsules?|drops|doses?|injections?|puffs?|sachets?|servings?|gumm(y|ies)|lozenges?)\s*$/i;

/** The dosing frequencies a text states ("twice daily" is 14 a week). Pure. */
export function frequenciesIn(text: string): StatedFrequency[] {
  return [...text.matchAll(FREQUENCY)]
    .filter((match) => !BARE_RATE.test(match[0]) || DOSE_BEFORE.test(text.slice(Math.max(0, match.index - 25), match.index)))
    .map((match) => ({ perWeek: perWeekOf(match), text: match[0], index: match.index }));
}

/** Frequencies within this share of each other are the same schedule. */
export const SAME_FREQUENCY_TOLERANCE = 0.1;
