import type { FetchLike } from './fetch-json';

/** How a polite fetch behaves; defaults suit the public scholarly APIs. */
export interface PolitenessOptions {
  /** Requests to one host in flight at once. */
  perHost?: number;
  /** Further tries after a 429, a 5xx or a network error. */
  retries?: number;
  /** First backoff; doubled on each retry unless the server says how long to wait. */
  backoffMs?: number;
  /** Longest wait honoured from a Retry-After header; longer answers are reported as unavailable. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const RETRYABLE = new Set([429, 500, 502, 503, 504]);

/**
 * Wraps a fetch so that at most `perHost` requests go to one host at a time, and 429s, 5xx answers
 * and network errors are tried again after a backoff that honours `Retry-After` (seconds or an
 * HTTP date). After the last try the last answer (or error) is passed on, for the caller to report.
 */
export function politeFetch(fetch: FetchLike, options: PolitenessOptions = {}): FetchLike {
  const { perHost = 2, retries = 2, backoffMs = 500, maxWaitMs = 20_000 } = options;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? (() => Date.now());
  const slots = new Map<string, { active: number; waiting: Array<() => void> }>();
  // Spacing a host announced with x-rate-limit-limit / x-rate-limit-interval, and when it next allows a request.
  const spacing = new Map<string, { gapMs: number; nextAt: number }>();

  const acquire = async (host: string) => {
    const slot = slots.get(host) ?? { active: 0, waiting: [] };
    slots.set(host, slot);
    if (slot.active >= perHost) await new Promise<void>((resolve) => slot.waiting.push(resolve));
    slot.active += 1;
    return () => {
      slot.active -= 1;
      slot.waiting.shift()?.();
    };
  };

  return async (url, init) => {
    const host = new URL(url).host;
    for (let attempt = 0; ; attempt += 1) {
      const release = await acquire(host);
      const pace = spacing.get(host);
      if (pace) {
        const wait = pace.nextAt - now();
        pace.nextAt = Math.max(now(), pace.nextAt) + pace.gapMs;
        if (wait > 0) await sleep(wait);
      }
      let response: Response | undefined;
      let failure: unknown;
      try {
        response = await fetch(url, init);
      } catch (error) {
        failure = error;
      } finally {
        release();
      }
      if (response) {
        const gapMs = announcedGapMs(response.headers);
        if (gapMs !== null) spacing.set(host, { gapMs, nextAt: spacing.get(host)?.nextAt ?? now() + gapMs });
      }
      const aborted = init?.signal?.aborted ?? false;
      const retryable = response ? RETRYABLE.has(response.status) : !aborted;
      if (!retryable || attempt >= retries) {
        if (response) return response;
        throw failure;
      }
      const wait = response ? retryAfterMs(response.headers.get('retry-after'), now()) : null;
      if (wait !== null && wait > maxWaitMs) return response!;
      await sleep(wait ?? backoffMs * 2 ** attempt);
    }
  };
}

/** The gap between requests a host asks for with x-rate-limit-limit and x-rate-limit-interval ("50", "1s"). */
export function announcedGapMs(headers: Headers): number | null {
  const limit = Number(headers.get('x-rate-limit-limit'));
  const interval = /^(\d+(?:\.\d+)?)\s*(ms|s|m)?$/.exec(headers.get('x-rate-limit-interval')?.trim() ?? '');
  if (!interval || !(limit > 0)) return null;
  const unit = interval[2] === 'ms' ? 1 : interval[2] === 'm' ? 60_000 : 1000;
  return (Number(interval[1]) * unit) / limit;
}

/** Milliseconds a Retry-After header asks for, or null when it says nothing usable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
