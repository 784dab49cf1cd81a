import { describe, expect, it } from 'vitest';
import { crossrefPiiUrl, lookUpCrossrefByPii, piiOf } from '../../../lib/resolver/adapters/crossref-pii';
import { readShared } from '../../helpers/shared-data';

const NOW = new Date('2026-11-25T00:00:00Z');
const answering =
  (body: string, status = 200) =>
  async () =>
    new Response(body, { status });
/** A real recorded Crossref work list (20 PeerJ works, each with an `alternative-id` that is no PII). */
const PEERJ_LIST = readShared('api-samples/crossref/journals_2167-8359_works_list_20_jats.json');
/** The Lancet's 1998 paper as a Crossref item lists it: its PII is the DOI's suffix without punctuation. */
const LANCET_ITEM = {
  DOI: '10.1016/S0140-6736(97)11096-0',
  title: ['Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and pervasive developmental disorder in children'],
  'container-title': ['The Lancet'],
  'alternative-id': ['S0140673697110960'],
};
const listOf = (...items: unknown[]) => JSON.stringify({ status: 'ok', 'message-type': 'work-list', message: { items } });

describe('piiOf', () => {
  it.each([
    ['https://www.sciencedirect.com/science/article/pii/S0140673620301835', 'S0140673620301835'],
    ['https://www.sciencedirect.com/science/article/abs/pii/S0002916523012345', 'S0002916523012345'],
    ['https://www.thelancet.com/journals/lancet/article/PIIS0140-6736(20)30183-5/fulltext', 'S0140673620301835'],
    ['S0140-6736(97)11096-0', 'S0140673697110960'],
  ])('%s → %s', (text, pii) => {
    expect(piiOf(text)).toBe(pii);
  });

  it.each([
    'https://www.sciencedirect.com/journal/the-lancet',
    'https://www.sciencedirect.com/science/article/pii/S01406736',
    'https://www.sciencedirect.com/science/article/pii/S01406736203018351234',
    'S0140673620301835;DROP',
  ])('finds no PII in %s', (text) => {
    expect(piiOf(text)).toBeNull();
  });
});

describe('crossrefPiiUrl', () => {
  it('ORs the PIIs with repeated alternative-id filters, and never puts an invalid one into the URL', () => {
    const url = new URL(crossrefPiiUrl(['S0140673620301835', 'S0140673697110960', 'x&rows=1000'], 'a@b.org'));
    expect(url.origin + url.pathname).toBe('https://api.crossref.org/works');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      filter: 'alternative-id:S0140673620301835,alternative-id:S0140673697110960',
      rows: '2',
      mailto: 'a@b.org',
    });
  });
});

describe('lookUpCrossrefByPii', () => {
  it('accepts a work only for the PII its alternative-id lists', async () => {
    const results = await lookUpCrossrefByPii(answering(listOf(LANCET_ITEM)), ['S0140673697110960', 'S0140673620301835'], NOW);
    const found = results.get('S0140673697110960');
    expect(found?.state === 'resolved' && [found.record.ids.doi, found.record.journal]).toEqual([
      '10.1016/s0140-6736(97)11096-0',
      'The Lancet',
    ]);
    expect(results.get('S0140673620301835')).toEqual({ state: 'not-found' });
  });

  it('finds nothing for a PII in a real work list whose items list other ids', async () => {
    const results = await lookUpCrossrefByPii(answering(PEERJ_LIST), ['S0140673697110960'], NOW);
    expect(results.get('S0140673697110960')).toEqual({ state: 'not-found' });
  });

  it('says unavailable when Crossref fails or answers in an unexpected shape, and asks nothing for no valid PII', async () => {
    const down = await lookUpCrossrefByPii(answering('{}', 503), ['S0140673697110960'], NOW);
    expect(down.get('S0140673697110960')?.state).toBe('unavailable');
    const odd = await lookUpCrossrefByPii(answering('{"status":"ok"}'), ['S0140673697110960'], NOW);
    expect(odd.get('S0140673697110960')?.state).toBe('unavailable');
    let asked = 0;
    const none = await lookUpCrossrefByPii(async () => (asked++, new Response('{}')), ['not a pii'], NOW);
    expect([none.size, asked]).toEqual([0, 0]);
  });
});
