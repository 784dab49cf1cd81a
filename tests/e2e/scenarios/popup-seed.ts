import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Driver, Tab } from '../drivers/types';
import { background, byTestId, DARK_POPUP, focusTop, isOpen, LIGHT, openAll, spinAnimation, tabThrough, waitUntil } from './popup-helpers';

const RESOLVED_BADGE = 'evidence-lens-badge >>> button[data-state="resolved"]';

/**
 * Lets a reloaded page be read: the popup here is a tab of its own, so the page sits in a background
 * tab, where the scanner's slices wait for animation frames; a reader's page is in front.
 */
async function readInFront(page: Tab, popup: Tab): Promise<void> {
  await page.front();
  await expect.poll(() => page.count(RESOLVED_BADGE), { timeout: 20_000 }).toBeGreaterThan(0);
  await popup.front();
}

/** Marks the page's document, so a reload (a fresh document) can be told apart. */
const markDocument = (page: Tab) => page.evaluate(() => void ((window as unknown as { __old?: boolean }).__old = true));
const isFreshDocument = (page: Tab) => page.evaluate(() => !(window as unknown as { __old?: boolean }).__old).catch(() => false);

/**
 * The real popup on the seed article: only where the browser lets a test open the extension's
 * popup for a page (Chromium). Firefox runs the same popup against a stand-in (popup-stand-in.ts).
 */
