import { describe, expect, it } from 'vitest';
import { workAddress } from '../../../lib/scanner/archive-copies';
import { CLAUSE_WORDS, isExplanatoryNote } from '../../../lib/scanner/explanatory-notes';
import { comparableAddress, inPageFragment } from '../../../lib/scanner/in-page-link';
import { unwrapLink } from '../../../lib/scanner/link-wrappers';
import { scanPage } from '../../../lib/scanner/scan-page';
import { parseHtml } from '../../helpers/dom';

const scan = (html: string) => scanPage(parseHtml(html));

/** A saved encyclopedia page: its in-page links carry the page's full address, as a saving tool writes them. */
function savedPage(address: string, count: number): string {
  const markers = Array.from(
    { length: count },
    (_, i) =>
      `<p>Finding ${i + 1} of the cohort was reported in the journal.<sup><a href="${address}#cite_note-${i + 1}">[${i + 1}]</a></sup></p>`,
  ).join('');
  const items = Array.from(
    { length: count },
    (_, i) =>
      `<li id="cite_note-${i + 1}"><b><a href="${address}#cite_ref-${i + 1}">^</a></b> <cite><a class="external" href="https://news.example.com/story-${i + 1}">"Story ${i + 1}"</a>. Health News. 2019.</cite></li>`,
  ).join('');
  return `<article>${markers}<h2>References</h2><ol class="references">${items}</ol></article>`;
}

describe('in-page links written with the page’s own address', () => {
  const address = 'https://en.wikipedia.org/wiki/Atrial_fibrillation';

  it('reads "<page address>#cite_note-1" as a marker of entry 1, with the work’s own link as its address', () => {
    const found = scan(savedPage(address, 3));
    expect(found.citations.map((c) => [c.marker, c.referenceIds])).toEqual([
      ['[1]', ['cite_note-1']],
      ['[2]', ['cite_note-2']],
      ['[3]', ['cite_note-3']],
    ]);
    expect(found.references.map((r) => [r.kind, r.ids.url])).toEqual([
      ['list', 'https://news.example.com/story-1'],
      ['list', 'https://news.example.com/story-2'],
      ['list', 'https://news.example.com/story-3'],
    ]);
  });

  it('leaves links to sections of another page alone when their fragments name nothing here (a dermatology guide’s "see also")', () => {
    const html = `<article><p id="intro">Eczema care is covered in three guides of the society, each of which is worth a read for parents.
      <a href="https://derm.example.org/guide#bathing">bathing</a>, <a href="https://derm.example.org/guide#creams">creams</a>,
      <a href="https://derm.example.org/guide#sleep">sleep</a>.</p></article>`;
    const document = parseHtml(html);
    expect([...document.querySelectorAll('a')].map(inPageFragment)).toEqual([null, null, null]);
    expect(scanPage(document).citations).toEqual([]);
  });

  it('does not take an address as the page’s own from fewer links than the threshold', () => {
    const html = `<p id="a">x</p><p id="b">y</p><a href="https://other.example.org/page#a">1</a><a href="https://other.example.org/page#b">2</a>`;
    const document = parseHtml(html);
    expect([...document.querySelectorAll('a')].map(inPageFragment)).toEqual([null, null]);
  });

  it('compares addresses without scheme, "www.", fragment and trailing slash', () => {
    expect(comparableAddress('https://www.Example.org/wiki/Page/#x')).toBe('example.org/wiki/page');
    expect(comparableAddress('//example.org/wiki/Page')).toBe('example.org/wiki/page');
  });
});

describe('the address of a referenced work', () => {
  it.each([
    [
      ['https://web.archive.org/web/2011/http://coastguard.example.nz/tables.html', 'http://coastguard.example.nz/tables.html'],
      'http://coastguard.example.nz/tables.html',
    ],
    [
      ['https://web.archive.org/web/2011/http://coastguard.example.nz/tables.html'],
      'https://web.archive.org/web/2011/http://coastguard.example.nz/tables.html',
    ],
    [['/wiki/ISSN', 'https://journal.example.org/article/12'], 'https://journal.example.org/article/12'],
    [['#cite_ref-1'], null],
  ])('%j → %s', (hrefs, expected) => {
    expect(workAddress(hrefs)).toBe(expected);
  });

  it('reads an entry’s text without the style sheet inside it', () => {
    const found = scan(
      `<h2>References</h2><ol><li id="cite_note-1"><style>.citation{font-style:inherit}</style><cite>Lee K (2020). "Sleep and memory". Sleep. 43 (2): 1–9.</cite></li></ol>`,
    );
    expect(found.references[0]!.text).toBe('Lee K (2020). "Sleep and memory". Sleep. 43 (2): 1–9.');
  });
});

