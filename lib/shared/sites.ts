// Sites as the reader's list of switched-off sites keeps them: apart from the settings schema, and
// free of zod, because the first script, which runs on every page, reads them.

/** A host name as the browser writes it ("example.org", "news.example.co.uk", "localhost"). */
export const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * The site a host name belongs to, as the reader's list keeps it: lower case, without a trailing
 * dot or a leading "www.". Returns null for anything that is not a host name (a browser page, a file).
 */
export function siteOf(hostname: string): string | null {
  const host = hostname
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  return HOSTNAME.test(host) ? host : null;
}

/**
 * Whether Evidence Lens may read pages of this host. A switched-off site covers its subdomains
 * ("example.org" also switches off "news.example.org"), never a different site that merely ends
 * in the same letters ("badexample.org").
 */
export function isSiteEnabled(settings: { disabledSites: readonly string[] }, hostname: string): boolean {
  const site = siteOf(hostname);
  if (site === null) return true;
  return !settings.disabledSites.some((off) => site === off || site.endsWith(`.${off}`));
}
