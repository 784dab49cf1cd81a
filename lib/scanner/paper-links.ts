import { normaliseDoi } from '../shared/identifiers';
import { normaliseSpace } from './reference-list';
import { isInsideAny } from './citation-markers';
import { entryFromIds, noIds, sameWork } from './found-ids';
import { ELEMENTS_PER_STEP } from './steps';
import { isInsideAdvertisement, isInsideSkipped } from './skip';
import { isOwnWork } from './page-identity';
import { isInPageLink } from './in-page-link';
import { unwrapLink } from './link-wrappers';
import { PUBLISHER_HOST_HINT, publisherArticle } from './publisher-links';
import { isResearchLink, mightBeResearchLink } from './research-links';
import { canMerge, isIdGap, mergeInto } from './merge-ids';
import type { CitationMarker, FoundIds, PageIdentity, ReferenceEntry } from './types';

const PAPER_HOST_HINT =
  /doi\.org|\/10\.\d{4}|=10\.\d{4}|pubmed|ncbi\.nlm|europepmc|clinicaltrials\.gov|arxiv\.org|biorxiv|medrxiv|nature\.com\/(?:articles|[a-z]+\/journal)\//i;
/** A link whose whole text is a citation number ("(<a>3</a>)", "[<a>2, 4</a>]"). */
const NUMBER_TEXT = /^\[?\s*\d{1,3}(?:\s*[-–,]\s*\d{1,3})*\s*\]?$/;

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
  // Nature's article pages are named by the DOI's suffix: nature.com/articles/s41586-020-2012-7 is 10.1038/s41586-020-2012-7.
  const nature = /^nature\.com$/.test(host) ? /^\/articles\/([a-z]+\d[\w.-]+)$/i.exec(path)?.[1] : undefined;
  if (nature) return { ...empty, doi: `10.1038/${nature.toLowerCase()}` };
  // Nature's older article addresses end in the same suffix: nature.com/nclimate/journal/vaop/ncurrent/full/nclimate2741.html.
  const natureLegacy = /^nature\.com$/.test(host)
    ? /^\/[a-z]+\/journal\/[\w/]+\/(?:full|abs|pdf)\/([a-z]+\d[\w.-]*?)\.(?:html|pdf)$/i.exec(path)?.[1]
    : undefined;
  if (natureLegacy) return { ...empty, doi: `10.1038/${natureLegacy.toLowerCase()}` };
  const doiMatch =
    /(10\.\d{4,9}\/[^?#\s]+)/.exec(path) ?? /(?:^|[?&])(?:id|doi)=(10\.\d{4,9}\/[^&#\s]+)/i.exec(decodeURIComponentSafe(url.search));
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

/** True when only separators stand between two links ("<a>DOI</a>; <a>PMID</a>"). */
function isBeside(first: Element, second: Element): boolean {
  const between = second.previousSibling;
  if (between === first) return true;
  return between?.nodeType === 3 && between.previousSibling === first && isIdGap(between.textContent ?? '');
}

/** Entries and markers from links to papers in running text. */
export interface PaperLinks {
  entries: ReferenceEntry[];
  markers: CitationMarker[];
}

/**
 * The paper a link in running text cites: its identifiers from the address; or, for a publisher's
 * article page without a DOI in its address, any page linked by a citation number ("(<a>3</a>)"),
 * or a link whose text names a study or report, the link itself with the publisher's name.
 */
function linkedWork(anchor: Element, href: string): { ids: FoundIds; publisher: string | null } | null {
  const ids = PAPER_HOST_HINT.test(href) ? idsFromUrl(href) : null;
  if (ids) return { ids, publisher: null };
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol)) return null;
  const publisher = PUBLISHER_HOST_HINT.test(href) ? publisherArticle(url) : null;
  if (publisher) return { ids: noIds(url.href), publisher };
  const cited = isNumberMarker(anchor) || isResearchLink(anchor.textContent ?? '', url, proseOf(anchor));
  return cited ? { ids: noIds(url.href), publisher: url.hostname.replace(/^www\./, '') } : null;
}

