import { siteOf } from '../shared/settings';

/** The part of `browser.tabs` the popup uses. */
export interface TabsLike {
  query(query: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number; url?: string }>>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
  reload(tabId: number): Promise<void>;
}

/** The tab the popup is about, and its site when the browser lets the popup know it. */
export interface ActiveTab {
  id: number;
  /** Null on pages that have no site (browser pages, files) or when the address is not shared. */
  site: string | null;
}

/**
 * Finds the tab the popup speaks for: the active one (its address is shared with the popup
 * through the `activeTab` permission when the reader clicks the toolbar button), or the one named
 * by `?tab=` and `?site=` when the popup is opened as a page, as the end-to-end tests do.
 */
export async function findActiveTab(tabs: TabsLike, search: URLSearchParams): Promise<ActiveTab | null> {
  const requested = search.get('tab') ?? '';
  if (/^\d+$/.test(requested)) return { id: Number(requested), site: siteOf(search.get('site') ?? '') };
  const [tab] = await tabs.query({ active: true, currentWindow: true }).catch(() => []);
  if (tab?.id === undefined) return null;
  return { id: tab.id, site: tab.url ? siteOfUrl(tab.url) : null };
}

function siteOfUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? siteOf(parsed.hostname) : null;
  } catch {
    return null;
  }
}
