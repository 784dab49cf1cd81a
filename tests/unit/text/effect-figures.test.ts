import { describe, expect, it } from 'vitest';
import { findEffects } from '../../../lib/text/effect-figures';

const relativeOf = (sentence: string, text: string) => findEffects(sentence).find((e) => e.text.endsWith(text))?.relative;

describe('findEffects: shares and changes beyond the common wording', () => {
  it.each([
    ['the second share of a list', 'In 1961 the census reported the population was 92% European and 7% Māori.', '7%', false],
    ['a list of shares in dermatology', 'In the survey, 41% had acne, 22% eczema and 9% psoriasis.', '9%', false],
    ['what remains of a whole', 'The population was 92% European, with minorities sharing the remaining 1%.', '1%', false],
    ['a further share', 'Of the patients, 30% were cured and another 12% improved.', '12%', false],
    ['a share before a verb of answering', 'Another 48.6% indicated that they had no religion.', '48.6%', false],
    ['a share before a verb of answering, in psychiatry', 'In the poll, 27% stated that they had felt depressed.', '27%', false],
  ])('reads %s as absolute', (_, sentence, text, relative) => expect(relativeOf(sentence, text)).toBe(relative));

  // Faithful twins: a change listed after a share stays a change; a share alone says nothing of the next figure.
  it.each([
    ['a change after a share, in cardiology', 'Of the patients, 30% were smokers, and strokes fell by 12% with the drug.', '12%', true],
    ['a figure not joined to a share, in oncology', 'Some 40% of tumours responded; survival rose by 15% over two years.', '15%', true],
  ])('keeps %s', (_, sentence, text, relative) => expect(relativeOf(sentence, text)).toBe(relative));

  it.each([
    ['nine times higher than', 'The deaths were nine times higher than the expected death rate for children.', 9],
    ['seven times as likely, in neurology', 'Smokers were seven times as likely to have a stroke.', 7],
  ])('reads a ratio in words: %s', (_, sentence, value) => {
    expect(findEffects(sentence)).toContainEqual(expect.objectContaining({ value, unit: 'times', relative: true }));
  });

  it.each([
    ['by a third, in cardiology', 'The pill cut the risk of a second heart attack by a third.', 1 / 3],
    ['by two-thirds, in infectious disease', 'Vaccination reduced admissions by nearly two-thirds.', 2 / 3],
    ['by half, in oncology', 'Screening lowered deaths by half over ten years.', 1 / 2],
  ])('reads a change by a fraction in words as relative: %s', (_, sentence, value) => {
    expect(findEffects(sentence)).toContainEqual(expect.objectContaining({ value, unit: 'fold', relative: true }));
  });

  it('leaves a share in words alone: "half of the patients"', () => {
    expect(findEffects('Half of the patients with asthma improved, and a third had no attacks.')).toEqual([]);
  });

  it('keeps a frequency in words apart: "seven times a week"', () => {
    expect(findEffects('Participants exercised seven times a week for a year.')).toEqual([]);
  });
});

describe('findEffects: a part of the people studied', () => {
  it.each([
    ['They predicted the choices of four of the five participants.', 'four of the five participants', 4],
    ['The rash cleared in 23 out of 41 patients with psoriasis.', '23 out of 41 patients', 23],
  ])('%s', (sentence, text, value) => {
    expect(findEffects(sentence)).toContainEqual({ text, value, unit: 'rate', relative: false });
  });

  // Faithful twins: parts of things that are not people, in cardiology and oncology.
  it.each(['Two of the five hospitals used the new stent.', 'One of the three trials of the drug was stopped early.'])(
    'finds no share of people in “%s”',
    (sentence) => expect(findEffects(sentence).filter((e) => e.unit === 'rate')).toEqual([]),
  );
});
