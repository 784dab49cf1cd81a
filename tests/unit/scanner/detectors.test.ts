import { describe, expect, it } from 'vitest';
import { causalStrength } from '../../../lib/text/causal-strength';
import { analyseClaim } from '../../../lib/text/claim-analysis';
import { disclaimerKinds } from '../../../lib/text/disclaimers';
import { findPageIdentity } from '../../../lib/scanner/page-identity';
import { idsFromUrl } from '../../../lib/scanner/paper-links';
import { parseReferenceFields, isShortForm } from '../../../lib/scanner/reference-entry';
import { splitSentences } from '../../../lib/text/sentences';
import { scanDom } from '../../../lib/scanner/scan-dom';
import { scanPage } from '../../../lib/scanner/scan-page';
import { parseHtml } from '../../helpers/dom';

describe('idsFromUrl', () => {
  it.each([
    ['https://pubmed.ncbi.nlm.nih.gov/30221595/', { pmid: '30221595' }],
    ['https://www.ncbi.nlm.nih.gov/pubmed/30221595', { pmid: '30221595' }],
    ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC8294388/', { pmcid: 'PMC8294388' }],
    ['https://pmc.ncbi.nlm.nih.gov/articles/PMC8294388/', { pmcid: 'PMC8294388' }],
    ['https://europepmc.org/article/MED/35532908', { pmid: '35532908' }],
    ['https://clinicaltrials.gov/study/NCT02456740', { nct: ['NCT02456740'] }],
    ['https://clinicaltrials.gov/ct2/show/nct02456740?term=x', { nct: ['NCT02456740'] }],
    ['https://arxiv.org/abs/2101.00001v2', { arxiv: '2101.00001' }],
    ['https://www.nejm.org/doi/full/10.1056/NEJMoa1805819', { doi: '10.1056/nejmoa1805819' }],
    ['https://doi.org/10.1056%2FNEJMoa2032183', { doi: '10.1056/nejmoa2032183' }],
    ['https://www.biorxiv.org/content/10.1101/2020.01.01.123456v1.full', { doi: '10.1101/2020.01.01.123456v1' }],
  ])('%s', (url, expected) => {
    expect(idsFromUrl(url)).toMatchObject(expected);
  });

  it.each(['https://example.org/health/vitamins', '/disease/als', 'javascript:void(0)', 'not a url'])('finds no paper in %s', (url) => {
    expect(idsFromUrl(url)).toBeNull();
  });
});

describe('parseReferenceFields', () => {
  it.each([
    [
      'Kaji R, Imai T, Iwasaki Y, et al. Ultrahigh-dose methylcobalamin in amyotrophic lateral sclerosis: a long-term phase II/III randomised controlled study. J Neurol Neurosurg Psychiatry. 2019;90(4):451-457.',
      { authors: ['Kaji', 'Imai', 'Iwasaki'], year: 2019, journal: 'J Neurol Neurosurg Psychiatry', volume: '90', pages: '451-457' },
    ],
    [
      'Liu, D., Huang, Y., & Zhang, P. (2022). Calorie restriction with or without time-restricted eating in weight loss. New England Journal of Medicine, 386(16), 1495–1504.',
      {
        authors: ['Liu', 'Huang', 'Zhang'],
        year: 2022,
        title: 'Calorie restriction with or without time-restricted eating in weight loss',
        journal: 'New England Journal of Medicine',
        volume: '386',
        pages: '1495–1504',
      },
    ],
    ['Oki et al. 2022', { authors: [], year: 2022, title: null, journal: null }],
  ])('%s', (text, expected) => {
    expect(parseReferenceFields(text)).toMatchObject(expected);
  });

  it.each([
    ['Oki et al. 2022', true],
    ['Smith and Jones (2019)', true],
    ['3. Oki et al. 2022', true],
    ['Oki R, Izumi Y. Efficacy of methylcobalamin. JAMA Neurol. 2022;79:575.', false],
  ])('isShortForm(%s) → %s', (text, expected) => {
    expect(isShortForm(text)).toBe(expected);
  });
});