export function popupSeedScenarios(driver: Driver): void {
  describe.skipIf(!driver.can.popupForPage)(`${driver.name}: the popup on the seed article`, () => {
    let page: Tab;
    let popup: Tab;
    beforeAll(async () => {
      page = await driver.openPage('/seed');
      await waitUntil(async () => (await page.count(RESOLVED_BADGE)) === 10, 'the seed’s 10 resolved badges');
      popup = await driver.openPopup(page);
      await waitUntil(async () => (await byTestId(popup, 'verdict-claims')).includes('with issues'), 'the popup’s verdict');
    });
    // A tab in the background gets no animation frames, and a real click waits for them.
    beforeEach(async () => {
      await popup?.front();
    });

    it('answers first in one short screen: sources found, claims with issues and what could not be checked', async () => {
      expect(await byTestId(popup, 'verdict-sources')).toBe('4 sources cited · 4 found in a database');
      expect(await byTestId(popup, 'verdict-claims')).toMatch(/^11 claims about studies · 7 with issues · \d+ checked/);
      expect(await popup.count('[data-testid="top-warning"]')).toBe(3);
      const summaries = await popup.texts('details.el-section > summary');
      expect(summaries.map((s) => s.replace(/\s+/g, ' '))).toEqual([
        'Claims about studies 11',
        'Sources, strongest first 4',
        expect.stringMatching(/^Checklist \d+ of 12 good$/),
        expect.stringMatching(/^Disclaimers and disclosures \d+$/),
        'Copy or export the sources 4',
        'Look up a study',
        'What the badges mean',
      ]);
      await popup.screenshot('chromium-popup-light.png', true);
      const height = await popup.evaluate(() => document.querySelector('main')!.getBoundingClientRect().bottom);
      // The popup was 5,158 px tall for this page with everything open; closed sections keep it within
      // one screen of the 600 px a browser gives a popup.
      expect(height).toBeLessThanOrEqual(600);
    });

    it('groups sources by strength with levels in plain words, no database vocabulary', async () => {
      await popup.click('#el-sources > summary');
      const groups = await popup.texts('#el-sources .el-group h3');
      expect(groups.map((g) => g.replace(/\s+/g, ' '))).toEqual([
        'Level 2: randomised trials 2',
        'Level 4: weaker observational and re-analyses 1',
        'Animal and cell studies 1',
      ]);
      const [text] = await popup.texts('#el-sources');
      expect(text).toContain('Level 2 of 5: a randomised trial; 1 is strongest');
      expect(text).toContain('Also cited as (3) “Oki et al. 2022”');
      expect(text).not.toMatch(/MeSH|Publication types|research-article/);
      expect(text).toContain('Registered NCT03548311');
      expect(text).toContain('130 participants · about 16 weeks · primary endpoint met');
      expect(text).toContain('Names trial NCT00444613');
      expect(text).toContain('373 participants');
      expect(text).toContain('The main result the study was designed to test was not statistically significant.');
      expect(text).toContain('Laboratory (in vitro) study');
      await popup.click('#el-sources > summary');
    });

    it('lists each claim with its checks, and the twelve checklist answers', async () => {
      const checks = await popup.attributes('[data-testid="claim-check"]', 'data-code');
      expect(checks).toEqual(
        expect.arrayContaining([
          'effect-misstated',
          'contradicts-source',
          'population-mismatch',
          'intervention-mismatch',
          'safety-overreach',
        ]),
      );
      const answers = await popup.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('[data-testid="checklist-item"]')].map((item) => [
            item.getAttribute('data-criterion'),
            item.getAttribute('data-answer'),
          ]),
        ),
      );
      expect(Object.keys(answers)).toHaveLength(12);
      expect(answers).toMatchObject({ 'sources-cited': 'yes', 'benefit-quantified-absolute': 'no', 'sensational-language': 'yes' });
    });

    it('is usable by keyboard alone: Tab reaches every control, Enter opens a section and follows a warning', async () => {
      await focusTop(popup);
      const seen = await tabThrough(popup, 14);
      expect(seen[0]).toBe('button:Settings');
      expect(seen[1]).toBe('button:On for localhost');
      expect(seen.filter((s) => s.startsWith('a:⚑'))).toHaveLength(3);
      expect(seen).toContain('button:Read the page again');
      expect(seen).toContain('summary:Sources, strongest first4');
      // Back to the first warning, and follow it.
      while (!(await popup.focused()).startsWith('a:⚑')) await popup.press('Shift+Tab');
      await popup.press('Enter');
      await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toMatch(/^el-claim-\d+$/);
      expect(await isOpen(popup, 'el-claims')).toBe(true);
      await popup.evaluate(() => document.querySelector<HTMLElement>('#el-claims > summary')!.focus());
      await popup.press('Enter');
      await expect.poll(() => isOpen(popup, 'el-claims')).toBe(false);
    });

    it('has no serious or critical axe-core violation, light or dark, with every section open', async () => {
      for (const scheme of ['light', 'dark'] as const) {
        await driver.setScheme(popup, scheme);
        await openAll(popup, true);
        expect(await popup.axe()).toEqual([]);
        await openAll(popup, false);
      }
    });

    it('turns dark with the reader’s colour scheme', async () => {
      await driver.setScheme(popup, 'dark');
      expect(await background(popup)).toBe(DARK_POPUP);
      // The picture shows the popup as it opens, without the focus ring the keyboard test left.
      await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await popup.screenshot('chromium-popup-dark.png');
      await driver.setScheme(popup, 'light');
      expect(await background(popup)).toBe(LIGHT);
    });

    it('stops the retrying spinner’s motion for readers who ask for reduced motion', async () => {
      await driver.setScheme(popup, 'light', true);
      expect(await spinAnimation(popup)).toBe('none');
      await driver.setScheme(popup, 'light');
      expect(await spinAnimation(popup)).not.toBe('none');
    });

    it('exports BibTeX that Citation.js parses back into the page’s four works, and RIS and CSL-JSON', async () => {
      await popup.click('#el-export > summary');
      const bibtex = await popup.download('BibTeX');
      expect(bibtex.name).toBe('references.bib');
      const works = new Cite(bibtex.text).data as Array<{ DOI?: string }>;
      expect(works.map((work) => work.DOI)).toEqual([
        '10.1016/s1474-4422(18)30054-1',
        '10.1001/jamaneurol.2022.0901',
        '10.1136/jnnp-2018-319294',
        '10.1016/j.freeradbiomed.2009.04.023',
      ]);
      const ris = await popup.download('RIS');
      expect(ris.text.match(/^TY {2}- /gm)).toHaveLength(4);
      const csl = await popup.download('CSL-JSON');
      expect((JSON.parse(csl.text) as unknown[]).length).toBe(4);
      await expect.poll(() => byTestId(popup, 'export-status')).toBe('Saved references.json.');
    });

    it('looks up a pasted DOI link with the same resolver and the same source summary', async () => {
      await popup.click('#el-lookup > summary');
      await popup.fill('#el-lookup-input', 'https://doi.org/10.1136/jnnp-2018-319294');
      await popup.clickLabel('Look up');
      const result = async () => (await popup.texts('[data-testid="lookup-result"]')).join('');
      await expect.poll(result).toContain('Ultra-high-dose methylcobalamin in amyotrophic lateral sclerosis');
      expect(await result()).toContain('Level 2 of 5: a randomised trial');
      await popup.fill('#el-lookup-input', 'https://www.example.org/health/b12');
      await popup.clickLabel('Look up');
      await expect.poll(result).toContain('Not an identifier Evidence Lens can look up');
    });

    it('rescans: the page is read again and the same popup, left open, follows it to its report', async () => {
      // The content script does not answer `rescan` yet, so the popup reloads the tab.
      await markDocument(page);
      await popup.clickLabel('Read the page again');
      await expect.poll(() => isFreshDocument(page), { timeout: 20_000 }).toBe(true);
      await readInFront(page, popup);
      await expect.poll(() => byTestId(popup, 'verdict-sources'), { timeout: 20_000 }).toBe('4 sources cited · 4 found in a database');
    });

    it('switches off for this site (remembered when the popup opens again) and on again, followed by the open popup', async () => {
      await popup.click('[data-testid="site-switch"]');
      await expect.poll(() => popup.count('[data-testid="site-off"]')).toBe(1);
      expect(await popup.attributes('[data-testid="site-switch"]', 'aria-pressed')).toEqual(['false']);
      await expect.poll(async () => (await driver.storedSettings(popup))?.disabledSites).toEqual(['localhost']);
      // The page is read afresh under the new setting: on a switched-off site the extension adds nothing.
      await expect.poll(() => page.count('evidence-lens-badge'), { timeout: 20_000 }).toBe(0);
      await popup.close();
      popup = await driver.openPopup(page);
      await popup.front();
      await expect.poll(() => popup.attributes('[data-testid="site-switch"]', 'aria-pressed')).toEqual(['false']);
      expect(await popup.count('[data-testid="verdict"]')).toBe(0);
      await popup.click('[data-testid="site-switch"]');
      await expect.poll(async () => (await driver.storedSettings(popup))?.disabledSites).toEqual([]);
      await readInFront(page, popup);
      await expect.poll(() => byTestId(popup, 'verdict-sources'), { timeout: 20_000 }).toBe('4 sources cited · 4 found in a database');
      await expect.poll(() => page.count('evidence-lens-badge'), { timeout: 20_000 }).toBeGreaterThan(0);
      await popup.close();
    });
  });
}
