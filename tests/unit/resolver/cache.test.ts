import { describe, expect, it } from 'vitest';
import { CACHE_TTL_MS, SourceCache } from '../../../lib/resolver/cache';
import { MemoryStore } from '../../helpers/memory-store';
import { makeRecord } from '../../helpers/source-record';

const record = makeRecord({
  ids: { doi: '10.1000/x', pmid: null, pmcid: null, nct: [] },
  title: 'T',
  year: 2020,
  provenance: [{ api: 'crossref', fetchedAt: '2026-01-01T00:00:00Z' }],
});

describe('SourceCache', () => {
  it('returns fresh entries and forgets them after their time-to-live', async () => {
    let now = 0;
    const cache = new SourceCache(new MemoryStore(), () => now);
    await cache.putMany([
      { key: 'doi:10.1000/x', state: 'resolved', record },
      { key: 'doi:10.1000/y', state: 'not-found', record: null },
    ]);
    expect([...(await cache.getMany(['doi:10.1000/x', 'doi:10.1000/y'])).keys()]).toEqual(['doi:10.1000/x', 'doi:10.1000/y']);
    now = CACHE_TTL_MS.notFound + 1;
    expect([...(await cache.getMany(['doi:10.1000/x', 'doi:10.1000/y'])).keys()]).toEqual(['doi:10.1000/x']);
    now = CACHE_TTL_MS.resolved + 1;
    expect((await cache.getMany(['doi:10.1000/x'])).size).toBe(0);
  });

  it('drops entries of another schema version and corrupt entries from storage', async () => {
    const store = new MemoryStore();
    await store.set({
      'source:doi:10.1000/old': { version: 0, expiresAt: 1e15, state: 'resolved', record },
      'source:doi:10.1000/bad': 'garbage',
    });
    const cache = new SourceCache(store, () => 0);
    expect((await cache.getMany(['doi:10.1000/old', 'doi:10.1000/bad'])).size).toBe(0);
    expect(store.items.size).toBe(0);
  });
});
