import { describe, expect, it } from 'vitest';
import { isAuthorList } from '../../../lib/scanner/affiliation-marks';
import { isCitationParagraph } from '../../../lib/scanner/citation-paragraph';
import { canMerge } from '../../../lib/scanner/merge-ids';
import { noIds } from '../../../lib/scanner/found-ids';
import { idsFromUrl } from '../../../lib/scanner/paper-links';
import { REFERENCE_HEADING, REFERENCE_HEADING_QUALIFIERS, headingText } from '../../../lib/scanner/reference-heading';
import { isResearchLink } from '../../../lib/scanner/research-links';
import { scanPage } from '../../../lib/scanner/scan-page';
import { isInsideAdvertisement } from '../../../lib/scanner/skip';
import { parseHtml } from '../../helpers/dom';

const VANCOUVER =
  'Fang T, Al Khleifat A, Meurgey JH, et al. Stage at which riluzole treatment prolongs survival. Lancet Neurol. 2018;17(5):416-422.';
const APA =
  'Liu, D., Huang, Y., & Zhang, P. (2022). Calorie restriction with or without time-restricted eating in weight loss. New England Journal of Medicine, 386(16), 1495–1504.';
const PROSE = 'People who took the supplement felt better, and the authors plan a larger trial next year with more people.';

const texts = (html: string) => scanPage(parseHtml(html)).references.map((r) => r.text);
const markers = (html: string) => scanPage(parseHtml(html)).citations.map((c) => c.marker);

describe('reference headings', () => {
  it.each(REFERENCE_HEADING_QUALIFIERS.map((q) => `${q[0]!.toUpperCase()}${q.slice(1)} References`))('%s', (heading) => {
    expect(REFERENCE_HEADING.test(heading)).toBe(true);
  });

  it.each(['Citations:', 'Sources and references', 'References & further reading', 'Other Sources'])('%s', (heading) => {
    expect(REFERENCE_HEADING.test(heading)).toBe(true);
  });

  it.each(['Key Takeaways', 'Other treatments', 'Selected recipes', 'Referenced products we love', 'Sources of vitamin D'])(
    'not %s',
    (heading) => {
      expect(REFERENCE_HEADING.test(heading)).toBe(false);
    },
  );

  it('reads a heading without its inline style sheet, with white space collapsed', () => {
    const page = parseHtml(
      '<h2>\n      <style>.css-1x{color:#333;font-size:1.2rem;line-height:1.5;margin:0 0 8px}</style>\n   References\n    </h2>',
    );
    expect(headingText(page.querySelector('h2')!)).toBe('References');
  });

  it('finds the list under a heading that holds a style sheet, and not the list under another such heading', () => {
    const style = '<style>.css-1x{color:#333;font-size:1.2rem;line-height:1.5;margin:0 0 8px;padding:0}</style>';
    expect(texts(`<article><h2>${style}Key References</h2><ul><li>${VANCOUVER}</li></ul></article>`)).toEqual([VANCOUVER]);
    expect(texts(`<article><h2>${style}Key Takeaways</h2><ul><li>Walk 30 minutes a day, 2019 guidance.</li></ul></article>`)).toEqual([]);
  });

  it('finds a list under a bold paragraph acting as heading ("Citations"), not under a bold "Tips"', () => {
    expect(texts(`<p><strong>Citations</strong></p><ul><li>${APA}</li></ul>`)).toEqual([APA]);
    expect(texts('<p><strong>Tips</strong></p><ul><li>Drink water (2 litres a day).</li></ul>')).toEqual([]);
  });

  it('finds a list under a Wikipedia-style heading whose text is spread over indented lines', () => {
    const html = `<h2>\n                            <span class="mw-headline">References</span>\n                        </h2><div class="refbegin"><ul><li>Bain, Carolyn (2006). New Zealand. Lonely Planet. ISBN 1-74104-535-5.</li></ul></div>`;
    expect(texts(html)).toHaveLength(1);
  });
});

