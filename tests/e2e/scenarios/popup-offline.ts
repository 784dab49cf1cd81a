import { beforeAll, describe, expect, it } from 'vitest';
import { RECORDED_API_HOSTS } from '../support/fake-internet';
import type { Driver, Tab } from '../drivers/types';
import { OFFLINE_WORLD } from './worlds';
import { background, byTestId, DARK_POPUP, focusTop, isOpen, openAll, spinAnimation, tabThrough, unresolvedEntries } from './popup-helpers';

/** What the stand-in background has been asked to resolve. */
const askedToResolve = (popup: Tab) =>
  popup.evaluate(() => (window as unknown as { __standIn: { resolved: string[][] } }).__standIn.resolved);

/** The popup when every service fails: honest about what was not checked, retrying, and something to act on. */
export function popupOfflineScenarios(driver: Driver): void {
  describe.skipIf(!driver.can.popupForPage)(`${driver.name}: the popup with every service failing, on the page`, () => {
    it('says "retrying", never "0 with issues", and gives each unresolved source its text, identifier and links', async () => {
      RECORDED_API_HOSTS.forEach((host) => driver.internet.failingHosts.add(host));
      try {
        const page = await driver.openPage('/pages/unreachable-sources.html');
        await expect.poll(() => page.count('evidence-lens-badge >>> button[data-state="retrying"]'), { timeout: 45_000 }).toBe(4);
        const popup = await driver.openPopup(page, 'dark');
        await expect.poll(() => byTestId(popup, 'retrying'), { timeout: 10_000 }).toContain('Service unavailable, retrying');
        const [first] = await popup.texts('[data-testid="verdict"]');
        expect(first).not.toMatch(/0 with issues/);
        expect(first).toMatch(/not checked yet: (its|their) sources?'s? service did not answer, retrying/);
        await popup.click('#el-sources > summary');
        const [entry] = await unresolvedEntries(popup);
        expect(entry!.text).toMatch(/DOI\s+10\.5555\//);
        expect(entry!.links.some((href) => href.startsWith('https://doi.org/10.5555/'))).toBe(true);
        expect(entry!.links.some((href) => href.startsWith('https://pubmed.ncbi.nlm.nih.gov/?term='))).toBe(true);
        expect(entry!.buttons.filter((label) => label === 'Try again')).toHaveLength(1);
        expect(await popup.axe()).toEqual([]);
        await popup.screenshot('chromium-popup-offline-dark.png', true);
        await popup.close();
        await page.close();
      } finally {
        driver.internet.failingHosts.clear();
      }
    });
  });

  describe(`${driver.name}: the built popup against a stand-in, every service failing`, () => {
    let popup: Tab;
    beforeAll(async () => {
      popup = await driver.openStandIn('popup', OFFLINE_WORLD);
    });

    it('says "retrying", never "0 with issues", and asks the background again', async () => {
      await expect.poll(() => byTestId(popup, 'verdict'), { timeout: 10_000 }).toContain('retrying');
      const verdict = await byTestId(popup, 'verdict');
      expect(verdict).toContain('Service unavailable, retrying');
      expect(verdict).not.toMatch(/0 with issues/);
      expect(verdict).toContain('none could be checked against a source yet');
      await expect.poll(async () => (await askedToResolve(popup))[0], { timeout: 10_000 }).toEqual(['doi:10.5555/heart.2021.0101']);
    });

    it('shows the unresolved sources with their text, identifier and links', async () => {
      await popup.click('#el-sources > summary');
      const items = await unresolvedEntries(popup);
      expect(items).toHaveLength(2);
      expect(items[0]!.text).toContain('Coffee intake and incident arrhythmia');
      expect(items[0]!.text).toMatch(/DOI\s+10\.5555\/heart\.2021\.0101/);
      expect(items[0]!.links).toContain('https://doi.org/10.5555/heart.2021.0101');
      expect(items[1]!.text).toContain('this reference has no DOI, PubMed or trial number');
      expect(items[1]!.links.some((href) => href.startsWith('https://pubmed.ncbi.nlm.nih.gov/?term='))).toBe(true);
      await popup.click('#el-sources > summary');
    });

    it('is reachable by keyboard: Tab goes through the controls and Enter opens a section', async () => {
      await focusTop(popup);
      const seen = await tabThrough(popup, 4);
      expect(seen.slice(0, 3)).toEqual(['button:Settings', 'button:On for news.example.org', 'button:Read the page again']);
      expect(seen[3]).toBe('summary:Claims about studies1');
      await popup.press('Enter');
      await expect.poll(() => isOpen(popup, 'el-claims')).toBe(true);
    });

    it('has no serious or critical axe-core violation', async () => {
      await openAll(popup, true);
      expect(await popup.axe()).toEqual([]);
      if (driver.family === 'firefox') await popup.screenshot('firefox-popup-offline.png', true);
    });

    it('turns dark, keeps still for reduced motion, and passes axe there too', async () => {
      // Firefox cannot switch an open tab's scheme: the dark popup opens in a browser set to dark.
      const dark = await driver.openStandIn('popup', OFFLINE_WORLD, 'dark');
      if (driver.can.switchScheme) await driver.setScheme(dark, 'dark', true);
      await expect.poll(() => byTestId(dark, 'verdict'), { timeout: 10_000 }).toContain('retrying');
      expect(await background(dark)).toBe(DARK_POPUP);
      expect(await spinAnimation(dark)).toBe('none');
      await openAll(dark, true);
      expect(await dark.axe()).toEqual([]);
      if (driver.family === 'firefox') await dark.screenshot('firefox-popup-dark.png', true);
      await dark.close();
    });
  });
}
