import { describe, expect, it } from 'vitest';
import { analyseParagraphs } from '../../../lib/pipeline/analyse-paragraphs';
import { NO_SIGNALS } from '../../../lib/evidence/page-checklist';

const paragraph = (text: string) => ({ text, markers: [], heading: false, inArticle: true });
const claimsOf = (...texts: string[]) => analyseParagraphs(texts.map(paragraph), NO_SIGNALS).claims.map((c) => c.text);

describe('study context: a figure off the subject of health is a finding only in the paragraph of its study', () => {
  const census = 'The 2013 census reported a resident population of 4,242,048 people in the country.';
  const tourism = 'Tourism contributed 5.6% to the economy, and exports increased by 4% in 2016.';

  it('takes the figure in the paragraph that reports the census', () => {
    expect(claimsOf(`${census} ${tourism}`)).toContain(tourism);
  });

  it('leaves the same figure out in a later paragraph of a history page', () => {
    expect(claimsOf(census, tourism)).not.toContain(tourism);
  });

  it('takes the figure of a later paragraph when the sentence cites its source', () => {
    const cited = 'I take two 500 mg capsules daily with black pepper, which boosts absorption by 2000%.';
    const paragraphs = [paragraph(census), { ...paragraph(cited), markers: [{ end: cited.length, referenceIds: ['ref-2'] }] }];
    expect(analyseParagraphs(paragraphs, NO_SIGNALS).claims.map((c) => c.text)).toContain(cited);
  });

  // Faithful twin in another field: a later paragraph on health still continues the study.
  it('keeps a later paragraph’s health figure, in cardiology', () => {
    const trial = 'In the trial, researchers found that the drug lowered blood pressure in 640 adults.';
    const later = 'Strokes fell by 12% in the treated group, compared with 18% on placebo.';
    expect(claimsOf(trial, later)).toContain(later);
  });
});