describe('citation paragraphs after a reference heading', () => {
  it.each([VANCOUVER, APA, 'Smits MM, Van Raalte DH. Safety of semaglutide. Front Endocrinol. 2021. doi:10.3389/fendo.2021.645563'])(
    'a citation: %s',
    (text) => {
      expect(isCitationParagraph(text)).toBe(true);
    },
  );

  it.each([
    'In a 2019 study, Smith et al. found that walking lowered blood pressure by 5 mmHg.',
    'The 2020 guideline (volume 3) recommends statins for most adults over 40.',
    PROSE,
  ])('prose: %s', (text) => {
    expect(isCitationParagraph(text)).toBe(false);
  });

  it('lists unnumbered citation paragraphs under "Sources", and leaves prose under "Research" alone', () => {
    expect(texts(`<h3>Sources</h3><p>${VANCOUVER}</p><p>${APA}</p>`)).toEqual([VANCOUVER, APA]);
    expect(texts(`<h3>Research</h3><p>In a 2019 study, Smith et al. found that walking lowered blood pressure. ${PROSE}</p>`)).toEqual([]);
  });

  it('climbs out of a wrapper that holds only the heading', () => {
    expect(texts(`<div class="heading"><h2>References</h2></div><p>1. ${VANCOUVER}</p>`)).toHaveLength(1);
  });
});

describe('footnotes that in-page links point to', () => {
  const text = (id: string, note: string) =>
    `<article><p>Riluzole prolongs survival in ALS.<sup><a href="#${id}">1</a></sup> ${PROSE}</p><hr><p id="${id}">${note}</p></article>`;

  it('lists a footnote paragraph without a heading, and its marker', () => {
    const page = scanPage(parseHtml(text('fn1', `1. ${VANCOUVER}`)));
    expect(page.references.map((r) => [r.id, r.number])).toEqual([['fn1', 1]]);
    expect(page.citations.map((c) => [c.marker, c.referenceIds])).toEqual([['1', ['fn1']]]);
  });

  it('takes a footnote written after an inline anchor (<a id="fn1"></a>) as its paragraph', () => {
    const html = `<p>Riluzole prolongs survival.<sup><a href="#note3">3</a></sup> ${PROSE}</p><p><a id="note3"></a>3. ${VANCOUVER}</p>`;
    expect(texts(html)).toEqual([`3. ${VANCOUVER}`]);
  });

  it('is quiet for in-page links to sections ("#section-2") and to a back-reference in the text', () => {
    expect(texts(text('section-2', `2. Preheat the oven to 180 degrees and bake for 20 minutes.`))).toEqual([]);
    expect(texts(`<p id="fnref1">See the methods. ${PROSE}</p><p>Back to <a href="#fnref1">text</a>.</p>`)).toEqual([]);
  });
});

describe('superscripts that are no citation markers', () => {
  const list = `<h2>References</h2><ol><li>${VANCOUVER}</li><li>${APA}</li><li>Oki R, Izumi Y. Efficacy of methylcobalamin. JAMA Neurol. 2022;79:575.</li></ol>`;

  it('a power of a unit (km², kg/m²) is no marker; a superscript after a word still is', () => {
    const html = `<p>The park covers 268,021 km<sup>2</sup> and adults with a BMI over 30 kg/m<sup>3</sup> were excluded.</p><p>Riluzole prolonged survival in the trial<sup>2</sup>.</p>${list}`;
    expect(markers(html)).toEqual(['2']);
  });

  it('affiliation numbers before "Department of …" and after authors’ names are no markers', () => {
    const html =
      `<div><p>Anna Berg<sup>1</sup>, Li Wei<sup>2</sup> and John Smith<sup>1,3</sup></p>` +
      `<p><sup>1</sup>Department of Neurology, Karolinska Institutet; <sup>2</sup>School of Public Health, Peking University</p>` +
      `<p>Methylcobalamin slowed decline in early ALS.<sup>3</sup></p></div>${list}`;
    expect(markers(html)).toEqual(['3']);
  });

  it('a superscript in an element that holds the authors is no marker; one in a cardiology article’s prose is', () => {
    const html = `<div class="article-authors"><span>M. Rossi</span><sup>2</sup></div><p>Statins cut the risk of a second heart attack.<sup>2</sup> University hospitals took part.</p>${list}`;
    expect(markers(html)).toEqual(['2']);
  });

  it('numbers flattened after names in an author line are no markers; after a sentence they are', () => {
    const html = `<p>Anna Berg,1 Li Wei,2 John Smith,3</p><p>Statins cut the risk of stroke in older adults.1</p>${list}`;
    expect(markers(html)).toEqual(['1']);
  });

  it.each([
    ['Anna Berg, Li Wei and John Smith', true],
    ['M. Rossi, Jean-Luc de la Tour, K. Tanaka', true],
    ['Aspirin, Ibuprofen and Naproxen', false],
    ['Statins cut the risk of stroke, the trial found', false],
  ])('isAuthorList(%s) → %s', (text, expected) => {
    expect(isAuthorList(text)).toBe(expected);
  });
});

