import { XMLParser } from 'fast-xml-parser';
import * as z from 'zod/mini';
import { API_ORIGINS } from '../../shared/api-hosts';
import type { Notice, NoticeOf, SourceRecord } from '../../shared/source-record';
import {
  NOTICE_ABOUT_WORK,
  NOTICE_OF_WORK,
  noticeOfPublicationType,
  noticeTypeOf,
  readNoticeCitation,
  withPublicationTypeRetraction,
} from '../notice-kinds';
import { fetchText, type FetchLike } from '../fetch-json';
import { decodeEntities, toPlainText } from '../plain-text';
import type { AdapterResult, LookupId } from './types';

/** Most PMIDs in one efetch GET; NCBI asks for POST above about 200. */
export const PUBMED_BATCH_SIZE = 200;

const ALWAYS_ARRAYS = new Set([
  'PubmedArticle',
  'AbstractText',
  'PublicationType',
  'MeshHeading',
  'DataBank',
  'AccessionNumber',
  'CommentsCorrections',
  'ArticleId',
  'ELocationID',
  'Author',
]);

// Titles and abstracts carry inline markup (<i>, <sub>); they are kept raw and turned into text.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  processEntities: true,
  stopNodes: ['*.ArticleTitle', '*.AbstractText'],
  isArray: (name) => ALWAYS_ARRAYS.has(name),
});

const Text = z.union([z.string(), z.looseObject({ '#text': z.optional(z.string()) })]);
const ArticleSchema = z.looseObject({
  MedlineCitation: z.looseObject({
    PMID: Text,
    Article: z.looseObject({
      Journal: z.optional(
        z.looseObject({
          Title: z.optional(Text),
          JournalIssue: z.optional(
            z.looseObject({ PubDate: z.optional(z.looseObject({ Year: z.optional(Text), MedlineDate: z.optional(Text) })) }),
          ),
        }),
      ),
      ArticleTitle: z.optional(Text),
      Abstract: z.optional(z.looseObject({ AbstractText: z.optional(z.array(Text)) })),
      ELocationID: z.optional(z.array(Text)),
      PublicationTypeList: z.optional(z.looseObject({ PublicationType: z.optional(z.array(Text)) })),
      AuthorList: z.optional(
        z.looseObject({
          Author: z.optional(
            z.array(z.looseObject({ LastName: z.optional(Text), Initials: z.optional(Text), CollectiveName: z.optional(Text) })),
          ),
        }),
      ),
      DataBankList: z.optional(
        z.looseObject({
          DataBank: z.optional(
            z.array(
              z.looseObject({
                DataBankName: z.optional(Text),
                AccessionNumberList: z.optional(z.looseObject({ AccessionNumber: z.optional(z.array(Text)) })),
              }),
            ),
          ),
        }),
      ),
    }),
    MeshHeadingList: z.optional(z.looseObject({ MeshHeading: z.optional(z.array(z.looseObject({ DescriptorName: Text }))) })),
    CommentsCorrectionsList: z.optional(
      z.looseObject({
        CommentsCorrections: z.optional(
          z.array(z.looseObject({ '@RefType': z.optional(z.string()), RefSource: z.optional(Text), PMID: z.optional(Text) })),
        ),
      }),
    ),
  }),
  PubmedData: z.optional(z.looseObject({ ArticleIdList: z.optional(z.looseObject({ ArticleId: z.optional(z.array(Text)) })) })),
});

type Article = z.infer<typeof ArticleSchema>;
type TextValue = z.infer<typeof Text>;

/** Builds the efetch URL for a batch of validated PMIDs, naming the tool as NCBI asks. */
export function pubmedFetchUrl(pmids: readonly string[], contact: { email?: string; apiKey?: string } = {}): string {
  const params = new URLSearchParams({ db: 'pubmed', id: pmids.join(','), retmode: 'xml', tool: 'evidence-lens' });
  if (contact.email) params.set('email', contact.email);
  if (contact.apiKey) params.set('api_key', contact.apiKey);
  return `${API_ORIGINS.ncbi}/entrez/eutils/efetch.fcgi?${params}`;
}

/** Parses a PubmedArticleSet into records; articles that do not fit the expected shape are skipped. */
export function parsePubmedXml(xml: string, now: Date): SourceRecord[] {
  const data = parser.parse(xml) as { PubmedArticleSet?: { PubmedArticle?: unknown[] } };
  return (data.PubmedArticleSet?.PubmedArticle ?? []).flatMap((raw) => {
    const parsed = ArticleSchema.safeParse(raw);
    return parsed.success ? [toRecord(parsed.data, now)] : [];
  });
}

