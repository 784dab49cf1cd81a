import { describe, expect, it } from 'vitest';
import { checkClaims, type CheckedSource } from '../../../lib/evidence/claim-checks';
import { figureInSource } from '../../../lib/evidence/figure-in-source';
import { NO_SIGNALS, pageChecklist } from '../../../lib/evidence/page-checklist';
import { conclusionOf } from '../../../lib/evidence/source-conclusion';
import { scanPage } from '../../../lib/scanner/scan-page';
import { emptyRecord } from '../../../lib/shared/source-record';
import { checkedClaim } from '../../helpers/checked-claim';
import { parseHtml } from '../../helpers/dom';
import { readShared } from '../../helpers/shared-data';

const JETALS_RESULT =
  'Results: The least-squares mean change in ALSFRS-R total score at week 16 was -2.66 with methylcobalamin and -4.63 with placebo (difference, 1.97; 95% CI, 0.44-3.50; P = .01).';

describe('figureInSource', () => {
  it('finds a figure the abstract states, allowing for rounding', () => {
    expect(figureInSource(3.1, '%', 'hip fractures occurred in 3.1% vs 3.6%.')).toMatchObject({ kind: 'stated', text: '3.1' });
    expect(figureInSource(2, 'points', JETALS_RESULT)).toMatchObject({ kind: 'stated', text: '1.97' });
  });

  it('accepts a percentage worked out from two numbers of one sentence (1.97 of 4.63 is 43%)', () => {
    expect(figureInSource(40, '%', JETALS_RESULT)).toMatchObject({ kind: 'derived' });
  });

  it('calls a figure absent when neither stated nor derivable, and never pairs numbers across sentences', () => {
    const abstract = 'Abdominal pain improved in 43% with peppermint oil and 34% with placebo (P = .04). In all, 190 adults took part.';
    expect(figureInSource(62, '%', abstract)).toEqual({ kind: 'absent' });
    expect(figureInSource(95, '%', abstract)).toEqual({ kind: 'absent' });
  });

  it('does not take years for figures', () => {
    expect(figureInSource(2019, 'points', 'From October 2017 to September 2019.')).toEqual({ kind: 'absent' });
  });
});

describe('conclusionOf', () => {
  it('reads the labelled conclusion and its strongest clause', () => {
    const kaji = emptyRecord({
      abstract:
        'Results: Neither primary endpoint differed. Conclusions: Ultra-high-dose methylcobalamin did not show significant efficacy in the whole cohort, but may prolong survival in patients treated early; this needs confirmation in a further trial. Trial registration number: NCT00444613.',
    });
    expect(conclusionOf(kaji)).toEqual({
      text: 'Ultra-high-dose methylcobalamin did not show significant efficacy in the whole cohort, but may prolong survival in patients treated early; this needs confirmation in a further trial.',
      strength: 2,
    });
  });

  it('takes the last sentence when nothing is labelled, and says nothing without an abstract', () => {
    expect(conclusionOf(emptyRecord({ abstract: 'We studied 30 people. Coffee was associated with lower risk.' }))?.strength).toBe(1);
    expect(conclusionOf(emptyRecord())).toBeNull();
  });

  it('reads a conclusion that found no effect as a link not shown (1), and a clause after "but" on its own', () => {
    const strength = (abstract: string) => conclusionOf(emptyRecord({ abstract }))?.strength;
    expect(strength('Conclusions: Low-dose aspirin in older adults did not lower the risk of dementia.')).toBe(1);
    expect(strength('Conclusions: The app was not more effective than a waiting list for depression.')).toBe(1);
    expect(
      strength('Conclusions: Adding the exercise halved the rate of hamstring injuries but did not reduce the time lost per injury.'),
    ).toBe(3);
  });
});

const claim = checkedClaim;
const source = (design: CheckedSource['design'], conclusionStrength: number | null, abstract = 'Conclusions: x.'): CheckedSource => ({
  referenceIds: ['ref-1'],
  record: emptyRecord({ abstract }),
  design,
  facts: {
    participants: null,
    durationWeeks: null,
    primaryEndpoint: 'unclear',
    primaryEndpointEvidence: '',
    conclusionStrength,
    conclusionEvidence: 'Abstract, conclusion: “…”',
  },
});

