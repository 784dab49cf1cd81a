import { describe, expect, it } from 'vitest';
import { analyseClaim } from '../../../lib/text/claim-analysis';
import { NOT_A_CLAIM, noiseFamily } from '../../../lib/text/claim-noise';
import { findEffects } from '../../../lib/text/effect-figures';
import { hasFiniteVerb } from '../../../lib/text/finite-verb';
import { HYPE_WORDS } from '../../../lib/text/hype-words';
import { findParticipants } from '../../../lib/text/head-count';
import { parseNumber } from '../../../lib/text/numbers';
import { RESULT_EVIDENCE, resultEvidence } from '../../../lib/text/result-evidence';
import { continuesStudy } from '../../../lib/text/study-context';
import { PUBLISHER_ARTICLE_LINKS, publisherArticle } from '../../../lib/scanner/publisher-links';
import { scanPage } from '../../../lib/scanner/scan-page';
import { NO_SIGNALS, pageChecklist } from '../../../lib/evidence/page-checklist';
import { parseHtml } from '../../helpers/dom';

describe('parseNumber', () => {
  it.each([
    ['5,000', 5000],
    ['1,234.5', 1234.5],
    ['7.6 million', 7_600_000],
    ['five', 5],
  ])('%s → %d', (text, value) => expect(parseNumber(text)).toBe(value));
});

describe('findParticipants: a head count only before a population noun', () => {
  it.each([
    ['Researchers followed 2,400 workers for 12 years.', 2400],
    ['The survey asked 1,012 nurses about their sleep.', 1012],
    ['The trial enrolled 45 men and 55 women.', 100],
    ['Of the 1,200 participants, 600 were women.', 1200],
    ['Students (n = 310) answered the questionnaire.', 310],
    ['They predicted the choices of four of the five participants.', 5],
  ])('%s → %d', (sentence, count) => expect(findParticipants(sentence)).toBe(count));

  // Faithful twins from other fields that must stay quiet.
  it.each([
    'Children were split into 3 groups of participants by age.',
    'Adults with a BMI of 30 adults or more were excluded.',
    'The team plans to recruit 500 patients next year.',
    'Dogs were walked for 12 years in the cohort.',
  ])('finds no head count in “%s”', (sentence) => expect(findParticipants(sentence)).toBeNull());
});

describe('findEffects: relative or absolute from the words a figure belongs to', () => {
  it.each([
    ['Deaths declined by 23% after the policy.', '23%', true],
    ['Smokers who quit lowered their risk by almost 40%.', 'almost 40%', true],
    ['The drug led to a 5,000% rise in one marker.', '5,000%', true],
    ['About 3% of kids who ate peanuts got an allergy, compared to about 17% of kids who didn’t.', '3%', false],
    ['Some 62% of shoppers trust online reviews.', '62%', false],
    ['Response was 56% (23/41) in the treated arm.', '56%', false],
    ['Rates rose from 0.90 percent to 1.23 percent.', '0.90 percent', false],
    ['Anxiety scores fell 12.5% in the yoga group.', '12.5%', null],
    ['Meth use was 3.8 percent, compared to the national average of 3 percent.', '3.8 percent', false],
    ['Of them, 20,235 people (0.5%) used sign language.', '0.5%', false],
    ['The census recorded an increase of 5.3% over 2006.', '5.3%', true],
    ['Devices had a 3% error against the scanner.', '3%', false],
  ])('%s', (sentence, text, relative) => {
    const effect = findEffects(sentence).find((e) => e.text.endsWith(text));
    expect(effect?.relative).toBe(relative);
  });

  it('reads fold changes, ratios and rates as effects', () => {
    expect(findEffects('Cases more than doubled, a fourfold rise.').map((e) => e.unit)).toEqual(['fold', 'fold']);
    expect(findEffects('The hazard ratio was 0.74.')[0]).toMatchObject({ unit: 'ratio', value: 0.74, relative: true });
    expect(findEffects('There were 12 cases per 100,000 people.')[0]).toMatchObject({ unit: 'rate', relative: false });
    expect(findEffects('Patients exercised three times a week.')).toEqual([]);
    expect(findEffects('Injections were given twice weekly.')).toEqual([]);
  });
});

