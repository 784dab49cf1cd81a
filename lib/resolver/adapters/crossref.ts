import * as z from 'zod/mini';
import { API_ORIGINS } from '../../shared/api-hosts';
import type { Notice, SourceRecord } from '../../shared/source-record';
import { fetchJson, type FetchLike } from '../fetch-json';
import { toPlainText } from '../plain-text';
import type { AdapterResult, LookupId } from './types';

const DatePartsSchema = z.optional(z.object({ 'date-parts': z.array(z.array(z.nullable(z.number()))) }));

/** The fields of a Crossref work that the extension uses. */
const WorkSchema = z.object({
  DOI: z.string(),
  type: z.optional(z.string()),
  subtype: z.optional(z.string()),
  title: z.optional(z.array(z.string())),
  'container-title': z.optional(z.array(z.string())),
  author: z.optional(z.array(z.object({ given: z.optional(z.string()), family: z.optional(z.string()), name: z.optional(z.string()) }))),
  published: DatePartsSchema,
  issued: DatePartsSchema,
  abstract: z.optional(z.string()),
  'is-referenced-by-count': z.optional(z.number()),
  'updated-by': z.optional(
    z.array(
      z.object({
        type: z.string(),
        DOI: z.optional(z.string()),
        source: z.optional(z.string()),
        updated: z.optional(z.object({ 'date-time': z.optional(z.string()) })),
      }),
    ),
  ),
  'clinical-trial-number': z.optional(z.array(z.object({ 'clinical-trial-number': z.string() }))),
});

/** A Crossref `/works/{doi}` response. */
export const WorkResponseSchema = z.object({ status: z.literal('ok'), message: WorkSchema });

type Work = z.infer<typeof WorkSchema>;

/**
 * Builds the URL of one work; each path segment of the validated DOI is encoded. With the reader's
 * email, Crossref's `mailto` puts the request in its polite pool, as Crossref asks.
 */
export function crossrefWorkUrl(doi: string, email?: string): string {
  const url = `${API_ORIGINS.crossref}/works/${doi.split('/').map(encodeURIComponent).join('/')}`;
  return email ? `${url}?mailto=${encodeURIComponent(email)}` : url;
}

/** Looks up one DOI in Crossref. */
export async function lookUpCrossref(fetch: FetchLike, id: LookupId, now: Date, email?: string): Promise<AdapterResult> {
  if (id.kind !== 'doi') return { state: 'not-found' };
  const outcome = await fetchJson(fetch, crossrefWorkUrl(id.value, email));
  if (outcome.kind !== 'ok')
    return outcome.kind === 'not-found' ? { state: 'not-found' } : { state: 'unavailable', reason: outcome.reason };
  const parsed = WorkResponseSchema.safeParse(outcome.body);
  if (!parsed.success) return { state: 'unavailable', reason: 'unexpected response' };
  return { state: 'resolved', record: toRecord(parsed.data.message, now) };
}

const NOTICE_TYPES: Record<string, Notice['type']> = {
  retraction: 'retraction',
  expression_of_concern: 'expression-of-concern',
  correction: 'correction',
  erratum: 'correction',
  withdrawal: 'withdrawal',
};

function toRecord(work: Work, now: Date): SourceRecord {
  const year = (work.published ?? work.issued)?.['date-parts'][0]?.[0] ?? null;
  return {
    ids: {
      doi: work.DOI.toLowerCase(),
      pmid: null,
      pmcid: null,
      nct: (work['clinical-trial-number'] ?? [])
        .map((t) => t['clinical-trial-number'].toUpperCase())
        .filter((nct) => /^NCT\d{8}$/.test(nct)),
    },
    title: work.title?.[0] ? toPlainText(work.title[0]) : null,
    authors: (work.author ?? []).map((a) => a.name ?? [a.given, a.family].filter(Boolean).join(' ')).filter(Boolean),
    journal: work['container-title']?.[0] ? toPlainText(work['container-title'][0]) : null,
    year,
    publicationTypes: [],
    meshTerms: [],
    abstract: work.abstract ? toPlainText(work.abstract) : null,
    isPreprint: work.subtype === 'preprint' || work.type === 'posted-content',
    citedByCount: work['is-referenced-by-count'] ?? null,
    fullTextUrl: null,
    notices: (work['updated-by'] ?? []).flatMap((u) => {
      const kind = u.type.toLowerCase();
      const type = Object.hasOwn(NOTICE_TYPES, kind) ? NOTICE_TYPES[kind] : undefined;
      return type
        ? [
            {
              type,
              date: u.updated?.['date-time']?.slice(0, 10) ?? null,
              noticeDoi: u.DOI?.toLowerCase() ?? null,
              source: `Crossref (${u.source ?? 'publisher'})`,
            },
          ]
        : [];
    }),
    registry: null,
    provenance: [{ api: 'crossref', fetchedAt: now.toISOString() }],
  };
}
