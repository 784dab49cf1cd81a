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
    expect([...store.items.keys()]).toEqual(['source-index']);
  });

  it('keeps at most its maximum, dropping the least recently used first', async () => {
    let now = 0;
    const store = new MemoryStore();
    const cache = new SourceCache(store, () => now, 3);
    for (const key of ['doi:10.1/a', 'doi:10.1/b', 'doi:10.1/c']) {
      now += 1;
      await cache.putMany([{ key, state: 'not-found', record: null }]);
    }
    now += 1;
    await cache.getMany(['doi:10.1/a']);
    now += 1;
    await cache.putMany([{ key: 'doi:10.1/d', state: 'not-found', record: null }]);
    expect([...(await cache.getMany(['doi:10.1/a', 'doi:10.1/b', 'doi:10.1/c', 'doi:10.1/d'])).keys()]).toEqual([
      'doi:10.1/a',
      'doi:10.1/c',
      'doi:10.1/d',
    ]);
    expect(store.items.has('source:doi:10.1/b')).toBe(false);
  });

  it('survives a corrupt index by starting a new one', async () => {
    const store = new MemoryStore();
    await store.set({ 'source-index': 'garbage' });
    const cache = new SourceCache(store, () => 1);
    await cache.putMany([{ key: 'pmid:1', state: 'not-found', record: null }]);
    expect(store.items.get('source-index')).toEqual({ 'pmid:1': 1 });
  });
});
