import { fetchJson, type FetchLike } from '../fetch-json';
import { crossrefFilterUrl, crossrefWork, WorkListResponseSchema } from './crossref';
import type { AdapterResult } from './types';

/** A publisher item identifier (Elsevier's PII) as written without punctuation: S or B, then 16 digits or a final X. */
export const PII = /^[SB]\d{15}[\dX]$/;

/** Most PIIs in one filtered request. */
export const CROSSREF_PII_BATCH_SIZE = 50;

/**
 * The PII an article address or a written PII names, validated, without its punctuation
 * ("S0140-6736(20)30183-5" → "S0140673620301835"); null for anything else. Only a PII that passes
 * is ever put into a request.
 */
export function piiOf(text: string): string | null {
  let candidate = text;
  try {
    const url = new URL(text);
    const path = decodeURIComponent(url.pathname);
    candidate = /\/pii\/([SB][\w()-]+)/i.exec(path)?.[1] ?? /\/PII([SB][\w()-]+)/.exec(path)?.[1] ?? '';
  } catch {
    // Not an address: a PII written on its own.
  }
  const pii = withoutPunctuation(candidate);
  return PII.test(pii) ? pii : null;
}

/** A PII as Crossref's `alternative-id` or a page may write it, without hyphens and brackets. */
function withoutPunctuation(pii: string): string {
  return pii.replace(/[-()]/g, '').toUpperCase();
}

/** Builds the URL that asks Crossref for the works listing these PIIs: repeating the `alternative-id` filter means OR. */
export function crossrefPiiUrl(piis: readonly string[], email?: string): string {
  return crossrefFilterUrl(
    'alternative-id',
    piis.filter((pii) => PII.test(pii)),
    email,
  );
}

/**
 * Looks up works by their PII (a ScienceDirect article address names no DOI) in one request. A
 * work is accepted for a PII only when its `alternative-id` lists exactly that PII; every PII
 * gets an answer, `unavailable` for all when the request failed.
 */
export async function lookUpCrossrefByPii(
  fetch: FetchLike,
  piis: readonly string[],
  now: Date,
  email?: string,
): Promise<Map<string, AdapterResult>> {
  const valid = piis.filter((pii) => PII.test(pii));
  const results = new Map<string, AdapterResult>();
  if (valid.length === 0) return results;
  const outcome = await fetchJson(fetch, crossrefPiiUrl(valid, email));
  const parsed = outcome.kind === 'ok' ? WorkListResponseSchema.safeParse(outcome.body) : null;
  if (outcome.kind !== 'ok' || !parsed?.success) {
    const reason = outcome.kind === 'unavailable' ? outcome.reason : 'unexpected response';
    for (const pii of valid) results.set(pii, { state: 'unavailable', reason });
    return results;
  }
  const works = parsed.data.message.items.flatMap((item) => crossrefWork(item, now) ?? []);
  for (const pii of valid) {
    const work = works.find(({ alternativeIds }) => alternativeIds.some((id) => withoutPunctuation(id) === pii));
    results.set(pii, work ? { state: 'resolved', record: work.record } : { state: 'not-found' });
  }
  return results;
}
