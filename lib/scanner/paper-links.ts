import { normaliseDoi } from '../shared/identifiers';
import { normaliseSpace } from './reference-list';
import { isInsideAny } from './citation-markers';
import { entryFromIds, noIds, sameWork } from './found-ids';
import { ELEMENTS_PER_STEP } from './steps';
import { isInsideAdvertisement, isInsideSkipped } from './skip';
import type { CitationMarker, FoundIds, ReferenceEntry } from './types';

const PAPER_HOST_HINT = /doi\.org|\/10\.\d{4}|pubmed|ncbi\.nlm|europepmc|clinicaltrials\.gov|arxiv\.org|biorxiv|medrxiv/i;

/** The identifiers a link to a paper or registry record carries in its URL, or null. */
export function idsFromUrl(href: string): FoundIds | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const path = decodeURIComponentSafe(url.pathname);
  const empty = noIds(url.href);
  const host = url.hostname.replace(/^www\./, '');
  const pmid = /^(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov)$/.test(host)
    ? /^\/(?:pubmed\/)?(\d{1,9})\/?$/.exec(path)?.[1]
    : undefined;
  if (pmid) return { ...empty, pmid };
  const pmcid = /(?:ncbi\.nlm\.nih\.gov|europepmc\.org)$/.test(host) ? /\b(PMC\d{3,9})\b/i.exec(path)?.[1] : undefined;
  if (pmcid) return { ...empty, pmcid: pmcid.toUpperCase() };
  const europePmid = host === 'europepmc.org' ? /\/(?:abstract|article)\/MED\/(\d{1,9})/i.exec(path)?.[1] : undefined;
  if (europePmid) return { ...empty, pmid: europePmid };
  const nct = /clinicaltrials\.gov$/.test(host) ? /\b(NCT\d{8})\b/i.exec(path + url.search)?.[1] : undefined;
  if (nct) return { ...empty, nct: [nct.toUpperCase()] };
  const arxiv = host === 'arxiv.org' ? /\/(?:abs|pdf)\/(\d{4}\.\d{4,5})/.exec(path)?.[1] : undefined;
  if (arxiv) return { ...empty, arxiv };
  const doiMatch = /(10\.\d{4,9}\/[^?#\s]+)/.exec(path);
  const doi = doiMatch
    ? normaliseDoi(doiMatch[1]!.replace(/\/(full|abstract|pdf|epdf|html|fulltext)(\/.*)?$/i, '').replace(/\.(pdf|full)$/i, ''))
    : null;
  return doi ? { ...empty, doi } : null;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Entries and markers from links to papers in running text. */
export interface PaperLinks {
  entries: ReferenceEntry[];
  markers: CitationMarker[];
}

/**
 * Links to papers in running text ("a study in <a href=doi.org/…>JAMA</a>") are citations too.
 * Each distinct paper becomes an entry of kind `link` unless the reference list already has it, and
 * each link a marker. Links in navigation, footers, asides and advertisements are not citations.
 * Yields every few links, so a page with thousands of links is read in slices.
 */
export function* paperLinkSteps(document: Document, entries: readonly ReferenceEntry[]): Generator<void, PaperLinks> {
  const added: ReferenceEntry[] = [];
  const markers: CitationMarker[] = [];
  const entryElements = new Set(entries.flatMap((entry) => (entry.element ? [entry.element] : [])));
  let seen = 0;
  for (const anchor of document.querySelectorAll('a[href]')) {
    if (++seen % ELEMENTS_PER_STEP === 0) yield;
    // Most links on a page are not to papers: a cheap look at the address before parsing it.
    if (!PAPER_HOST_HINT.test(anchor.getAttribute('href') ?? '')) continue;
    if (
      isInsideAny(anchor, entryElements) ||
      anchor.closest('nav, footer, aside, header') ||
      isInsideSkipped(anchor) ||
      isInsideAdvertisement(anchor)
    )
      continue;
    const ids = idsFromUrl(anchor.getAttribute('href') ?? '');
    if (!ids) continue;
    const known = [...entries, ...added].find((e) => sameWork(e.ids, ids));
    const entry = known ?? entryFromIds(`link-${added.length + 1}`, 'link', normaliseSpace(anchor.textContent ?? '') || ids.url || '', ids);
    if (!known) added.push(entry);
    markers.push({
      marker: normaliseSpace(anchor.textContent ?? ''),
      style: 'link',
      referenceIds: [entry.id],
      sentence: '',
      element: anchor,
      textEnd: null,
    });
  }
  return { entries: added, markers };
}
