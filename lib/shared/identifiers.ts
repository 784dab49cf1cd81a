/**
 * Scholarly identifiers: recognising, normalising and keying them. Shared by the scanner (which
 * finds them in pages) and the background (which re-validates every key it receives before it
 * builds a request URL from it).
 */

/** Kinds of identifier the extension resolves. */
export type IdKind = 'doi' | 'pmid' | 'pmcid' | 'nct';

/** A normalised identifier key such as `doi:10.1001/jamaneurol.2022.0901` or `pmid:35532908`. */
export type IdKey = `${IdKind}:${string}`;

/** Strict shapes of normalised identifiers; anything else is refused before a URL is built. */
export const ID_PATTERNS: Record<IdKind, RegExp> = {
  doi: /^10\.\d{4,9}\/[-._;()/:a-z0-9<>[\]]+$/,
  pmid: /^[1-9]\d{0,8}$/,
  pmcid: /^PMC\d{1,9}$/,
  nct: /^NCT\d{8}$/,
};

// Crossref's recommended pattern, widened to stop at whitespace, quotes and angle brackets only.
const DOI_IN_TEXT = /\b10\.\d{4,9}\/[^\s"'<>]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'"\u2019\u201d]+$/;

/** Removes trailing closing brackets that have no opening partner inside the DOI. */
function trimUnbalanced(doi: string): string {
  let result = doi;
  for (const [open, close] of [
    ['(', ')'],
    ['[', ']'],
    ['{', '}'],
  ] as const) {
    while (result.endsWith(close) && count(result, open) < count(result, close)) {
      result = result.slice(0, -1);
    }
  }
  return result;
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n += 1;
  return n;
}

/**
 * Normalises one DOI candidate: decodes percent-encoding, strips resolver prefixes, trims sentence
 * punctuation and unbalanced brackets, lower-cases. Returns null when the result is not a DOI.
 */
export function normaliseDoi(raw: string): string | null {
  let doi = raw.trim();
  try {
    if (/%[0-9a-f]{2}/i.test(doi)) doi = decodeURIComponent(doi);
  } catch {
    return null;
  }
  doi = doi.replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i, '').replace(/^doi:\s*/i, '');
  // Publisher URLs go on after the DOI: "/10.1002/ptr.4639/abstract", "…/full", "?utm_source=…".
  doi = doi
    .replace(/[?#].*=.*$/, '')
    .replace(/\/(?:full|abstract|pdf|epdf|html|fulltext|full-text|summary|references|figures|epub|meta|suppl_file)(?:\/.*)?$/i, '');
  let previous = '';
  while (previous !== doi) {
    previous = doi;
    doi = trimUnbalanced(doi.replace(TRAILING_PUNCTUATION, ''));
  }
  doi = doi.toLowerCase();
  return ID_PATTERNS.doi.test(doi) ? doi : null;
}

/** Every distinct DOI in a piece of text, normalised, in order of appearance. */
export function findDois(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(DOI_IN_TEXT)) {
    const doi = normaliseDoi(match[0] + brokenContinuation(text, match.index + match[0].length, match[0]));
    if (doi) found.add(doi);
  }
  return [...found];
}

/**
 * Reference lists copied from PDFs break DOIs at a dot ("10.1523/jneurosci. 0300-04.2004",
 * "10.2217/fca .14.82"). The piece after the break is joined back when it can only be the rest
 * of the DOI: digits with a dot or dash in them, ending in a digit (a bare number such as a year
 * after a sentence is not).
 */
function brokenContinuation(text: string, end: number, doi: string): string {
  const rest = /^ (\.\d[\d.-]*\d|\d[\d-]*[.-][\d.-]*\d)(?=[\s.,;)]|$)/.exec(text.slice(end, end + 40));
  if (!rest) return '';
  if (doi.endsWith('.') && !rest[1]!.startsWith('.')) return rest[1]!;
  if (!doi.endsWith('.') && rest[1]!.startsWith('.')) return rest[1]!;
  return '';
}

/** PMIDs written as "PMID: 123" or in PubMed links. */
export function findPmids(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(
    /\bPMID:?\s*([1-9]\d{0,8})\b|pubmed\.ncbi\.nlm\.nih\.gov\/([1-9]\d{0,8})\b|ncbi\.nlm\.nih\.gov\/pubmed\/([1-9]\d{0,8})\b/gi,
  )) {
    const pmid = match[1] ?? match[2] ?? match[3];
    if (pmid) found.add(pmid);
  }
  return [...found];
}

/** PMC ids ("PMC9086935"), normalised to upper case. */
export function findPmcids(text: string): string[] {
  return unique([...text.matchAll(/\bPMC\s?(\d{4,9})\b/gi)].map((m) => `PMC${m[1]}`));
}

/** ClinicalTrials.gov registry numbers, normalised to upper case. */
export function findNctIds(text: string): string[] {
  return unique([...text.matchAll(/\bNCT\s?(\d{8})\b/gi)].map((m) => `NCT${m[1]}`));
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Builds the key of a normalised identifier. */
export function idKey(kind: IdKind, value: string): IdKey {
  return `${kind}:${value}`;
}

/**
 * Parses and re-validates a key received from another context. Returns null for anything that
 * is not exactly a normalised identifier, so no untrusted string reaches a URL.
 */
export function parseIdKey(key: string): { kind: IdKind; value: string } | null {
  const separator = key.indexOf(':');
  if (separator < 0) return null;
  const kind = key.slice(0, separator);
  const value = key.slice(separator + 1);
  if (!isIdKind(kind)) return null;
  return ID_PATTERNS[kind].test(value) ? { kind, value } : null;
}

function isIdKind(kind: string): kind is IdKind {
  return Object.hasOwn(ID_PATTERNS, kind);
}

/** Trial registry ids other than ClinicalTrials.gov, as written (ISRCTN, EudraCT, jRCT, UMIN, JPRN, ChiCTR, ACTRN, DRKS, CTRI). */
export function findRegistryIds(text: string): string[] {
  const pattern =
    /\b(ISRCTN\s?\d{8}|EudraCT\s?(?:No\.?\s?|number\s?)?\d{4}-\d{6}-\d{2}|\d{4}-\d{6}-\d{2}(?=\D)|jRCTs?\d{9,10}|UMIN\d{9}|JPRN-[A-Za-z]+\d+|ChiCTR-?[A-Z]{0,4}-?\d{8,}|ACTRN\d{14}|DRKS\d{8}|CTRI\/\d{4}\/\d{2,3}\/\d{6})\b/g;
  return unique([...text.matchAll(pattern)].map((m) => m[1]!.replace(/\s+/g, ' ')));
}

/** arXiv ids in new-style form, from "arXiv:2101.00001" or arxiv.org links. */
export function findArxivIds(text: string): string[] {
  return unique([...text.matchAll(/\barxiv(?:\.org\/(?:abs|pdf)\/|:\s?)(\d{4}\.\d{4,5})(?:v\d+)?/gi)].map((m) => m[1]!));
}