describe('result evidence families', () => {
  const cases: Record<string, [string, string]> = {
    'p-value': ['Scores differed between arms (p < 0.01).', 'Please pay £5.00 at the desk.'],
    'confidence-interval': ['The ratio was 0.8 (95% CI 0.6 to 0.9).', 'About 95% of the sky was clear.'],
    significance: ['There was a significant difference in pain between groups.', 'This is a significant day for the clinic.'],
    'effect-size': ['Effect sizes ranged from moderate to large.', 'Shoe sizes ranged from small to large.'],
    association: ['Night shifts were associated with higher blood pressure.', 'The nurses associated with the charity met.'],
    rate: ['Incidence was 4 per 100,000 in 2020.', 'Tickets cost 4 dollars per person.'],
    'fold-change': ['Hospital visits tripled over the decade.', 'She folded the letter twice.'],
    'trial-phase': ['In a phase 2 trial the vaccine produced antibodies.', 'In the second phase of the move we packed.'],
    'arm-comparison': ['Relapse was 12% with the drug compared with 30% with placebo.', 'The shop sold 12% more compared with last year.'],
  };

  it('has a case for every family', () => {
    expect(Object.keys(cases).sort()).toEqual(RESULT_EVIDENCE.map((f) => f.family).sort());
  });

  it.each(Object.entries(cases))('%s fires on its case and stays quiet on its twin', (family, [fires, quiet]) => {
    expect(resultEvidence(fires)).toContain(family);
    expect(resultEvidence(quiet)).not.toContain(family);
  });
});

describe('page furniture is no claim', () => {
  const cases: Record<string, [string, string]> = {
    'comment-widget': ['Report this comment as abusive or spam today.', 'Patients who reported this symptom improved within a week.'],
    byline: ['By Jane Smith Senior Health Reporter updated today.', 'By week 12 the patients had lost 5% of their weight.'],
    bio: [
      'Anna Lee is a certified fitness coach who builds a safe environment.',
      'Anna Lee is a patient who joined the trial in 2019 and improved.',
    ],
    navigation: ['Read more about how the study found lower risk.', 'More of the participants in the study found relief.'],
    quotation: [
      '“If the time reported to us was valid, we could predict the decision,” explains Dr. Shadlen.',
      'Lead author Ryosuke Oki said the drug slowed decline in the 130 patients.',
    ],
    'publication-note': [
      'The findings were published today in the journal BMJ Case Reports.',
      'The findings showed that the man recovered within a month.',
    ],
    'not-involved': [
      'Allen, an allergist in Boston, was not involved in the research.',
      'Allen, who had asthma, was not involved in sports before the trial began.',
    ],
    'disclosure-label': [
      'Disclosures: Dr. Lee reports grants from the institute during the study.',
      'Dr. Lee reports that the study found fewer falls.',
    ],
  };

  it('has a case for every family', () => {
    expect(Object.keys(cases).sort()).toEqual(NOT_A_CLAIM.map((f) => f.family).sort());
  });

  it.each(Object.entries(cases))('%s is kept out, its twin is not', (family, [noise, claim]) => {
    expect(noiseFamily(noise)).toBe(family);
    expect(noiseFamily(claim)).toBeNull();
  });

  it.each([
    ['Placebo (n=40)', 'too-short'],
    ['An Observational Study With a Regression Discontinuity Design', 'no-sentence-end'],
  ])('%s → %s', (text, family) => expect(noiseFamily(text)).toBe(family));

  it('tells a finite verb from a fragment', () => {
    expect(hasFiniteVerb('This form of vitamin B12 plays important roles in nerve function.')).toBe(true);
    expect(hasFiniteVerb('Treatment of mild persistent asthma in older adults.')).toBe(false);
  });
});

