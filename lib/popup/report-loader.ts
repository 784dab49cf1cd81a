import { PageReportSchema, type PageReport } from '../shared/messages';
import type { TabsLike } from './active-tab';

/** What the popup can show: the page's report, or why there is none. */
export type ReportState = { kind: 'report'; report: PageReport } | { kind: 'unavailable' };

/** Asks the tab's content script for its report and validates the answer. */
export async function loadReport(tabs: Pick<TabsLike, 'sendMessage'>, tabId: number): Promise<ReportState> {
  try {
    const parsed = PageReportSchema.safeParse(await tabs.sendMessage(tabId, { type: 'pageReport' }));
    return parsed.success ? { kind: 'report', report: parsed.data } : { kind: 'unavailable' };
  } catch {
    // No content script on this tab (a browser page, a store page, a PDF viewer).
    return { kind: 'unavailable' };
  }
}
