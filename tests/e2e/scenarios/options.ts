import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/shared/settings';
import type { Driver, Tab } from '../drivers/types';
import { background, byTestId, DARK_OPTIONS } from './popup-helpers';
import { OFFLINE_WORLD } from './worlds';

/** Settings with one site switched off, as the popup's switch leaves them. */
const ONE_SITE_OFF: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['news.example.org'] };

/** The options page's world where it runs against a stand-in: one source stored, one site off. */
const OPTIONS_WORLD = { ...OFFLINE_WORLD, sync: { settings: ONE_SITE_OFF } };

/** Stores `settings` through the real extension page (the stand-in starts with them already). */
const storeSettings = (options: Tab, settings: Settings) =>
  options.evaluate(async (value) => {
    if ((window as unknown as { __standIn?: unknown }).__standIn) return;
    const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } };
    await chrome.storage.sync.set({ settings: value });
  }, settings);

/** The options page: settings kept, sites switched off listed, the stored sources' size and clearing, privacy, axe. */
export function optionsScenarios(driver: Driver): void {
  describe(`${driver.name}: the options page`, () => {
    it('keeps the settings, lists switched-off sites, shows and clears the stored sources, and passes axe', async () => {
      const options = await driver.openOptions(OPTIONS_WORLD);
      await storeSettings(options, ONE_SITE_OFF);
      await options.reload();
      await expect.poll(() => byTestId(options, 'cache-size')).toMatch(/^\d+ sources? kept, [\d.,]+ (bytes|kB|MB) in this browser\.$/);
      if (driver.family === 'firefox')
        expect(await byTestId(options, 'cache-size')).toMatch(/^1 source kept, \d+ bytes in this browser\.$/);
      expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('#reference-text')!.checked)).toBe(false);
      const [privacy] = await options.texts('#privacy');
      expect(privacy).toContain('never sends the address');
      expect(await byTestId(options, 'disabled-sites')).toContain('news.example.org');

      await options.fill('#email', 'reader@example.org');
      await options.click('input[value="on-click"]');
      await options.clickLabel('Save');
      await expect.poll(async () => (await options.contents('form [role="status"]')).join('')).toBe('Saved.');
      await options.reload();
      await expect.poll(() => options.evaluate(() => document.querySelector<HTMLInputElement>('#email')!.value)).toBe('reader@example.org');
      expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('input[value="on-click"]')!.checked)).toBe(true);
      await options.click('input[value="automatic"]');
      await options.clickLabel('Save');
      await expect.poll(async () => (await options.contents('form [role="status"]')).join('')).toBe('Saved.');

      await options.clickLabel('Switch on news.example.org');
      await expect.poll(() => options.count('[data-testid="disabled-sites"]')).toBe(0);
      await expect.poll(async () => (await driver.storedSettings(options))?.disabledSites).toEqual([]);

      await options.screenshot(driver.family === 'chromium' ? 'chromium-options-light.png' : 'firefox-options.png', true);
      expect(await options.axe()).toEqual([]);
      await options.clickLabel('Clear stored sources');
      await expect.poll(() => byTestId(options, 'cache-size')).toBe('No sources stored.');
      await options.close();
    });

    it('turns dark with the reader’s colour scheme and passes axe there too', async () => {
      const options = await driver.openOptions(OPTIONS_WORLD, 'dark');
      await expect.poll(async () => (await options.texts('main')).join('')).toContain('Privacy');
      expect(await background(options)).toBe(DARK_OPTIONS);
      expect(await options.axe()).toEqual([]);
      await options.screenshot(`${driver.family}-options-dark.png`, true);
      await options.close();
    });
  });
}
