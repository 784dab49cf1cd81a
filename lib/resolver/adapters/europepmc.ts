import * as z from 'zod/mini';
import { API_ORIGINS } from '../../shared/api-hosts';
import type { IdKind } from '../../shared/identifiers';
import type { Notice, NoticeOf, SourceRecord } from '../../shared/source-record';
import { fetchJson, type FetchLike } from '../fetch-json';
import {
  NOTICE_ABOUT_WORK,
  NOTICE_OF_WORK,
  noticeOfPublicationType,
  noticeTypeOf,
  readNoticeCitation,
  withPublicationTypeRetraction,
} from '../notice-kinds';
import { toPlainText } from '../plain-text';
import type { AdapterResult, LookupId } from './types';

/** Most identifiers OR-ed into one Europe PMC query; keeps the URL well under common limits. */
export const EUROPE_PMC_BATCH_SIZE = 100;

/** Most pages followed for one batch: a batch of 100 ids never needs more than a few. */
export const EUROPE_PMC_MAX_PAGES = 10;

/** Europe PMC's largest page. */
const MAX_PAGE_SIZE = 1000;

const YesNo = z.optional(z.enum(['Y', 'N']));

/** The fields of a Europe PMC `resultType=core` result that the extension uses. */
const CoreResultSchema = z.object({
  id: z.string(),
  source: z.string(),
  pmid: z.optional(z.string()),
  pmcid: z.optional(z.string()),
  doi: z.optional(z.string()),
  title: z.optional(z.string()),
  authorString: z.optional(z.string()),
  authorList: z.optional(
    z.object({
      author: z.optional(z.array(z.object({ fullName: z.optional(z.string()), collectiveName: z.optional(z.string()) }))),
    }),
  ),
  journalInfo: z.optional(
    z.object({
      yearOfPublication: z.optional(z.union([z.number(), z.string()])),
      journal: z.optional(z.object({ title: z.optional(z.string()), isoabbreviation: z.optional(z.string()) })),
    }),
  ),
  bookOrReportDetails: z.optional(z.object({ publisher: z.optional(z.string()) })),
  pubYear: z.optional(z.string()),
  abstractText: z.optional(z.string()),
  pubTypeList: z.optional(z.object({ pubType: z.optional(z.array(z.string())) })),
  meshHeadingList: z.optional(z.object({ meshHeading: z.optional(z.array(z.object({ descriptorName: z.string() }))) })),
  fullTextUrlList: z.optional(
    z.object({
      fullTextUrl: z.optional(
        z.array(z.object({ availabilityCode: z.optional(z.string()), documentStyle: z.optional(z.string()), url: z.string() })),
      ),
    }),
  ),
  commentCorrectionList: z.optional(
    z.object({
      commentCorrection: z.optional(
        z.array(
          z.object({ id: z.optional(z.string()), source: z.optional(z.string()), reference: z.optional(z.string()), type: z.string() }),
        ),
      ),
    }),
  ),
  isOpenAccess: YesNo,
  citedByCount: z.optional(z.number()),
  firstPublicationDate: z.optional(z.string()),
});

/**
 * A Europe PMC search response. Results are validated one by one, so one record of an unexpected
 * shape costs only itself.
 */
export const SearchResponseSchema = z.object({
  hitCount: z.number(),
  nextCursorMark: z.optional(z.string()),
  resultList: z.object({ result: z.array(z.unknown()) }),
});

type CoreResult = z.infer<typeof CoreResultSchema>;

/** Kinds Europe PMC can look up. */
export const EUROPE_PMC_KINDS: readonly IdKind[] = ['doi', 'pmid', 'pmcid'];

/** The query term for one validated identifier. */
function term(id: LookupId): string {
  switch (id.kind) {
    case 'doi':
      return `DOI:"${id.value}"`;
    case 'pmid':
      return `(EXT_ID:${id.value} AND SRC:MED)`;
    case 'pmcid':
      return `PMCID:${id.value}`;
    default:
      throw new Error(`Europe PMC cannot look up ${id.kind}`);
  }
}

/** Builds the search URL for a batch of validated identifiers, at one page of the answer. */
export function europePmcSearchUrl(ids: readonly LookupId[], cursorMark = '*'): string {
  const params = new URLSearchParams({
    query: ids.map(term).join(' OR '),
    format: 'json',
    resultType: 'core',
    pageSize: String(Math.min(MAX_PAGE_SIZE, ids.length * 2)),
    cursorMark,
  });
  return `${API_ORIGINS.europePmc}/europepmc/webservices/rest/search?${params}`;
}

/**
 * Looks up a batch of identifiers in Europe PMC, following `nextCursorMark` until every identifier
 * has its record or the answer ends. Each identifier gets the record whose DOI, PMID or PMCID
 * equals it, or `not-found`; a failed page makes the identifiers still unanswered `unavailable`, and
 * a record of unexpected shape makes only the identifiers it carries `unavailable`.
 */
