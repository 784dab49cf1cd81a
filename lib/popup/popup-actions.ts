import { ResolveResponseSchema, type SourceResult } from '../shared/messages';
import { RescanAckSchema, RevealRequestSchema, type RevealRequest } from '../shared/popup-messages';
import type { TabsLike } from './active-tab';

/** The part of `browser.runtime` the popup uses. */
export interface RuntimeLike {
  sendMessage(message: unknown): Promise<unknown>;
}

/**
 * Asks the background to resolve identifier keys with the same `resolve` message the content
 * script sends. A background that does not answer, or answers something invalid, yields
 * `unavailable` for every key: an honest state, never a hang.
 */
export async function resolveKeys(runtime: RuntimeLike, keys: readonly string[]): Promise<SourceResult[]> {
  const unavailable = keys.map((key): SourceResult => ({ key, state: 'unavailable', record: null, assessment: null }));
  if (keys.length === 0) return [];
  try {
    const parsed = ResolveResponseSchema.safeParse(await runtime.sendMessage({ type: 'resolve', keys: [...keys] }));
    if (!parsed.success) return unavailable;
    return keys.map((key) => parsed.data.results.find((r) => r.key === key) ?? unavailable.find((r) => r.key === key)!);
  } catch {
    return unavailable;
  }
}

/**
 * Reads the page again: asks the content script to rescan in place and, when it cannot (a content
 * script that does not know `rescan`, or none at all), reloads the tab so it reads the page afresh.
 */
export async function rescanTab(tabs: TabsLike, tabId: number): Promise<'rescanning' | 'reloaded'> {
  const answer = await tabs.sendMessage(tabId, { type: 'rescan' }).catch(() => undefined);
  if (RescanAckSchema.safeParse(answer).success) return 'rescanning';
  await tabs.reload(tabId);
  return 'reloaded';
}

/**
 * Asks the content script to show a claim or a reference on the page. A content script that does
 * not know `reveal` leaves the page as it is; the popup has already opened its own section.
 */
export async function revealOnPage(tabs: Pick<TabsLike, 'sendMessage'>, tabId: number, target: Omit<RevealRequest, 'type'>): Promise<void> {
  const request = RevealRequestSchema.parse({ type: 'reveal', ...target });
  await tabs.sendMessage(tabId, request).catch(() => undefined);
}

/**
 * With "only when I click the button", opening the popup is the click: the content script is
 * asked to read the page. One that does not know `rescan` has read it already on its own.
 */
export async function askToScan(tabs: Pick<TabsLike, 'sendMessage'>, tabId: number): Promise<void> {
  await tabs.sendMessage(tabId, { type: 'rescan' }).catch(() => undefined);
}
