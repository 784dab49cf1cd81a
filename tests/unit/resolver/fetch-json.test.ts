import { describe, expect, it } from 'vitest';
import { fetchJson } from '../../../lib/resolver/fetch-json';

describe('fetchJson', () => {
  it('gives up after the timeout and says so', async () => {
    const hanging = (_: string, init?: { signal?: AbortSignal }) =>
      new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    expect(await fetchJson(hanging, 'https://api.crossref.org/works/x', { timeoutMs: 20, maxBytes: 1000 })).toEqual({
      kind: 'unavailable',
      reason: 'timed out',
    });
  });

  it('refuses a response larger than the limit, by header or by body', async () => {
    const declared = async () => new Response('{}', { headers: { 'content-length': '999999' } });
    const actual = async () => new Response(JSON.stringify({ a: 'x'.repeat(2000) }));
    const limits = { timeoutMs: 1000, maxBytes: 1000 };
    expect(await fetchJson(declared, 'https://x', limits)).toEqual({ kind: 'unavailable', reason: 'response too large' });
    expect(await fetchJson(actual, 'https://x', limits)).toEqual({ kind: 'unavailable', reason: 'response too large' });
  });

  it('parses a JSON body', async () => {
    expect(await fetchJson(async () => new Response('{"ok":1}'), 'https://x')).toEqual({ kind: 'ok', body: { ok: 1 } });
  });
});
