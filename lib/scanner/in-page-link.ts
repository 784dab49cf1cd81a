/**
 * Fewest links to one address whose fragments name elements of this page before that address is
 * taken as the page's own: a saved or rewritten page writes its in-page links with its full
 * address ("https://en.wikipedia.org/wiki/Topic#cite_note-2"), and a few links to another page
 * whose fragments happen to match an id here are not enough.
 */
export const MIN_OWN_ADDRESS_LINKS = 3;

const ownAddressesOf = new WeakMap<Document, ReadonlySet<string>>();

/** An address as compared: without scheme, "www.", fragment or trailing slash, in lower case. */
export function comparableAddress(address: string): string {
  return address
    .trim()
    .replace(/#.*$/, '')
    .replace(/^(?:https?:)?\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

/**
 * The page's own addresses: the document's address, its canonical and `og:url` addresses, and any
 * address that several of its links use with fragments naming elements of this page. Read once
 * per document.
 */
export function ownAddresses(document: Document): ReadonlySet<string> {
  const known = ownAddressesOf.get(document);
  if (known) return known;
  const addresses = new Set<string>();
  const declared = [
    document.URL,
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
    document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? '',
  ];
  for (const address of declared) if (/^https?:\/\//i.test(address)) addresses.add(comparableAddress(address));
  const counts = new Map<string, number>();
  for (const anchor of document.querySelectorAll('a[href*="#"]')) {
    const href = anchor.getAttribute('href') ?? '';
    const hash = href.indexOf('#');
    if (hash <= 0 || !/^(?:https?:)?\/\//i.test(href)) continue;
    const fragment = decodeFragment(href.slice(hash + 1));
    if (fragment === '' || !document.getElementById(fragment)) continue;
    const address = comparableAddress(href.slice(0, hash));
    counts.set(address, (counts.get(address) ?? 0) + 1);
  }
  for (const [address, count] of counts) if (count >= MIN_OWN_ADDRESS_LINKS) addresses.add(address);
  ownAddressesOf.set(document, addresses);
  return addresses;
}

/**
 * The id a link points to on this page, or null for a link elsewhere: "#fn1", or the page's own
 * address followed by "#fn1".
 */
export function inPageFragment(anchor: Element): string | null {
  const href = anchor.getAttribute('href') ?? '';
  const hash = href.indexOf('#');
  if (hash < 0) return null;
  const fragment = decodeFragment(href.slice(hash + 1));
  if (fragment === '') return null;
  if (hash === 0) return fragment;
  const document = anchor.ownerDocument;
  return document && ownAddresses(document).has(comparableAddress(href.slice(0, hash))) ? fragment : null;
}

/** True for a link to a place on this page (a footnote, a section), however its address is written. */
export function isInPageLink(anchor: Element): boolean {
  return inPageFragment(anchor) !== null;
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * True for a link to another page of the page's own site ("/wiki/ISBN_(identifier)" written in
 * full by a saved page): in a reference, such a link explains a term or names the publisher, and
 * the work's address is the link off the site when there is one.
 */
export function isOwnSiteLink(anchor: Element): boolean {
  const href = anchor.getAttribute('href') ?? '';
  if (!/^https?:\/\//i.test(href) || !anchor.ownerDocument) return false;
  const host = comparableAddress(href).split('/')[0];
  return [...ownAddresses(anchor.ownerDocument)].some((address) => address.split('/')[0] === host);
}
