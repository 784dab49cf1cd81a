import { render } from 'preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Options } from '../../../components/options/Options';
import { cacheUsage, formatBytes, type CacheArea } from '../../../lib/options/cache-usage';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/shared/settings';
import { settingsStore } from '../../../lib/shared/settings-store';
import { installEnglishMessages } from '../../helpers/messages';

let messages: { missing: string[] };
beforeAll(() => {
  messages = installEnglishMessages();
});

function memoryArea(initial: Record<string, unknown> = {}) {
  const items: Record<string, unknown> = { ...initial };
  return {
    items,
    get: async (keys: string[]) => Object.fromEntries(keys.filter((k) => k in items).map((k) => [k, items[k]])),
    set: async (next: Record<string, unknown>) => void Object.assign(items, next),
  };
}

/** A local storage area holding cached sources, without `getBytesInUse` (measured from the JSON instead). */
function cacheArea(items: Record<string, unknown>): CacheArea & { items: Record<string, unknown> } {
  return {
    items,
    get: async () => ({ ...items }),
    clear: async () => {
      for (const key of Object.keys(items)) delete items[key];
    },
  };
}

async function settle() {
  for (let i = 0; i < 6; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

const container = document.createElement('div');
document.body.append(container);
afterEach(() => render(null, container));

function type(selector: string, value: string) {
  const input = container.querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const submit = () => container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));

describe('Options page', () => {
  it('saves a valid email and refuses an invalid one, naming the field', async () => {
    const area = memoryArea();
    render(<Options store={settingsStore(area)} cache={cacheArea({})} />, container);
    await settle();
    type('#email', 'not an email');
    await settle();
    submit();
    await settle();
    expect(container.querySelector('form [role="status"]')?.textContent).toBe('Please check the email address.');
    expect(area.items.settings).toBeUndefined();
    type('#email', 'reader@example.org');
    await settle();
    submit();
    await settle();
    expect(container.querySelector('form [role="status"]')?.textContent).toBe('Saved.');
    expect(area.items.settings).toEqual({ ...DEFAULT_SETTINGS, contactEmail: 'reader@example.org' });
  });

  it('starts with reference-text matching off and saves the reader’s choices of sending and reading', async () => {
    const area = memoryArea();
    render(<Options store={settingsStore(area)} cache={cacheArea({})} />, container);
    await settle();
    const referenceText = container.querySelector<HTMLInputElement>('#reference-text')!;
    expect(referenceText.checked).toBe(false);
    referenceText.click();
    container.querySelector<HTMLInputElement>('#full-text')!.click();
    container.querySelector<HTMLInputElement>('input[value="on-click"]')!.click();
    await settle();
    submit();
    await settle();
    expect(area.items.settings).toMatchObject({ allowReferenceText: true, fullTextReading: false, activation: 'on-click' });
  });

  it('lists the sites switched off and switches one on again', async () => {
    const area = memoryArea({ settings: { ...DEFAULT_SETTINGS, disabledSites: ['a.example', 'b.example'] } });
    render(<Options store={settingsStore(area)} cache={cacheArea({})} />, container);
    await settle();
    const items = [...container.querySelectorAll('[data-testid="disabled-sites"] li')];
    expect(items.map((li) => li.querySelector('span')!.textContent)).toEqual(['a.example', 'b.example']);
    items[0]!.querySelector('button')!.click();
    await settle();
    expect((area.items.settings as Settings).disabledSites).toEqual(['b.example']);
  });

  it('shows how many sources are stored and clears them', async () => {
    const cache = cacheArea({ 'source:pmid:1': { version: 2, record: null }, 'source:doi:10.1/x': { version: 2 }, 'source-index': {} });
    render(<Options store={settingsStore(memoryArea())} cache={cache} />, container);
    await settle();
    expect(container.querySelector('[data-testid="cache-size"]')!.textContent).toMatch(/^2 sources kept, \d+ bytes in this browser\.$/);
    [...container.querySelectorAll('button')].find((b) => b.textContent === 'Clear stored sources')!.click();
    await settle();
    expect(cache.items).toEqual({});
    expect(container.querySelector('[data-testid="cache-size"]')!.textContent).toBe('No sources stored.');
  });

  it('says in plain words what leaves the browser', async () => {
    render(<Options store={settingsStore(memoryArea())} cache={cacheArea({})} />, container);
    await settle();
    expect(container.querySelector('#privacy')!.textContent).toContain('never sends the address or the text of the page');
    expect(messages.missing).toEqual([]);
  });
});

describe('cacheUsage', () => {
  it('prefers the browser’s own count of bytes and counts only source entries', async () => {
    const usage = await cacheUsage({
      get: async () => ({ 'source:pmid:1': {}, 'source-index': {} }),
      clear: async () => {},
      getBytesInUse: async () => 123_456,
    });
    expect(usage).toEqual({ sources: 1, bytes: 123_456 });
  });

  it.each([
    [12, '12 bytes'],
    [45_600, '46 kB'],
    [2_345_678, '2.3 MB'],
  ])('formats %d as %s', (bytes, text) => {
    expect(formatBytes(bytes, 'en')).toBe(text);
  });
});