describe('one work per set of identifiers written side by side', () => {
  it('a DOI, PMID and PMCID in one parenthesis are one source', () => {
    const html = `<p>Riluzole prolonged survival (doi:10.1016/S1474-4422(18)30054-1; PMID: 29653696; PMCID: PMC6063834). ${PROSE}</p>`;
    const { references } = scanPage(parseHtml(html));
    expect(references.map((r) => [r.ids.doi, r.ids.pmid, r.ids.pmcid])).toEqual([
      ['10.1016/s1474-4422(18)30054-1', '29653696', 'PMC6063834'],
    ]);
  });

  it('two DOIs side by side, and a DOI and a PMID in different sentences, stay two works', () => {
    const two = `<p>Two dermatology trials (doi:10.1001/jamadermatol.2020.1 and doi:10.1001/jamadermatol.2020.2) agreed. ${PROSE}</p>`;
    expect(texts(two)).toHaveLength(2);
    const apart = `<p>One trial is doi:10.1001/jamadermatol.2020.1. Its follow-up in children appeared later as PMID: 31234567.</p>`;
    expect(texts(apart)).toHaveLength(2);
  });

  it('a DOI link and a PubMed link side by side are one source', () => {
    const html = `<p>Riluzole prolonged survival (<a href="https://doi.org/10.1016/S1474-4422(18)30054-1">doi</a>; <a href="https://pubmed.ncbi.nlm.nih.gov/29653696/">PubMed</a>). ${PROSE}</p>`;
    const { references } = scanPage(parseHtml(html));
    expect(references.map((r) => [r.ids.doi, r.ids.pmid])).toEqual([['10.1016/s1474-4422(18)30054-1', '29653696']]);
  });

  it.each([
    [{ doi: '10.1/a' }, { pmid: '1' }, true],
    [{ doi: '10.1/a' }, { doi: '10.1/b' }, false],
    [{ doi: '10.1/a', pmid: '1' }, { pmid: '2' }, false],
  ])('canMerge(%j, %j) → %s', (a, b, expected) => {
    expect(canMerge({ ...noIds(), ...a }, { ...noIds(), ...b })).toBe(expected);
  });
});