describe('causalStrength (evidence scheme §5)', () => {
  it.each([
    ['Levels of cholesterol were within the normal range.', 0],
    ['Further studies are needed to determine whether vitamin D reduces falls.', 0],
    ['Coffee intake was associated with a lower risk of arrhythmia.', 1],
    ['Vitamin D did not significantly reduce falls in this small trial.', 3],
    ['Methylcobalamin may slow functional decline in early ALS.', 2],
    ['Methylcobalamin slowed functional decline in early ALS.', 3],
    ['The drug cut the risk of stroke by 25%.', 3],
  ] as const)('%s → %i', (sentence, strength) => {
    expect(causalStrength(sentence)).toBe(strength);
  });
});

describe('analyseClaim', () => {
  it('reads design, participants, duration, dose and relative and absolute effects', () => {
    const claim = analyseClaim(
      'In a double-blind trial, 4,512 adults took 100 mg of aspirin daily for two years; bleeding rose by 38% (3.8% vs 2.8%; p = 0.01).',
    );
    expect(claim).toMatchObject({
      isClaim: true,
      design: 'rct',
      participants: 4512,
      duration: { value: 2, unit: 'year' },
      dose: { amount: 100, unit: 'mg', frequency: 'daily' },
    });
    expect(claim.effects.map((e) => [e.text, e.unit, e.relative])).toEqual([
      ['by 38%', '%', true],
      ['3.8%', '%', false],
      ['2.8%', '%', false],
      ['p = 0.01', 'p', null],
    ]);
  });

  it.each([
    ['Taking 2,000 units of vitamin D a day cut fractures by a fifth.', 2000, 'units'],
    ['Metformin at 1,500 mg daily slowed weight gain in teenagers.', 1500, 'mg'],
    ['A 1.5 mg dose of the drug was enough.', 1.5, 'mg'],
    ['A dose of 0.6 mg per kilogram of body weight halved return visits.', 0.6, 'mg/kg'],
    ['Ketamine at 0.5 mg/kg eased pain after surgery.', 0.5, 'mg/kg'],
    // A blood level is no dose: the dose is the one given ("below 6 mg/dL" in a gout trial).
    ['Uric acid fell below 6 mg/dL in those given a 4 mg tablet.', 4, 'mg'],
  ] as const)('%s → dose %d %s', (sentence, amount, unit) => {
    expect(analyseClaim(sentence).dose).toMatchObject({ amount, unit });
  });

  // A length in words after "for" or "over" is the study's; "within a week" is when something happened.
  it.each([
    ['The researchers tracked 2,150 veterans for a decade.', { value: 10, unit: 'year' }],
    ['The cohort followed 900 women over two decades.', { value: 20, unit: 'year' }],
    ['Children with eczema used the cream for a month.', { value: 1, unit: 'month' }],
    ['The 288 adults were followed for a full year.', { value: 1, unit: 'year' }],
    ['Patients with gout took the tablet over an entire month.', { value: 1, unit: 'month' }],
    ['In a year-long study of 384 adults with bipolar disorder, the add-on tablet eased depression.', { value: 1, unit: 'year' }],
    ['The long-term care home ran a week-long trial of the new mattress.', { value: 1, unit: 'week' }],
    ['A full year after surgery, 80% of the children could walk unaided.', null],
    ['Over a median follow-up of 7.2 years, 312 people developed dementia.', { value: 7.2, unit: 'year' }],
    ['Pain eased within a week in most patients given the injection.', null],
    // An approximate median and a half ("two and a half years", a lung-fibrosis registry) are the follow-up, not a later window.
    [
      'Among 9,089 people followed for a median of about two and a half years, 41 per cent died within three years.',
      { value: 2.5, unit: 'year' },
    ],
    ['Children with asthma used the inhaler for about six months.', { value: 6, unit: 'month' }],
    // The follow-up, not a course of treatment named first (a cluster-headache trial).
    [
      'They gave 164 patients prednisone (100 mg a day for five days) or a placebo, and followed them for three months.',
      { value: 3, unit: 'month' },
    ],
    ['Patients took the antibiotic for five days and were seen again after a week.', { value: 5, unit: 'day' }],
    // The window for taking a dose yields to the study's length (a doxycycline trial; a stroke trial as its twin).
    [
      'In a year-long trial, 720 men were assigned to take two 100 mg doxycycline tablets within three days of sex.',
      { value: 1, unit: 'year' },
    ],
    ['Over 90 days, 1,200 stroke patients given the clot-buster within 4 hours walked sooner.', { value: 90, unit: 'day' }],
    ['Most wounds in the 300 diabetic patients had closed within 12 weeks.', { value: 12, unit: 'week' }],
  ] as const)('%s → duration %o', (sentence, duration) => {
    if (duration) expect(analyseClaim(sentence).duration).toMatchObject(duration);
    else expect(analyseClaim(sentence).duration).toBeNull();
  });

  it.each([
    ['Mice given the compound lived 20% longer.', 'animal'],
    ['Curcumin blocked inflammation in cultured cells.', 'in-vitro'],
    ['A meta-analysis of 12 trials found a small benefit.', 'meta-analysis'],
    ['In this prospective cohort of 90,000 nurses, coffee was linked to lower mortality.', 'cohort'],
  ])('%s → design %s', (sentence, design) => {
    expect(analyseClaim(sentence).design).toBe(design);
  });

  it.each([
    'Water boils at 100 degrees.',
    'Click here to subscribe to our newsletter.',
    'Trial registration: ClinicalTrials.gov NCT01234567.',
  ])('is not a claim: %s', (sentence) => {
    expect(analyseClaim(sentence).isClaim).toBe(false);
  });
});

