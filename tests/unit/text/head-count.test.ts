import { describe, expect, it } from 'vitest';
import { findParticipants } from '../../../lib/text/head-count';

describe('findParticipants: what is not the count of people studied', () => {
  it.each([
    ['a number word inside another word', 'The team noted how often respondents used marijuana in the past month.'],
    ['a number word inside another word, in cardiology', 'Someone patients trust should explain how often patients take the pill.'],
    ['a population estimated', 'Based on an estimated 200,000 children in federal custody, three deaths are nine times the expected rate.'],
    ['a population estimated, in oncology', 'An estimated 1.9 million adults will be diagnosed with cancer this year.'],
    ['the size of a change', 'The region’s population has boomed by more than 7 million people in the past decade.'],
    ['the size of a change, in oncology', 'The number of survivors grew by about 2,000 women a year after screening began.'],
    ['a count given as a share of the whole', '20,235 people (0.5%) reported the ability to use sign language.'],
    [
      'a count that accounts for a share of the whole',
      'The institute estimated that 964,000 people age 12 and older, which account for about 0.4 percent of the population, had a use disorder.',
    ],
    ['the base of a rate', 'Rates of melanoma rose to 27.5 per 100,000 people in 2019.'],
    ['the base of a rate, in cardiology', 'The pill prevented four strokes for every 1,000 patients treated.'],
    // A share in words is no head count: "more than nine out of ten patients" (an achalasia trial).
    ['a share in words, in gastroenterology', 'The operation kept symptoms under control in more than nine out of ten patients.'],
    ['a share in words, in psychiatry', 'Three in four adults with depression said the app helped.'],
    // The count over a rate's base, or a difference between arms (a multiple sclerosis page).
    ['the count over a rate', 'That is roughly eight fewer people with worsening disability for every 100 treated.'],
    ['the count over a rate, in infectious disease', 'About 3 children per 1,000 vaccinated had a fever the next day.'],
    ['a difference between arms, in oncology', 'The drug meant 12 more patients were alive at five years.'],
    // Those who had an outcome are counted, not those studied (a cardioversion trial).
    ['the count of an outcome', 'Three patients given the drug developed atrial flutter, a related rhythm problem.'],
    ['the count of an outcome, in oncology', 'Nine women in the placebo group died of their cancer.'],
    [
      'cases of an illness counted (an RSV vaccine trial)',
      'That figure rests on just 19 cases in total, one of them in the vaccine group.',
    ],
    // Things counted before the people who follow: "two problems doctors had worried about" (a hypertension page).
    ['things counted before people', 'The pills did not make people dizzy or fall, two problems doctors had worried about.'],
    ['things counted before people, in paediatrics', 'Here are five questions parents ask most about the vaccine.'],
    ['toddlers counted by an outcome, in dermatology', 'Three toddlers in the placebo group developed a rash.'],
  ])('finds no head count in %s', (_, sentence) => expect(findParticipants(sentence)).toBeNull());

  // Faithful twins in other fields of medicine: the same shapes that are head counts.
  it.each([
    ['a number word that stands alone', 'Researchers followed ten respondents with asthma for a year.', 10],
    ['a number before its population, in oncology', 'The trial enrolled 1,900 adults with colon cancer.', 1900],
    ['a count after "in", in rheumatology', 'The drug was tested in 500 patients with gout over a year.', 500],
    ['a count after a change it follows', 'Falls dropped after the trial enrolled 300 seniors in the programme.', 300],
    ['a count with a description in brackets', 'The trial enrolled 640 children (aged 4 to 11 months) at high risk.', 640],
    ['a count whose share of women is given', 'The study followed 1,200 patients (62% women) with heart failure.', 1200],
    ['a count after which a share of an outcome follows', 'Of 1,500 nurses who were surveyed, 30% reported burnout.', 1500],
    ['a total given with "out of"', 'Out of 500 patients with gout, 120 had a flare within a year.', 500],
    ['a count whose rate follows in another clause', 'The trial enrolled 2,400 adults; strokes fell from 12 to 8 per 1,000.', 2400],
    ['a count described by what they had before', 'It enrolled 612 patients who developed atrial fibrillation after surgery.', 612],
    ['cases a review studied, in dermatology', 'A review of 212 cases of the rash found most cleared within a month.', 212],
    ['cases a series analysed, in neurology', 'In all, 40 cases of the syndrome were analysed.', 40],
    [
      'a count whose people are named by a disease ending in s, in endocrinology',
      'Researchers followed 200 diabetes patients for a year.',
      200,
    ],
    // "A trial of more than 300 toddlers" (a food-allergy page): toddlers are people studied too.
    ['toddlers studied, in allergy', 'Now a trial of more than 300 toddlers points to a gentler route.', 300],
    ['pupils studied, in public health', 'The programme was tried in 1,240 pupils at 30 schools.', 1240],
  ])('reads %s', (_, sentence, count) => expect(findParticipants(sentence)).toBe(count));
});
