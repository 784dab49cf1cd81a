import { findDois, findPmids, normaliseDoi } from '../shared/identifiers';
import { jsonLdItems, type JsonLdItem } from './json-ld';
import type { FoundIds, PageIdentity } from './types';

const DOI_META = ['citation_doi', 'dc.identifier', 'dc.identifier.doi', 'prism.doi', 'bepress_citation_doi', 'doi'];
const PMID_META = ['citation_pmid'];

/**
 * The page's own identity from its meta tags and JSON-LD: a journal article page names its DOI
 * there, and that DOI is what the page is, not what it cites.
 */
export function findPageIdentity(document: Document, ld: readonly JsonLdItem[] = jsonLdItems(document)): PageIdentity {
  const meta = (names: readonly string[]) =>
    [...document.querySelectorAll('meta[name], meta[property]')]
      .filter((m) => names.includes((m.getAttribute('name') ?? m.getAttribute('property') ?? '').toLowerCase()))
      // Some pages (and pages saved by some tools) put the value in `value` rather than `content`.
      .map((m) => m.getAttribute('content') ?? m.getAttribute('value') ?? '');
  const jsonLd = scholarlyJsonLd(ld);
  const doi = [...meta(DOI_META), jsonLd.doi ?? ''].map((value) => normaliseDoi(value)).find((value) => value !== null) ?? null;
  const pmid =
    meta(PMID_META)
      .find((value) => /^\d{1,9}$/.test(value.trim()))
      ?.trim() ?? null;
  const isScholarlyArticle =
    jsonLd.isScholarly ||
    meta(['citation_title', 'citation_journal_title']).length > 0 ||
    meta(['og:type']).some((v) => v === 'article:scholarly');
  const addresses = [
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
    ...meta(['og:url', 'citation_public_url']),
  ];
  const nct = ownTrial(addresses);
  return {
    title: (document.title ?? '').trim(),
    doi: doi ?? (isScholarlyArticle ? doiOfAddress(addresses) : null),
    pmid: pmid ?? findPmids(meta(['dc.identifier']).join(' '))[0] ?? null,
    isScholarlyArticle,
    ...(nct ? { nct } : {}),
  };
}

/**
 * The DOI in a journal article page's own address ("acpjournals.org/doi/abs/10.7326/M19-3075"),
 * for publishers whose pages name no `citation_doi`.
 */
function doiOfAddress(urls: readonly string[]): string | null {
  for (const url of urls) {
    const doi = findDois(decodeURIComponentSafe(url).replace(/\/(?:full|abs|abstract|pdf|epdf|fulltext)(?=\/10\.)/i, ''))[0];
    if (doi) return doi;
  }
  return null;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A registry record's page names its own trial in its address: that trial is what the page is, not what it cites. */
function ownTrial(urls: readonly string[]): string | null {
  for (const url of urls) {
    const match = /clinicaltrials\.gov\/(?:ct2\/show\/|study\/)(NCT\d{8})/i.exec(url);
    if (match) return match[1]!.toUpperCase();
  }
  return null;
}

/**
 * True when identifiers name the page itself: its DOI (also with a preprint's version suffix,
 * "10.1101/696633v1"), its PMID or its own trial. Such links and identifiers are never cited sources.
 */
export function isOwnWork(ids: FoundIds, page: PageIdentity): boolean {
  if (page.doi && ids.doi?.startsWith(page.doi) && /^(v\d+)?$/.test(ids.doi.slice(page.doi.length))) return true;
  if (page.pmid && ids.pmid === page.pmid) return true;
  return Boolean(page.nct && ids.nct.includes(page.nct));
}

function scholarlyJsonLd(items: readonly JsonLdItem[]): { isScholarly: boolean; doi: string | null } {
  let isScholarly = false;
  let doi: string | null = null;
  for (const item of items) {
    const type = [item['@type']].flat().map(String);
    if (!type.some((t) => /ScholarlyArticle|MedicalScholarlyArticle/.test(t))) continue;
    isScholarly = true;
    const identifier = [item.identifier, item.sameAs, item['@id']]
      .flat()
      .map((v) => (typeof v === 'object' && v ? (v as { value?: unknown }).value : v));
    doi ??= identifier.map((v) => (typeof v === 'string' ? normaliseDoi(v) : null)).find((v) => v !== null) ?? null;
  }
  return { isScholarly, doi };
}
