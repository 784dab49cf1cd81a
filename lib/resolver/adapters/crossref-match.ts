import * as z from 'zod/mini';
import { API_ORIGINS } from '../../shared/api-hosts';
import { normaliseDoi } from '../../shared/identifiers';
import { fetchJson, type FetchLike } from '../fetch-json';
import { toPlainText } from '../plain-text';

/** Longest reference text sent; a reference is rarely longer, and nothing else of the page goes. */
export const MAX_REFERENCE_TEXT = 600;

const CandidateSchema = z.object({
  DOI: z.string(),
  score: z.optional(z.number()),
  title: z.optional(z.array(z.string())),
  author: z.optional(z.array(z.object({ family: z.optional(z.string()), name: z.optional(z.string()) }))),
  issued: z.optional(z.object({ 'date-parts': z.array(z.array(z.nullable(z.number()))) })),
});

/** A Crossref `/works?query.bibliographic=` answer. */
export const MatchResponseSchema = z.object({ status: z.literal('ok'), message: z.object({ items: z.array(CandidateSchema) }) });

type Candidate = z.infer<typeof CandidateSchema>;

/** How a reference text was matched, or why it was not. */
export type MatchResult =
  { state: 'matched'; doi: string; evidence: string } | { state: 'not-found'; reason: string } | { state: 'unavailable'; reason: string };

/** Builds the search URL; the reference text is the only thing of the page it carries. */
export function crossrefMatchUrl(reference: string, email?: string): string {
  const params = new URLSearchParams({ 'query.bibliographic': reference.slice(0, MAX_REFERENCE_TEXT), rows: '2' });
  if (email) params.set('mailto', email);
  return `${API_ORIGINS.crossref}/works?${params}`;
}

/**
 * Finds the DOI of a reference written without one. Crossref's best hit is accepted only when its
 * title's words are in the reference, its first author's surname and its year appear there too,
 * and it clearly beats the runner-up; otherwise the reference stays unresolved, with the reason.
 */
export async function matchReference(fetch: FetchLike, reference: string, email?: string): Promise<MatchResult> {
  const outcome = await fetchJson(fetch, crossrefMatchUrl(reference, email));
  if (outcome.kind === 'unavailable') return { state: 'unavailable', reason: outcome.reason };
  if (outcome.kind === 'not-found') return { state: 'not-found', reason: 'Crossref found nothing' };
  const parsed = MatchResponseSchema.safeParse(outcome.body);
  if (!parsed.success) return { state: 'unavailable', reason: 'unexpected response' };
  const [best, second] = parsed.data.message.items;
  if (!best) return { state: 'not-found', reason: 'Crossref found nothing' };
  return validate(reference, best, second);
}

function words(text: string): string[] {
  return toPlainText(text)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 2);
}

function validate(reference: string, best: Candidate, second: Candidate | undefined): MatchResult {
  const doi = normaliseDoi(best.DOI);
  if (!doi) return { state: 'not-found', reason: 'the best hit has no valid DOI' };
  const referenceWords = new Set(words(reference));
  const titleWords = words(best.title?.[0] ?? '');
  const titleShare = titleWords.length === 0 ? 0 : titleWords.filter((word) => referenceWords.has(word)).length / titleWords.length;
  if (titleShare < 0.8)
    return { state: 'not-found', reason: `the best hit's title does not match (${Math.round(titleShare * 100)}% of its words)` };
  const surname = best.author?.[0]?.family ?? best.author?.[0]?.name;
  if (surname && !words(surname).every((word) => referenceWords.has(word)))
    return { state: 'not-found', reason: 'the best hit has another first author' };
  const year = best.issued?.['date-parts'][0]?.[0];
  if (year && ![year - 1, year, year + 1].some((y) => reference.includes(String(y))))
    return { state: 'not-found', reason: 'the best hit has another year' };
  if (second?.score !== undefined && best.score !== undefined && best.score < second.score * 1.1) {
    return { state: 'not-found', reason: 'two hits are about as likely' };
  }
  return { state: 'matched', doi, evidence: `Crossref search: title, first author${year ? ' and year' : ''} agree` };
}
