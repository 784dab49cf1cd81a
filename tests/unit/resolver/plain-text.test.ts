import { describe, expect, it } from 'vitest';
import { lookUpEuropePmc } from '../../../lib/resolver/adapters/europepmc';
import { toPlainText } from '../../../lib/resolver/plain-text';
import { readShared } from '../../helpers/shared-data';

const NOW = new Date('2026-11-25T00:00:00Z');
const sample = (name: string) => readShared(`api-samples/europepmc/${name}`);
const answering = (body: string) => async () => new Response(body);

describe('toPlainText', () => {
  it.each([
    ['<h4>Results</h4>57% were aged <70 and 43% aged >70 years.', 'Results: 57% were aged <70 and 43% aged >70 years.'],
    ['significant (p\u2009<\u2009.001) and (p >.05)', 'significant (p < .001) and (p >.05)'],
    ['a <b and c> d', 'a <b and c> d'],
    ['x < y > z', 'x < y > z'],
    ['H<sub>2</sub>S and <i>E. coli</i>', 'H2S and E. coli'],
    ['<jats:sec><jats:title>Background</jats:title><jats:p>Text.</jats:p></jats:sec>', 'Background: Text.'],
    ['<img src=x onerror=alert(1)>Vitamin &amp; <i>mice</i>', 'Vitamin & mice'],
    ['<span class="a" data-x=\'1\'>kept</span>', 'kept'],
    ['Bugue&#xf1;o &#8804; 5', 'Bugueño ≤ 5'],
  ])('%j → %j', (markup, text) => {
    expect(toPlainText(markup)).toBe(text);
  });

  it('keeps every sentence of the real Europe PMC abstract with raw "<" and ">" (PMID 26037986, surgery)', async () => {
    const results = await lookUpEuropePmc(
      answering(sample('search_core_EXT_ID_26037986_raw_lt_gt.json')),
      [{ key: 'pmid:26037986', kind: 'pmid', value: '26037986' }],
      NOW,
    );
    const result = results.get('pmid:26037986');
    const abstract = result?.state === 'resolved' ? result.record.abstract! : '';
    expect(abstract).toContain('57% were aged <70 and 43% aged >70 years.');
    expect(abstract).toContain('30-day mortality was 12, 4% in those aged <70 years and 22% in those >70 years (p < 0.001).');
    expect(abstract).toContain('1-year mortality was 25, 15% in those aged under 70 years and 38% in those aged >70 years (p < 0.001).');
    // Every sentence of the markup, tags aside, is in the text.
    const sentences = JSON.parse(sample('search_core_EXT_ID_26037986_raw_lt_gt.json'))
      .resultList.result[0].abstractText.replace(/<h4>[^<]*<\/h4>/g, ' ')
      .split(/(?<=\.)\s+/)
      .map((s: string) => s.trim())
      .filter(Boolean);
    for (const sentence of sentences) expect(abstract).toContain(sentence);
  });

  it('keeps comparison signs and every number in the 25 real core abstracts of another field (cancer)', () => {
    const body = JSON.parse(sample('search_core_query_cancer_25_results.json')) as {
      resultList: { result: Array<{ abstractText?: string }> };
    };
    const abstracts = body.resultList.result.flatMap((r) => (r.abstractText ? [r.abstractText] : []));
    const withSigns = abstracts.filter((a) => /<\s*[.\d]|[\d\s]>\s*\d/.test(a.replace(/<\/?[a-z][a-z0-9]*>/g, '')));
    expect(withSigns.length).toBeGreaterThan(0);
    for (const markup of abstracts) {
      const digits = (text: string) => text.replace(/<\/?h4>/g, '').replace(/\D/g, '');
      expect(digits(toPlainText(markup))).toBe(digits(markup));
    }
  });
});