describe('claim checks added for the page as a whole', () => {
  it('flags a survey or cell study called a trial or "proven", but not a call for larger trials', () => {
    const trial = claim({
      text: 'A clinical trial of 500 teens found a link.',
      designWords: ['clinical trial'],
      participants: 500,
      strength: 1,
    });
    expect(checkClaims([trial], [source('cross-sectional', 1)]).map((c) => c.code)).toEqual(['design-overstated']);
    const proven = claim({ text: 'It is proven to protect nerves.', strength: 3 });
    expect(checkClaims([proven], [source('in-vitro', null)]).map((c) => c.code)).toContain('design-overstated');
    const call = claim({ text: 'Larger randomized trials are needed.', designWords: ['randomized'], strength: 0 });
    expect(checkClaims([call], [source('non-randomised-trial', 2)])).toEqual([]);
  });

  it('flags exaggeration by how far the page outruns the conclusion, and leaves safety statements to safety checks', () => {
    const direct = claim({ text: 'Mindfulness lowers blood sugar.', strength: 3 });
    expect(checkClaims([direct], [source('non-randomised-trial', 1)])).toMatchObject([{ code: 'exaggeration', severity: 'warning' }]);
    expect(checkClaims([direct], [source('non-randomised-trial', 2)])).toMatchObject([{ code: 'exaggeration', severity: 'info' }]);
    expect(checkClaims([direct], [source('non-randomised-trial', null)])).toEqual([]);
    const safe = claim({ text: 'It was well-tolerated.', strength: 3, safety: true });
    expect(checkClaims([safe], [source('rct', 2)]).map((c) => c.code)).not.toContain('exaggeration');
  });

  it('notes a figure the abstract lacks, as information only', () => {
    const figure = claim({ text: 'Pain fell by 62%.', effects: [{ text: '62%', value: 62, unit: '%', relative: true }], strength: 3 });
    const checks = checkClaims([figure], [source('rct', 3, 'Results: pain improved in 43% and 34% (P = .04).')]);
    expect(checks.find((c) => c.code === 'number-not-in-source')).toMatchObject({ severity: 'info' });
  });
});

describe('page signals and the checklist', () => {
  it('reads the seed: no byline or date, harms waved away, limits discussed, two sensational phrases', () => {
    const { signals } = scanPage(parseHtml(readShared('seed/greenmedinfo-als-b12.html')));
    expect(signals).toMatchObject({ author: null, date: null, harms: null, costs: null, conflicts: null });
    expect(signals.harmsDismissed).toContain('well-tolerated with negligible side effects');
    expect(signals.limitations).toContain('Larger and longer studies are still needed');
    expect(signals.sensational).toHaveLength(2);
    expect(signals.sensational[0]).toContain('Glimmer of Hope');
    expect(signals.sensational[1]).toContain('long sought after');
  });

  it('finds author and date in metadata, a byline and a "Published" line, and funding statements', () => {
    const page = parseHtml(`<html><head><meta name="author" content="Ana Ruiz"><title>Sleep</title></head><body><article>
      <p>Published: 3 March 2024</p><p>The study was funded by the National Institutes of Health.</p>
      <p>Side effects were mild headaches in 4% of people. The tablets cost about $30 a month.</p></article></body></html>`);
    const { signals } = scanPage(page);
    expect(signals.author).toBe('Author: Ana Ruiz');
    expect(signals.date).toContain('3 March 2024');
    expect(signals.conflicts).toContain('funded by');
    expect(signals.harms).toContain('Side effects were mild');
    expect(signals.costs).toContain('cost about $30');
    expect(scanPage(parseHtml('<p>By Jane Smith</p><p>Text.</p>')).signals.author).toBe('Byline: By Jane Smith');
  });

  it('reads author and date from JSON-LD, @graph members included, skipping scripts that are not JSON', () => {
    const page = parseHtml(`<html><head><script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","author":[{"name":"Li Wei"}],"datePublished":"2024-05-01"}]}</script>
      </head><body><p>Text.</p></body></html>`);
    expect(scanPage(page).signals).toMatchObject({ author: 'Author: Li Wei', date: 'Date: 2024-05-01' });
  });

  it('answers every criterion with evidence, and "no" where nothing was found', () => {
    const items = pageChecklist({ signals: NO_SIGNALS, references: [], markerCount: 0, claims: [], disclaimers: [] });
    expect(items.map((item) => item.criterion)).toHaveLength(12);
    for (const item of items) expect(item.evidence).not.toBe('');
    expect(items.find((i) => i.criterion === 'sources-cited')?.answer).toBe('no');
    expect(items.find((i) => i.criterion === 'benefit-quantified-absolute')?.answer).toBe('unclear');
    expect(items.find((i) => i.criterion === 'sensational-language')?.answer).toBe('no');
  });
});
