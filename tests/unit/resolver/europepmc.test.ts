import { describe, expect, it } from 'vitest';
import { europePmcSearchUrl, lookUpEuropePmc, SearchResponseSchema } from '../../../lib/resolver/adapters/europepmc';
import type { LookupId } from '../../../lib/resolver/adapters/types';
import { readFixture, readShared } from '../../helpers/shared-data';

const NOW = new Date('2026-11-25T00:00:00Z');
const id = (key: `${'doi' | 'pmid' | 'pmcid'}:${string}`): LookupId => {
  const [kind, value] = key.split(/:(.*)/s) as ['doi' | 'pmid' | 'pmcid', string];
  return { key, kind, value };
};
const answering =
  (body: unknown, status = 200) =>
  async () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });

describe('europePmcSearchUrl', () => {
  it('ORs a batch of identifiers into one core query', () => {
    const url = new URL(europePmcSearchUrl([id('doi:10.1001/jamaneurol.2022.0901'), id('pmid:30636701'), id('pmcid:PMC6581107')]));
    expect(url.origin).toBe('https://www.ebi.ac.uk');
    expect(url.searchParams.get('query')).toBe('DOI:"10.1001/jamaneurol.2022.0901" OR (EXT_ID:30636701 AND SRC:MED) OR PMCID:PMC6581107');
    expect(url.searchParams.get('resultType')).toBe('core');
    expect(url.searchParams.get('format')).toBe('json');
  });
});

describe('lookUpEuropePmc', () => {
  it('reads the real recorded lite response (pubType as one string) without failing', async () => {
    const body = JSON.parse(readShared('api-samples/europepmc/search_lite_EXT_ID_22663011_rct.json'));
    expect(SearchResponseSchema.safeParse(body).success).toBe(true);
    const results = await lookUpEuropePmc(answering(body), [id('pmid:22663011')], NOW);
    expect(results.get('pmid:22663011')).toMatchObject({
      state: 'resolved',
      record: { ids: { doi: '10.1056/nejmoa1203421', pmid: '22663011' }, year: 2012, citedByCount: 1594, journal: null },
    });
  });

  it('maps a core record: types, MeSH, sectioned plain-text abstract, free full text, provenance', async () => {
    const results = await lookUpEuropePmc(
      answering(JSON.parse(readFixture('api/europepmc/seed-core.json'))),
      [id('doi:10.1001/jamaneurol.2022.0901')],
      NOW,
    );
    const result = results.get('doi:10.1001/jamaneurol.2022.0901');
    expect(result?.state).toBe('resolved');
    if (result?.state !== 'resolved') return;
    expect(result.record.publicationTypes).toContain('Randomized Controlled Trial');
    expect(result.record.meshTerms).toContain('Humans');
    expect(result.record.abstract).toMatch(/^Importance: Few treatments/);
    expect(result.record.abstract).not.toMatch(/<h4>/);
    expect(result.record.fullTextUrl).toBe('https://europepmc.org/articles/PMC9086935');
    expect(result.record.provenance).toEqual([{ api: 'europepmc', fetchedAt: '2026-11-25T00:00:00.000Z' }]);
  });

  it('reads retraction, concern and correction notices and preprints', async () => {
    const body = {
      hitCount: 2,
      resultList: {
        result: [
          {
            id: '1',
            source: 'MED',
            pmid: '1',
            pubTypeList: { pubType: ['Retracted Publication', 'Journal Article'] },
            commentCorrectionList: {
              commentCorrection: [
                { id: '9', source: 'MED', type: 'Retraction in' },
                { type: 'Erratum in' },
                { type: 'Expression of concern in' },
              ],
            },
          },
          { id: 'PPR2', source: 'PPR', doi: '10.1101/2024.01.01.000001', title: 'A preprint' },
        ],
      },
    };
    const results = await lookUpEuropePmc(answering(body), [id('pmid:1'), id('doi:10.1101/2024.01.01.000001')], NOW);
    const retracted = results.get('pmid:1');
    expect(retracted?.state === 'resolved' && retracted.record.notices.map((n) => n.type)).toEqual([
      'retraction',
      'correction',
      'expression-of-concern',
    ]);
    const preprint = results.get('doi:10.1101/2024.01.01.000001');
    expect(preprint?.state === 'resolved' && preprint.record.isPreprint).toBe(true);
  });

  it('answers not-found for identifiers the response does not contain', async () => {
    const results = await lookUpEuropePmc(answering({ hitCount: 0, resultList: { result: [] } }), [id('pmid:99999999')], NOW);
    expect(results.get('pmid:99999999')).toEqual({ state: 'not-found' });
  });

  it.each([
    ['a 500', answering('oops', 500), 'HTTP 500'],
    ['a 429', answering({ error: 'API rate limit exceeded' }, 429), 'HTTP 429'],
    ['malformed JSON', answering('{"hitCount": 1, "resultList": '), 'malformed JSON'],
    ['an unexpected shape', answering({ errCode: 1 }), 'unexpected response'],
    ['a network failure', async () => Promise.reject(new TypeError('Failed to fetch')), 'network error: TypeError: Failed to fetch'],
  ])('turns %s into "unavailable" for the whole batch', async (_, fetch, reason) => {
    const results = await lookUpEuropePmc(fetch, [id('pmid:1'), id('pmid:2')], NOW);
    expect([...results.values()]).toEqual([
      { state: 'unavailable', reason },
      { state: 'unavailable', reason },
    ]);
  });
});
