import * as z from 'zod/mini';
import { SourceRecordSchema } from '../shared/source-record';

/** The storage the cache writes to: `browser.storage.local` in the extension, a Map in tests. */
export interface KeyValueStore {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/**
 * Bumped whenever the shape of cached entries changes; older entries are then ignored. 3: every
 * notice kind with its ids, notice items, open full text.
 */
export const CACHE_SCHEMA_VERSION = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long each kind of answer is trusted. A resolved record is refreshed weekly because its
 * retraction or correction status can change at any time; "not found" is retried the next day.
 */
export const CACHE_TTL_MS = { resolved: 7 * DAY_MS, notFound: 1 * DAY_MS } as const;

/** Most sources kept; past this the least recently used are dropped. */
export const CACHE_MAX_ENTRIES = 5000;

const CACHE_PREFIX = 'source:';
const INDEX_KEY = 'source-index';

const EntrySchema = z.object({
  version: z.literal(CACHE_SCHEMA_VERSION),
  expiresAt: z.number(),
  state: z.enum(['resolved', 'not-found']),
  record: z.nullable(SourceRecordSchema),
});

/** When each cached key was last used, for least-recently-used eviction. */
const IndexSchema = z.record(z.string(), z.number());

/** A cached answer for one identifier. */
export type CacheEntry = z.infer<typeof EntrySchema>;

/**
 * A cache of source lookups keyed by normalised identifier: time-to-live, schema version, a size
 * cap with least-recently-used eviction, and corrupt entries dropped. It lives in extension
 * storage, so it survives service-worker and browser restarts.
 */
export class SourceCache {
  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => number,
    private readonly maxEntries = CACHE_MAX_ENTRIES,
  ) {}

  /** Reads the fresh entries among `keys`; stale, old-version and corrupt entries are dropped. */
  async getMany(keys: readonly string[]): Promise<Map<string, CacheEntry>> {
    if (keys.length === 0) return new Map();
    const stored = await this.store.get([INDEX_KEY, ...keys.map((key) => CACHE_PREFIX + key)]);
    const index = this.readIndex(stored[INDEX_KEY]);
    const fresh = new Map<string, CacheEntry>();
    const dropped: string[] = [];
    for (const key of keys) {
      const raw = stored[CACHE_PREFIX + key];
      if (raw === undefined) continue;
      const parsed = EntrySchema.safeParse(raw);
      if (parsed.success && parsed.data.expiresAt > this.now()) {
        fresh.set(key, parsed.data);
        index[key] = this.now();
      } else {
        dropped.push(CACHE_PREFIX + key);
        delete index[key];
      }
    }
    if (dropped.length > 0) await this.store.remove(dropped);
    if (fresh.size > 0 || dropped.length > 0) await this.store.set({ [INDEX_KEY]: index });
    return fresh;
  }

  /** Stores answers; `unavailable` answers are never cached so they are retried next time. */
  async putMany(entries: ReadonlyArray<{ key: string; state: 'resolved' | 'not-found'; record: CacheEntry['record'] }>): Promise<void> {
    if (entries.length === 0) return;
    const index = this.readIndex((await this.store.get([INDEX_KEY]))[INDEX_KEY]);
    const items: Record<string, unknown> = {};
    for (const { key, state, record } of entries) {
      const ttl = state === 'resolved' ? CACHE_TTL_MS.resolved : CACHE_TTL_MS.notFound;
      items[CACHE_PREFIX + key] = { version: CACHE_SCHEMA_VERSION, expiresAt: this.now() + ttl, state, record } satisfies CacheEntry;
      index[key] = this.now();
    }
    const overflow = Object.keys(index).length - this.maxEntries;
    const evicted =
      overflow > 0
        ? Object.entries(index)
            .sort((a, b) => a[1] - b[1])
            .slice(0, overflow)
            .map(([key]) => key)
        : [];
    for (const key of evicted) {
      delete index[key];
      delete items[CACHE_PREFIX + key];
    }
    await this.store.set({ ...items, [INDEX_KEY]: index });
    if (evicted.length > 0) await this.store.remove(evicted.map((key) => CACHE_PREFIX + key));
  }

  private readIndex(raw: unknown): Record<string, number> {
    const parsed = IndexSchema.safeParse(raw);
    return parsed.success ? { ...parsed.data } : {};
  }
}