describe('splitSentences', () => {
  it('keeps abbreviations, decimals and markers with their sentence', () => {
    const text = 'Smith et al. found a 2.5-fold rise. It was small.[3] Dr. Oki said so.4 The end';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Smith et al. found a 2.5-fold rise.',
      'It was small.[3]',
      'Dr. Oki said so.4',
      'The end',
    ]);
  });
});

describe('disclaimerKinds (evidence scheme §6)', () => {
  it.each([
    ['This article is not intended to provide medical advice.', ['medical-advice']],
    ['Always consult your doctor before starting a supplement.', ['consult-professional']],
    ['These statements have not been evaluated by the Food and Drug Administration.', ['not-evaluated']],
    ['As an Amazon Associate we earn from qualifying purchases.', ['affiliate']],
    ['This is a paid partnership with VitaCo.', ['sponsored']],
    ['The author has received consulting fees from the manufacturer.', ['conflict-of-interest']],
    ['The study was funded by Eisai, the manufacturer.', ['conflict-of-interest']],
    ['Views expressed here do not necessarily reflect those of the publisher.', ['editorial-independence']],
    ['© 2024 Health Media. All rights reserved.', []],
    ['Vitamin D is made in the skin.', []],
  ])('%s → %j', (sentence, kinds) => {
    expect(disclaimerKinds(sentence)).toEqual(kinds);
  });
});

describe('findPageIdentity', () => {
  it('reads the page’s own DOI and PMID from meta tags and JSON-LD, apart from what it cites', () => {
    const document = parseHtml(
      '<html><head><title>T</title><meta name="citation_doi" content="doi:10.5555/Own.1"><meta name="citation_pmid" content="123">' +
        '<script type="application/ld+json">{"@graph":[{"@type":"ScholarlyArticle","identifier":"https://doi.org/10.5555/own.1"}]}</script></head>' +
        '<body><a href="https://doi.org/10.5555/cited.2">cited</a></body></html>',
    );
    expect(findPageIdentity(document)).toEqual({ title: 'T', doi: '10.5555/own.1', pmid: '123', isScholarlyArticle: true });
  });

  // The checks read it from the signals: a journal article's own results are no "uncited claims".
  it('passes on whether the page is a scholarly article with the page’s signals', () => {
    const article = parseHtml(
      '<html><head><script type="application/ld+json">{"@type":"ScholarlyArticle"}</script></head><body><p>Text.</p></body></html>',
    );
    const news = parseHtml('<html><head><title>News</title></head><body><p>Text.</p></body></html>');
    expect(scanDom(article).metaSignals.scholarlyArticle).toBe(true);
    expect(scanDom(news).metaSignals.scholarlyArticle).toBe(false);
  });
});

describe('scanPage on a paragraph with no sentence boundary', () => {
  it('leaves a 50,000-character run of text out of claim analysis', () => {
    const run = 'and the patients were given supplements and the study found the drug reduced decline by 40% '.repeat(550);
    const findings = scanPage(
      parseHtml(`<html><body><p>${run}</p><p>A randomized trial of 130 patients found the drug slowed decline.</p></body></html>`),
    );
    expect(findings.claims.map((c) => c.text)).toEqual(['A randomized trial of 130 patients found the drug slowed decline.']);
  });
});
