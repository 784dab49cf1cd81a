import { describe, expect, it } from 'vitest';
import { announcedGapMs, politeFetch, retryAfterMs } from '../../../lib/resolver/polite-fetch';

const answers = (...responses: Array<Response | Error>) => {
  const calls: string[] = [];
  const fetch = async (url: string) => {
    calls.push(url);
    const next = responses.shift() ?? new Response('{}');
    if (next instanceof Error) throw next;
    return next;
  };
  return { fetch, calls };
};

describe('politeFetch', () => {
  it('waits as long as Retry-After says after a 429, then succeeds', async () => {
    const { fetch, calls } = answers(
      new Response('{"error":"API rate limit exceeded"}', { status: 429, headers: { 'retry-after': '3' } }),
      new Response('{"ok":1}'),
    );
    const waits: number[] = [];
    const response = await politeFetch(fetch, { sleep: async (ms) => void waits.push(ms) })('https://api.crossref.org/works/x');
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(2);
    expect(waits).toEqual([3000]);
  });

  it('backs off exponentially on 5xx and network errors, then passes the last answer on', async () => {
    const { fetch, calls } = answers(
      new Response('', { status: 503 }),
      new TypeError('Failed to fetch'),
      new Response('', { status: 500 }),
    );
    const waits: number[] = [];
    const response = await politeFetch(fetch, { retries: 2, backoffMs: 100, sleep: async (ms) => void waits.push(ms) })(
      'https://www.ebi.ac.uk/x',
    );
    expect(response.status).toBe(500);
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([100, 200]);
  });

  it('does not wait for a Retry-After longer than it allows', async () => {
    const { fetch, calls } = answers(new Response('', { status: 429, headers: { 'retry-after': '3600' } }));
    const response = await politeFetch(fetch, { sleep: async () => {} })('https://api.crossref.org/works/x');
    expect(response.status).toBe(429);
    expect(calls).toHaveLength(1);
  });

  it('does not retry a 404', async () => {
    const { fetch, calls } = answers(new Response('Resource not found.', { status: 404 }));
    expect((await politeFetch(fetch)('https://api.crossref.org/works/x')).status).toBe(404);
    expect(calls).toHaveLength(1);
  });

  it('keeps at most two requests in flight per host', async () => {
    let active = 0;
    let most = 0;
    const slow = async () => {
      active += 1;
      most = Math.max(most, active);
      await new Promise((resolve) => setTimeout(resolve, 5));
      active -= 1;
      return new Response('{}');
    };
    const polite = politeFetch(slow);
    await Promise.all(Array.from({ length: 6 }, (_, i) => polite(`https://api.crossref.org/works/${i}`)));
    expect(most).toBe(2);
  });
});

describe('retryAfterMs', () => {
  it.each([
    ['120', 0, 120_000],
    ['Wed, 25 Nov 2026 07:00:10 GMT', Date.parse('2026-11-25T07:00:00Z'), 10_000],
    ['soon', 0, null],
    [null, 0, null],
  ])('%s → %s', (header, now, expected) => {
    expect(retryAfterMs(header, now)).toBe(expected);
  });
});

describe('rate limits announced in headers', () => {
  it('reads x-rate-limit-limit and x-rate-limit-interval as a gap between requests', () => {
    expect(announcedGapMs(new Headers({ 'x-rate-limit-limit': '50', 'x-rate-limit-interval': '1s' }))).toBe(20);
    expect(announcedGapMs(new Headers({ 'x-rate-limit-limit': '3', 'x-rate-limit-interval': '1' }))).toBeCloseTo(333.33, 1);
    expect(announcedGapMs(new Headers({}))).toBeNull();
  });

  it('spaces later requests to that host as announced', async () => {
    let clock = 0;
    const waits: number[] = [];
    const fetch = async () => new Response('{}', { headers: { 'x-rate-limit-limit': '2', 'x-rate-limit-interval': '1s' } });
    const polite = politeFetch(fetch, { now: () => clock, sleep: async (ms) => void (waits.push(ms), (clock += ms)) });
    await polite('https://api.crossref.org/works/a');
    await polite('https://api.crossref.org/works/b');
    await polite('https://api.crossref.org/works/c');
    expect(waits).toEqual([500, 500]);
  });
});
