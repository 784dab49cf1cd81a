import { classifyDesign } from '../evidence/classify-design';
import { parseIdKey, type IdKey } from '../shared/identifiers';
import type { SourceResult } from '../shared/messages';
import type { SourceRecord } from '../shared/source-record';
import { lookUpCrossref } from './adapters/crossref';
import { EUROPE_PMC_BATCH_SIZE, EUROPE_PMC_KINDS, lookUpEuropePmc } from './adapters/europepmc';
import type { AdapterResult, LookupId } from './adapters/types';
import type { SourceCache } from './cache';
import type { FetchLike } from './fetch-json';

/** What the resolver needs from its surroundings. */
export interface ResolverDeps {
  fetch: FetchLike;
  cache: SourceCache;
  now: () => Date;
}

/**
 * Resolves identifier keys to source results: cache first, then Europe PMC in batches, then
 * Crossref for DOIs Europe PMC does not know. Keys that fail validation are answered `not-found`
 * without any request.
 */
export async function resolveSources(keys: readonly string[], deps: ResolverDeps): Promise<SourceResult[]> {
  const unique = [...new Set(keys)];
  const cached = await deps.cache.getMany(unique);
  const answers = new Map<string, AdapterResult>();
  for (const [key, entry] of cached) {
    answers.set(key, entry.state === 'resolved' && entry.record ? { state: 'resolved', record: entry.record } : { state: 'not-found' });
  }
  const toLookUp = unique
    .filter((key) => !answers.has(key))
    .flatMap((key): LookupId[] => {
      const id = parseIdKey(key);
      if (!id) answers.set(key, { state: 'not-found' });
      return id ? [{ key: key as IdKey, ...id }] : [];
    });
  const fresh = await lookUp(toLookUp, deps);
  for (const [key, result] of fresh) answers.set(key, result);
  await deps.cache.putMany(
    [...fresh].flatMap(([key, result]) =>
      result.state === 'unavailable' ? [] : [{ key, state: result.state, record: result.state === 'resolved' ? result.record : null }],
    ),
  );
  return unique.map((key) => toSourceResult(key, answers.get(key) ?? { state: 'not-found' }));
}

async function lookUp(ids: readonly LookupId[], deps: ResolverDeps): Promise<Map<string, AdapterResult>> {
  const results = new Map<string, AdapterResult>();
  const now = deps.now();
  const forEuropePmc = ids.filter((id) => EUROPE_PMC_KINDS.includes(id.kind));
  for (let start = 0; start < forEuropePmc.length; start += EUROPE_PMC_BATCH_SIZE) {
    const batch = await lookUpEuropePmc(deps.fetch, forEuropePmc.slice(start, start + EUROPE_PMC_BATCH_SIZE), now);
    for (const [key, result] of batch) results.set(key, result);
  }
  const crossrefFallback = ids.filter((id) => id.kind === 'doi' && results.get(id.key)?.state !== 'resolved');
  await Promise.all(
    crossrefFallback.map(async (id) => {
      const fromCrossref = await lookUpCrossref(deps.fetch, id, now);
      const fromEuropePmc = results.get(id.key);
      // A Crossref miss must not hide that Europe PMC was unreachable: the reader is told to retry.
      if (fromCrossref.state === 'resolved' || fromEuropePmc?.state !== 'unavailable') results.set(id.key, fromCrossref);
    }),
  );
  for (const id of ids) if (!results.has(id.key)) results.set(id.key, { state: 'not-found' });
  return results;
}

function toSourceResult(key: string, result: AdapterResult): SourceResult {
  if (result.state !== 'resolved') return { key, state: result.state, record: null, assessment: null };
  return { key, state: 'resolved', record: result.record, assessment: assessmentOf(result.record) };
}

function assessmentOf(record: SourceRecord): SourceResult['assessment'] {
  const { design, level, evidence, confidence } = classifyDesign(record);
  return { design, level, evidence, confidence };
}
