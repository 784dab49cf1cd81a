import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { FakeInternet, RECORDED_API_HOSTS } from './support/fake-internet';
import { launchFirefox } from './support/firefox';
import { startPageServer } from './support/page-server';
import { screenshotPath } from './support/screenshots';

describe.each(['firefox-mv2', 'firefox-mv3'] as const)('Firefox with the %s build', (target) => {
  let internet: FakeInternet;
  let pages: Awaited<ReturnType<typeof startPageServer>>;
  let firefox: Browser;

  beforeAll(async () => {
    internet = new FakeInternet();
    const proxyPort = await internet.start();
    pages = await startPageServer();
    firefox = await launchFirefox(proxyPort, target);
  });

  afterAll(async () => {
    await firefox?.close();
    await pages?.stop();
    await internet?.stop();
  });

  async function openPage(path: string): Promise<Page> {
    const page = await firefox.newPage();
    await page.goto(`${pages.origin}${path}`);
    return page;
  }

  /** Polls a value in the page until it passes the check or the time runs out. */
  async function waitFor<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let value = await read();
    while (!check(value) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      value = await read();
    }
    return value;
  }

  const badgeStates = (page: Page) =>
    page.$$eval('evidence-lens-badge', (hosts) => hosts.map((host) => host.shadowRoot?.querySelector('button')?.dataset.state ?? 'none'));

  describe('Firefox: the seed article', () => {
    let page: Page;
    beforeAll(async () => {
      page = await openPage('/seed');
    });

    it('puts a resolved badge after each of the 5 reference entries and 5 in-text markers', async () => {
      const states = await waitFor(
        () => badgeStates(page),
        (s) => s.length === 13 && s.filter((state) => state === 'resolved').length === 10,
      );
      expect(states.filter((state) => state === 'resolved')).toHaveLength(10);
      expect(states.filter((state) => state === 'claims-warning')).toHaveLength(3);
      expect(await page.$$eval('ol.references li evidence-lens-badge', (hosts) => hosts.length)).toBe(5);
      expect(await page.$$eval('sup + evidence-lens-badge', (hosts) => hosts.length)).toBe(5);
    });

    it('opens a card with title, journal, year, design and DOI link when a badge is clicked', async () => {
      const markerBadges = await page.$$('sup + evidence-lens-badge >>> button');
      expect(markerBadges).toHaveLength(5);
      await markerBadges[1]!.click();
      const text = await waitFor(
        () => page.$eval('evidence-lens-card', (host) => host.shadowRoot?.textContent ?? '').catch(() => ''),
        (t) => t.includes('Reference'),
      );
      expect(text).toContain('Reference 2');
      expect(text).toContain('Efficacy and Safety of Ultrahigh-Dose Methylcobalamin in Early-Stage Amyotrophic Lateral Sclerosis');
      expect(text).toContain('JAMA neurology · 2022');
      expect(text).toContain('Randomised controlled trial');
      expect(text).toContain('Registered NCT03548311: completed, phase 3, randomized, quadruple masking, 130 enrolled');
      expect(text).toContain('MeSH: Humans');
      const doiHref = await page.$eval('evidence-lens-card', (host) => host.shadowRoot?.querySelector('a')?.getAttribute('href'));
      expect(doiHref).toBe('https://doi.org/10.1001/jamaneurol.2022.0901');
      await page.screenshot({ path: screenshotPath(`${target}-seed-card.png`) });
    });

    it('shows the claim checks of marker 3 in its card, with the source words they rest on', async () => {
      await page.keyboard.press('Escape');
      const markerBadges = await page.$$('sup + evidence-lens-badge >>> button');
      await markerBadges[2]!.click();
      const text = await waitFor(
        () => page.$eval('evidence-lens-card', (host) => host.shadowRoot?.textContent ?? '').catch(() => ''),
        (t) => t.includes('Reference 3'),
      );
      expect(text).toContain('Result misstated');
      expect(text).toContain('least-squares mean change in ALSFRS-R total score');
      await page.screenshot({ path: screenshotPath(`${target}-seed-claim-check.png`) });
    });

    it('sends requests only to the scholarly APIs, carrying identifiers and nothing of the page', () => {
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

  describe('Firefox: pages without references and failing services', () => {
    it('leaves a page with no references exactly as it was', async () => {
      const page = await openPage('/pages/no-references.html');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await page.$$eval('evidence-lens-badge, evidence-lens-card', (hosts) => hosts.length)).toBe(0);
      const [atReady, now] = await page.evaluate(() => [
        (window as unknown as { __domAtReady: string }).__domAtReady,
        document.documentElement.outerHTML,
      ]);
      expect(now).toBe(atReady);
    });

    it('says "service unavailable, retrying" when the APIs answer 500, without breaking the page', async () => {
      RECORDED_API_HOSTS.forEach((host) => internet.failingHosts.add(host));
      try {
        const page = await openPage('/pages/unreachable-sources.html');
        const states = await waitFor(
          () => badgeStates(page),
          (s) => s.length === 4 && s.every((state) => state === 'retrying'),
        );
        expect(states).toEqual(Array(4).fill('retrying'));
        const [first] = await page.$$('sup + evidence-lens-badge >>> button');
        await first!.click();
        const text = await waitFor(
          () => page.$eval('evidence-lens-card', (host) => host.shadowRoot?.textContent ?? '').catch(() => ''),
          (t) => t.includes('did not answer'),
        );
        expect(text).toContain('The scholarly database did not answer. Service unavailable, retrying shortly');
        expect(await page.$eval('h1', (h1) => h1.textContent)).toBe('Coffee and heart rhythm: what the studies say');
      } finally {
        internet.failingHosts.clear();
      }
    });
  });
});
