import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteEnabled, parseSettings, SETTINGS_VERSION, siteOf, withSite } from '../../../lib/shared/settings';
import { settingsStore } from '../../../lib/shared/settings-store';

function memoryArea(initial: Record<string, unknown> = {}) {
  const items: Record<string, unknown> = { ...initial };
  return {
    items,
    get: async (keys: string[]) => Object.fromEntries(keys.filter((k) => k in items).map((k) => [k, items[k]])),
    set: async (next: Record<string, unknown>) => void Object.assign(items, next),
  };
}

describe('settings', () => {
  it('start with nothing sent beyond identifiers: reference-text matching off, every site on, automatic reading', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({
      version: SETTINGS_VERSION,
      allowReferenceText: false,
      activation: 'automatic',
      disabledSites: [],
    });
  });

  it('read version 1 settings: email and key kept, the pre-ticked reference-text box read as off', () => {
    const v1 = { contactEmail: 'reader@example.org', ncbiApiKey: 'abcdefghijklmnopqrstu', allowReferenceText: true };
    expect(parseSettings(v1)).toEqual({ ...DEFAULT_SETTINGS, contactEmail: 'reader@example.org', ncbiApiKey: 'abcdefghijklmnopqrstu' });
  });

  it('keep a reader’s own choice of reference-text matching in version 2', () => {
    expect(parseSettings({ ...DEFAULT_SETTINGS, allowReferenceText: true }).allowReferenceText).toBe(true);
  });

  it('fall back field by field for invalid values', () => {
    const parsed = parseSettings({
      version: 2,
      contactEmail: 'javascript:alert(1)',
      activation: 'sometimes',
      disabledSites: ['example.org', '<script>'],
      fullTextReading: false,
    });
    expect(parsed).toEqual({ ...DEFAULT_SETTINGS, fullTextReading: false });
  });
});

describe('isSiteEnabled', () => {
  const settings = { disabledSites: ['example.org', 'health.news.co.uk'] };
  it.each([
    ['example.org', false],
    ['www.example.org', false],
    ['EXAMPLE.ORG', false],
    ['news.example.org', false],
    ['health.news.co.uk', false],
    // Twins that must stay on: another site ending in the same letters, a parent of a switched-off subdomain.
    ['badexample.org', true],
    ['example.org.evil.net', true],
    ['news.co.uk', true],
    ['pubmed.ncbi.nlm.nih.gov', true],
    ['', true],
  ])('%s → %s', (host, enabled) => {
    expect(isSiteEnabled(settings, host)).toBe(enabled);
  });
});

describe('siteOf and withSite', () => {
  it('normalise host names and refuse what is not one', () => {
    expect(siteOf('WWW.Example.org.')).toBe('example.org');
    expect(siteOf('localhost')).toBe('localhost');
    expect(siteOf('not a host')).toBeNull();
    expect(siteOf('')).toBeNull();
  });

  it('switch a site off once, sorted, and on again with the parent entry that covered it', () => {
    const off = withSite(withSite(withSite(DEFAULT_SETTINGS, 'www.b.org', false), 'a.org', false), 'b.org', false);
    expect(off.disabledSites).toEqual(['a.org', 'b.org']);
    expect(withSite(off, 'news.b.org', true).disabledSites).toEqual(['a.org']);
    expect(withSite(off, 'not a host', true)).toBe(off);
  });
});

describe('settingsStore', () => {
  it('saves valid settings with their version and names the invalid field', async () => {
    const area = memoryArea();
    const store = settingsStore(area);
    expect(await store.save({ ...DEFAULT_SETTINGS, contactEmail: 'not an email' })).toBe('contactEmail');
    expect(await store.save({ ...DEFAULT_SETTINGS, ncbiApiKey: 'short' })).toBe('ncbiApiKey');
    expect(area.items.settings).toBeUndefined();
    expect(await store.save({ ...DEFAULT_SETTINGS, contactEmail: 'reader@example.org' })).toBeNull();
    expect(area.items.settings).toMatchObject({ version: 2, contactEmail: 'reader@example.org' });
  });

  it('updates in one step, keeping the other fields', async () => {
    const area = memoryArea({ settings: { ...DEFAULT_SETTINGS, contactEmail: 'reader@example.org' } });
    const next = await settingsStore(area).update((s) => withSite(s, 'example.org', false));
    expect(next.disabledSites).toEqual(['example.org']);
    expect(area.items.settings).toMatchObject({ contactEmail: 'reader@example.org', disabledSites: ['example.org'] });
  });
});