describe('explanatory notes in a notes or reference list', () => {
  const notesPage = `<article>
    <p>Warfarin is the most used anticoagulant in older adults.<sup><a href="#cite_note-n1">[n 1]</a></sup>
       Dosing follows the INR.<sup><a href="#cite_note-n2">[n 2]</a></sup> Most guidelines agree.<sup><a href="#cite_note-3">[1]</a></sup></p>
    <h2>Notes</h2>
    <ol class="references">
      <li id="cite_note-n1"><a href="#cite_ref-n1">^</a> Use in people over 80 is covered by a separate guideline.<sup><a href="#cite_note-3">[1]</a></sup></li>
      <li id="cite_note-n2"><a href="#cite_ref-n2">^</a> The target range may differ for mechanical heart valves.</li>
    </ol>
    <h2>References</h2>
    <ol class="references">
      <li id="cite_note-3"><a href="#cite_ref-3">^</a> <cite><a href="https://guidelines.example.org/af">"Atrial fibrillation guideline"</a>. Heart Society. 2021.</cite></li>
    </ol></article>`;

  it('keeps notes out of the works, and a note’s marker cites what the note cites (or nothing)', () => {
    const found = scan(notesPage);
    expect(found.references.map((r) => r.id)).toEqual(['cite_note-3']);
    expect(found.citations.map((c) => [c.marker, c.referenceIds])).toEqual([
      ['[n 1]', ['cite_note-3']],
      ['[n 2]', []],
      ['[1]', ['cite_note-3']],
      ['[1]', ['cite_note-3']],
    ]);
  });

  it('takes no claim from a note’s sentences', () => {
    const found = scan(notesPage.replace('The target range may differ', 'In a 2019 trial of 500 patients, the target range was lower'));
    expect(found.claims.map((c) => c.text).filter((t) => t.includes('2019 trial'))).toEqual([]);
  });

  it('keeps an oncology reference list whose entries give no link: organisations, books, ISBNs, journal citations', () => {
    const entries = [
      'National Cancer Institute. What is cancer? Bethesda: NCI; 2021.',
      'Mukherjee S. The Emperor of All Maladies. Scribner; 2010.',
      '"Cancer Pain Relief". World Health Organization. Geneva. ISBN 92-4-154482-1.',
      'World Health Organization. Global cancer observatory.',
      'Smith J, Jones K. Adjuvant chemotherapy in stage II colon cancer. N Engl J Med. 2001;344:1–9.',
    ];
    const found = scan(`<h2>References</h2><ol>${entries.map((e) => `<li>${e}</li>`).join('')}</ol>`);
    expect(found.references.map((r) => r.text)).toEqual(entries);
  });

  it.each([
    ['For exceptions, see the section on values below.', true],
    ['Religion percentages may not add to 100% as people could claim several.', true],
    ['A person born on or after 1 January 2006 is a citizen only if a parent is one.', true],
    ['In a 2015 survey, most adults were found to have this.', true],
    ['Royal College of Psychiatrists. Depression in adults. 2019.', false],
    ['Clinical practice guideline for the treatment of depression', false],
  ])('%s → note %s', (text, note) => {
    const item = parseHtml(`<ol><li>${text}</li></ol>`).querySelector('li')!;
    expect(isExplanatoryNote(item, text, () => false, false)).toBe(note);
  });

  it('reads clause words as whole words only', () => {
    expect(CLAUSE_WORDS.test('Thesis on islands')).toBe(false);
    expect(CLAUSE_WORDS.test('This is it')).toBe(true);
  });
});

describe('links through a redirecting service', () => {
  const prose = (link: string) =>
    `<article><p>Farmers in the region switched crops over two decades, and the change in sowing dates was measured in ${link} across several districts.</p></article>`;

  it('finds the paper behind an affiliate-wrapped link (an agronomy news page’s Springer link)', () => {
    const wrapped = `https://go.redirectingat.com?id=1X2&xs=1&url=${encodeURIComponent('https://link.springer.com/article/10.1007/s10584-019-02403-1')}`;
    const found = scan(prose(`<a href="${wrapped}">a study of winter wheat</a>`));
    expect(found.references.map((r) => r.ids.doi)).toEqual(['10.1007/s10584-019-02403-1']);
    expect(unwrapLink(wrapped)).toBe('https://link.springer.com/article/10.1007/s10584-019-02403-1');
  });

  it('leaves an affiliate-wrapped shopping link (a fitness blog’s product) alone', () => {
    const wrapped = `https://go.redirectingat.com?id=1X2&url=${encodeURIComponent('https://shop.example.com/yoga-mat')}`;
    expect(scan(prose(`<a href="${wrapped}">this yoga mat</a>`)).references).toEqual([]);
  });

  it('lists a PNAS article linked without a DOI as a source by its publisher', () => {
    const found = scan(prose('<a href="https://www.pnas.org/content/114/28/7397">a group of Swiss scientists showed that</a>'));
    expect(found.references.map((r) => [r.kind, r.publisher, r.ids.url])).toEqual([
      ['link', 'PNAS', 'https://www.pnas.org/content/114/28/7397'],
    ]);
  });
});

describe('links side by side', () => {
  it('keeps "<a>Science</a> and <a>Nature</a>" two papers when the first link carries no identifier', () => {
    const found = scan(
      `<article><p>The two immunology papers on tuft cells were prominently featured in <a href="https://science.sciencemag.org/content/351/6279/1329"><em>Science</em></a> and <a href="http://www.nature.com/doifinder/10.1038/nature16161">Nature</a> in the same week.</p></article>`,
    );
    expect(found.references.map((r) => [r.publisher ?? null, r.ids.doi])).toEqual([
      ['Science (AAAS)', null],
      [null, '10.1038/nature16161'],
    ]);
  });

  it('still joins a cardiology paper’s DOI link and its PubMed link beside it into one source', () => {
    const found = scan(
      `<article><p>Statin use lowered the risk of a first stroke in the pooled trials of older adults (<a href="https://doi.org/10.1001/jama.2019.1">doi</a>; <a href="https://pubmed.ncbi.nlm.nih.gov/31234567/">PubMed</a>).</p></article>`,
    );
    expect(found.references.map((r) => [r.ids.doi, r.ids.pmid])).toEqual([['10.1001/jama.2019.1', '31234567']]);
  });
});
