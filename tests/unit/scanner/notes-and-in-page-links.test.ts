import { describe, expect, it } from 'vitest';
import { workAddress } from '../../../lib/scanner/archive-copies';
import { CLAUSE_WORDS, isExplanatoryNote } from '../../../lib/scanner/explanatory-notes';
import { comparableAddress, inPageFragment } from '../../../lib/scanner/in-page-link';
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
