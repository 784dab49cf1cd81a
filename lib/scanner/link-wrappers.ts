/**
 * Redirecting services that wrap a link's real address in a query parameter: affiliate networks
 * (Skimlinks' "go.redirectingat.com?url=…", Rakuten's "click.linksynergy.com?murl=…"), search and
 * social redirects, mail safe-links. A paper linked through one is still that paper (a news page's
 * "winter wheat" link to Springer went through Skimlinks).
 */
export const LINK_WRAPPERS: ReadonlyArray<{ host: RegExp; param: string }> = [
  { host: /^go\.redirectingat\.com$/i, param: 'url' },
  { host: /^click\.linksynergy\.com$/i, param: 'murl' },
  { host: /^(?:www\.)?google\.[a-z.]+$/i, param: 'q' },
  { host: /^l\.facebook\.com$/i, param: 'u' },
  { host: /\.safelinks\.protection\.outlook\.com$/i, param: 'url' },
];

/** Cheap look at an address before it is parsed: might a wrapper above hold it? */
const WRAPPER_HINT = /redirectingat\.com|linksynergy\.com|google\.[a-z.]+\/url|facebook\.com\/l\.php|safelinks\.protection/i;

/** The address a wrapped link leads to, or the link itself when no known wrapper holds it. */
export function unwrapLink(href: string): string {
  if (!WRAPPER_HINT.test(href)) return href;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  const wrapper = LINK_WRAPPERS.find(({ host }) => host.test(url.hostname));
  const inner = wrapper ? url.searchParams.get(wrapper.param) : null;
  return inner && /^https?:\/\//i.test(inner) ? inner : href;
}