/** The text of the paragraph a link sits in, when it is one (a list item or table cell is not prose). */
function proseOf(anchor: Element): string {
  return anchor.closest('p, blockquote, dd')?.textContent ?? '';
}

/** A link whose text is a citation number, set off as one: in a superscript, brackets or parentheses. */
function isNumberMarker(anchor: Element): boolean {
  const text = normaliseSpace(anchor.textContent ?? '');
  if (!NUMBER_TEXT.test(text)) return false;
  if (anchor.closest('sup') || /^\[.*\]$/.test(text)) return true;
  const before = anchor.previousSibling?.nodeType === 3 ? (anchor.previousSibling.textContent ?? '') : '';
  const after = anchor.nextSibling?.nodeType === 3 ? (anchor.nextSibling.textContent ?? '') : '';
  return /[([,]\s*$/.test(before) && /^\s*[)\],]/.test(after);
}

/**
 * Links to papers in running text ("a study in <a href=doi.org/…>JAMA</a>") are citations too, and
 * so are publishers' article pages and any page linked by a citation number. Each distinct work
 * becomes an entry of kind `link` unless the reference list already has it, and each link a marker.
 * Links in navigation, footers, asides and advertisements are not citations, and links to the page
 * itself are not either. Yields every few links, so a page with thousands of links is read in slices.
 */
export function* paperLinkSteps(document: Document, entries: readonly ReferenceEntry[], page: PageIdentity): Generator<void, PaperLinks> {
  const added: ReferenceEntry[] = [];
  const markers: CitationMarker[] = [];
  const entryElements = new Set(entries.flatMap((entry) => (entry.element ? [entry.element] : [])));
  let seen = 0;
  let previous: { anchor: Element; entry: ReferenceEntry } | null = null;
  for (const anchor of document.querySelectorAll('a[href]')) {
    if (++seen % ELEMENTS_PER_STEP === 0) yield;
    const href = unwrapLink(anchor.getAttribute('href') ?? '');
    // Most links on a page are not to papers: a cheap look at the address and text before parsing it.
    const label = anchor.textContent ?? '';
    if (!PAPER_HOST_HINT.test(href) && !PUBLISHER_HOST_HINT.test(href) && !NUMBER_TEXT.test(label) && !mightBeResearchLink(label, href))
      continue;
    if (
      isInPageLink(anchor) ||
      isInsideAny(anchor, entryElements) ||
      anchor.closest('nav, footer, aside, header') ||
      isInsideSkipped(anchor) ||
      isInsideAdvertisement(anchor)
    )
      continue;
    const work = linkedWork(anchor, href);
    if (!work || isOwnWork(work.ids, page)) continue;
    const { ids, publisher } = work;
    const byLink = publisher !== null;
    let known = [...entries, ...added].find((e) => (byLink ? e.ids.url === ids.url : sameWork(e.ids, ids)));
    // "<a>doi:10.1/x</a>, <a>PubMed</a>": links side by side to one work's DOI and PMID are one source.
    const beside: ReferenceEntry | null =
      !known && !byLink && previous && previous.entry.kind === 'link' && isBeside(previous.anchor, anchor) ? previous.entry : null;
    if (beside && canMerge(beside.ids, ids)) {
      mergeInto(beside.ids, ids);
      known = beside;
    }
    const text = normaliseSpace(anchor.textContent ?? '');
    const entry: ReferenceEntry =
      known ?? entryFromIds(`link-${added.length + 1}`, 'link', (byLink && NUMBER_TEXT.test(text) ? '' : text) || ids.url || '', ids);
    if (publisher) entry.publisher ??= publisher;
    if (!known) added.push(entry);
    previous = { anchor, entry };
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
