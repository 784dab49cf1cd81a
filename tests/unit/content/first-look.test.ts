import { describe, expect, it } from 'vitest';
import { FirstLook, stopWhenReplaced } from '../../../lib/content/first-look';
import type { ScannerSlot } from '../../../lib/content/scanner-slot';
import { pageGate, type PageGate } from '../../../lib/content/page-gate';
import { parseHtml } from '../../helpers/dom';

const QUIET = '<p>Buy two shirts, get one free. Free delivery over £50 on every order this week.</p>';
const STUDY = '<p>A new study of 200 patients suggests that walking after meals lowers blood sugar in adults.</p>';

/** A first look whose background "injects" a scanner that registers itself in the slot, as the real one does. */
function firstLook(body: string, { refuse = false, gate = 'automatic' as PageGate } = {}) {
  const document = parseHtml(`<html><body>${body}</body></html>`);
  const slot: ScannerSlot = { state: 'idle', forced: false };
  const loads: boolean[] = [];
  const look = new FirstLook(document, {
    slot,
    watch: true,
    quietMs: 5,
    gate: async () => gate,
    loadScanner: async () => {
      loads.push(slot.forced);
      if (refuse) return false;
      slot.state = 'loaded';
      slot.answer = (message) => ({ answered: message });
      return true;
    },
  });
  return { document, slot, loads, look };
}

describe('FirstLook', () => {
  it('loads nothing and changes nothing on a page its pre-check passes over', async () => {
    const { document, loads, look } = firstLook(QUIET);
    const before = document.documentElement.outerHTML;
    look.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loads).toEqual([]);
    expect(document.documentElement.outerHTML).toBe(before);
    look.stop();
  });

  it('asks the background once for the scanner where the pre-check passes', async () => {
    const { loads, look, slot } = firstLook(STUDY);
    look.start();
    look.start();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(loads).toEqual([false]);
    expect(slot.state).toBe('loaded');
  });

  it('loads the scanner, forced, when the popup asks on a page the pre-check passed over, and relays its answer', async () => {
    const { loads, look } = firstLook(QUIET);
    look.start();
    expect(await look.onMessage({ type: 'pageReport' })).toEqual({ answered: { type: 'pageReport' } });
    expect(loads).toEqual([true]);
    expect(look.onMessage({ type: 'somethingElse' })).toBeUndefined();
    expect(loads).toEqual([true]);
  });

  it('looks again when the page adds content, and loads the scanner once the new content passes', async () => {
    const { document, loads, look } = firstLook(QUIET);
    look.start();
    document.body.insertAdjacentHTML('beforeend', STUDY);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(loads).toEqual([false]);
  });

  it('asks again after the browser refused to load the scanner, and answers nothing meanwhile', async () => {
    const { loads, look } = firstLook(QUIET, { refuse: true });
    expect(await look.onMessage({ type: 'pageReport' })).toBeUndefined();
    expect(await look.onMessage({ type: 'pageReport' })).toBeUndefined();
    expect(loads).toEqual([true, true]);
  });
});

describe('stopWhenReplaced', () => {
  it('stops the older first script when a newer one starts in the same window, and not on its own start', async () => {
    const window = parseHtml('<p></p>').defaultView!;
    const stopped: string[] = [];
    stopWhenReplaced(window, { stop: () => stopped.push('old') }, 'old');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(stopped).toEqual([]);
    stopWhenReplaced(window, { stop: () => stopped.push('new') }, 'new');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(stopped).toEqual(['old']);
  });
});

describe("FirstLook and the reader's choice for the page", () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('does nothing on a site the reader switched off: no scanner, no answer to the popup', async () => {
    const { document, loads, look } = firstLook(STUDY, { gate: 'off' });
    const before = document.documentElement.outerHTML;
    look.start();
    await settle();
    expect(await look.onMessage({ type: 'pageReport' })).toBeUndefined();
    expect(await look.onMessage({ type: 'rescan' })).toBeUndefined();
    expect(loads).toEqual([]);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('reads a page only when the popup asks, when the reader reads only on click', async () => {
    const { loads, look } = firstLook(STUDY, { gate: 'on-click' });
    look.start();
    await settle();
    expect(loads).toEqual([]);
    expect(await look.onMessage({ type: 'rescan' })).toEqual({ rescanning: true });
    expect(loads).toEqual([true]);
  });

  it('leaves a rescan of a page already read unanswered, so the popup reloads the tab', async () => {
    const { look } = firstLook(STUDY);
    look.start();
    await settle();
    expect(look.onMessage({ type: 'rescan' })).toBeUndefined();
  });
});

describe('pageGate', () => {
  it.each([
    [{ disabledSites: ['example.org'] }, 'news.example.org', 'off'],
    [{ disabledSites: ['example.org'] }, 'badexample.org', 'automatic'],
    [{ disabledSites: ['example.org'], activation: 'on-click' }, 'www.example.org', 'off'],
    [{ disabledSites: [], activation: 'on-click' }, 'example.org', 'on-click'],
    [{ activation: 'automatic' }, 'example.org', 'automatic'],
    [undefined, 'example.org', 'automatic'],
    [{ disabledSites: 'example.org' }, 'example.org', 'automatic'],
  ] as const)('%j on %s is %s', async (stored, host, expected) => {
    expect(await pageGate(async () => stored, host)).toBe(expected);
  });

  it('falls back to automatic when the settings cannot be read', async () => {
    expect(await pageGate(() => Promise.reject(new Error('no storage')), 'example.org')).toBe('automatic');
  });
});
