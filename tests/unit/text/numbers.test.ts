import { describe, expect, it } from 'vitest';
import { findParticipants } from '../../../lib/text/head-count';
import { NUMBER_WORD_PATTERN, NUMBER_WORDS, ROUND_WORDS, TENS_WORDS, UNIT_WORDS, countOf, parseNumber } from '../../../lib/text/numbers';

const UNITS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

describe('number words', () => {
  it('holds one to nineteen, the tens and the round words, and nothing else', () => {
    expect(Object.entries(UNIT_WORDS)).toEqual(UNITS.map((word, i) => [word, i + 1]));
    expect(Object.entries(TENS_WORDS)).toEqual(TENS.map((word, i) => [word, (i + 2) * 10]));
    expect(ROUND_WORDS).toEqual({ hundred: 100, dozen: 12 });
    expect(Object.keys(NUMBER_WORDS)).toHaveLength(UNITS.length + TENS.length + 2);
  });

  it.each(Object.entries(NUMBER_WORDS))('reads “%s” as %i, in any case', (word, value) => {
    expect(parseNumber(word)).toBe(value);
    expect(parseNumber(word.toUpperCase())).toBe(value);
    expect(countOf(word[0]!.toUpperCase() + word.slice(1))).toBe(value);
  });

  const compounds = TENS.flatMap((tens, t) => UNITS.slice(0, 9).map((unit, u) => [`${tens}-${unit}`, (t + 2) * 10 + u + 1] as const));
  it.each(compounds)('reads the compound “%s” as %i', (word, value) => {
    expect(countOf(word)).toBe(value);
    expect(parseNumber(word)).toBe(value);
    expect(new RegExp(`^(?:${NUMBER_WORD_PATTERN})$`, 'i').test(word)).toBe(true);
  });

  // Abstracts and pages start sentences with counts above ninety-nine in words ("Three hundred and four adults…").
  it.each([
    ['three hundred and four', 304],
    ['one hundred twenty-five', 125],
    ['twelve hundred', 1200],
    ['two thousand one hundred', 2100],
    ['four thousand, six hundred and twelve', 4612],
    ['ninety-nine thousand nine hundred and ninety-nine', 99999],
  ] as const)('reads the large compound “%s” as %i', (words, value) => {
    expect(countOf(words)).toBe(value);
    expect(parseNumber(words)).toBe(value);
    expect(new RegExp(`^(?:${NUMBER_WORD_PATTERN})$`, 'i').test(words)).toBe(true);
  });

  it.each(['three four', 'hundred hundred', 'two and three', 'five thousand thousand', 'twenty thirty'])(
    'reads no number in the ill-formed “%s”',
    (words) => {
      expect(countOf(words)).toBeNull();
    },
  );

  it.each(['seventy-ten', 'twelve-three', 'hundred-five', 'often', 'none', ''])('reads no number in “%s”', (word) => {
    expect(countOf(word)).toBeNull();
    expect(parseNumber(word)).toBeNaN();
  });

  it('reads digits with separators and scale words', () => {
    expect(countOf('1,902')).toBe(1902);
    expect(parseNumber('7.6 million')).toBe(7_600_000);
  });
});

// A head count written in words the table once lacked, in two fields of medicine; the twin says how often, not how many.
describe('head counts written in words', () => {
  it.each([
    ['Seventeen children with epilepsy took part in the trial.', 17],
    ['Sixty patients with heart failure were enrolled.', 60],
    ['Ninety adults with psoriasis joined the study.', 90],
    ['Three hundred and four adults aged 55 and over with insomnia took part.', 304],
    ['One thousand two hundred children with asthma were enrolled.', 1200],
  ] as const)('counts “%s” as %i', (sentence, count) => expect(findParticipants(sentence)).toBe(count));

  it('counts no one in a word that holds a number word', () => {
    expect(findParticipants('Oftentimes patients with migraine skip the diary.')).toBeNull();
    // Two counts joined by "and" are two figures, not one number.
    expect(findParticipants('Between two and three patients with gout flared.')).toBe(3);
  });
});
