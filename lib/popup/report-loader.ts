import { PageReportSchema, type PageReport } from '../shared/messages';

/** The part of `browser.tabs` the popup uses. */
export interface TabsLike {
  query(query: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number }>>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/** What the popup can show: the page's report, or why there is none. */
export type ReportState = { kind: 'report'; report: PageReport } | { kind: 'unavailable' };

/**
 * Returns a function that asks the page's content script for its report. The tab is the active
 * one, or the one named by `?tab=` (how the popup is opened as a page, e.g. in tests).
 */
export function createReportLoader({
  tabs,
  requestedTabId,
}: {
  tabs: TabsLike;
  requestedTabId: string | null;
}): () => Promise<ReportState> {
  return async () => {
    try {
      const tabId = /^\d+$/.test(requestedTabId ?? '')
        ? Number(requestedTabId)
        : (await tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId === undefined) return { kind: 'unavailable' };
      const parsed = PageReportSchema.safeParse(await tabs.sendMessage(tabId, { type: 'pageReport' }));
      return parsed.success ? { kind: 'report', report: parsed.data } : { kind: 'unavailable' };
    } catch {
      // No content script on this tab (a browser page, a store page, a PDF viewer).
      return { kind: 'unavailable' };
    }
  };
}
