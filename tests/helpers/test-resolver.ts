import { SourceCache } from '../../lib/resolver/cache';
import type { FetchLike } from '../../lib/resolver/fetch-json';
import { SourceResolver, type ResolverDeps } from '../../lib/resolver/resolve-sources';
import { MemoryStore } from './memory-store';

/** A resolver over the given fetch with an empty in-memory cache and a fixed clock. */
export function testResolver(fetch: FetchLike, more: Partial<ResolverDeps> = {}): SourceResolver {
  return new SourceResolver({ fetch, cache: new SourceCache(new MemoryStore(), () => 0), now: () => new Date(0), ...more });
}
