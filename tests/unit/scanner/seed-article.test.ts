import { describe, expect, it } from 'vitest';
import { keysOfEntry } from '../../../lib/scanner/reference-keys';
import { scanPage } from '../../../lib/scanner/scan-page';
import { textToHtml } from '../../../lib/scanner/text-to-html';
import { parseHtml } from '../../helpers/dom';
import { readShared } from '../../helpers/shared-data';

const FORMS = [
  ['HTML', () => parseHtml(readShared('seed/greenmedinfo-als-b12.html')), 'superscript'],
  ['text', () => parseHtml(textToHtml(readShared('seed/greenmedinfo-als-b12.txt'))), 'flattened'],
] as const;

describe.each(FORMS)('the seed article, %s form (shared/seed/sources.md)', (_, load, markerStyle) => {
  const findings = scanPage(load());
  const claim = (start: string) => findings.claims.find((c) => c.text.startsWith(start));

  it('finds five reference entries, four with DOIs, and entry 3 as a short form of entry 2', () => {
    expect(findings.references.map((r) => [r.number, r.ids.doi, r.sameAs])).toEqual([
      [1, '10.1016/s1474-4422(18)30054-1', null],
      [2, '10.1001/jamaneurol.2022.0901', null],
      [3, null, 'ref-2'],
      [4, '10.1136/jnnp-2018-319294', null],
      [5, '10.1016/j.freeradbiomed.2009.04.023', null],
    ]);
    expect(keysOfEntry(findings.references[2]!, findings.references)).toEqual(['doi:10.1001/jamaneurol.2022.0901']);
    expect(findings.references[1]).toMatchObject({
      firstAuthor: 'Oki',
      year: 2022,
      journal: 'JAMA Neurol',
      volume: '79',
      pages: '575-583',
    });
  });

  it('links the in-text markers 1–5 to their entries, with the sentences they end', () => {
    expect(findings.citations.map((c) => [c.marker, c.style, c.referenceIds])).toEqual(
      [1, 2, 3, 4, 5].map((n) => [String(n), markerStyle, [`ref-${n}`]]),
    );
    expect(findings.citations[0]!.sentence).toBe('Few pharmaceutical treatments for ALS have proven effective so far.');
  });

  it('finds the randomised trial in Japan, citing 2', () => {
    expect(claim('A randomized trial in Japan found')).toMatchObject({ referenceIds: ['ref-2'], citedBy: 'marker', design: 'rct' });
  });

  it('finds 130 patients and 50 mg injections or placebo twice weekly, cited by the paragraph’s marker 3', () => {
    expect(claim('The study divided 130')).toMatchObject({
      referenceIds: ['ref-3'],
      citedBy: 'paragraph',
      participants: 130,
      dose: { amount: 50, unit: 'mg', route: 'injections', frequency: 'twice weekly' },
    });
  });

  it('finds 16 weeks and "over 40%" marked relative, citing 3', () => {
    expect(claim('After 16 weeks')).toMatchObject({
      referenceIds: ['ref-3'],
      duration: { value: 16, unit: 'week' },
      effects: [{ text: 'over 40%', value: 40, unit: '%', relative: true }],
    });
  });

  it('finds "reproducible benefits" citing 4, the uncited safety claim in the same paragraph, and the claim citing 5', () => {
    expect(claim('The effects were similar to those seen in a previous trial')).toMatchObject({
      referenceIds: ['ref-4'],
      citedBy: 'marker',
    });
    expect(claim('Methylcobalamin was also well-tolerated')).toMatchObject({ referenceIds: ['ref-4'], citedBy: 'paragraph', safety: true });
    expect(claim('This modified form of vitamin B12 plays important roles')).toMatchObject({ referenceIds: ['ref-5'], citedBy: 'marker' });
  });

  it('finds "readily supplementing vitamin B12" as an uncited claim with its route', () => {
    expect(claim('But these exciting results suggest readily supplementing')).toMatchObject({
      referenceIds: [],
      citedBy: 'none',
      dose: { route: 'supplementing' },
      strength: 2,
    });
  });

  it('finds the four disclaimers with their kinds and not the copyright line', () => {
    expect(findings.disclaimers.map((d) => d.kind)).toEqual([
      'medical-advice',
      'editorial-independence',
      'medical-advice',
      'consult-professional',
    ]);
    expect(findings.disclaimers[0]!.text).toContain('not intended to provide medical advice');
    expect(findings.disclaimers[2]!.text).toContain('not diagnosing, treating');
    expect(findings.disclaimers.some((d) => /copyright/i.test(d.text))).toBe(false);
  });

  it('keeps the page’s own identity apart: no DOI of its own, not a scholarly article', () => {
    expect(findings.page).toMatchObject({
      title: 'New Research Offers “Glimmer of Hope” for Slowing ALS Through Vitamin Shots',
      doi: null,
      isScholarlyArticle: false,
    });
  });
});
