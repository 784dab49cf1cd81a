import { describe, expect, it } from 'vitest';
import {
  annotationAsScanned,
  f1,
  normaliseMarker,
  AnnotationSchema,
  isSameWork,
  matchSentences,
  normaliseSentence,
  scorePage,
  sentenceSimilarity,
  type ScannedPage,
} from '../../measure/devset-match';

const SENTENCE = 'In the trial, 640 children were followed for five years, and peanut allergy fell by 81%.';

describe('development-set matcher: sentences', () => {
  it.each([
    ['white space', 'In the trial,  640 children were\nfollowed for five years, and peanut allergy fell by 81%.'],
    ['curly quotes and a dash', 'In the trial, 640 children were followed for five years, and peanut allergy fell by 81%.'],
    ['a trailing bracket marker', `${SENTENCE} [3]`],
    ['a flattened marker', `${SENTENCE}3`],
    ['a marker range', `${SENTENCE}2-4`],
    ['superscript digits', `${SENTENCE}¹²`],
    ['a missing full stop', SENTENCE.slice(0, -1)],
  ])('takes the sentence with %s for the same one', (_, variant) => {
    expect(sentenceSimilarity(SENTENCE, variant)).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    [
      'text a page export glued to the annotated sentence',
      'The team looked at data on states where cannabis had been legalized by 2016—Colorado,Washington, Alaska, and Oregon— and noted how often respondents used it.',
      'The team looked at data on states where cannabis had been legalized by 2016—Colorado,Washington, Alaska, and Oregon— and noted how often respondents used it. - Dangers of Vaping: Facts and Figures You Should Know About Today - Why Teens Are Turning to E-Cigarettes and What Parents Can Do About It Now',
    ],
    [
      'a second sentence the scanner kept after a note marker',
      'The 2013 census enumerated a resident population of 4,242,048, an increase of 5.3% over the 2006 figure.',
      'The 2013 census enumerated a resident population of 4,242,048, an increase of 5.3% over the 2006 figure.[n 8] As of September 2019, the total population has risen to an estimated 4,933,210.',
    ],
    [
      'a sentence the annotator ended at an abbreviation',
      'A 2017 Human Rights Report by the U.S.',
      'A 2017 Human Rights Report by the U.S. Department of State noted that the government generally respected the rights of individuals.',
    ],
    [
      'an anchor between sentences',
      'Overall, drugs on the deep web appear to be of much higher quality than those found on the street.',
      'Overall, drugs on the deep web appear to be of much higher quality than those found on the street. {#e76f} “In general, the cocaine is amazing,” says Caudevilla, saying that the samples they have seen have purities climbing as high as 80 percent.',
    ],
  ])('takes a sentence for the same one across %s', (_, annotated, found) => {
    expect(sentenceSimilarity(annotated, found)).toBeGreaterThanOrEqual(0.8);
    expect(matchSentences([annotated], [found])).toEqual([[0, 0]]);
  });

  it('does not pair texts by a shared piece of fewer than five words', () => {
    expect(sentenceSimilarity('But when Dr.', 'But when Dr. Smith saw the scan, he ordered a biopsy of the liver.')).toBeLessThan(0.8);
  });

  it('does not pair texts that share only a part of a sentence', () => {
    expect(
      sentenceSimilarity(
        'In the trial, 640 children were followed for five years.',
        'In the trial, 640 children were followed for five years, and none of them fell ill. Another finding was reported in 2019.',
      ),
    ).toBeLessThan(0.8);
  });

  it('keeps a different sentence of the same page apart', () => {
    expect(sentenceSimilarity(SENTENCE, 'Peanut allergy is common in children.')).toBeLessThan(0.8);
  });

  it('reads a bracketed marker as its number', () => {
    expect(normaliseMarker('[3]')).toBe('3');
    expect(normaliseMarker(' (2–4) ')).toBe('2-4');
  });

  it('keeps a number that differs inside a figure', () => {
    expect(normaliseSentence('Risk fell by 4.5%.')).toBe('risk fell by 4.5%');
    expect(normaliseSentence('So far.1')).toBe('so far');
  });

  it('pairs each annotated sentence with at most one found sentence, best first', () => {
    const pairs = matchSentences(
      [SENTENCE, 'Another finding was reported in 2019 by the same team.'],
      ['Peanut allergy is common in children.', `${SENTENCE} [1]`, SENTENCE],
    );
    expect(pairs).toEqual([[0, 1]]);
  });
});

