import { describe, expect, it } from 'vitest';
import { EUROPE_PMC_MAX_PAGES, lookUpEuropePmc } from '../../../lib/resolver/adapters/europepmc';
import type { LookupId } from '../../../lib/resolver/adapters/types';
import { readFixture, readShared } from '../../helpers/shared-data';

const NOW = new Date('2026-11-25T00:00:00Z');
const pmid = (value: string): LookupId => ({ key: `pmid:${value}`, kind: 'pmid', value });
interface Body {
  hitCount: number;
  nextCursorMark?: string;
  resultList: { result: Array<Record<string, unknown>> };
}
const cancer = () => JSON.parse(readShared('api-samples/europepmc/search_core_query_cancer_25_results.json')) as Body;
const pmidsOf = (body: Body) => body.resultList.result.map((r) => r.pmid as string);

describe('Europe PMC batches on the real 25-record core answer (cancer)', () => {
  it('keeps every other record when one record has an unexpected shape, and says only that one is unavailable', async () => {
    const body = cancer();
    const ids = pmidsOf(body);
    body.resultList.result[3]!.title = 42;
    const results = await lookUpEuropePmc(async () => new Response(JSON.stringify(body)), ids.map(pmid), NOW);
    const states = ids.map((id) => results.get(`pmid:${id}`)!.state);
    expect(states.filter((s) => s === 'resolved')).toHaveLength(24);
    expect(results.get(`pmid:${ids[3]}`)).toEqual({ state: 'unavailable', reason: 'unexpected record' });
  });

  it('follows nextCursorMark until every asked id is answered', async () => {
    const body = cancer();
    const ids = pmidsOf(body);
    const firstPage: Body = { ...body, resultList: { result: body.resultList.result.slice(0, 12) } };
    const secondPage: Body = {
      ...body,
      nextCursorMark: 'AoIIP4ZawSg1MzEyODI1MB==',
      resultList: { result: body.resultList.result.slice(12) },
    };
    const asked: string[] = [];
    const results = await lookUpEuropePmc(
      async (url) => {
        const cursor = new URL(url).searchParams.get('cursorMark')!;
        asked.push(cursor);
        return new Response(JSON.stringify(cursor === '*' ? firstPage : secondPage));
      },
      ids.map(pmid),
      NOW,
    );
    expect(asked).toEqual(['*', body.nextCursorMark]);
    expect(ids.every((id) => results.get(`pmid:${id}`)!.state === 'resolved')).toBe(true);
  });

  it('stops at the last page, and after a bounded number of pages, answering the rest not found', async () => {
    const body = cancer();
    let requests = 0;
    const endless = async () => {
      requests += 1;
      return new Response(JSON.stringify({ ...body, nextCursorMark: `page${requests}` }));
    };
    const results = await lookUpEuropePmc(endless, [pmid('39709209'), pmid('99999999')], NOW);
    expect(requests).toBe(EUROPE_PMC_MAX_PAGES);
    expect([results.get('pmid:39709209')!.state, results.get('pmid:99999999')!.state]).toEqual(['resolved', 'not-found']);
    requests = 0;
    const lastPage = async () => {
      requests += 1;
      return new Response(JSON.stringify({ ...body, nextCursorMark: undefined }));
    };
    await lookUpEuropePmc(lastPage, [pmid('99999999')], NOW);
    expect(requests).toBe(1);
  });

  it('keeps collective authors ("JETALS Collaborators")', async () => {
    const results = await lookUpEuropePmc(
      async () => new Response(readFixture('api/europepmc/seed-core.json')),
      [{ key: 'doi:10.1001/jamaneurol.2022.0901', kind: 'doi', value: '10.1001/jamaneurol.2022.0901' }],
      NOW,
    );
    const result = results.get('doi:10.1001/jamaneurol.2022.0901');
    expect(result?.state === 'resolved' && result.record.authors.at(-1)).toBe('JETALS Collaborators');
  });
});
