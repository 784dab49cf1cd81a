import { describe, expect, it } from 'vitest';
import {
  ARRIVAL_WAIT_MS,
  FIRST_POLL_MS,
  FOLLOW_RETRIES_MS,
  MAX_POLL_MS,
  pagePhase,
  ReportFollower,
  RETRYING_POLL_MS,
} from '../../../lib/popup/report-polling';
import type { ReportState } from '../../../lib/popup/report-loader';
import { makeReference, makeReport, resolvedResult, unavailableResult } from '../../helpers/page-report';

const report = (over: Parameters<typeof makeReport>[0]): ReportState => ({ kind: 'report', report: makeReport(over) });
const scanning = report({ status: 'scanning' });
const resolving = report({ status: 'resolving' });
const retrying = report({ references: [makeReference({ id: 'r1', keys: ['doi:10.1/a'], result: unavailableResult('doi:10.1/a') })] });
const settled = report({ references: [makeReference({ id: 'r1', keys: ['doi:10.1/a'], result: resolvedResult('doi:10.1/a') })] });
const absent: ReportState = { kind: 'unavailable' };

/** Total time a follower keeps polling one unchanging answer, or Infinity past `capMs`. */
function followedFor(follower: ReportFollower, state: ReportState, capMs = 10 * 60_000): number {
  let total = 0;
  for (let delay = follower.next(state); delay !== null; delay = follower.next(state)) {
    total += delay;
    if (total > capMs) return Number.POSITIVE_INFINITY;
  }
  return total;
}

describe('pagePhase', () => {
  it('tells a page being read, one waiting for a service, one with no script and one that is settled apart', () => {
    expect([scanning, resolving, retrying, absent, settled, report({ status: 'nothing-found' })].map(pagePhase)).toEqual([
      'busy',
      'busy',
      'retrying',
      'absent',
      'settled',
      'settled',
    ]);
  });

  it('counts a reference whose text match waits for a service as retrying', () => {
    const match = report({ references: [makeReference({ id: 'r1', match: { state: 'unavailable', reason: null } })] });
    expect(pagePhase(match)).toBe('retrying');
  });
});

describe('ReportFollower', () => {
  it('keeps following a page that is still being read, backing off to a few seconds, never giving up', () => {
    const follower = new ReportFollower(false);
    const delays = Array.from({ length: 12 }, () => follower.next(scanning));
    expect(delays[0]).toBe(FIRST_POLL_MS);
    expect(delays[1]).toBeGreaterThan(FIRST_POLL_MS);
    expect(delays.at(-1)).toBe(MAX_POLL_MS);
    expect(followedFor(follower, scanning)).toBe(Number.POSITIVE_INFINITY);
  });

  it('stops as soon as the page is settled', () => {
    const follower = new ReportFollower(false);
    follower.next(scanning);
    expect(follower.next(settled)).toBeNull();
  });

  it('follows a page retrying its services for as long as the page retries, then stops', () => {
    const follower = new ReportFollower(false);
    expect(follower.next(retrying)).toBe(RETRYING_POLL_MS);
    expect(followedFor(new ReportFollower(false), retrying)).toBe(FOLLOW_RETRIES_MS);
  });

  it('starts afresh when the phase changes: a rescan after a retrying page backs off from the start', () => {
    const follower = new ReportFollower(false);
    for (let i = 0; i < 5; i += 1) follower.next(retrying);
    expect(follower.next(scanning)).toBe(FIRST_POLL_MS);
  });

  it('waits for a script only when one is expected (after a rescan or a click to read), and not for long', () => {
    expect(new ReportFollower(false).next(absent)).toBeNull();
    expect(followedFor(new ReportFollower(true), absent)).toBeGreaterThanOrEqual(ARRIVAL_WAIT_MS);
    expect(followedFor(new ReportFollower(true), absent)).toBeLessThan(ARRIVAL_WAIT_MS + MAX_POLL_MS);
  });
});
