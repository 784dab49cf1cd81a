import { describe, expect, it } from 'vitest';
import { PopupRetrier } from '../../../lib/popup/popup-retrier';
import type { PopupLookups } from '../../../lib/popup/page-verdict';
import type { SourceResult } from '../../../lib/shared/messages';
import { resolvedResult, unavailableResult } from '../../helpers/page-report';

/** A hand-turned clock: timers run only when the test says so. */
function manualTimers() {
  const pending: Array<{ run: () => void; ms: number }> = [];
  return {
    pending,
    setTimeout: (run: () => void, ms: number) => pending.push({ run, ms }),
    clearTimeout: () => void pending.splice(0),
    async fire() {
      const next = pending.shift();
      next?.run();
      for (let i = 0; i < 5; i += 1) await Promise.resolve();
      return next?.ms;
    },
  };
}

describe('PopupRetrier', () => {
  it('says "retrying" and asks again after each delay, then stops saying it when the service stays down', async () => {
    const timers = manualTimers();
    const asked: string[][] = [];
    const seen: PopupLookups[] = [];
    const retrier = new PopupRetrier(
      { resolve: async (keys) => (asked.push([...keys]), keys.map(unavailableResult)), ...timers, delaysMs: [3000, 10000] },
      (lookups) => seen.push(lookups),
    );
    retrier.retryUnavailable(['pmid:1']);
    expect(retrier.lookups.retrying.has('pmid:1')).toBe(true);
    expect(await timers.fire()).toBe(3000);
    expect(retrier.lookups.retrying.has('pmid:1')).toBe(true);
    expect(await timers.fire()).toBe(10000);
    expect(asked).toEqual([['pmid:1'], ['pmid:1']]);
    expect(retrier.lookups.retrying.has('pmid:1')).toBe(false);
    expect(timers.pending).toHaveLength(0);
    // A key already tried is not scheduled again when the page reports it once more.
    retrier.retryUnavailable(['pmid:1']);
    expect(timers.pending).toHaveLength(0);
    expect(seen.at(-1)!.results.get('pmid:1')?.state).toBe('unavailable');
  });

  it('keeps a result that comes back and stops retrying it', async () => {
    const timers = manualTimers();
    const retrier = new PopupRetrier({ resolve: async (keys) => keys.map((key) => resolvedResult(key)), ...timers }, () => {});
    retrier.retryUnavailable(['pmid:2']);
    await timers.fire();
    expect(retrier.lookups.results.get('pmid:2')?.state).toBe('resolved');
    expect(retrier.lookups.retrying.size).toBe(0);
    expect(timers.pending).toHaveLength(0);
  });

  it('asks at once when the reader says "try again", retrying until the answer', async () => {
    const timers = manualTimers();
    let answer: (results: SourceResult[]) => void = () => {};
    const retrier = new PopupRetrier({ resolve: () => new Promise((done) => (answer = done)), ...timers }, () => {});
    const asked = retrier.tryNow(['nct:NCT00444613']);
    expect(retrier.lookups.retrying.has('nct:NCT00444613')).toBe(true);
    answer([unavailableResult('nct:NCT00444613')]);
    expect((await asked)[0]!.state).toBe('unavailable');
    expect(retrier.lookups.retrying.size).toBe(0);
    expect(timers.pending).toHaveLength(0);
  });
});
