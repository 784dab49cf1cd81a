import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FakeInternet, RECORDED_API_HOSTS } from './support/fake-internet';
import { startPageServer } from './support/page-server';
import { launchChromium, type ChromiumWithExtension } from './support/chromium';
import { screenshotPath } from './support/screenshots';

let internet: FakeInternet;
let pages: Awaited<ReturnType<typeof startPageServer>>;
let chromium: ChromiumWithExtension;

beforeAll(async () => {
  internet = new FakeInternet();
  const proxyPort = await internet.start();
  pages = await startPageServer();
  chromium = await launchChromium(proxyPort);
});

afterAll(async () => {
  await chromium?.close();
  await pages?.stop();
  await internet?.stop();
});

async function openPage(path: string): Promise<Page> {
  const page = await chromium.context.newPage();
  await page.goto(`${pages.origin}${path}`);
  return page;
}

/** Opens the popup as a page, for the tab `page` is in (the extension may not read tab URLs). */
async function openPopupFor(page: Page): Promise<Page> {
  await page.bringToFront();
  const tabId = await chromium.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  expect(tabId).toBeTypeOf('number');
  const popup = await chromium.context.newPage();
  await popup.setViewportSize({ width: 400, height: 760 });
  await popup.goto(`chrome-extension://${chromium.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

describe('Chromium: the seed article', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage('/seed');
  });

  it('puts a badge after each of the 5 reference entries and 5 in-text markers, and on 3 paragraphs with unmarked claims', async () => {
    const badges = page.locator('evidence-lens-badge');
    // The paragraph badges wait for the evaluation, which a loaded machine delays.
    await expect.poll(() => badges.count(), { timeout: 15_000 }).toBe(13);
    await expect.poll(() => page.locator('p > evidence-lens-badge button[data-state="claims-warning"]').count()).toBe(3);
    await expect.poll(() => page.locator('ol.references li evidence-lens-badge').count()).toBe(5);
    await expect.poll(() => page.locator('sup + evidence-lens-badge').count()).toBe(5);
    await expect.poll(() => page.locator('evidence-lens-badge button[data-state="resolved"]').count()).toBe(10);
    await expect
      .poll(() => page.locator('sup + evidence-lens-badge button').allTextContents())
      .toEqual(['◆Re-analysis', '◆RCT ⚑', '◆RCT ⚑', '◆RCT ⚑', '◆In vitro ⚑']);
  });

  it('shows in the card of marker 3 that "over 40% more functional abilities" misstates the source, with its evidence', async () => {
    await page.locator('sup + evidence-lens-badge button').nth(2).click();
    const card = page.locator('evidence-lens-card [role="dialog"]');
    await expect.poll(() => card.isVisible()).toBe(true);
    const text = await card.innerText();
    expect(text).toContain('What the page says of it, checked');
    expect(text).toContain('Result misstated');
    expect(text).toContain('the source reports a slower decline');
    expect(text).toContain('least-squares mean change in ALSFRS-R total score');
    expect(text).toContain('Relative figure only');
    await page.screenshot({ path: screenshotPath('chromium-seed-claim-check.png') });
    await page.keyboard.press('Escape');
  });

  it('flags "readily supplementing vitamin B12" as a different treatment on its paragraph badge', async () => {
    const paragraph = page.locator('p', { hasText: 'readily supplementing vitamin B12' });
    await paragraph.locator('evidence-lens-badge button').click();
    const card = page.locator('evidence-lens-card [role="dialog"]');
    await expect.poll(() => card.isVisible()).toBe(true);
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Claims in this paragraph');
    expect(text).toContain('Different treatment');
    expect(text).toContain('Intramuscular injection of methylcobalamin, 50 mg');
    await page.screenshot({ path: screenshotPath('chromium-seed-paragraph-check.png') });
    await page.keyboard.press('Escape');
  });

  it('opens a card with title, journal, year, design and DOI link when a badge is clicked', async () => {
    await page.locator('sup + evidence-lens-badge button').nth(1).click();
    const card = page.locator('evidence-lens-card [role="dialog"]');
    await expect.poll(() => card.isVisible()).toBe(true);
    const text = await card.textContent();
    expect(text).toContain('Reference 2');
    expect(text).toContain('Efficacy and Safety of Ultrahigh-Dose Methylcobalamin in Early-Stage Amyotrophic Lateral Sclerosis');
    expect(text).toContain('JAMA neurology · 2022');
    expect(text).toContain('Randomised controlled trial');
    expect(text).toContain('Registered NCT03548311: completed, phase 3, randomized, quadruple masking, 130 enrolled');
    expect(text).toContain('Publication types: Randomized Controlled Trial; Clinical Trial, Phase III');
    expect(text).toContain('MeSH: Humans');
    expect(text).toContain('Abstract');
    expect(await card.locator('a', { hasText: 'DOI' }).getAttribute('href')).toBe('https://doi.org/10.1001/jamaneurol.2022.0901');
    expect(await card.locator('a', { hasText: 'NCT03548311' }).getAttribute('href')).toBe('https://clinicaltrials.gov/study/NCT03548311');
    await page.screenshot({ path: screenshotPath('chromium-seed-card.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
  });

  it('shows the short form "Oki et al. 2022" as reference 2 in its card', async () => {
    await page.locator('ol.references li#ref-3 evidence-lens-badge button').click();
    const text = await page.locator('evidence-lens-card [role="dialog"]').textContent();
    expect(text).toContain('is a short form of reference 2');
    expect(text).toContain('Efficacy and Safety of Ultrahigh-Dose Methylcobalamin');
    await page.keyboard.press('Escape');
  });

  it('sends requests only to the scholarly APIs, carrying identifiers and nothing of the page', async () => {
    // One search, and the open full text of the one open-access source a claim cites (by its PMCID only).
    expect(internet.requestsTo('www.ebi.ac.uk').map(({ url }) => new URL(url).pathname)).toEqual([
      '/europepmc/webservices/rest/search',
      '/europepmc/webservices/rest/PMC6581107/fullTextXML',
    ]);
    expect(internet.requestsTo('api.crossref.org')).toHaveLength(1);
    expect(internet.requestsTo('clinicaltrials.gov')).toHaveLength(2);
    expect(internet.requestsOutside(RECORDED_API_HOSTS)).toEqual([]);
    for (const { url } of internet.requests) {
      expect(url).not.toMatch(/localhost|127\.0\.0\.1|glimmer|greenmedinfo/i);
    }
  });
});

describe('Chromium: pages without references and failing services', () => {
  it('leaves a page with no references exactly as it was', async () => {
    const page = await openPage('/pages/no-references.html');
    const popup = await openPopupFor(page);
    await expect.poll(() => popup.locator('main').innerText()).toContain('No references, study claims or disclaimers found on this page.');
    await popup.close();
    expect(await page.locator('evidence-lens-badge, evidence-lens-card').count()).toBe(0);
    const [atReady, now] = await page.evaluate(() => [
      (window as unknown as { __domAtReady: string }).__domAtReady,
      document.documentElement.outerHTML,
    ]);
    expect(now).toBe(atReady);
  });

  it('scans a page its pre-check passed over when the reader opens the popup, still without changing it', async () => {
    // No reference, no marker and none of the pre-check's words: the first script alone runs here.
    const page = await openPage('/pages/quiet-claim.html');
    const popup = await openPopupFor(page);
    await expect.poll(() => popup.locator('main').innerText()).toContain('1 claim about a study');
    await popup.locator('#el-claims > summary').click();
    expect(await popup.locator('#el-claims').innerText()).toContain('Taking vitamin D every day cut hip fractures by 40%');
    await popup.close();
    expect(await page.locator('evidence-lens-badge, evidence-lens-card').count()).toBe(0);
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
      // Failing services are retried with backoff first, so this takes a few seconds.
      await expect.poll(() => page.locator('evidence-lens-badge button[data-state="retrying"]').count(), { timeout: 15_000 }).toBe(4);
      await page.locator('sup + evidence-lens-badge button').first().click();
      const text = await page.locator('evidence-lens-card [role="dialog"]').innerText();
      expect(text).toContain('The scholarly database did not answer. Service unavailable, retrying shortly');
      await page.screenshot({ path: screenshotPath('chromium-unavailable-card.png') });
      expect(await page.locator('h1').innerText()).toBe('Coffee and heart rhythm: what the studies say');
    } finally {
      internet.failingHosts.clear();
    }
  });
});

describe('Chromium: the background is stopped while a lookup is in flight', () => {
  it('the content script asks again and the page ends up resolved', async () => {
    internet.slowHosts.set('www.ebi.ac.uk', 2_000);
    try {
      const page = await openPage('/pages/pubmed-links.html');
      await expect
        .poll(() => internet.requests.filter((r) => r.url.includes('EXT_ID%3A35532908')).length, { timeout: 10_000 })
        .toBeGreaterThan(0);
      const cdp = await chromium.context.newCDPSession(page);
      const { targetInfos } = (await cdp.send('Target.getTargets')) as {
        targetInfos: Array<{ targetId: string; type: string; url: string }>;
      };
      const worker = targetInfos.find(
        (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${chromium.extensionId}/`),
      );
      expect(worker).toBeDefined();
      await cdp.send('Target.closeTarget', { targetId: worker!.targetId });
      await expect.poll(() => page.locator('evidence-lens-badge button[data-state="resolved"]').count(), { timeout: 20_000 }).toBe(2);
      expect(await page.locator('evidence-lens-badge button').allTextContents()).toEqual(['◆RCT', '◆RCT']);
      // The first lookup died with the worker: the restarted background had to ask again.
      expect(internet.requests.filter((r) => r.url.includes('EXT_ID%3A35532908')).length).toBeGreaterThanOrEqual(2);
    } finally {
      internet.slowHosts.clear();
    }
  });
});
