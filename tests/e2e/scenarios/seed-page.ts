import { beforeAll, describe, expect, it } from 'vitest';
import { RECORDED_API_HOSTS } from '../support/fake-internet';
import type { Driver, Tab } from '../drivers/types';

const CARD = 'evidence-lens-card >>> [role="dialog"]';
const MARKER_BADGE = 'sup + evidence-lens-badge >>> button';

/** The card's text once it is open (and holds `expected`). */
async function cardText(page: Tab, expected: string): Promise<string> {
  await expect.poll(async () => (await page.contents(CARD)).join(''), { timeout: 10_000 }).toContain(expected);
  return (await page.contents(CARD)).join('');
}

/** The seed article: badges, cards with their checks, and what leaves the browser. */
export function seedPageScenarios(driver: Driver): void {
  describe(`${driver.name}: the seed article`, () => {
    let page: Tab;
    beforeAll(async () => {
      page = await driver.openPage('/seed');
    });

    it('puts a badge after each of the 5 reference entries and 5 in-text markers, and on 3 paragraphs with unmarked claims', async () => {
      // The paragraph badges wait for the evaluation, which a loaded machine delays.
      await expect.poll(() => page.count('evidence-lens-badge'), { timeout: 20_000 }).toBe(13);
      await expect.poll(() => page.count('p > evidence-lens-badge >>> button[data-state="claims-warning"]')).toBe(3);
      await expect.poll(() => page.count('ol.references li evidence-lens-badge')).toBe(5);
      await expect.poll(() => page.count('sup + evidence-lens-badge')).toBe(5);
      await expect.poll(() => page.count('evidence-lens-badge >>> button[data-state="resolved"]'), { timeout: 20_000 }).toBe(10);
      await expect.poll(() => page.contents(MARKER_BADGE)).toEqual(['◆Re-analysis', '◆RCT ⚑', '◆RCT ⚑', '◆RCT ⚑', '◆In vitro ⚑']);
    });

    it('shows in the card of marker 3 that "over 40% more functional abilities" misstates the source, with its evidence', async () => {
      await page.click(MARKER_BADGE, 2);
      const text = await cardText(page, 'Reference 3');
      expect(text).toContain('What the page says of it, checked');
      expect(text).toContain('Result misstated');
      expect(text).toContain('the source reports a slower decline');
      expect(text).toContain('least-squares mean change in ALSFRS-R total score');
      expect(text).toContain('Relative figure only');
      await page.screenshot(`${driver.name}-seed-claim-check.png`);
      await page.press('Escape');
      await expect.poll(() => page.count(CARD)).toBe(0);
    });

    it('flags "readily supplementing vitamin B12" as a different treatment on its paragraph badge', async () => {
      const index = await page.evaluate(() =>
        [...document.querySelectorAll('p > evidence-lens-badge')].findIndex((badge) =>
          badge.parentElement!.textContent!.includes('readily supplementing vitamin B12'),
        ),
      );
      expect(index).toBeGreaterThanOrEqual(0);
      await page.click('p > evidence-lens-badge >>> button', index);
      const text = await cardText(page, 'Claims in this paragraph');
      expect(text).toContain('Different treatment');
      expect(text).toContain('Intramuscular injection of methylcobalamin, 50 mg');
      if (driver.family === 'chromium') await page.screenshot('chromium-seed-paragraph-check.png');
      await page.press('Escape');
      await expect.poll(() => page.count(CARD)).toBe(0);
    });

    it('opens a card with title, journal, year, design and DOI link when a badge is clicked', async () => {
      await page.click(MARKER_BADGE, 1);
      const text = await cardText(page, 'Reference 2');
      expect(text).toContain('Efficacy and Safety of Ultrahigh-Dose Methylcobalamin in Early-Stage Amyotrophic Lateral Sclerosis');
      expect(text).toContain('JAMA neurology · 2022');
      expect(text).toContain('Randomised controlled trial');
      expect(text).toContain('Registered NCT03548311: completed, phase 3, randomized, quadruple masking, 130 enrolled');
      expect(text).toContain('Publication types: Randomized Controlled Trial; Clinical Trial, Phase III');
      expect(text).toContain('MeSH: Humans');
      expect(text).toContain('Abstract');
      const links = await page.evaluate(() =>
        [...document.querySelector('evidence-lens-card')!.shadowRoot!.querySelectorAll('a')].map((a) => [
          a.textContent,
          a.getAttribute('href'),
        ]),
      );
      expect(links.find(([label]) => label?.includes('DOI'))?.[1]).toBe('https://doi.org/10.1001/jamaneurol.2022.0901');
      expect(links.find(([label]) => label?.includes('NCT03548311'))?.[1]).toBe('https://clinicaltrials.gov/study/NCT03548311');
      await page.screenshot(`${driver.name}-seed-card.png`);
      await page.press('Escape');
      await expect.poll(() => page.count(CARD)).toBe(0);
    });

    it('shows the short form "Oki et al. 2022" as reference 2 in its card', async () => {
      await page.click('ol.references li#ref-3 evidence-lens-badge >>> button');
      const text = await cardText(page, 'is a short form of reference 2');
      expect(text).toContain('Efficacy and Safety of Ultrahigh-Dose Methylcobalamin');
      await page.press('Escape');
    });

    it('sends requests only to the scholarly APIs, carrying identifiers and nothing of the page', () => {
      const { internet } = driver;
      // One search, and the open full text of the one open-access source a claim cites (by its PMCID only).
      expect(internet.requestsTo('www.ebi.ac.uk').map(({ url }) => new URL(url).pathname)).toEqual([
        '/europepmc/webservices/rest/search',
        '/europepmc/webservices/rest/PMC6581107/fullTextXML',
      ]);
      expect(internet.requestsTo('api.crossref.org')).toHaveLength(1);
      expect(internet.requestsTo('clinicaltrials.gov')).toHaveLength(2);
      expect(internet.requestsOutside(RECORDED_API_HOSTS)).toEqual([]);
      for (const { url } of internet.requests) expect(url).not.toMatch(/localhost|127\.0\.0\.1|glimmer|greenmedinfo/i);
    });
  });
}
