/**
 * The part of `browser.storage.local` the options page uses. Extension-local storage holds only the
 * cache of looked-up sources (settings live in `storage.sync`), so all of it is the cache.
 */
export interface CacheArea {
  get(keys: null): Promise<Record<string, unknown>>;
  clear(): Promise<void>;
  /** The browser's own count of bytes in use; where a browser lacks it, the stored JSON is measured. */
  getBytesInUse?(keys: null): Promise<number>;
}

/** How much the cache holds. */
export interface CacheUsage {
  /** Sources kept (one entry per identifier). */
  sources: number;
  bytes: number;
}

/** Prefix of a cached source's key in storage (the resolver's cache keeps one entry per identifier). */
export const CACHED_SOURCE_PREFIX = 'source:';

/** Reads how many sources are cached and how much room they take. */
export async function cacheUsage(area: CacheArea): Promise<CacheUsage> {
  const items = await area.get(null);
  const sources = Object.keys(items).filter((key) => key.startsWith(CACHED_SOURCE_PREFIX)).length;
  const bytes = typeof area.getBytesInUse === 'function' ? await area.getBytesInUse(null).catch(() => measured(items)) : measured(items);
  return { sources, bytes };
}

/** Empties the cache: every source is looked up again on its next page. */
export async function clearCache(area: CacheArea): Promise<void> {
  await area.clear();
}

function measured(items: Record<string, unknown>): number {
  return Object.entries(items).reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value ?? null).length, 0);
}

/** "1.2 MB", "340 kB", "12 bytes", in the reader's language (the browser's own unit names). */
export function formatBytes(bytes: number, locale?: string): string {
  const [value, unit, digits] =
    bytes < 1000 ? [bytes, 'byte', 0] : bytes < 1_000_000 ? [bytes / 1000, 'kilobyte', 0] : [bytes / 1_000_000, 'megabyte', 1];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: unit === 'byte' ? 'long' : 'short',
    maximumFractionDigits: digits,
  }).format(value);
}
