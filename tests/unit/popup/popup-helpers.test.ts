import { describe, expect, it } from 'vitest';
import { createReportLoader } from '../../../lib/popup/report-loader';
import { countReport } from '../../../lib/popup/summarise-report';
import type { PageReport } from '../../../lib/shared/messages';
import { makeRecord } from '../../helpers/source-record';

const report: PageReport = {
  title: 'T',
  status: 'done',
  markerCount: 0,
  references: [],
  claims: [],
  disclaimers: [],
  evaluation: null,
  timing: null,
};

describe('createReportLoader', () => {
  it('asks the tab named in ?tab= and validates its answer', async () => {
    const asked: number[] = [];
    const load = createReportLoader({
      requestedTabId: '7',
      tabs: { query: async () => [{ id: 1 }], sendMessage: async (tabId) => (asked.push(tabId), report) },
    });
    expect(await load()).toEqual({ kind: 'report', report });
    expect(asked).toEqual([7]);
  });

  it('falls back to the active tab, and says "unavailable" when no content script answers', async () => {
    const load = createReportLoader({
      requestedTabId: null,
      tabs: { query: async () => [{ id: 3 }], sendMessage: async () => Promise.reject(new Error('no receiver')) },
    });
    expect(await load()).toEqual({ kind: 'unavailable' });
  });

  it('refuses an answer that is not a page report', async () => {
    const load = createReportLoader({ requestedTabId: '1', tabs: { query: async () => [], sendMessage: async () => ({ title: 1 }) } });
    expect(await load()).toEqual({ kind: 'unavailable' });
  });
});

describe('countReport', () => {
  it('counts a short form and its fuller entry as one work', () => {
    const resolved = (doi: string) => ({
      key: `doi:${doi}`,
      state: 'resolved' as const,
      assessment: null,
      record: makeRecord({ ids: { doi, pmid: null, pmcid: null, nct: [] } }),
    });
    const counts = countReport({
      ...report,
      references: [
        { id: 'a', number: 1, text: 'A', sameAs: null, keys: ['doi:10.1/a'], result: resolved('10.1/a'), match: null },
        { id: 'b', number: 2, text: 'A et al. 2020', sameAs: 'a', keys: ['doi:10.1/a'], result: resolved('10.1/a'), match: null },
        { id: 'c', number: 3, text: 'C', sameAs: null, keys: [], result: null, match: null },
      ],
    });
    expect(counts).toEqual({ references: 3, resolvedWorks: 1, unresolved: 1 });
  });
});
