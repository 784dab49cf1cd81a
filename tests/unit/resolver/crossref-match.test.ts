import { describe, expect, it } from 'vitest';
import { crossrefMatchUrl, matchReference } from '../../../lib/resolver/adapters/crossref-match';
import { DEFAULT_SETTINGS } from '../../../lib/shared/settings';
import { testResolver } from '../../helpers/test-resolver';

const REFERENCE =
  'Shoba G, Joy D, Joseph T, et al. Influence of piperine on the pharmacokinetics of curcumin in animals and human volunteers. Planta Med. 1998;64(4):353-356.';
const hit = (doi: string, title: string, family: string, year: number, score: number) => ({
  DOI: doi,
  score,
  title: [title],
  author: [{ family }],
  issued: { 'date-parts': [[year]] },
});
const answering =
  (items: unknown[], status = 200) =>
  async () =>
    new Response(JSON.stringify({ status: 'ok', 'message-type': 'work-list', message: { items } }), { status });

describe('crossrefMatchUrl', () => {
  it('sends the reference text as query.bibliographic, two rows, and the contact when given', () => {
    const url = new URL(crossrefMatchUrl(REFERENCE, 'a@b.org'));
    expect(url.origin + url.pathname).toBe('https://api.crossref.org/works');
    expect(Object.fromEntries(url.searchParams)).toEqual({ 'query.bibliographic': REFERENCE, rows: '2', mailto: 'a@b.org' });
  });
});

describe('matchReference', () => {
  it('accepts a hit whose title, first author and year agree and that clearly beats the runner-up', async () => {
    const result = await matchReference(
      answering([
        hit(
          '10.1055/s-2006-957450',
          'Influence of Piperine on the Pharmacokinetics of Curcumin in Animals and Human Volunteers',
          'Shoba',
          1998,
          120,
        ),
        hit('10.1000/other', 'Curcumin absorption', 'Anand', 2007, 40),
      ]),
      REFERENCE,
    );
    expect(result).toEqual({
      state: 'matched',
      doi: '10.1055/s-2006-957450',
      evidence: 'Crossref search: title, first author and year agree',
    });
  });

  it.each([
    ['another title', [hit('10.5555/a', 'Turmeric in cooking traditions of South India', 'Shoba', 1998, 90)], /title does not match/],
    [
      'another first author',
      [hit('10.5555/a', 'Influence of piperine on the pharmacokinetics of curcumin in animals and human volunteers', 'Smith', 1998, 90)],
      /another first author/,
    ],
    [
      'another year',
      [hit('10.5555/a', 'Influence of piperine on the pharmacokinetics of curcumin in animals and human volunteers', 'Shoba', 2015, 90)],
      /another year/,
    ],
    [
      'two equally likely hits',
      [
        hit('10.5555/a', 'Influence of piperine on the pharmacokinetics of curcumin in animals and human volunteers', 'Shoba', 1998, 90),
        hit('10.5555/b', 'Influence of piperine on the pharmacokinetics of curcumin in animals and human volunteers', 'Shoba', 1998, 88),
      ],
      /about as likely/,
    ],
    ['no hit at all', [], /found nothing/],
  ])('leaves the reference unresolved for %s, saying why', async (_, items, reason) => {
    const result = await matchReference(answering(items), REFERENCE);
    expect(result.state).toBe('not-found');
    expect(result.state === 'not-found' && result.reason).toMatch(reason);
  });

  it('says "unavailable" when Crossref fails', async () => {
    expect(await matchReference(async () => new Response('', { status: 503 }), REFERENCE)).toEqual({
      state: 'unavailable',
      reason: 'HTTP 503',
    });
  });
});

describe('SourceResolver.matchReferences', () => {
  const crossrefAndEuropePmc = (log: string[]) => async (url: string) => {
    log.push(url);
    if (url.includes('query.bibliographic')) {
      return new Response(
        JSON.stringify({
          status: 'ok',
          message: {
            items: [
              hit(
                '10.1055/s-2006-957450',
                'Influence of piperine on the pharmacokinetics of curcumin in animals and human volunteers',
                'Shoba',
                1998,
                100,
              ),
            ],
          },
        }),
      );
    }
    if (url.includes('europepmc')) return new Response(JSON.stringify({ hitCount: 0, resultList: { result: [] } }));
    const work = {
      DOI: '10.1055/s-2006-957450',
      title: ['Influence of piperine on the pharmacokinetics of curcumin in animals and human volunteers'],
    };
    return new Response(JSON.stringify({ status: 'ok', message: { items: [work] } }));
  };

  it('makes no request when the reader has switched it off', async () => {
    const log: string[] = [];
    const resolver = testResolver(crossrefAndEuropePmc(log), {
      settings: async () => ({ ...DEFAULT_SETTINGS, allowReferenceText: false }),
    });
    expect(await resolver.matchReferences([{ id: 'ref-2', text: REFERENCE }])).toEqual([
      { id: 'ref-2', state: 'not-found', reason: 'looking up references by their text is switched off', doi: null, result: null },
    ]);
    expect(log).toEqual([]);
  });

  it('matches, resolves the DOI found, and answers the same text from the cache next time', async () => {
    const log: string[] = [];
    const resolver = testResolver(crossrefAndEuropePmc(log), { settings: async () => ({ ...DEFAULT_SETTINGS, allowReferenceText: true }) });
    const [first] = await resolver.matchReferences([{ id: 'ref-2', text: REFERENCE }]);
    expect(first).toMatchObject({
      id: 'ref-2',
      state: 'matched',
      doi: '10.1055/s-2006-957450',
      result: { state: 'resolved', record: { ids: { doi: '10.1055/s-2006-957450' } } },
    });
    log.length = 0;
    const [again] = await resolver.matchReferences([{ id: 'ref-2', text: REFERENCE }]);
    expect(again).toMatchObject({ state: 'matched', doi: '10.1055/s-2006-957450' });
    expect(log).toEqual([]);
  });
});
