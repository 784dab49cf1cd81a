import * as z from 'zod/mini';
import { API_ORIGINS } from '../../shared/api-hosts';
import type { IdKind } from '../../shared/identifiers';
import type { Notice, SourceRecord } from '../../shared/source-record';
import { fetchJson, type FetchLike } from '../fetch-json';
import { toPlainText } from '../plain-text';
import type { AdapterResult, LookupId } from './types';

/** Most identifiers OR-ed into one Europe PMC query; keeps the URL well under common limits. */
export const EUROPE_PMC_BATCH_SIZE = 100;

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
  authorList: z.optional(z.object({ author: z.optional(z.array(z.object({ fullName: z.optional(z.string()) }))) })),
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
      commentCorrection: z.optional(z.array(z.object({ id: z.optional(z.string()), source: z.optional(z.string()), type: z.string() }))),
    }),
  ),
  isOpenAccess: YesNo,
  citedByCount: z.optional(z.number()),
  firstPublicationDate: z.optional(z.string()),
});

/** A Europe PMC search response. */
export const SearchResponseSchema = z.object({
  hitCount: z.number(),
  resultList: z.object({ result: z.array(CoreResultSchema) }),
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

/** Builds the search URL for a batch of validated identifiers. */
export function europePmcSearchUrl(ids: readonly LookupId[]): string {
  const params = new URLSearchParams({
    query: ids.map(term).join(' OR '),
    format: 'json',
    resultType: 'core',
    pageSize: String(Math.min(1000, ids.length * 2)),
  });
  return `${API_ORIGINS.europePmc}/europepmc/webservices/rest/search?${params}`;
}

/**
 * Looks up a batch of identifiers in one Europe PMC request. Each identifier gets the record whose
 * DOI, PMID or PMCID equals it, or `not-found`; a failed request makes the whole batch `unavailable`.
 */
export async function lookUpEuropePmc(fetch: FetchLike, ids: readonly LookupId[], now: Date): Promise<Map<string, AdapterResult>> {
  const results = new Map<string, AdapterResult>();
  const outcome = await fetchJson(fetch, europePmcSearchUrl(ids));
  const parsed = outcome.kind === 'ok' ? SearchResponseSchema.safeParse(outcome.body) : null;
  for (const id of ids) {
    if (outcome.kind !== 'ok' || !parsed?.success) {
      const reason = outcome.kind === 'unavailable' ? outcome.reason : 'unexpected response';
      results.set(id.key, { state: 'unavailable', reason });
      continue;
    }
    const match = pickResult(parsed.data.resultList.result.filter((r) => matches(r, id)));
    results.set(id.key, match ? { state: 'resolved', record: toRecord(match, now) } : { state: 'not-found' });
  }
  return results;
}

function matches(result: CoreResult, id: LookupId): boolean {
  if (id.kind === 'doi') return result.doi?.toLowerCase() === id.value;
  if (id.kind === 'pmid') return result.pmid === id.value;
  return result.pmcid?.toUpperCase() === id.value;
}

/** Prefers the MEDLINE record over a preprint or agency copy of the same work. */
function pickResult(candidates: CoreResult[]): CoreResult | undefined {
  return candidates.find((r) => r.source === 'MED') ?? candidates[0];
}

const NOTICE_TYPES: ReadonlyArray<[RegExp, Notice['type']]> = [
  [/^retraction in$/i, 'retraction'],
  [/^expression of concern in$/i, 'expression-of-concern'],
  [/^(erratum|correction) in$/i, 'correction'],
];

function toRecord(result: CoreResult, now: Date): SourceRecord {
  const publicationTypes = result.pubTypeList?.pubType ?? [];
  const notices: Notice[] = (result.commentCorrectionList?.commentCorrection ?? []).flatMap((c) => {
    const type = NOTICE_TYPES.find(([pattern]) => pattern.test(c.type))?.[1];
    return type ? [{ type, date: null, noticeDoi: null, source: `Europe PMC (${c.type}${c.id ? ` ${c.id}` : ''})` }] : [];
  });
  if (publicationTypes.some((t) => /^retracted publication$/i.test(t)) && !notices.some((n) => n.type === 'retraction')) {
    notices.push({ type: 'retraction', date: null, noticeDoi: null, source: 'Europe PMC publication type' });
  }
  const year = Number(result.journalInfo?.yearOfPublication ?? result.pubYear);
  return {
    ids: {
      doi: result.doi?.toLowerCase() ?? null,
      pmid: result.pmid ?? null,
      pmcid: result.pmcid?.toUpperCase() ?? null,
      nct: [],
    },
    title: result.title ? toPlainText(result.title) : null,
    authors: (result.authorList?.author ?? []).flatMap((a) => (a.fullName ? [a.fullName] : [])),
    journal: result.journalInfo?.journal?.title ?? null,
    year: Number.isInteger(year) && year > 0 ? year : null,
    publicationTypes,
    meshTerms: (result.meshHeadingList?.meshHeading ?? []).map((m) => m.descriptorName),
    abstract: result.abstractText ? toPlainText(result.abstractText) : null,
    isPreprint: result.source === 'PPR' || publicationTypes.some((t) => /^preprint$/i.test(t)),
    citedByCount: result.citedByCount ?? null,
    fullTextUrl: fullTextUrl(result),
    notices,
    registry: null,
    provenance: [{ api: 'europepmc', fetchedAt: now.toISOString() }],
  };
}

function fullTextUrl(result: CoreResult): string | null {
  const links = result.fullTextUrlList?.fullTextUrl ?? [];
  const free = links.find((l) => (l.availabilityCode === 'OA' || l.availabilityCode === 'F') && l.documentStyle === 'html');
  const url = free?.url ?? (result.pmcid ? `https://europepmc.org/article/PMC/${result.pmcid}` : null);
  return url && /^https:\/\//.test(url) ? url : null;
}