describe('links in prose that cite a study or report', () => {
  const sentence = (link: string) =>
    `<p>Offices are too cold for women, according to a ${link}, and the authors call for a new standard.</p>`;

  it.each([
    ['https://example.org/x', 'study Monday in Nature Climate Change'],
    ['https://www.unodc.org/documents/wdr2014/Cocaine_2014_web.pdf', 'United Nations Office on Drugs and Crime World Drug Report 2014'],
    ['https://www.oig.dhs.gov/assets/OIG-19-51.pdf', 'findings of overcrowded and unsanitary conditions'],
    ['https://dss.sd.gov/docs/meth_prevention_toolkit.pdf', 'Department of Social Services'],
    ['https://www.drugabuse.gov/publications/research-reports/methamphetamine/scope', 'estimated'],
  ])('%s (%s) is a source by link', (href, text) => {
    const { references } = scanPage(parseHtml(sentence(`<a href="${href}">${text}</a>`)));
    expect(references.map((r) => [r.ids.url, r.text])).toEqual([[href, text]]);
  });

  it.each([
    ['https://example.org/sleep', 'tips for better sleep'],
    ['https://example.com/menu.pdf', 'our menu'],
    ['https://example.org/paper.pdf', 'PDF'],
    ['https://example.org/review', 'our hands-on review'],
    ['https://example.org/trial', 'free 7-day trial'],
    ['https://shop.example.com/publications/catalogue', 'estimated'],
    ['https://www.example.gov/about/staff', 'estimated'],
  ])('%s (%s) is none', (href, text) => {
    expect(texts(sentence(`<a href="${href}">${text}</a>`))).toEqual([]);
  });

  it('a headline in a list of related articles, or a teaser that is all its paragraph, is none', () => {
    expect(texts('<ul><li><a href="https://example.org/n">New Study Reveals Secrets Of The Crater</a></li></ul>')).toEqual([]);
    const teaser = 'New study reveals how the crater formed and what it means for life on other planets';
    expect(isResearchLink(teaser, new URL('https://example.org/n'), `${teaser} 3 hours ago`)).toBe(false);
  });

  it('reads an older Nature article address as its DOI, and a Nature news page as none', () => {
    expect(idsFromUrl('http://www.nature.com/nclimate/journal/vaop/ncurrent/full/nclimate2741.html')?.doi).toBe('10.1038/nclimate2741');
    expect(idsFromUrl('https://www.nature.com/news/index.html')).toBeNull();
  });
});

describe('advertisements', () => {
  it('feature flags on the page body ("f_ads_controller_on") make no advertisement; an ad slot is one', () => {
    const page = parseHtml(
      '<body class="permalink f_ads_controller_on ads-enabled"><p id="p">Text</p><div class="ad-slot"><a id="a">x</a></div></body>',
    );
    expect(isInsideAdvertisement(page.getElementById('p')!)).toBe(false);
    expect(isInsideAdvertisement(page.getElementById('a')!)).toBe(true);
  });

  it('a page wrapper named for its ad template ("ad-template-type--article") that holds the article is none; a sponsored box beside it is one', () => {
    const page = parseHtml(
      '<div id="page" class="ad-template-type--article"><article><p><a id="in">a study</a></p></article><div class="sponsored-box"><a id="ad">x</a></div></div>',
    );
    expect(isInsideAdvertisement(page.getElementById('in')!)).toBe(false);
    expect(isInsideAdvertisement(page.getElementById('ad')!)).toBe(true);
  });
});

describe('a journal page’s own DOI in its address', () => {
  const page = (address: string) =>
    parseHtml(
      `<head><meta name="citation_title" content="Influenza vaccination"><meta property="og:url" content="${address}"></head>` +
        `<body><p>Cite this article as <a href="https://doi.org/10.7326/M19-3075">https://doi.org/10.7326/M19-3075</a>.</p>` +
        `<p>Statins were studied before (<a href="https://doi.org/10.1161/CIRCULATIONAHA.120.1">doi</a>).</p></body>`,
    );

  it('is the page’s identity and never a cited source', () => {
    const found = scanPage(page('https://www.acpjournals.org/doi/abs/10.7326/M19-3075'));
    expect(found.page.doi).toBe('10.7326/m19-3075');
    expect(found.references.map((r) => r.ids.doi)).toEqual(['10.1161/circulationaha.120.1']);
  });

  it('a cardiology page whose address names no DOI keeps every DOI it links as cited', () => {
    const found = scanPage(page('https://www.ahajournals.org/toc/circ/142/1'));
    expect(found.page.doi).toBeNull();
    expect(found.references).toHaveLength(2);
  });
});
