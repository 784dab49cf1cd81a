import { describe, expect, it } from 'vitest';
import { isUnsourcedOffHealth } from '../../../lib/text/unsourced-statement';

describe('unsourced statements off health: figures with no research behind them', () => {
  it.each([
    'New Zealand ranks highly for civic participation, with 77% voter turnout during recent elections, compared to an OECD average of 69%.',
    'In contrast dairy farming increased, with the number of dairy cows doubling between 1990 and 2007.',
    'International visitor arrivals are expected to increase at a rate of 5.4% annually up to 2022.',
    'With the signing of the Treaty the number of immigrants began to increase.',
    'Heba Habib contributed to this report.',
  ])('is unsourced and off health: “%s”', (sentence) => expect(isUnsourcedOffHealth(sentence)).toBe(true));

  // Twins: the same kind of figure from a census or a survey, or on health, is a finding.
  it.each([
    'In the 2013 census, 74.0% of residents identified ethnically as European.',
    '20,235 people (0.5%) reported the ability to use sign language.',
    'The report assessed poverty levels, income and unemployment among 10 wealthy countries.',
    'In a new case report, doctors describe a man whose duvet made him ill.',
    'Hospital admissions for asthma doubled between 1990 and 2007.',
    'There was also a correlation between sad movies and a sense of social bonding that was not seen in the control group.',
  ])('has research or health behind it: “%s”', (sentence) => expect(isUnsourcedOffHealth(sentence)).toBe(false));
});
