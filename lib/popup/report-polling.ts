import type { ReportState } from './report-loader';

/** First wait before the popup asks a page that is still being read again. */
export const FIRST_POLL_MS = 400;
/** Each further wait while the page stays busy is this much longer… */
export const POLL_BACKOFF = 1.5;
/** …up to this, so a slow page is still followed every few seconds for as long as it is read. */
export const MAX_POLL_MS = 4_000;
/** How often the popup looks again while a page's sources wait for a service that did not answer. */
export const RETRYING_POLL_MS = 5_000;
/** How long it follows such a page: the page asks again itself after 15 s and 60 s more. */
export const FOLLOW_RETRIES_MS = 90_000;
/** How long it waits for a content script that is not there yet (a page reloading, a scan asked for). */
export const ARRIVAL_WAIT_MS = 15_000;

/**
 * Where a page stands, for polling: still being read or its sources looked up (`busy`), done but
 * with sources whose service did not answer (`retrying`), no content script answering
 * (`absent`), or nothing more to wait for (`settled`).
 */
export type PagePhase = 'busy' | 'retrying' | 'absent' | 'settled';

/** The phase of what the page answered. */
export function pagePhase(state: ReportState): PagePhase {
  if (state.kind === 'unavailable') return 'absent';
  const { report } = state;
  if (report.status === 'scanning' || report.status === 'resolving') return 'busy';
  const waiting = report.references.some(
    (reference) => reference.result?.state === 'unavailable' || reference.match?.state === 'unavailable',
  );
  return report.status === 'done' && waiting ? 'retrying' : 'settled';
}

/**
 * How long to wait before asking the page again, after `step` polls in the same phase and
 * `waitedMs` spent in it; null to stop. A busy page is followed for as long as it is busy (the
 * popup is never left showing a stale "reading"); a retrying one for as long as the page retries;
 * an absent script only when one is expected to arrive.
 */
export function nextPollDelay(phase: PagePhase, step: number, waitedMs: number, expectScript: boolean): number | null {
  switch (phase) {
    case 'busy':
      return Math.min(FIRST_POLL_MS * POLL_BACKOFF ** step, MAX_POLL_MS);
    case 'retrying':
      return waitedMs < FOLLOW_RETRIES_MS ? RETRYING_POLL_MS : null;
    case 'absent':
      return expectScript && waitedMs < ARRIVAL_WAIT_MS ? Math.min(FIRST_POLL_MS * POLL_BACKOFF ** step, MAX_POLL_MS) : null;
    case 'settled':
      return null;
  }
}

/** Follows a page's report: which delay comes next, counting polls and time within each phase. */
export class ReportFollower {
  private phase: PagePhase | null = null;
  private step = 0;
  private waitedMs = 0;

  constructor(private readonly expectScript: boolean) {}

  /** Takes the page's latest answer; returns the wait before the next poll, or null to stop. */
  next(state: ReportState): number | null {
    const phase = pagePhase(state);
    if (phase !== this.phase) {
      this.phase = phase;
      this.step = 0;
      this.waitedMs = 0;
    }
    const delay = nextPollDelay(phase, this.step, this.waitedMs, this.expectScript);
    if (delay !== null) {
      this.step += 1;
      this.waitedMs += delay;
    }
    return delay;
  }
}
