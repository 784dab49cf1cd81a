import { describe, expect, it } from 'vitest';
import { findActiveTab } from '../../../lib/popup/active-tab';
import { resolveKeys, rescanTab, revealOnPage } from '../../../lib/popup/popup-actions';
import { loadReport } from '../../../lib/popup/report-loader';
import { makeReport, resolvedResult } from '../../helpers/page-report';

function tabs(answer: (message: unknown) => unknown) {
  const sent: unknown[] = [];
  const reloaded: number[] = [];
  return {
    sent,
    reloaded,
    query: async () => [{ id: 4, url: 'https://www.Example.org/health/b12' }],
    sendMessage: async (_tab: number, message: unknown) => (sent.push(message), answer(message)),
    reload: async (tab: number) => void reloaded.push(tab),
  };
}

describe('popup actions', () => {
  it('rescans in place when the content script acknowledges, and reloads the tab when it does not', async () => {
    const knows = tabs(() => ({ rescanning: true }));
    expect(await rescanTab(knows, 4)).toBe('rescanning');
    expect(knows.reloaded).toEqual([]);
    const older = tabs(() => undefined);
    expect(await rescanTab(older, 4)).toBe('reloaded');
    expect(older.reloaded).toEqual([4]);
    const none = tabs(() => Promise.reject(new Error('no receiver')));
    expect(await rescanTab(none, 4)).toBe('reloaded');
  });

  it('asks the background with the content script’s own resolve message, and says unavailable for a bad answer', async () => {
    const asked: unknown[] = [];
    const good = await resolveKeys({ sendMessage: async (m) => (asked.push(m), { results: [resolvedResult('pmid:1')] }) }, ['pmid:1']);
    expect(asked).toEqual([{ type: 'resolve', keys: ['pmid:1'] }]);
    expect(good[0]!.state).toBe('resolved');
    const bad = await resolveKeys({ sendMessage: async () => ({ results: 'nope' }) }, ['pmid:2']);
    expect(bad).toEqual([{ key: 'pmid:2', state: 'unavailable', record: null, assessment: null }]);
    const down = await resolveKeys({ sendMessage: async () => Promise.reject(new Error('gone')) }, ['pmid:3']);
    expect(down[0]!.state).toBe('unavailable');
  });

  it('sends a validated reveal request, and refuses a malformed one', async () => {
    const page = tabs(() => undefined);
    await revealOnPage(page, 4, { claim: 2 });
    expect(page.sent).toEqual([{ type: 'reveal', claim: 2 }]);
    await expect(revealOnPage(page, 4, { claim: -1 })).rejects.toThrow();
  });

  it('finds the active tab and its site, or the one named in the address; validates the page report', async () => {
    const page = tabs((m) => ((m as { type: string }).type === 'pageReport' ? makeReport() : undefined));
    expect(await findActiveTab(page, new URLSearchParams(''))).toEqual({ id: 4, site: 'example.org' });
    expect(await findActiveTab(page, new URLSearchParams('tab=9&site=localhost'))).toEqual({ id: 9, site: 'localhost' });
    expect(await loadReport(page, 4)).toEqual({ kind: 'report', report: makeReport() });
    expect(
      await loadReport(
        tabs(() => ({ title: 1 })),
        4,
      ),
    ).toEqual({ kind: 'unavailable' });
  });
});
