import * as z from 'zod/mini';

/** What the reader can set on the options page. */
export const SettingsSchema = z.object({
  /** Sent to Crossref (`mailto`), NCBI (`email`) and Unpaywall, which ask for a contact; never elsewhere. */
  contactEmail: z.nullable(z.string().check(z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/), z.maxLength(200))),
  /** The reader's own NCBI API key, as NCBI asks third-party tools to use. */
  ncbiApiKey: z.nullable(z.string().check(z.regex(/^[A-Za-z0-9]{20,64}$/))),
  /** Whether a reference without any identifier may be sent to Crossref as text to find its DOI. */
  allowReferenceText: z.boolean(),
});

/** The reader's settings. */
export type Settings = z.infer<typeof SettingsSchema>;

/** Settings before the reader changes anything: no contact, no key, reference text allowed. */
export const DEFAULT_SETTINGS: Settings = { contactEmail: null, ncbiApiKey: null, allowReferenceText: true };

/** Reads stored settings; anything invalid falls back to the default for that field. */
export function parseSettings(raw: unknown): Settings {
  const stored = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const settings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>) {
    const candidate = { ...settings, [key]: stored[key] };
    if (SettingsSchema.safeParse(candidate).success) Object.assign(settings, { [key]: stored[key] });
  }
  return settings;
}

/** The storage key settings live under. */
export const SETTINGS_KEY = 'settings';
