import { describe, expect, it } from 'vitest';
import { noiseFamily } from '../../../lib/text/claim-noise';

describe('claim noise: furniture labels and notes, and the sentences that only look like them', () => {
  it.each([
    ['navigation', 'Related coverage: Pets benefit our mental health'],
    ['navigation', 'Next story: Why your office may be too cold for women'],
    ['navigation', 'Read more about how the study found lower risk.'],
    ['not-involved', 'Allen was not involved in the research.'],
    ['not-involved', 'Dr. Maria Lopez, a cardiologist at Mount Sinai, was not involved in the study.'],
    ['publication-note', 'The findings were published today (Nov. 18) in the journal BMJ Case Reports.'],
    ['quotation', '“Most people of course don’t get this, and it depends on how their immune system is primed,” Dempsey said.'],
  ])('%s: “%s”', (family, sentence) => expect(noiseFamily(sentence)).toBe(family));

  // Faithful twins in other fields of medicine that are sentences of a finding.
  it.each([
    'Previous research has found our enjoyment for comedy might stem from endorphins.',
    'Next, the researchers gave the children a peanut skin-prick test.',
    'Related studies have found lower blood pressure in people who walk daily.',
    'Patients not involved in the exercise trial gained more weight than those in it.',
    'The results, published today (Nov. 18), show fewer strokes in the treated group.',
    'The dermatologists’ trial of 300 adults found the cream didn’t shorten flares.',
  ])('is not furniture: “%s”', (sentence) => expect(noiseFamily(sentence)).toBeNull());
});
