/**
 * The only hosts the extension talks to. The manifest's host permissions are built from this list
 * and the end-to-end tests assert that no request goes anywhere else.
 */
export const API_ORIGINS = {
  europePmc: 'https://www.ebi.ac.uk',
  crossref: 'https://api.crossref.org',
  clinicalTrials: 'https://clinicaltrials.gov',
  ncbi: 'https://eutils.ncbi.nlm.nih.gov',
  unpaywall: 'https://api.unpaywall.org',
} as const;

/** Match patterns for `host_permissions`, one per API origin. */
export const API_HOST_PATTERNS: readonly string[] = Object.values(API_ORIGINS).map((origin) => `${origin}/*`);
