import type { KeyValueStore } from '../../lib/resolver/cache';

/** An in-memory stand-in for `browser.storage.local`, with the same copy-on-write behaviour. */
export class MemoryStore implements KeyValueStore {
  readonly items = new Map<string, unknown>();

  async get(keys: string[]): Promise<Record<string, unknown>> {
    const found: Record<string, unknown> = {};
    for (const key of keys) if (this.items.has(key)) found[key] = structuredClone(this.items.get(key));
    return found;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    for (const [key, value] of Object.entries(items)) this.items.set(key, structuredClone(value));
  }

  async remove(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }
}
