import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import type { Driver, Tab } from '../drivers/types';
import { byTestId, focusTop, isOpen } from './popup-helpers';
import { OFFLINE_WORLD, RESOLVED_DOIS, RESOLVED_WORLD } from './worlds';

/** How often the stand-in tab was reloaded (the popup's rescan where the page cannot rescan in place). */
const reloads = (popup: Tab) => popup.evaluate(() => (window as unknown as { __standIn: { reloads: number } }).__standIn.reloads);

/**
 * The popup's controls on the build's own popup bundle, run against a stand-in of the extension
 * APIs: in every browser, so Firefox (which cannot open the real popup for a page) tests them too.
 * What the content script then does with a switched-off site or a rescan is tested on real pages
 * in popup-seed.ts, where the browser allows.
 */
export function popupStandInScenarios(driver: Driver): void {
  describe(`${driver.name}: the built popup's controls against a stand-in`, () => {
    it('switches the site off, remembers it when the popup opens again, and on again', async () => {
      const popup = await driver.openStandIn('popup', OFFLINE_WORLD);
      await expect.poll(() => popup.attributes('[data-testid="site-switch"]', 'aria-pressed')).toEqual(['true']);
      await popup.click('[data-testid="site-switch"]');
      await expect.poll(() => popup.count('[data-testid="site-off"]')).toBe(1);
      expect(await byTestId(popup, 'site-off')).toContain('news.example.org');
      await expect.poll(async () => (await driver.storedSettings(popup))?.disabledSites).toEqual(['news.example.org']);
      // The page is read afresh under the new setting: the stand-in's page cannot rescan in place, so it is reloaded.
      await expect.poll(() => reloads(popup)).toBe(1);
      await popup.reload();
      await expect.poll(() => popup.attributes('[data-testid="site-switch"]', 'aria-pressed')).toEqual(['false']);
      expect(await popup.count('[data-testid="verdict"]')).toBe(0);
      await popup.click('[data-testid="site-switch"]');
      await expect.poll(async () => (await driver.storedSettings(popup))?.disabledSites).toEqual([]);
      await expect.poll(() => byTestId(popup, 'verdict'), { timeout: 10_000 }).toContain('retrying');
      await popup.close();
    });

    it('rescans: "Read the page again" asks the page again and shows its report', async () => {
      const popup = await driver.openStandIn('popup', OFFLINE_WORLD);
      await popup.clickLabel('Read the page again');
      await expect.poll(() => reloads(popup)).toBe(1);
      await expect.poll(() => byTestId(popup, 'verdict'), { timeout: 10_000 }).toContain('Service unavailable, retrying');
      await popup.close();
    });

    it('looks up a pasted PMID, says honestly that the service did not answer, and refuses what is not an identifier', async () => {
      const popup = await driver.openStandIn('popup', OFFLINE_WORLD);
      await popup.click('#el-lookup > summary');
      await popup.fill('#el-lookup-input', 'https://pubmed.ncbi.nlm.nih.gov/35532908/');
      await popup.clickLabel('Look up');
      const result = async () => (await popup.texts('[data-testid="lookup-result"]')).join('');
      await expect.poll(result, { timeout: 10_000 }).toContain('The scholarly database did not answer');
      expect(await popup.evaluate(() => (window as unknown as { __standIn: { resolved: string[][] } }).__standIn.resolved)).toContainEqual([
        'pmid:35532908',
      ]);
      await popup.fill('#el-lookup-input', 'https://www.example.org/health/b12');
      await popup.clickLabel('Look up');
      await expect.poll(result).toContain('Not an identifier Evidence Lens can look up');
      await popup.close();
    });

    it.each([
      ['a bare DOI', '10.1136/JNNP-2018-319294', 'doi:10.1136/jnnp-2018-319294'],
      ['a PMCID', 'PMC6581107', 'pmcid:PMC6581107'],
      ['an NCT number', 'nct03548311', 'nct:NCT03548311'],
      ['a link holding a DOI', 'https://jamanetwork.com/doi/10.1001/jamaneurol.2022.0901?utm=x', 'doi:10.1001/jamaneurol.2022.0901'],
    ])('sends only the identifier of %s to the background', async (_kind, pasted, key) => {
      const popup = await driver.openStandIn('popup', OFFLINE_WORLD);
      await popup.click('#el-lookup > summary');
      await popup.fill('#el-lookup-input', pasted);
      await popup.clickLabel('Look up');
      const asked = () => popup.evaluate(() => (window as unknown as { __standIn: { resolved: string[][] } }).__standIn.resolved.flat());
      await expect.poll(asked, { timeout: 10_000 }).toContain(key);
      expect((await asked()).filter((k) => !k.startsWith('doi:10.5555/'))).toEqual([key]);
      await popup.close();
    });

    it('is usable by keyboard alone: open the look-up, type an identifier, Enter, and read the answer', async () => {
      const popup = await driver.openStandIn('popup', OFFLINE_WORLD);
      await expect.poll(() => byTestId(popup, 'verdict'), { timeout: 10_000 }).toContain('retrying');
      await focusTop(popup);
      let steps = 0;
      while ((await popup.focused()) !== 'summary:Look up a study' && steps < 30) {
        await popup.press('Tab');
        steps += 1;
      }
      expect(await popup.focused()).toBe('summary:Look up a study');
      await popup.press('Enter');
      await expect.poll(() => isOpen(popup, 'el-lookup')).toBe(true);
      await popup.press('Tab');
      expect(await popup.evaluate(() => document.activeElement?.id)).toBe('el-lookup-input');
      for (const key of '35532908') await popup.press(key);
      await popup.press('Enter');
      await expect
        .poll(async () => (await popup.texts('[data-testid="lookup-result"]')).join(''), { timeout: 10_000 })
        .toContain('The scholarly database did not answer');
      await popup.close();
    });

    it('exports BibTeX that Citation.js parses back into the same works, and RIS and CSL-JSON', async () => {
      const popup = await driver.openStandIn('popup', RESOLVED_WORLD);
      await popup.click('#el-export > summary');
      const bibtex = await popup.download('BibTeX');
      expect(bibtex.name).toBe('references.bib');
      const works = new Cite(bibtex.text).data as Array<{ DOI?: string; title?: string }>;
      expect(works.map((work) => work.DOI)).toEqual(RESOLVED_DOIS);
      expect(works[0]!.title).toBe('Low-dose isotretinoin for moderate acne: a randomized trial');
      const ris = await popup.download('RIS');
      expect(ris.name).toBe('references.ris');
      expect(ris.text.match(/^TY {2}- /gm)).toHaveLength(2);
      const csl = await popup.download('CSL-JSON');
      expect((JSON.parse(csl.text) as Array<{ DOI?: string }>).map((item) => item.DOI)).toEqual(RESOLVED_DOIS);
      await popup.close();
    });
  });
}
