import { isSiteEnabled } from '../shared/sites';

/** Whether the first script may read this page: by itself, only when the reader asks, or not at all. */
export type PageGate = 'automatic' | 'on-click' | 'off';

/**
 * Reads the reader's choice for this page from the stored settings (the popup and options page
 * write them, validated): a switched-off site is `off`; "only when the toolbar button is clicked"
 * is `on-click`. Read without the settings schema, so the first script stays small; anything
 * unreadable falls back to `automatic`, the default, never to reading a switched-off site.
 */
export async function pageGate(read: () => Promise<unknown>, hostname: string): Promise<PageGate> {
  let stored: unknown;
  try {
    stored = await read();
  } catch {
    return 'automatic';
  }
  const settings = (stored ?? {}) as { disabledSites?: unknown; activation?: unknown };
  const disabledSites = Array.isArray(settings.disabledSites) ? settings.disabledSites.filter((s) => typeof s === 'string') : [];
  if (!isSiteEnabled({ disabledSites }, hostname)) return 'off';
  return settings.activation === 'on-click' ? 'on-click' : 'automatic';
}