/** Looks up a batch of PMIDs in PubMed (the fallback for PMIDs Europe PMC does not know). */
export async function lookUpPubmed(
  fetch: FetchLike,
  ids: readonly LookupId[],
  now: Date,
  contact: { email?: string; apiKey?: string } = {},
): Promise<Map<string, AdapterResult>> {
  const results = new Map<string, AdapterResult>();
  const outcome = await fetchText(
    fetch,
    pubmedFetchUrl(
      ids.map((id) => id.value),
      contact,
    ),
    'application/xml',
  );
  let records: SourceRecord[] = [];
  if (outcome.kind === 'ok') {
    try {
      records = parsePubmedXml(outcome.body, now);
    } catch {
      for (const id of ids) results.set(id.key, { state: 'unavailable', reason: 'malformed XML' });
      return results;
    }
  }
  for (const id of ids) {
    if (outcome.kind === 'unavailable') results.set(id.key, { state: 'unavailable', reason: outcome.reason });
    else {
      const record = records.find((r) => r.ids.pmid === id.value);
      results.set(id.key, record ? { state: 'resolved', record } : { state: 'not-found' });
    }
  }
  return results;
}

// The parser leaves numeric character references ("Bugue&#xf1;o") in element text; they are decoded here.
function text(value: TextValue | undefined): string {
  if (value === undefined) return '';
  return decodeEntities(typeof value === 'string' ? value : (value['#text'] ?? ''));
}

type CommentsCorrections = NonNullable<NonNullable<Article['MedlineCitation']['CommentsCorrectionsList']>['CommentsCorrections']>;

function noticesOf(entries: CommentsCorrections, publicationTypes: readonly string[]): Notice[] {
  const notices: Notice[] = entries.flatMap((entry) => {
    const type = entry['@RefType'] && /In$/.test(entry['@RefType']) ? noticeTypeOf(NOTICE_ABOUT_WORK, entry['@RefType']) : undefined;
    if (!type) return [];
    const { doi, date } = readNoticeCitation(text(entry.RefSource));
    return [{ type, date, noticeDoi: doi, noticePmid: text(entry.PMID) || null, source: 'PubMed' }];
  });
  return withPublicationTypeRetraction(notices, publicationTypes, 'PubMed (publication type)');
}

/** What the item is a notice of ("RetractionOf", "ErratumFor", or a notice publication type). */
function noticeOf(entries: CommentsCorrections, publicationTypes: readonly string[]): NoticeOf | null {
  for (const entry of entries) {
    const type = entry['@RefType'] ? noticeTypeOf(NOTICE_OF_WORK, entry['@RefType']) : undefined;
    if (type) {
      const reference = text(entry.RefSource);
      return { type, doi: readNoticeCitation(reference).doi, pmid: text(entry.PMID) || null, reference: reference || null };
    }
  }
  return noticeOfPublicationType(publicationTypes);
}

function toRecord(article: Article, now: Date): SourceRecord {
  const citation = article.MedlineCitation;
  const details = citation.Article;
  const articleIds = article.PubmedData?.ArticleIdList?.ArticleId ?? [];
  const idOfType = (type: string) => {
    const found = articleIds.find((id) => typeof id !== 'string' && id['@IdType'] === type);
    return found ? text(found) : null;
  };
  const doi = idOfType('doi') ?? details.ELocationID?.map(text).find((value) => value.startsWith('10.')) ?? null;
  const publicationTypes = (details.PublicationTypeList?.PublicationType ?? []).map(text);
  const comments = citation.CommentsCorrectionsList?.CommentsCorrections ?? [];
  const year = Number(
    /\d{4}/.exec(text(details.Journal?.JournalIssue?.PubDate?.Year) || text(details.Journal?.JournalIssue?.PubDate?.MedlineDate))?.[0],
  );
  const abstract = (details.Abstract?.AbstractText ?? [])
    .map((part) => {
      const label = typeof part === 'string' ? undefined : (part as Record<string, unknown>)['@Label'];
      const body = toPlainText(text(part));
      return typeof label === 'string' && label ? `${label.charAt(0)}${label.slice(1).toLowerCase()}: ${body}` : body;
    })
    .join(' ');
  const nct = (details.DataBankList?.DataBank ?? [])
    .filter((bank) => text(bank.DataBankName) === 'ClinicalTrials.gov')
    .flatMap((bank) => (bank.AccessionNumberList?.AccessionNumber ?? []).map(text))
    .filter((value) => /^NCT\d{8}$/.test(value));
  const pmcid = idOfType('pmc');
  return {
    ids: { doi: doi?.toLowerCase() ?? null, pmid: text(citation.PMID), pmcid: pmcid ? pmcid.toUpperCase() : null, nct },
    title: toPlainText(text(details.ArticleTitle)) || null,
    authors: (details.AuthorList?.Author ?? [])
      .map((a) => text(a.CollectiveName) || [text(a.LastName), text(a.Initials)].filter(Boolean).join(' '))
      .filter(Boolean),
    journal: text(details.Journal?.Title) || null,
    year: Number.isInteger(year) && year > 0 ? year : null,
    publicationTypes,
    meshTerms: (citation.MeshHeadingList?.MeshHeading ?? []).map((m) => text(m.DescriptorName)),
    abstract: abstract || null,
    isPreprint: publicationTypes.includes('Preprint'),
    citedByCount: null,
    fullTextUrl: pmcid ? `https://pmc.ncbi.nlm.nih.gov/articles/${pmcid.toUpperCase()}/` : null,
    notices: noticesOf(comments, publicationTypes),
    registry: null,
    provenance: [{ api: 'pubmed', fetchedAt: now.toISOString() }],
    noticeOf: noticeOf(comments, publicationTypes),
  };
}
