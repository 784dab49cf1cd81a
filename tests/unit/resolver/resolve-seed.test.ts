import { describe, expect, it } from 'vitest';
import { SourceCache } from '../../../lib/resolver/cache';
import { resolveSources } from '../../../lib/resolver/resolve-sources';
import { replayFetch } from '../../helpers/api-replay';
import { MemoryStore } from '../../helpers/memory-store';
import { FIXTURES_DIR, readFixture } from '../../helpers/shared-data';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SEED_KEYS = [
  'doi:10.1016/s1474-4422(18)30054-1',
  'doi:10.1001/jamaneurol.2022.0901',
  'doi:10.1136/jnnp-2018-319294',
  'doi:10.1016/j.freeradbiomed.2009.04.023',
];

function setUp() {
  const log: string[] = [];
  const store = new MemoryStore();
  const deps = {
    fetch: replayFetch(log),
    cache: new SourceCache(store, () => Date.parse('2026-11-25T00:00:00Z')),
    now: () => new Date('2026-11-25T00:00:00Z'),
  };
  return { log, store, deps };
}

describe('resolveSources on the seed article', () => {
  it('resolves all four works: two from Europe PMC in one request, two from one Crossref batch', async () => {
    const { log, deps } = setUp();
    const results = await resolveSources(SEED_KEYS, deps);
    expect(results.map((r) => [r.state, r.assessment?.design, r.record?.year])).toEqual([
      ['resolved', 'secondary-analysis', 2018],
      ['resolved', 'rct', 2022],
      ['resolved', 'rct', 2019],
      ['resolved', 'in-vitro', 2009],
    ]);
    expect(log.filter((url) => url.includes('europepmc'))).toHaveLength(1);
    expect(log.filter((url) => url.includes('crossref'))).toHaveLength(1);
    expect(log.filter((url) => url.includes('clinicaltrials'))).toHaveLength(2);
    expect(results[1]!.record).toMatchObject({
      title: expect.stringMatching(/^Efficacy and Safety of Ultrahigh-Dose Methylcobalamin/),
      journal: 'JAMA neurology',
      ids: { pmid: '35532908', pmcid: 'PMC9086935' },
    });
    expect(results[1]!.record!.abstract).toContain('Results: A total of 130 patients were randomized');
  });

  it('attaches the JETALS registry record to the Oki paper, from the NCT id in its abstract', async () => {
    const { log, deps } = setUp();
    const results = await resolveSources(SEED_KEYS, deps);
    expect(results[1]!.record).toMatchObject({
      ids: { nct: ['NCT03548311'] },
      registry: { nct: 'NCT03548311', allocation: 'RANDOMIZED', masking: 'QUADRUPLE', enrollment: 130, enrollmentActual: true },
    });
    expect(results[2]!.record).toMatchObject({ ids: { nct: ['NCT00444613'] }, registry: null });
    expect(log.filter((url) => url.includes('clinicaltrials.gov'))).toEqual([
      'https://clinicaltrials.gov/api/v2/studies/NCT03548311',
      'https://clinicaltrials.gov/api/v2/studies/NCT00444613',
    ]);
  });

  it('keeps the seed records file equal to what the resolver makes of the recordings', async () => {
    const { deps } = setUp();
    const records = (await resolveSources(SEED_KEYS, deps)).map((r) => r.record);
    const file = join(FIXTURES_DIR, 'seed/records.json');
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(file, `${JSON.stringify(records, null, 2)}\n`);
    expect(records).toEqual(JSON.parse(readFixture('seed/records.json')));
  });

  it('makes no request when the cache is warm', async () => {
    const { log, deps } = setUp();
    await resolveSources(SEED_KEYS, deps);
    log.length = 0;
    const again = await resolveSources(SEED_KEYS, deps);
    expect(log).toEqual([]);
    expect(again.filter((r) => r.state === 'resolved')).toHaveLength(4);
  });

  it('reports a DOI nobody knows as not found, and caches that', async () => {
    const { deps, store } = setUp();
    const [result] = await resolveSources(['doi:10.9999/unknown.1'], deps);
    expect(result).toMatchObject({ state: 'not-found', record: null });
    expect([...store.items.keys()].filter((key) => key.startsWith('source:'))).toEqual(['source:doi:10.9999/unknown.1']);
  });

  it('says "unavailable" and caches nothing when the APIs answer 500', async () => {
    const { deps, store } = setUp();
    deps.fetch = async () => new Response('oops', { status: 500 });
    const results = await resolveSources(SEED_KEYS, deps);
    expect(results.every((r) => r.state === 'unavailable')).toBe(true);
    expect(store.items.size).toBe(0);
  });

  it('refuses keys that are not normalised identifiers without any request', async () => {
    const { log, deps } = setUp();
    const [result] = await resolveSources(['doi:javascript:alert(1)'], deps);
    expect(result!.state).toBe('not-found');
    expect(log).toEqual([]);
  });
});
