import { findDois, findNctIds, findPmcids, findPmids } from '../shared/identifiers';
import type { FoundIds } from './types';

/** Identifiers in an entry's text and in the links it contains. */
export function entryIds(text: string, hrefs: readonly string[]): FoundIds {
  const haystack = [text, ...hrefs].join(' ');
  const link = hrefs.find((href) => /^https?:/i.test(href)) ?? null;
  return {
    doi: findDois(haystack)[0] ?? null,
    pmid: findPmids(haystack)[0] ?? null,
    pmcid: findPmcids(haystack)[0] ?? null,
    nct: findNctIds(haystack),
    url: link,
  };
}

/** The first author's surname, as written at the start of a reference ("Oki R, …" → "Oki"). */
export function firstAuthorOf(text: string): string | null {
  const match = /^\s*(?:\d+[.)]\s*)?([\p{Lu}][\p{L}'’-]+(?:\s(?:van|von|de|der|da|di|le|la)\s[\p{L}'’-]+)?)\b/u.exec(text);
  return match?.[1] ?? null;
}

/** The publication year of a reference: the first plausible four-digit year. */
export function yearOf(text: string): number | null {
  const match = /\b(19[5-9]\d|20[0-4]\d)\b/.exec(text);
  return match ? Number(match[1]) : null;
}

/** True for entries such as "Oki et al. 2022" or "Smith and Jones (2019)" that stand for another entry. */
export function isShortForm(text: string): boolean {
  return (
    text.length < 60 &&
    /^\s*[\p{Lu}][\p{L}'’-]+(?:\s+et al\.?|\s+(?:and|&)\s+[\p{Lu}][\p{L}'’-]+)?,?\s*\(?(19|20)\d\d[a-z]?\)?\.?\s*$/u.test(text)
  );
}
