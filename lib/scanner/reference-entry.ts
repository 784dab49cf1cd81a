import { findArxivIds, findDois, findNctIds, findPmcids, findPmids, findRegistryIds } from '../shared/identifiers';
import { workAddress } from './archive-copies';
import type { FoundIds } from './types';

/** Identifiers in an entry's text and in the links it contains. */
export function entryIds(text: string, hrefs: readonly string[]): FoundIds {
  const haystack = [text, ...hrefs].join(' ');
  return {
    doi: findDois(haystack)[0] ?? null,
    pmid: findPmids(haystack)[0] ?? null,
    pmcid: findPmcids(haystack)[0] ?? null,
    nct: findNctIds(haystack),
    registry: findRegistryIds(haystack),
    arxiv: findArxivIds(haystack)[0] ?? null,
    url: workAddress(hrefs),
  };
}

/** The parts of a reference string. Missing parts are null, never guessed. */
export interface ReferenceFields {
  authors: string[];
  year: number | null;
  title: string | null;
  journal: string | null;
  volume: string | null;
  pages: string | null;
}

const YEAR = /\b(1[89]\d\d|20[0-4]\d)[a-z]?\b/;
const SURNAME = String.raw`[\p{Lu}][\p{L}'’-]+(?:[ -](?:van|von|de|der|den|da|di|du|le|la|del|dos|[\p{Lu}][\p{L}'’-]+))*`;
const VANCOUVER_AUTHOR = new RegExp(String.raw`^(${SURNAME})\s+[\p{Lu}]{1,4}$`, 'u');
const APA_AUTHOR = new RegExp(String.raw`(${SURNAME}),\s*((?:[\p{Lu}]\.\s*-?\s*){1,4})`, 'gu');
const PAGE_RANGE = String.raw`(?<pages>e?\d+(?:\s*[-–]\s*e?\d+)?)`;
/** Volume and pages as Vancouver/AMA ("2018;17(5):416-422"), APA (", 12(3), 45–67") and Wikipedia ("384 (11): 989–1002") write them. */
const VOLUME_PAGES: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:1[89]|20)\d\d[a-z]?\)?[;,.]?\s*(?:[A-Z][a-z]{2}\s*(?:\d{1,2}\s*)?[;,.]?\s*)?(?<volume>\d{1,4})\s*(?:\([\w/–-]+\))?\s*[:,]\s*${PAGE_RANGE}`,
  ),
  new RegExp(String.raw`,\s*(?<volume>\d{1,4})\s*(?:\([\w/–-]+\))?\s*,\s*(?:pp?\.\s*)?${PAGE_RANGE}`),
  new RegExp(String.raw`\b(?<volume>\d{1,4})\s*\([\w/–-]+\)\s*:\s*${PAGE_RANGE}`),
  new RegExp(String.raw`\.\s+(?!(?:1[89]|20)\d\d\b)(?<volume>\d{1,4})\s*:\s*${PAGE_RANGE}\b`),
];
/** "Fang T, Al Khleifat A, Meurgey JH, et al." at the start of a Vancouver or AMA reference. */
const VANCOUVER_LIST = new RegExp(
  String.raw`^((?:${SURNAME}\s+[\p{Lu}]{1,4}(?:,\s*|\s+and\s+|\s*&\s*|(?=[.(\s]|$)))+(?:et al\.?)?)\s*(?:\.\s+|(?=\())`,
  'u',
);

/** Splits a reference into authors, year, title, journal, volume and pages (Vancouver, AMA, APA, Harvard). */
export function parseReferenceFields(raw: string): ReferenceFields {
  const text = raw
    .replace(/^\s*\[?\d{1,3}[.)\]]\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const yearMatch = YEAR.exec(text);
  const year = yearMatch ? Number(yearMatch[1]) : null;
  const volumePages = VOLUME_PAGES.map((pattern) => pattern.exec(text)?.groups).find((groups) => groups !== undefined);
  const volume = volumePages?.volume ?? null;
  const pages = volumePages?.pages?.replace(/\s+/g, '') ?? null;
  const apaYear = /\s\(((?:1[89]|20)\d\d)[a-z]?(?:, [^)]*)?\)\.?\s/.exec(text);
  if (apaYear && apaYear.index < text.length / 2) {
    const before = text.slice(0, apaYear.index);
    const apa = [...before.matchAll(APA_AUTHOR)].map((m) => m[1]!.trim());
    const authors = apa.length > 0 ? apa : vancouverNames(VANCOUVER_LIST.exec(`${before}.  `)?.[1] ?? '');
    const rest = text.slice(apaYear.index + apaYear[0].length);
    const [quotedTitle, afterTitle] = splitAtSentence(rest);
    const title = quotedTitle ? unquote(quotedTitle) : null;
    const after = afterTitle;
    const journal = after ? (/^([^,.(]+?)(?:,|\.|\s\d)/.exec(after)?.[1]?.trim() ?? null) : null;
    return { authors, year, title, journal: journal && !/^\d/.test(journal) ? journal : null, volume, pages };
  }
  const vancouver = VANCOUVER_LIST.exec(text);
  if (vancouver) {
    const rest = text.slice(vancouver[0].length).split(/(?<!\bvs|\bNo|\bVol)\.\s+(?=[\p{Lu}\d“"‘(])/u);
    // Wikipedia's style puts the date after the authors: "Wilding JP, et al. (March 2021). "Title". Journal."
    if (rest[0] && /^\(?(?:[A-Z][a-z]+\.? )?(?:\d{1,2} )?(1[89]|20)\d\d[a-z]?\)?$/.test(rest[0].trim())) rest.shift();
    const title = rest[0] && !YEAR.test(rest[0].slice(0, 5)) ? unquote(stripEnd(rest[0])) : null;
    const journal = rest[1] ? stripEnd(rest[1].split(/[;,]?\s*(?:1[89]|20)\d\d\b|\s+\d{1,4}\s*\(/)[0] ?? '') || null : null;
    return { authors: vancouverNames(vancouver[1]!), year, title, journal, volume, pages };
  }
  const { authors: apaAuthors, end } = leadingApaAuthors(text);
  if (apaAuthors.length > 0) {
    const afterAuthors = text.slice(end).replace(/^[.,]?\s*\(?(1[89]|20)\d\d[a-z]?\)?[.,]?\s*/, '');
    const [title, after] = splitAtSentence(afterAuthors);
    const journal = after ? (/^([^,.(\d]+?)(?:,|\.|\s\d)/.exec(after)?.[1]?.trim() ?? null) : null;
    return { authors: apaAuthors, year, title, journal, volume, pages };
  }
  return { authors: [], year, title: null, journal: null, volume, pages };
}

/** "Smith, J. A., Jones, K. & Lee, M." at the start of a reference: the surnames and where the list ends. */
function leadingApaAuthors(text: string): { authors: string[]; end: number } {
  const authors: string[] = [];
  let end = 0;
  for (const match of text.matchAll(APA_AUTHOR)) {
    const gap = text.slice(end, match.index);
    if (authors.length > 0 ? !/^[\s,;]*(?:and|&)?[\s,;]*$/.test(gap) : gap.trim() !== '') break;
    authors.push(match[1]!.trim());
    end = match.index + match[0].length;
  }
  return { authors, end };
}

function splitAtSentence(text: string): [string | null, string | null] {
  const match = /[.?!](?:["”’])?\s+(?=[\p{Lu}\d])/u.exec(text);
  if (!match) return [stripEnd(text) || null, null];
  return [stripEnd(text.slice(0, match.index + 1)) || null, text.slice(match.index + match[0].length)];
}

function vancouverNames(list: string): string[] {
  return list
    .split(/,\s*|\s+and\s+|\s*&\s*/)
    .map((name) => name.trim().replace(/\.$/, ''))
    .filter((name) => name && !/^et al$/i.test(name))
    .map((name) => VANCOUVER_AUTHOR.exec(name)?.[1] ?? name);
}

function unquote(text: string): string {
  return text.replace(/^["“'‘]\s*|\s*["”'’]$/g, '');
}

function stripEnd(text: string): string {
  return text
    .trim()
    .replace(/[.,;:]+$/, '')
    .trim();
}

/** The first author's surname, as written at the start of a reference ("Oki R, …" → "Oki"). */
export function firstAuthorOf(text: string): string | null {
  const match = new RegExp(String.raw`^\s*(?:\[?\d+[.)\]]\s*)?(${SURNAME})\b`, 'u').exec(text);
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
    /^\s*(?:\[?\d{1,3}[.)\]]\s*)?[\p{Lu}][\p{L}'’-]+(?:\s+et al\.?|\s+(?:and|&)\s+[\p{Lu}][\p{L}'’-]+)?,?\s*\(?(19|20)\d\d[a-z]?\)?\.?\s*$/u.test(
      text,
    )
  );
}