describe('development-set matcher: works', () => {
  const entry = (ids: Partial<ScannedPage['references'][number]['ids']>, text = 'x') => ({
    text,
    sameAs: null,
    ids: { doi: null, pmid: null, pmcid: null, nct: [], url: null, ...ids },
  });

  it.each([
    ['its DOI, in any case', { doi: '10.1056/NEJMoa1414850' }, entry({ doi: '10.1056/nejmoa1414850' })],
    ['its PMID given as a number', { pmid: 25705822 }, entry({ pmid: '25705822' })],
    ['its PMCID', { pmcid: 'pmc123456' }, entry({ pmcid: 'PMC123456' })],
    ['a registry number', { nct: ['NCT00329784'] }, entry({ nct: ['NCT00329784'] })],
    [
      'its URL without scheme or slash',
      { url: 'https://jamanetwork.com/journals/jama/fullarticle/123/' },
      entry({ url: 'http://www.jamanetwork.com/journals/jama/fullarticle/123' }),
    ],
    [
      'its archived copy',
      { url: 'http://www.example.org/report.pdf' },
      entry({ url: 'https://web.archive.org/web/20110511142553/http://www.example.org/report.pdf' }),
    ],
    [
      'its URL written with percent-encoding on one side',
      { url: 'https://onlinelibrary.wiley.com/doi/full/10.1111%2Fdom.13650' },
      entry({ url: 'https://onlinelibrary.wiley.com/doi/full/10.1111/dom.13650/' }),
    ],
    [
      'its URL with the host in capitals',
      { url: 'https://WWW.CDC.gov/nchs/data/databriefs/db360.pdf' },
      entry({ url: 'https://www.cdc.gov/nchs/data/databriefs/db360.pdf' }),
    ],
    [
      'its text, when it has no identifier',
      { text: 'Smith J, Lee K. Vitamin D and falls. BMJ. 2019;1:2.' },
      entry({}, 'Smith J, Lee K. Vitamin D and falls. BMJ 2019;1:2'),
    ],
  ])('finds a work by %s', (_, work, found) => {
    expect(isSameWork(work, found)).toBe(true);
  });

  it('finds a work known by a link through another link of its entry only when the entry text is the same', () => {
    const report = {
      url: 'https://www.worldcat.org/issn/2324-5913',
      text: 'Energy in New Zealand 2016 (Report). Ministry of Business. ISSN 2324-5913.',
    };
    expect(
      isSameWork(
        report,
        entry(
          { url: 'https://www.mbie.govt.nz/energy-2016.pdf' },
          '^ Energy in New Zealand 2016 (PDF) (Report). Ministry of Business. ISSN 2324-5913.',
        ),
      ),
    ).toBe(true);
    expect(
      isSameWork(
        report,
        entry({ url: 'https://www.mbie.govt.nz/energy-2015.pdf' }, 'Energy in New Zealand 2015 (Report). Ministry of Transport.'),
      ),
    ).toBe(false);
  });

  it('keeps an address whose percent-encoding is broken as written, and tells it from another', () => {
    expect(isSameWork({ url: 'https://example.org/100%25-juice' }, entry({ url: 'https://example.org/100%-juice' }))).toBe(true);
    expect(isSameWork({ url: 'https://example.org/a%2Fb' }, entry({ url: 'https://example.org/a%2Fc' }))).toBe(false);
    expect(isSameWork({ url: 'https://example.org/%E0%A4%A' }, entry({ url: 'https://example.org/other' }))).toBe(false);
  });

  it('does not take a work with an identifier for another entry with a similar text', () => {
    expect(
      isSameWork({ doi: '10.1/a', text: 'Smith J. Vitamin D and falls.' }, entry({ doi: '10.1/b' }, 'Smith J. Vitamin D and falls.')),
    ).toBe(false);
  });
});

