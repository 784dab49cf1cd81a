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

  // A sentence citing the reference an earlier study report cited speaks of that study, whatever its
  // words (an optometry trial's lenses and "short-sightedness"); citing another reference, it does not.
  const cites = (text: string, id: string) => ({ ...paragraph(text), markers: [{ end: text.length, referenceIds: [id] }] });
  it('takes an off-health figure citing the study the page reported, in optometry', () => {
    const trial = 'In a two-year trial at four clinics, 346 children were given either defocus lenses or ordinary glasses.';
    const later = 'The special lenses slowed the worsening by 21.4% over the two years, compared with 7.2% for ordinary glasses.';
    expect(analyseParagraphs([cites(trial, 'ref-1'), cites(later, 'ref-1')], NO_SIGNALS).claims.map((c) => c.text)).toContain(later);
  });
  it('leaves out an off-health figure citing another source, on a history page', () => {
    const cited = 'Exports increased by 4% in 2016, compared with 2.5% a decade before.';
    const paragraphs = [cites(census, 'ref-1'), cites(cited, 'ref-2')];
    expect(analyseParagraphs(paragraphs, NO_SIGNALS).claims.map((c) => c.text)).not.toContain(cited);
  });

  // Faithful twin in another field: a later paragraph on health still continues the study.
  it('keeps a later paragraph’s health figure, in cardiology', () => {
    const trial = 'In the trial, researchers found that the drug lowered blood pressure in 640 adults.';
    const later = 'Strokes fell by 12% in the treated group, compared with 18% on placebo.';
    expect(claimsOf(trial, later)).toContain(later);
  });
});

describe('page topic: on a page off health and research, a sentence is a finding only where it speaks of them', () => {
  const tutorial = [
    'We are going to analyze logs of a web application and plot every response from the server.',
    'After generating the axis, we join the actual rows into it to get a series for each status code.',
    'We found an increase in 400 status codes because the z-score was 6.',
    'The chart shows every request of the week, grouped by the hour of the day.',
    'Thresholds that fit your needs can be chosen by replaying past logs.',
  ];

  it('takes no finding from a software tutorial’s "we found"', () => {
    expect(claimsOf(...tutorial)).not.toContain('We found an increase in 400 status codes because the z-score was 6.');
  });

  it('keeps a survey figure of the same off-topic page', () => {
    const survey = 'A 2019 survey of 2,000 developers found that 61% of them monitor their logs daily.';
    expect(claimsOf(...tutorial, survey)).toContain(survey);
  });

  // Faithful twin from another kind of page: on a page of health news the same wording stays a finding.
  it('keeps "we found" on a page about health, in dermatology', () => {
    const page = [
      'Eczema affects one child in five, and its flares disturb their sleep.',
      'We found a fall in eczema flares of 40% because the cream was used daily.',
      'Parents of the children treated said their sleep improved.',
    ];
    expect(claimsOf(...page)).toContain('We found a fall in eczema flares of 40% because the cream was used daily.');
  });
});