describe('hype words', () => {
  it.each([
    ['Researchers hail two breakthroughs in gene therapy.', 'breakthroughs'],
    ['A groundbreaking, game-changing pill for migraine.', 'groundbreaking'],
    ['The results are unprecedented in heart failure.', 'unprecedented'],
    ['Cutting-edge scans found the tumour early.', 'Cutting-edge'],
  ])('%s', (sentence, word) => expect(HYPE_WORDS.exec(sentence)?.[0]).toBe(word));

  it.each(['No drug can cure it yet.', 'Asthma is not a disease anyone can cure.', 'There was no breakthrough in the talks.'])(
    'respects the negation in “%s”',
    (sentence) => expect(HYPE_WORDS.test(sentence)).toBe(false),
  );

  it('keeps a promotional quotation as a claim, not a plain one', () => {
    expect(noiseFamily('"This is a breakthrough that could change how we treat breast cancer," said lead author Jane Doe.')).toBeNull();
    expect(noiseFamily('"This could change how we treat breast cancer," said lead author Jane Doe.')).toBe('quotation');
  });
});

describe('a relationship or a figure alone is a claim only on health', () => {
  it('takes a health sentence with a figure and causal wording, not the same on history', () => {
    expect(analyseClaim('Screening cut deaths from bowel cancer by 25%.').isClaim).toBe(true);
    expect(analyseClaim('The war led to an increase of 5.3% in exports.').isClaim).toBe(false);
  });
});

describe('the checklist’s absolute-benefit item reads only benefit figures of study claims', () => {
  const answer = (text: string) => {
    const claim = { text, effects: findEffects(text) };
    const input = { signals: NO_SIGNALS, references: [], markerCount: 0, claims: [claim], disclaimers: [] };
    return pageChecklist(input).find((i) => i.criterion === 'benefit-quantified-absolute')?.answer;
  };

  it('says yes for one arm’s rate against another’s, or a change in points', () => {
    expect(answer('About 3% of kids who ate peanuts got an allergy, compared to about 17% of kids who didn’t.')).toBe('yes');
    expect(answer('Remission rose by 12 percentage points with the drug.')).toBe('yes');
  });

  it('does not take a share or a level for a benefit', () => {
    expect(answer('Some 62% of shoppers trust online reviews of supplements.')).not.toBe('yes');
    expect(answer('Meth use among young people was 3.8 percent in the state.')).not.toBe('yes');
  });
});

describe('a case report’s story', () => {
  it('takes the patient’s course after a case report as findings, and the same sentence elsewhere not', () => {
    const page = (intro: string) =>
      parseHtml(
        `<body><article><p>${intro}</p><p>At first his doctor treated him for a chest infection, and his symptoms improved.</p></article></body>`,
      );
    const claims = (intro: string) => scanPage(page(intro)).claims.map((c) => c.text);
    expect(claims('In a new case report, doctors describe a man whose duvet made him ill.')).toContain(
      'At first his doctor treated him for a chest infection, and his symptoms improved.',
    );
    expect(claims('A new survey of gardeners found that most of them prefer tulips.')).not.toContain(
      'At first his doctor treated him for a chest infection, and his symptoms improved.',
    );
  });
});

describe('the study context carried through a paragraph', () => {
  it('takes a sentence about the participants after a study as a claim, but not before one', () => {
    const sentence = 'The participants who slept longer also improved their scores.';
    expect(continuesStudy(sentence)).toBe(true);
    expect(analyseClaim(sentence, { inStudy: true }).isClaim).toBe(true);
    expect(analyseClaim('The volunteers then painted the hall.', { inStudy: false }).isClaim).toBe(false);
  });

  it('carries the context through the page', () => {
    const page = parseHtml(
      '<body><article><p>A new study found that nurses on night shifts slept less than others.</p>' +
        '<p>The nurses who swapped shifts also slept longer and felt calmer.</p></article></body>',
    );
    expect(scanPage(page).claims.map((c) => c.text)).toEqual([
      'A new study found that nurses on night shifts slept less than others.',
      'The nurses who swapped shifts also slept longer and felt calmer.',
    ]);
    const quiet = parseHtml('<body><article><p>The nurses who swapped shifts also slept longer and felt calmer.</p></article></body>');
    expect(scanPage(quiet).claims).toEqual([]);
  });
});

