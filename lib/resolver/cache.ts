import * as z from 'zod/mini';
import { SourceRecordSchema } from '../shared/source-record';

/** The storage the cache writes to: `browser.storage.local` in the extension, a Map in tests. */
export interface KeyValueStore {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** Bumped whenever the shape of cached entries changes; older entries are then ignored. */
export const CACHE_SCHEMA_VERSION = 1;

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long each kind of answer is trusted. */
export const CACHE_TTL_MS = { resolved: 30 * DAY_MS, notFound: 1 * DAY_MS } as const;

const CACHE_PREFIX = 'source:';

const EntrySchema = z.object({
  version: z.literal(CACHE_SCHEMA_VERSION),
  expiresAt: z.number(),
  state: z.enum(['resolved', 'not-found']),
  record: z.nullable(SourceRecordSchema),
});

/** A cached answer for one identifier. */
export type CacheEntry = z.infer<typeof EntrySchema>;

/** A cache of source lookups keyed by normalised identifier, with time-to-live and schema version. */
export class SourceCache {
  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => number,
  ) {}

  /** Reads the fresh entries among `keys`; stale, old-version and corrupt entries are dropped. */
  async getMany(keys: readonly string[]): Promise<Map<string, CacheEntry>> {
    const stored = await this.store.get(keys.map((key) => CACHE_PREFIX + key));
    const fresh = new Map<string, CacheEntry>();
    const dropped: string[] = [];
    for (const key of keys) {
      const raw = stored[CACHE_PREFIX + key];
      if (raw === undefined) continue;
      const parsed = EntrySchema.safeParse(raw);
      if (parsed.success && parsed.data.expiresAt > this.now()) fresh.set(key, parsed.data);
      else dropped.push(CACHE_PREFIX + key);
    }
    if (dropped.length > 0) await this.store.remove(dropped);
    return fresh;
  }

  /** Stores answers; `unavailable` answers are never cached so they are retried next time. */
  async putMany(entries: ReadonlyArray<{ key: string; state: 'resolved' | 'not-found'; record: CacheEntry['record'] }>): Promise<void> {
    if (entries.length === 0) return;
    const items: Record<string, CacheEntry> = {};
    for (const { key, state, record } of entries) {
      const ttl = state === 'resolved' ? CACHE_TTL_MS.resolved : CACHE_TTL_MS.notFound;
      items[CACHE_PREFIX + key] = { version: CACHE_SCHEMA_VERSION, expiresAt: this.now() + ttl, state, record };
    }
    await this.store.set(items);
  }
}
