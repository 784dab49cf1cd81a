import { describe, expect, it } from 'vitest';
import { analyseParagraphs } from '../../../lib/pipeline/analyse-paragraphs';
import { NO_SIGNALS } from '../../../lib/evidence/page-checklist';

const paragraph = (text: string) => ({ text, markers: [], heading: false, inArticle: true });
const claimsOf = (...texts: string[]) => analyseParagraphs(texts.map(paragraph), NO_SIGNALS).claims.map((c) => c.text);

// A preprint's abstract states its results in the authors' voice, often without a figure or a
// study noun (bioRxiv page of the development set's tune half).
describe('an abstract’s results in the authors’ voice are claims', () => {
  it('takes "We show …" without a figure, in genomics', () => {
    const sentence = 'We show modal size and genome-wide distribution of urine fragments are consistent with protection from degradation.';
    expect(claimsOf(sentence)).toEqual([sentence]);
  });

  it('takes "We demonstrate that …" in hepatology', () => {
    const sentence = 'We demonstrate that gut microbes shape how the liver stores fat.';
    expect(claimsOf(sentence)).toEqual([sentence]);
  });

  // Faithful twins: the authors' voice without a result stays quiet.
  it('leaves a newsletter’s "we", a clinic’s plans and a company’s "we found" alone', () => {
    const sentences = [
      'We hope you enjoyed this week’s newsletter.',
      'We moved the clinic to the second floor in June.',
      'We found that these styles are not sold nationwide.',
    ];
    expect(claimsOf(...sentences)).toEqual([]);
  });
});
