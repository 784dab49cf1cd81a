import { describe, expect, it } from 'vitest';
import { NO_SIGNALS } from '../../../lib/evidence/page-checklist';
import { analyseParagraphs } from '../../../lib/pipeline/analyse-paragraphs';
import { hasNearbyCue } from '../../../lib/pipeline/nearby-statements';
import type { CandidateParagraph } from '../../../lib/pipeline/types';

const META = NO_SIGNALS;
const paragraph = (text: string, over: Partial<CandidateParagraph> = {}): CandidateParagraph => ({
  text,
  markers: [],
  heading: false,
  inArticle: true,
  ...over,
});
const cited = (text: string) => paragraph(text, { markers: [{ end: text.length, referenceIds: ['ref-1'] }] });

describe('sentences near a claim', () => {
  it.each([
    ['promotion', 'It is being called a miracle cure for colitis.', true],
    ['a claim of safety', 'Best of all, the procedure is completely safe.', true],
    ['a route of taking it', 'Keep a pack of the tablets in the cabinet.', true],
    ['a plain cause', 'Hearing aids prevent dementia.', true],
    ['nothing the checks read', 'Clinics have seen a surge in enquiries.', false],
    ['a hedge', 'Hearing aids may lower the risk of dementia.', false],
    ['who paid for it', 'The Burns Survivors Trust contributed to the cost of this study.', false],
    ['a cause beside who paid', 'Smoking contributed to the cost of treating lung disease in the region.', true],
  ])('%s: “%s”', (_kind, text, cue) => expect(hasNearbyCue(text)).toBe(cue));

  it('attaches a cue sentence of the next paragraph to the cited claim before it, through an uncited one', () => {
    const analysis = analyseParagraphs(
      [
        cited('In a randomised trial of 70 people with knee osteoarthritis, a turmeric extract eased knee pain over 12 weeks.'),
        paragraph('Participants took two 500 mg capsules of the extract a day.'),
        paragraph('Unlike painkillers, turmeric has no side effects. Look for a standardised extract.'),
      ],
      META,
    );
    expect(analysis.claims.map((c) => c.citedBy)).toEqual(['marker', 'none']);
    expect(analysis.nearby).toEqual([
      expect.objectContaining({ claim: 0, paragraph: 2, text: 'Unlike painkillers, turmeric has no side effects.' }),
    ]);
  });

  it('reads a bare claim of safety beside the cited study before it, but not a safety result with its own figure', () => {
    const analysis = analyseParagraphs(
      [
        cited('In a randomised trial of 56 men with erectile dysfunction, an Epimedium extract improved erection scores by 4.1 points.'),
        paragraph('Best of all, unlike prescription pills, the extract is completely safe.'),
      ],
      META,
    );
    expect(analysis.claims.map((c) => c.citedBy)).toEqual(['marker', 'none']);
    expect(analysis.nearby).toEqual([
      expect.objectContaining({ claim: 0, text: 'Best of all, unlike prescription pills, the extract is completely safe.' }),
    ]);
    // Its twin in another field: a safety result with its own figures is a claim of its own, not a bare assertion.
    const twin = analyseParagraphs(
      [
        cited('In a randomised trial of 400 adults with asthma, the new inhaler cut attacks by 30%.'),
        paragraph('Side effects were reported by 12% of those on the inhaler and 11% on placebo.'),
      ],
      META,
    );
    expect(twin.nearby).toEqual([]);
  });

  it('leaves a cue sentence alone across a heading or with no claim within reach', () => {
    const analysis = analyseParagraphs(
      [
        cited('In a randomised trial of 70 people with knee osteoarthritis, a turmeric extract eased knee pain over 12 weeks.'),
        paragraph('Other treatments', { heading: true }),
        paragraph('Steroid injections are completely safe for most people.'),
      ],
      META,
    );
    expect(analysis.nearby).toEqual([]);
  });
});
