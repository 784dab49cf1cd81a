/** Injected fetch, so the same code runs in the extension, in tests and in the command-line tool. */
export type FetchLike = (url: string, init?: { signal?: AbortSignal; headers?: Record<string, string> }) => Promise<Response>;

/** Outcome of one API call, with failures sorted into what the reader will be told. */
export type FetchOutcome = { kind: 'ok'; body: unknown } | { kind: 'not-found' } | { kind: 'unavailable'; reason: string };

/** Limits of one API call. */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

/** Defaults: long enough for a slow API, short enough that a reader is not left waiting. */
export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 5_000_000 };

/**
 * GETs a URL the caller built and parses its JSON. Never throws: timeouts, network errors,
 * error statuses, oversized and malformed bodies all become an outcome.
 */
export async function fetchJson(fetch: FetchLike, url: string, limits: FetchLimits = DEFAULT_LIMITS): Promise<FetchOutcome> {
  const outcome = await fetchText(fetch, url, 'application/json', limits);
  if (outcome.kind !== 'ok') return outcome;
  try {
    return { kind: 'ok', body: JSON.parse(outcome.body) as unknown };
  } catch {
    return { kind: 'unavailable', reason: 'malformed JSON' };
  }
}

/** GETs a URL the caller built and returns its text, with the same limits and outcomes as fetchJson. */
export async function fetchText(
  fetch: FetchLike,
  url: string,
  accept: string,
  limits: FetchLimits = DEFAULT_LIMITS,
): Promise<{ kind: 'ok'; body: string } | Exclude<FetchOutcome, { kind: 'ok' }>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { Accept: accept } });
    if (response.status === 404) return { kind: 'not-found' };
    if (!response.ok) return { kind: 'unavailable', reason: `HTTP ${response.status}` };
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > limits.maxBytes) return { kind: 'unavailable', reason: 'response too large' };
    const text = await response.text();
    if (text.length > limits.maxBytes) return { kind: 'unavailable', reason: 'response too large' };
    return { kind: 'ok', body: text };
  } catch (error) {
    return { kind: 'unavailable', reason: controller.signal.aborted ? 'timed out' : `network error: ${String(error)}` };
  } finally {
    clearTimeout(timer);
  }
}
