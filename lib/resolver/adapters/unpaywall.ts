import * as z from 'zod/mini';
import { API_ORIGINS } from '../../shared/api-hosts';
import { fetchJson, type FetchLike } from '../fetch-json';

const LocationSchema = z.object({
  url: z.optional(z.nullable(z.string())),
  url_for_pdf: z.optional(z.nullable(z.string())),
  host_type: z.optional(z.nullable(z.string())),
});

/** The fields of an Unpaywall v2 response that the extension uses. */
export const UnpaywallSchema = z.object({ doi: z.string(), is_oa: z.boolean(), best_oa_location: z.nullable(LocationSchema) });

/** Builds the Unpaywall URL for a validated DOI; Unpaywall requires the reader's email. */
export function unpaywallUrl(doi: string, email: string): string {
  return `${API_ORIGINS.unpaywall}/v2/${doi.split('/').map(encodeURIComponent).join('/')}?email=${encodeURIComponent(email)}`;
}

/** A free full-text link for a DOI, or null when there is none, the DOI is unknown or the service fails. */
export async function lookUpFreeFullText(fetch: FetchLike, doi: string, email: string): Promise<string | null> {
  const outcome = await fetchJson(fetch, unpaywallUrl(doi, email));
  if (outcome.kind !== 'ok') return null;
  const parsed = UnpaywallSchema.safeParse(outcome.body);
  if (!parsed.success || !parsed.data.is_oa) return null;
  const url = parsed.data.best_oa_location?.url ?? parsed.data.best_oa_location?.url_for_pdf ?? null;
  return url && /^https:\/\/\S+$/.test(url) ? url : null;
}