describe('publisher article links', () => {
  const cases: Record<string, [string, string]> = {
    'JAMA Network': ['https://jamanetwork.com/journals/jama/fullarticle/2767861', 'https://jamanetwork.com/journals/jama/issue/323/1'],
    'ScienceDirect (Elsevier)': [
      'https://www.sciencedirect.com/science/article/pii/S0140673620301835',
      'https://www.sciencedirect.com/journal/the-lancet',
    ],
    'The Lancet': [
      'https://www.thelancet.com/journals/lancet/article/PIIS0140-6736(20)30183-5/fulltext',
      'https://www.thelancet.com/journals/lancet/issue/current',
    ],
    'Cell Press': ['https://www.cell.com/cell/fulltext/S0092-8674(20)30229-4', 'https://www.cell.com/cell/home'],
    'Oxford University Press': ['https://academic.oup.com/aje/article/188/5/1/5287641', 'https://academic.oup.com/aje/issue'],
    BMJ: ['https://www.bmj.com/content/368/bmj.m1091', 'https://www.bmj.com/news'],
    'CDC MMWR': ['https://www.cdc.gov/mmwr/volumes/69/wr/mm6912e2.htm', 'https://www.cdc.gov/flu/index.htm'],
    'NCBI Bookshelf': ['https://www.ncbi.nlm.nih.gov/books/NBK279396/', 'https://www.ncbi.nlm.nih.gov/guide/'],
    MDPI: ['https://www.mdpi.com/2072-6643/12/4/1181', 'https://www.mdpi.com/journal/nutrients'],
    Wiley: ['https://onlinelibrary.wiley.com/doi/full/10.1002/oby.22116', 'https://onlinelibrary.wiley.com/journal/1930739x'],
    'Science (AAAS)': [
      'https://stm.sciencemag.org/content/11/487/eaau9356',
      'https://www.sciencemag.org/news/2019/07/dengue-vaccine-trial-results',
    ],
    PNAS: ['https://www.pnas.org/content/114/28/7397', 'https://www.pnas.org/topic/medical-sciences'],
  };

  it('has a case for every publisher', () => {
    expect(Object.keys(cases).sort()).toEqual(PUBLISHER_ARTICLE_LINKS.map((p) => p.publisher).sort());
  });

  it.each(Object.entries(cases))('%s: an article page is a paper, a journal page is not', (publisher, [article, other]) => {
    expect(publisherArticle(new URL(article))).toBe(publisher);
    expect(publisherArticle(new URL(other))).toBeNull();
  });

  it('lists a publisher article and a page linked by a citation number as sources by link, and never the page itself', () => {
    const page = parseHtml(
      '<head><meta name="citation_doi" content="10.1101/696633"></head><body><article>' +
        '<p>A cohort study <a href="https://jamanetwork.com/journals/jama/fullarticle/2767861">in JAMA</a> found more falls (<a href="https://lccn.loc.gov/2012036403">2</a>).</p>' +
        '<p>See <a href="https://www.biorxiv.org/content/10.1101/696633v1.full">the full text</a> and <a href="https://example.org/page/2">2</a>.</p>' +
        '</article></body>',
    );
    const { references } = scanPage(page);
    expect(references.map((r) => [r.ids.url, r.publisher, r.text])).toEqual([
      ['https://jamanetwork.com/journals/jama/fullarticle/2767861', 'JAMA Network', 'in JAMA'],
      ['https://lccn.loc.gov/2012036403', 'lccn.loc.gov', 'https://lccn.loc.gov/2012036403'],
    ]);
  });
});
