import type { KeyValueStore } from '../resolver/cache';

/** The part of `browser.storage.local` the cache uses. */
export interface StorageAreaLike {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** Adapts extension storage to the cache's key-value interface. */
export function storageStore(area: StorageAreaLike): KeyValueStore {
  return {
    get: (keys) => area.get(keys),
    set: (items) => area.set(items),
    remove: (keys) => area.remove(keys),
  };
}
