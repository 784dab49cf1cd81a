import * as z from 'zod/mini';
import { API_ORIGINS } from '../../shared/api-hosts';
import { findRegistryIds } from '../../shared/identifiers';
import type { Notice, NoticeOf, SourceRecord } from '../../shared/source-record';
import { NOTICE_ABOUT_WORK, noticeTypeOf } from '../notice-kinds';
import { fetchJson, type FetchLike } from '../fetch-json';
import { toPlainText } from '../plain-text';
import type { AdapterResult } from './types';

const DatePartsSchema = z.optional(z.object({ 'date-parts': z.array(z.array(z.nullable(z.number()))) }));

/** One entry of `updated-by` (notices about this work) or `update-to` (works this notice is about). */
const UpdateSchema = z.object({
  type: z.string(),
  DOI: z.optional(z.string()),
  source: z.optional(z.string()),
  updated: z.optional(z.object({ 'date-time': z.optional(z.string()) })),
});

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
  'updated-by': z.optional(z.array(UpdateSchema)),
  'update-to': z.optional(z.array(UpdateSchema)),
  'clinical-trial-number': z.optional(z.array(z.object({ 'clinical-trial-number': z.string() }))),
  'alternative-id': z.optional(z.array(z.string())),
});

/** A Crossref `/works?filter=doi:…` response. */
export const WorkListResponseSchema = z.object({ status: z.literal('ok'), message: z.object({ items: z.array(z.unknown()) }) });

/** Most DOIs in one filtered request (Crossref allows 1,000 rows; URLs stay short at 100). */
export const CROSSREF_BATCH_SIZE = 100;

/** Builds the URL that asks for the works matching any of `values` under one filter: repeating a filter means OR. */
export function crossrefFilterUrl(filter: 'doi' | 'alternative-id', values: readonly string[], email?: string): string {
  const params = new URLSearchParams({ filter: values.map((value) => `${filter}:${value}`).join(','), rows: String(values.length) });
  if (email) params.set('mailto', email);
  return `${API_ORIGINS.crossref}/works?${params}`;
}

/** Builds the URL that asks for many works at once by their DOIs. */
export function crossrefBatchUrl(dois: readonly string[], email?: string): string {
  return crossrefFilterUrl('doi', dois, email);
}

/**
 * Looks up a batch of DOIs in one request. Every DOI gets an answer: the work, `not-found` when
 * Crossref does not list it, or `unavailable` for the whole batch when the request failed.
 */
export async function lookUpCrossrefBatch(
  fetch: FetchLike,
  dois: readonly string[],
  now: Date,
  email?: string,
): Promise<Map<string, AdapterResult>> {
  const results = new Map<string, AdapterResult>();
  const outcome = await fetchJson(fetch, crossrefBatchUrl(dois, email));
  const parsed = outcome.kind === 'ok' ? WorkListResponseSchema.safeParse(outcome.body) : null;
  const works = new Map<string, SourceRecord>();
  for (const item of parsed?.success ? parsed.data.message.items : []) {
    const record = crossrefWork(item, now)?.record;
    if (record?.ids.doi) works.set(record.ids.doi, record);
  }
  for (const doi of dois) {
    if (outcome.kind !== 'ok' || !parsed?.success) {
      results.set(doi, { state: 'unavailable', reason: outcome.kind === 'unavailable' ? outcome.reason : 'unexpected response' });
    } else {
      const record = works.get(doi);
      results.set(doi, record ? { state: 'resolved', record } : { state: 'not-found' });
    }
  }
  return results;
}

/** One item of a Crossref work list, validated on its own: its record and the publisher's other ids (a PII), or null. */
export function crossrefWork(item: unknown, now: Date): { record: SourceRecord; alternativeIds: string[] } | null {
  const work = WorkSchema.safeParse(item);
  return work.success ? { record: toRecord(work.data, now), alternativeIds: work.data['alternative-id'] ?? [] } : null;
}

type Work = z.infer<typeof WorkSchema>;

function noticesOf(work: Work): Notice[] {
  return (work['updated-by'] ?? []).flatMap((update) => {
    const type = noticeTypeOf(NOTICE_ABOUT_WORK, update.type);
    return type
      ? [
          {
            type,
            date: update.updated?.['date-time']?.slice(0, 10) ?? null,
            noticeDoi: update.DOI?.toLowerCase() ?? null,
            noticePmid: null,
            source: `Crossref (${update.source ?? 'publisher'})`,
          },
        ]
      : [];
  });
}

/** The work a notice item corrects or retracts (`update-to`), when the item is a notice. */
function noticeOf(work: Work): NoticeOf | null {
  for (const update of work['update-to'] ?? []) {
    const type = noticeTypeOf(NOTICE_ABOUT_WORK, update.type);
    if (type && update.DOI && update.DOI.toLowerCase() !== work.DOI.toLowerCase())
      return { type, doi: update.DOI.toLowerCase(), pmid: null, reference: null };
  }
  return null;
}

/** Trial numbers Crossref lists: NCT ids, and the other registries' ids as the scanner writes them. */
function trialNumbers(work: Work): { nct: string[]; trials: string[] } {
  const numbers = (work['clinical-trial-number'] ?? []).map((t) => t['clinical-trial-number'].trim());
  const nct = numbers.map((n) => n.toUpperCase()).filter((n) => /^NCT\d{8}$/.test(n));
  // Crossref lower-cases some numbers ("isrctn75784880"); the registries' own spelling is tried first.
  const trials = [
    ...new Set(numbers.flatMap((n) => (findRegistryIds(n).length > 0 ? findRegistryIds(n) : findRegistryIds(n.toUpperCase())))),
  ];
  return { nct, trials };
}

function toRecord(work: Work, now: Date): SourceRecord {
  const year = (work.published ?? work.issued)?.['date-parts'][0]?.[0] ?? null;
  const { nct, trials } = trialNumbers(work);
  return {
    ids: { doi: work.DOI.toLowerCase(), pmid: null, pmcid: null, nct, ...(trials.length > 0 ? { trials } : {}) },
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
    notices: noticesOf(work),
    registry: null,
    provenance: [{ api: 'crossref', fetchedAt: now.toISOString() }],
    noticeOf: noticeOf(work),
  };
}
