import { describe, expect, it } from 'vitest';
import { SourceCache } from '../../../lib/resolver/cache';
import { SourceResolver } from '../../../lib/resolver/resolve-sources';
import { testResolver } from '../../helpers/test-resolver';
import { readShared } from '../../helpers/shared-data';

/** A Europe PMC stand-in that knows every DOI it is asked about, shaped like a core search response. */
function europePmcKnowingEverything(log: string[]) {
  return async (url: string) => {
    log.push(url);
    if (url.includes('api.crossref.org')) return new Response(JSON.stringify({ status: 'ok', message: { items: [] } }));
    const query = new URL(url).searchParams.get('query') ?? '';
    const result = [...query.matchAll(/DOI:"([^"]+)"/g)].map((m, i) => ({
      id: String(i + 1),
      source: 'MED',
      doi: m[1],
      title: `Work ${m[1]}`,
      pubYear: '2020',
    }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    return new Response(JSON.stringify({ hitCount: result.length, resultList: { result } }));
  };
}

const dois = (n: number) => Array.from({ length: n }, (_, i) => `doi:10.5555/work.${i + 1}`);

describe('SourceResolver at scale', () => {
  it('resolves 500 identifiers in 5 Europe PMC requests (and 5 Crossref batches for notices), and makes none when the cache is warm', async () => {
    const log: string[] = [];
    const resolver = testResolver(europePmcKnowingEverything(log));
    const first = await resolver.resolve(dois(500));
    expect(first.filter((r) => r.state === 'resolved')).toHaveLength(500);
    expect(log.filter((url) => url.includes('europepmc'))).toHaveLength(5);
    expect(log.filter((url) => url.includes('api.crossref.org/works?filter='))).toHaveLength(5);
    expect(log).toHaveLength(10);
    log.length = 0;
    const again = await resolver.resolve(dois(500));
    expect(again.filter((r) => r.state === 'resolved')).toHaveLength(500);
    expect(log).toEqual([]);
  });

  it('shares one lookup between two tabs asking for the same sources at once', async () => {
    const log: string[] = [];
    const resolver = testResolver(europePmcKnowingEverything(log));
    const [tabA, tabB] = await Promise.all([resolver.resolve(dois(50)), resolver.resolve(dois(50).reverse())]);
    expect(log.filter((url) => url.includes('europepmc'))).toHaveLength(1);
    expect(log).toHaveLength(2);
    expect(tabA.map((r) => r.state)).toEqual(Array(50).fill('resolved'));
    expect(tabB.map((r) => r.key)).toEqual(dois(50).reverse());
  });
});

describe('SourceResolver when storage fails', () => {
  it('answers every key "unavailable" instead of hanging, and can be asked again', async () => {
    const broken = { get: async () => Promise.reject(new Error('storage quota exceeded')), set: async () => {}, remove: async () => {} };
    const resolver = new SourceResolver({
      fetch: async () => new Response('{}'),
      cache: new SourceCache(broken, () => 0),
      now: () => new Date(0),
    });
    const results = await resolver.resolve(['doi:10.5555/a', 'pmid:1']);
    expect(results.map((r) => r.state)).toEqual(['unavailable', 'unavailable']);
    expect((await resolver.resolve(['doi:10.5555/a'])).map((r) => r.state)).toEqual(['unavailable']);
  });
});

describe('SourceResolver fallbacks', () => {
  it('asks PubMed for PMIDs Europe PMC does not know, in one batch', async () => {
    const log: string[] = [];
    const fetch = async (url: string) => {
      log.push(url);
      if (url.includes('europepmc')) return new Response(JSON.stringify({ hitCount: 0, resultList: { result: [] } }));
      if (url.includes('efetch')) return new Response(readShared('api-samples/pubmed/efetch_29768149_rct_with_nct.xml'));
      return new Response('', { status: 404 });
    };
    const resolver = testResolver(fetch);
    const [found, missing] = await resolver.resolve(['pmid:29768149', 'pmid:1']);
    expect(found).toMatchObject({ state: 'resolved', assessment: { design: 'rct' }, record: { provenance: [{ api: 'pubmed' }] } });
    expect(missing!.state).toBe('not-found');
    expect(log.filter((url) => url.includes('efetch'))).toEqual([expect.stringContaining('id=29768149%2C1')]);
  });

  it('keeps "unavailable" when Europe PMC failed and the fallback does not know the work either', async () => {
    const fetch = async (url: string) =>
      url.includes('europepmc') ? new Response('', { status: 500 }) : new Response('<PubmedArticleSet></PubmedArticleSet>');
    const resolver = testResolver(fetch);
    expect((await resolver.resolve(['pmid:1'])).map((r) => r.state)).toEqual(['unavailable']);
  });
});