export async function lookUpEuropePmc(fetch: FetchLike, ids: readonly LookupId[], now: Date): Promise<Map<string, AdapterResult>> {
  const found: CoreResult[] = [];
  const malformed: unknown[] = [];
  const answered = () => ids.every((id) => found.some((r) => matches(r, id)));
  let cursor = '*';
  let failure: string | null = null;
  for (let page = 0; page < EUROPE_PMC_MAX_PAGES; page += 1) {
    const outcome = await fetchJson(fetch, europePmcSearchUrl(ids, cursor));
    const parsed = outcome.kind === 'ok' ? SearchResponseSchema.safeParse(outcome.body) : null;
    if (!parsed?.success) {
      failure = outcome.kind === 'unavailable' ? outcome.reason : 'unexpected response';
      break;
    }
    for (const raw of parsed.data.resultList.result) {
      const result = CoreResultSchema.safeParse(raw);
      if (result.success) found.push(result.data);
      else malformed.push(raw);
    }
    const next = parsed.data.nextCursorMark;
    if (answered() || parsed.data.resultList.result.length === 0 || !next || next === cursor) break;
    cursor = next;
  }
  const results = new Map<string, AdapterResult>();
  for (const id of ids) {
    const match = pickResult(found.filter((r) => matches(r, id)));
    if (match) results.set(id.key, { state: 'resolved', record: toRecord(match, now) });
    else if (failure) results.set(id.key, { state: 'unavailable', reason: failure });
    else if (malformed.some((raw) => carriesId(raw, id))) results.set(id.key, { state: 'unavailable', reason: 'unexpected record' });
    else results.set(id.key, { state: 'not-found' });
  }
  return results;
}

function matches(result: CoreResult, id: LookupId): boolean {
  if (id.kind === 'doi') return result.doi?.toLowerCase() === id.value;
  if (id.kind === 'pmid') return result.pmid === id.value;
  return result.pmcid?.toUpperCase() === id.value;
}

/** Whether a record that failed validation still names the identifier, so its miss is not "not found". */
function carriesId(raw: unknown, id: LookupId): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const field = (raw as Record<string, unknown>)[id.kind];
  return typeof field === 'string' && field.toLowerCase() === id.value.toLowerCase();
}

/** Prefers the MEDLINE record over a preprint or agency copy of the same work. */
function pickResult(candidates: CoreResult[]): CoreResult | undefined {
  return candidates.find((r) => r.source === 'MED') ?? candidates[0];
}

type CommentCorrection = NonNullable<NonNullable<CoreResult['commentCorrectionList']>['commentCorrection']>[number];

/** The PMID of a linked MEDLINE record, when Europe PMC gives one. */
function linkedPmid(entry: CommentCorrection): string | null {
  return entry.id && (entry.source ?? 'MED') === 'MED' && /^\d+$/.test(entry.id) ? entry.id : null;
}

function noticesOf(result: CoreResult, publicationTypes: readonly string[]): Notice[] {
  const notices: Notice[] = (result.commentCorrectionList?.commentCorrection ?? []).flatMap((entry) => {
    const type = noticeTypeOf(NOTICE_ABOUT_WORK, entry.type);
    if (!type || !/\bin$/i.test(entry.type.trim())) return [];
    const { doi, date } = readNoticeCitation(entry.reference ?? '');
    return [{ type, date, noticeDoi: doi, noticePmid: linkedPmid(entry), source: 'Europe PMC' }];
  });
  return withPublicationTypeRetraction(notices, publicationTypes, 'Europe PMC (publication type)');
}

/** What the item is a notice of, when it is one ("Erratum for", or a notice publication type). */
function noticeOf(result: CoreResult, publicationTypes: readonly string[]): NoticeOf | null {
  for (const entry of result.commentCorrectionList?.commentCorrection ?? []) {
    const type = noticeTypeOf(NOTICE_OF_WORK, entry.type);
    if (type) {
      const { doi } = readNoticeCitation(entry.reference ?? '');
      return { type, doi, pmid: linkedPmid(entry), reference: entry.reference ? toPlainText(entry.reference) : null };
    }
  }
  return noticeOfPublicationType(publicationTypes);
}

function toRecord(result: CoreResult, now: Date): SourceRecord {
  const publicationTypes = result.pubTypeList?.pubType ?? [];
  const year = Number(result.journalInfo?.yearOfPublication ?? result.pubYear);
  return {
    ids: {
      doi: result.doi?.toLowerCase() ?? null,
      pmid: result.pmid ?? null,
      pmcid: result.pmcid?.toUpperCase() ?? null,
      nct: [],
    },
    title: result.title ? toPlainText(result.title) : null,
    authors: (result.authorList?.author ?? []).flatMap((a) => {
      const name = a.fullName ?? a.collectiveName;
      return name ? [toPlainText(name)] : [];
    }),
    journal: result.journalInfo?.journal?.title ?? null,
    year: Number.isInteger(year) && year > 0 ? year : null,
    publicationTypes,
    meshTerms: (result.meshHeadingList?.meshHeading ?? []).map((m) => m.descriptorName),
    abstract: result.abstractText ? toPlainText(result.abstractText) : null,
    isPreprint: result.source === 'PPR' || publicationTypes.some((t) => /^preprint$/i.test(t)),
    citedByCount: result.citedByCount ?? null,
    fullTextUrl: fullTextUrl(result),
    notices: noticesOf(result, publicationTypes),
    registry: null,
    provenance: [{ api: 'europepmc', fetchedAt: now.toISOString() }],
    openAccess: result.isOpenAccess === 'Y' && Boolean(result.pmcid),
    noticeOf: noticeOf(result, publicationTypes),
  };
}

function fullTextUrl(result: CoreResult): string | null {
  const links = result.fullTextUrlList?.fullTextUrl ?? [];
  const free = links.find((l) => (l.availabilityCode === 'OA' || l.availabilityCode === 'F') && l.documentStyle === 'html');
  const url = free?.url ?? (result.pmcid ? `https://europepmc.org/article/PMC/${result.pmcid}` : null);
  return url && /^https:\/\//.test(url) ? url : null;
}
