import { beforeAll, afterEach, describe, expect, it, vi } from 'vitest';
import { MutationQueue } from '../../../lib/content/mutation-queue';
import { PageSession } from '../../../lib/content/page-session';
import { runInSlices } from '../../../lib/content/run-in-slices';
import { handleMessage } from '../../../lib/background/handle-message';
import { SourceCache } from '../../../lib/resolver/cache';
import { SourceResolver } from '../../../lib/resolver/resolve-sources';
import { mightHaveFindings } from '../../../lib/scanner/pre-check';
import { textToHtml } from '../../../lib/scanner/text-to-html';
import { replayFetch } from '../../helpers/api-replay';
import { parseHtml } from '../../helpers/dom';
import { MemoryStore } from '../../helpers/memory-store';
import { readShared } from '../../helpers/shared-data';
import { installEnglishMessages } from '../../helpers/messages';

beforeAll(() => installEnglishMessages());

afterEach(() => vi.useRealTimers());

const background = () => {
  const deps = { fetch: replayFetch(), cache: new SourceCache(new MemoryStore(), () => 0), now: () => new Date(0) };
  return async (message: unknown) => handleMessage(message, { id: 'me' }, 'me', new SourceResolver(deps));
};

describe('mightHaveFindings', () => {
  it.each([
    ['a shop page', '<p>Buy two shirts, get one free. Free delivery over £50.</p>', false],
    ['an empty page', '', false],
    ['a page with superscripts', '<p>E = mc<sup>2</sup></p>', true],
    ['a page with a DOI link', '<p><a href="https://doi.org/10.1000/x">paper</a></p>', true],
    ['a page with a PubMed link', '<p><a href="https://pubmed.ncbi.nlm.nih.gov/35532908/">paper</a></p>', true],
    ['a page with an ordered list', '<ol><li>Fang T</li></ol>', true],
    [
      'a shop page whose links go to other shops',
      '<p><a href="https://shop.example/deals">Buy two shirts, get one free today.</a></p>',
      false,
    ],
    [
      'a page that talks about a study',
      '<p>A new study of 200 patients suggests that walking after meals lowers blood sugar in adults.</p>',
      true,
    ],
  ])('%s → %s', (_, body, expected) => {
    expect(mightHaveFindings(parseHtml(`<html><body>${body}</body></html>`))).toBe(expected);
  });

  it('passes a page whose head carries scholarly metadata, and not one whose head carries other metadata', () => {
    const page = (meta: string) => parseHtml(`<html><head>${meta}</head><body><p>Figure 1.</p></body></html>`);
    expect(mightHaveFindings(page('<meta name="citation_doi" content="10.1000/x">'))).toBe(true);
    expect(mightHaveFindings(page('<meta name="description" content="Holiday photos">'))).toBe(false);
  });
});

describe('runInSlices', () => {
  it('runs a generator in slices within the budget, yielding to the page between them', async () => {
    let clock = 0;
    function* steps(): Generator<void, string> {
      for (let i = 0; i < 10; i += 1) {
        clock += 3;
        yield;
      }
      return 'done';
    }
    let yields = 0;
    const { result, stats } = await runInSlices(steps(), { budgetMs: 8, now: () => clock, yieldFn: async () => void (yields += 1) });
    expect(result).toBe('done');
    expect(stats.slices).toBe(4);
    expect(yields).toBe(3);
    expect(stats.longestMs).toBe(9);
  });
});

describe('MutationQueue', () => {
  it('calls back once after the page is quiet, and ignores the extension’s own elements', async () => {
    vi.useFakeTimers();
    const document = parseHtml('<html><body><main></main></body></html>');
    let calls = 0;
    const queue = new MutationQueue(document.body, () => (calls += 1), 100);
    queue.start();
    document.body.append(document.createElement('evidence-lens-badge'));
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toBe(0);
    for (let i = 0; i < 50; i += 1) document.querySelector('main')!.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(50);
    document.querySelector('main')!.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toBe(1);
    queue.stop();
  });
});

describe('PageSession with the text form of the seed', () => {
  it('puts badges right after flattened markers and restores the text exactly on destroy', async () => {
    const document = parseHtml(textToHtml(readShared('seed/greenmedinfo-als-b12.txt')));
    const before = document.documentElement.outerHTML;
    const session = new PageSession(document, background(), { yieldFn: async () => {} });
    await session.start();
    expect(document.querySelectorAll('evidence-lens-badge')).toHaveLength(13);
    const firstMarkerBadge = [...document.querySelectorAll('p evidence-lens-badge')].find(
      (b) => !/^\d+\./.test(b.parentElement!.textContent!),
    );
    expect(firstMarkerBadge?.previousSibling?.textContent).toMatch(/so far\.1$/);
    session.destroy();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('PageSession watching the page', () => {
  it('scans content that arrives later (infinite scroll, single-page navigation) once the page is quiet', async () => {
    const document = parseHtml('<html><body><main><p>Loading…</p></main></body></html>');
    const session = new PageSession(document, background(), { watch: true, quietMs: 20, yieldFn: async () => {} });
    await session.start();
    expect(session.report().status).toBe('nothing-found');
    const seed = parseHtml(readShared('seed/greenmedinfo-als-b12.html'));
    document.querySelector('main')!.innerHTML = seed.querySelector('article')!.innerHTML;
    await expect.poll(() => document.querySelectorAll('evidence-lens-badge').length).toBe(13);
    await expect.poll(() => session.report().status).toBe('done');
    expect(session.report().references).toHaveLength(5);
    session.destroy();
  });
});

describe('PageSession when a service does not answer', () => {
  it('says it is retrying, tries again after the delay, and ends resolved when the service is back', async () => {
    const document = parseHtml(readShared('seed/greenmedinfo-als-b12.html'));
    const healthy = background();
    let down = true;
    const send = async (message: unknown) => {
      if (!down) return healthy(message);
      const { keys } = message as { keys: string[] };
      return { results: keys.map((key) => ({ key, state: 'unavailable', record: null, assessment: null })) };
    };
    const session = new PageSession(document, send, { yieldFn: async () => {}, retryDelaysMs: [30] });
    await session.start();
    const states = () =>
      [...document.querySelectorAll('evidence-lens-badge')].map((b) => b.shadowRoot?.querySelector('button')?.getAttribute('data-state'));
    // With no sources, the page's claims cannot be checked against them: no paragraph badges yet.
    expect(states()).toEqual(Array(10).fill('retrying'));
    down = false;
    await expect.poll(() => states().filter((state) => state === 'resolved').length).toBe(10);
    await expect.poll(() => states().filter((state) => state === 'claims-warning').length).toBe(3);
    session.destroy();
  });

  it('gives up after its last retry and says the source could not be resolved', async () => {
    const document = parseHtml(readShared('seed/greenmedinfo-als-b12.html'));
    const send = async (message: unknown) => ({
      results: (message as { keys: string[] }).keys.map((key) => ({ key, state: 'unavailable', record: null, assessment: null })),
    });
    const session = new PageSession(document, send, { yieldFn: async () => {}, retryDelaysMs: [10] });
    await session.start();
    await expect
      .poll(() =>
        [...document.querySelectorAll('evidence-lens-badge')].map((b) => b.shadowRoot?.querySelector('button')?.getAttribute('data-state')),
      )
      .toEqual(Array(10).fill('failed'));
    session.destroy();
  });
});
