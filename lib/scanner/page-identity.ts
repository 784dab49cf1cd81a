import { findPmids, normaliseDoi } from '../shared/identifiers';
import { jsonLdItems, type JsonLdItem } from './json-ld';
import type { PageIdentity } from './types';

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
      .map((m) => m.getAttribute('content') ?? '');
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
  return {
    title: (document.title ?? '').trim(),
    doi,
    pmid: pmid ?? findPmids(meta(['dc.identifier']).join(' '))[0] ?? null,
    isScholarlyArticle,
  };
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
