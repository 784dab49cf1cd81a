import { describe, expect, it } from 'vitest';
import { RECORDED_API_HOSTS } from '../support/fake-internet';
import type { Driver, Tab } from '../drivers/types';

/** The page's markup now and as it was when it was ready: equal when the extension added nothing. */
const markupThenAndNow = (page: Tab) =>
  page.evaluate(() => [(window as unknown as { __domAtReady: string }).__domAtReady, document.documentElement.outerHTML]);

/** Pages without references, a page its pre-check passes over, failing services, a stopped background. */
export function otherPageScenarios(driver: Driver): void {
  describe(`${driver.name}: pages without references and failing services`, () => {
    it('leaves a page with no references exactly as it was', async () => {
      const page = await driver.openPage('/pages/no-references.html');
      if (driver.can.popupForPage) {
        const popup = await driver.openPopup(page);
        await expect
          .poll(async () => (await popup.texts('main')).join(''))
          .toContain('No references, study claims or disclaimers found on this page.');
        await popup.close();
      } else {
        // Nothing to wait for without the popup: give the first script time to decide.
        await new Promise((resolve) => setTimeout(resolve, 1500));
      }
      expect(await page.count('evidence-lens-badge, evidence-lens-card')).toBe(0);
      const [atReady, now] = await markupThenAndNow(page);
      expect(now).toBe(atReady);
    });

    it.skipIf(!driver.can.popupForPage)(
      'scans a page its pre-check passed over when the reader opens the popup, still without changing it (needs the real popup)',
      async () => {
        // No reference, no marker and none of the pre-check's words: the first script alone runs here.
        const page = await driver.openPage('/pages/quiet-claim.html');
        const popup = await driver.openPopup(page);
        await expect.poll(async () => (await popup.texts('main')).join('')).toContain('1 claim about a study');
        await popup.click('#el-claims > summary');
        expect((await popup.texts('#el-claims'))[0]).toContain('Taking vitamin D every day cut hip fractures by 40%');
        await popup.close();
        expect(await page.count('evidence-lens-badge, evidence-lens-card')).toBe(0);
        const [atReady, now] = await markupThenAndNow(page);
        expect(now).toBe(atReady);
      },
    );

    it('says "service unavailable, retrying" when the APIs answer 500, without breaking the page', async () => {
      RECORDED_API_HOSTS.forEach((host) => driver.internet.failingHosts.add(host));
      try {
        const page = await driver.openPage('/pages/unreachable-sources.html');
        // Failing services are retried with backoff first, so this takes a few seconds.
        await expect
          .poll(() => page.attributes('evidence-lens-badge >>> button', 'data-state'), { timeout: 45_000 })
          .toEqual(Array(4).fill('retrying'));
        await page.click('sup + evidence-lens-badge >>> button');
        await expect
          .poll(async () => (await page.contents('evidence-lens-card >>> [role="dialog"]')).join(''), { timeout: 10_000 })
          .toContain('The scholarly database did not answer. Service unavailable, retrying shortly');
        if (driver.family === 'chromium') await page.screenshot('chromium-unavailable-card.png');
        expect(await page.contents('h1')).toEqual(['Coffee and heart rhythm: what the studies say']);
        // Left open, the page would ask again once the services answer and cache what they say,
        // and the popup's own scenario on this page would then meet no failure at all.
        await page.close();
      } finally {
        driver.internet.failingHosts.clear();
      }
    });
  });

  describe.skipIf(!driver.can.stopBackground)(`${driver.name}: the background is stopped while a lookup is in flight`, () => {
    it('the content script asks again and the page ends up resolved', async () => {
      const { internet } = driver;
      internet.slowHosts.set('www.ebi.ac.uk', 2_000);
      try {
        const page = await driver.openPage('/pages/pubmed-links.html');
        const asked = () => internet.requests.filter((r) => r.url.includes('EXT_ID%3A35532908')).length;
        await expect.poll(asked, { timeout: 10_000 }).toBeGreaterThan(0);
        await driver.stopBackground(page);
        await expect.poll(() => page.count('evidence-lens-badge >>> button[data-state="resolved"]'), { timeout: 20_000 }).toBe(2);
        expect(await page.contents('evidence-lens-badge >>> button')).toEqual(['◆RCT', '◆RCT']);
        // The first lookup died with the worker: the restarted background had to ask again.
        expect(asked()).toBeGreaterThanOrEqual(2);
      } finally {
        internet.slowHosts.clear();
      }
    });
  });
}