describe('development-set matcher: one page', () => {
  const annotation = AnnotationSchema.parse({
    id: 'page',
    findings: [
      { text: SENTENCE, participants: 640, effects: [{ text: '81%', relative: true }] },
      { text: 'A second study of 20 adults found no change.', participants: 20, effects: [] },
    ],
    citedWorks: [{ doi: '10.1/a' }, { pmid: '42' }],
    markers: [{ text: '1', sentence: 'In the trial, 640 children' }],
    disclaimers: [{ kind: 'medical-advice', text: 'This article is not medical advice.' }],
  });
  const scanned: ScannedPage = {
    claims: [
      { text: `${SENTENCE}1`, participants: 640, effects: [{ text: 'by 81%', value: 81, relative: null }] },
      { text: 'Report this comment', participants: null, effects: [] },
    ],
    references: [{ text: 'A', sameAs: null, ids: { doi: '10.1/a', pmid: null, pmcid: null, nct: [], url: null } }],
    citations: [
      { marker: '1', sentence: SENTENCE },
      { marker: '2', sentence: 'Smith¹ Department of Medicine' },
    ],
    disclaimers: [
      { kind: 'medical-advice', text: 'This article is not medical advice. Ask your doctor.' },
      { kind: 'affiliate', text: 'Copyright 2020.' },
    ],
  };
  const { score, errors } = scorePage(annotation, scanned);

  it('counts claims right and wrong in both directions', () => {
    expect(score.claimsPrecision).toEqual({ right: 1, of: 2 });
    expect(score.claimsRecall).toEqual({ right: 1, of: 2 });
    expect(errors.falseClaims).toEqual(['Report this comment']);
  });

  it('checks head counts and relative flags only on matched claims', () => {
    expect(score.participants).toEqual({ right: 1, of: 1 });
    expect(score.relative).toEqual({ right: 0, of: 1 });
    expect(errors.wrongRelative[0]).toMatchObject({ effect: '81%', annotated: true, found: null });
  });

  it('counts works, markers and disclaimers', () => {
    expect(score.citedWorks).toEqual({ right: 1, of: 2 });
    expect(score.markerPrecision).toEqual({ right: 1, of: 2 });
    expect(score.disclaimersPrecision).toEqual({ right: 1, of: 2 });
    expect(score.disclaimersRecall).toEqual({ right: 1, of: 1 });
  });
});

describe('development-set matcher: agreement of two annotators', () => {
  const first = AnnotationSchema.parse({
    id: 'page',
    findings: [
      { text: SENTENCE, participants: 640, effects: [{ text: '81%', relative: true }] },
      { text: 'A second study of 20 adults found no change in blood pressure.', participants: 20, effects: [] },
    ],
    citedWorks: [{ doi: '10.1/A', pmid: 42 }],
    markers: [{ text: '1', sentence: 'In the trial, 640 children were followed' }],
    disclaimers: [{ kind: 'medical-advice', text: 'This article is not medical advice.' }],
  });

  it('finds an annotation in full agreement with itself', () => {
    const { score } = scorePage(first, annotationAsScanned(first));
    expect(score.claimsPrecision).toEqual({ right: 2, of: 2 });
    expect(score.claimsRecall).toEqual({ right: 2, of: 2 });
    expect(score.participants).toEqual({ right: 2, of: 2 });
    expect(score.relative).toEqual({ right: 1, of: 1 });
    expect(score.citedWorks).toEqual({ right: 1, of: 1 });
    expect(score.markerPrecision).toEqual({ right: 1, of: 1 });
    expect(score.disclaimersRecall).toEqual({ right: 1, of: 1 });
  });

  it('counts what the second annotator left out or read otherwise', () => {
    const second = AnnotationSchema.parse({
      id: 'page',
      findings: [{ text: SENTENCE, participants: 64, effects: [{ text: '81%', relative: false }] }],
      markers: [{ text: '1', sentence: 'In the trial' }],
    });
    const { score } = scorePage(first, annotationAsScanned(second));
    expect(score.claimsPrecision).toEqual({ right: 1, of: 1 });
    expect(score.claimsRecall).toEqual({ right: 1, of: 2 });
    expect(score.participants).toEqual({ right: 0, of: 1 });
    expect(score.relative).toEqual({ right: 0, of: 1 });
    expect(score.citedWorks).toEqual({ right: 0, of: 1 });
    expect(score.markerPrecision).toEqual({ right: 1, of: 1 });
    expect(f1(score.claimsPrecision, score.claimsRecall)).toBeCloseTo(2 / 3);
  });
});
