import * as z from 'zod/mini';
import { HOSTNAME, isSiteEnabled, siteOf } from './sites';

export { isSiteEnabled, siteOf };

/** Bumped whenever the shape or meaning of stored settings changes; older settings are migrated. */
export const SETTINGS_VERSION = 2;

/** When Evidence Lens reads a page: on every page, or only when the reader clicks its toolbar button. */
export const ACTIVATION_MODES = ['automatic', 'on-click'] as const;

/** Most sites a reader can switch off; far more than anyone types, small enough for `storage.sync`. */
export const MAX_DISABLED_SITES = 500;

/** What the reader can set on the options page and, for sites, in the popup. */
export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** Sent to Crossref (`mailto`), NCBI (`email`) and Unpaywall, which ask for a contact; never elsewhere. */
  contactEmail: z.nullable(z.string().check(z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/), z.maxLength(200))),
  /** The reader's own NCBI API key, as NCBI asks third-party tools to use. */
  ncbiApiKey: z.nullable(z.string().check(z.regex(/^[A-Za-z0-9]{20,64}$/))),
  /**
   * Reference-text matching: whether a reference without any identifier may be sent to Crossref as
   * text to find its DOI. Off unless the reader turns it on, because it sends words of the page.
   */
  allowReferenceText: z.boolean(),
  /** Whether the open full text of a cited study may be fetched (by its PMC id) to check figures in it. */
  fullTextReading: z.boolean(),
  /** Read every page, or only the page whose toolbar button the reader clicks. */
  activation: z.enum(ACTIVATION_MODES),
  /** Sites the reader switched off, as normalised host names (see `siteOf`). */
  disabledSites: z.array(z.string().check(z.regex(HOSTNAME))).check(z.maxLength(MAX_DISABLED_SITES)),
});

/** The reader's settings. */
export type Settings = z.infer<typeof SettingsSchema>;

/** Settings before the reader changes anything: no contact, no key, no page text sent, every site on. */
export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  contactEmail: null,
  ncbiApiKey: null,
  allowReferenceText: false,
  fullTextReading: true,
  activation: 'automatic',
  disabledSites: [],
};

/**
 * Reads stored settings of any version; anything invalid falls back to the default for that field.
 * Version 1 (no `version` field) had reference-text matching ticked by default, so a ticked box
 * there is no choice the reader made: it is read as off.
 */
export function parseSettings(raw: unknown): Settings {
  const stored = raw && typeof raw === 'object' ? { ...(raw as Record<string, unknown>) } : {};
  if (stored.version === undefined) delete stored.allowReferenceText;
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>) {
    if (key === 'version') continue;
    const candidate = { ...settings, [key]: stored[key] };
    if (SettingsSchema.safeParse(candidate).success) Object.assign(settings, { [key]: stored[key] });
  }
  return settings;
}

/** The settings with a site switched on or off; the list stays sorted and free of duplicates. */
export function withSite(settings: Settings, hostname: string, enabled: boolean): Settings {
  const site = siteOf(hostname);
  if (site === null) return settings;
  const others = settings.disabledSites.filter((off) => off !== site && !(enabled && site.endsWith(`.${off}`)));
  const disabledSites = enabled ? others : [...others, site].sort();
  return { ...settings, disabledSites: disabledSites.slice(0, MAX_DISABLED_SITES) };
}

export { SETTINGS_KEY } from './settings-key';
