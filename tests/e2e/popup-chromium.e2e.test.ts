import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { launchChromium, type ChromiumWithExtension } from './support/chromium';
import { FakeInternet, RECORDED_API_HOSTS } from './support/fake-internet';
import { startPageServer } from './support/page-server';
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

async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  const tabId = await chromium.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  expect(tabId).toBeTypeOf('number');
  return tabId!;
}

/**
 * Opens the popup as a page for the tab `page` is in. The toolbar click that would share the
 * tab's address through `activeTab` cannot be made from a test, so the site comes in `?site=`.
 */
async function openPopupFor(page: Page, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  return openPopup(await tabIdOf(page), scheme);
}

/** Opens the popup for a tab whose id is known (a reload keeps it; no call to the background needed). */
async function openPopup(tabId: number, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const popup = await chromium.context.newPage();
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${chromium.extensionId}/popup.html?tab=${tabId}&site=localhost`);
  return popup;
}

async function openOptions(scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const options = await chromium.context.newPage();
  await options.emulateMedia({ colorScheme: scheme });
  await options.setViewportSize({ width: 800, height: 1000 });
  await options.goto(`chrome-extension://${chromium.extensionId}/options.html`);
  return options;
}

/** The settings as stored, read from an extension page (the background's worker may have been stopped since). */
const storedSettings = (extensionPage: Page) =>
  extensionPage.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } };
    return (await chrome.storage.sync.get('settings')).settings as { disabledSites?: string[] } | undefined;
  });

/**
 * Lets a reloaded page be read: the popup here is a tab of its own, so the page sits in a background
 * tab, where the scanner's slices wait for animation frames; a reader's page is in front.
 */
async function readInFront(page: Page, popup: Page): Promise<void> {
  await page.bringToFront();
  await page.locator('evidence-lens-badge button[data-state="resolved"]').first().waitFor({ timeout: 20_000 });
  await popup.bringToFront();
}

/** Describes the focused element the way a keyboard user meets it. */
const focused = (popup: Page) =>
  popup.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return element ? `${element.tagName.toLowerCase()}:${(element.textContent ?? '').trim().slice(0, 40)}` : 'none';
  });

describe('Chromium popup on the seed article', () => {
  let page: Page;
  let popup: Page;
  let tabId: number;
  beforeAll(async () => {
    page = await openPage('/seed');
    tabId = await tabIdOf(page);
    await page.locator('evidence-lens-badge button[data-state="resolved"]').nth(9).waitFor({ timeout: 20_000 });
    popup = await openPopup(tabId);
    await popup.getByTestId('verdict-claims').filter({ hasText: 'with issues' }).waitFor();
  });
  // A tab in the background gets no animation frames, and Playwright waits for them before a click.
  beforeEach(async () => {
    await popup?.bringToFront();
  });

  it('answers first in one short screen: sources found, claims with issues and what could not be checked', async () => {
    expect(await popup.getByTestId('verdict-sources').textContent()).toBe('4 sources cited · 4 found in a database');
    expect(await popup.getByTestId('verdict-claims').textContent()).toMatch(/^11 claims about studies · 7 with issues · \d+ checked/);
    expect(await popup.getByTestId('top-warning').count()).toBe(3);
    const summaries = await popup.locator('details.el-section > summary').allInnerTexts();
    expect(summaries.map((s) => s.replace(/\s+/g, ' '))).toEqual([
      'Claims about studies 11',
      'Sources, strongest first 4',
      expect.stringMatching(/^Checklist \d+ of 12 good$/),
      expect.stringMatching(/^Disclaimers and disclosures \d+$/),
      'Copy or export the sources 4',
      'Look up a study',
      'What the badges mean',
    ]);
    await popup.screenshot({ path: screenshotPath('chromium-popup-light.png'), fullPage: true });
    const height = await popup.evaluate(() => document.querySelector('main')!.getBoundingClientRect().bottom);
    // The popup was 5,158 px tall for this page with everything open; closed sections keep it within
    // one screen of the 600 px a browser gives a popup.
    expect(height).toBeLessThanOrEqual(600);
  });

  it('groups sources by strength with levels in plain words, no database vocabulary', async () => {
    await popup.locator('#el-sources > summary').click();
    const groups = await popup.locator('#el-sources .el-group h3').allInnerTexts();
    expect(groups.map((g) => g.replace(/\s+/g, ' '))).toEqual([
      'Level 2: randomised trials 2',
      'Level 4: weaker observational and re-analyses 1',
      'Animal and cell studies 1',
    ]);
    const text = await popup.locator('#el-sources').innerText();
    expect(text).toContain('Level 2 of 5: a randomised trial; 1 is strongest');
    expect(text).toContain('Also cited as (3) “Oki et al. 2022”');
    expect(text).not.toMatch(/MeSH|Publication types|research-article/);
    expect(text).toContain('Registered NCT03548311');
    expect(text).toContain('130 participants · about 16 weeks · primary endpoint met');
    expect(text).toContain('Names trial NCT00444613');
    expect(text).toContain('373 participants');
    expect(text).toContain('The main result the study was designed to test was not statistically significant.');
    expect(text).toContain('Laboratory (in vitro) study');
    await popup.locator('#el-sources > summary').click();
  });

  it('lists each claim with its checks, and the twelve checklist answers', async () => {
    const checks = await popup.getByTestId('claim-check').evaluateAll((items) => items.map((item) => item.getAttribute('data-code')));
    expect(checks).toEqual(
      expect.arrayContaining([
        'effect-misstated',
        'contradicts-source',
        'population-mismatch',
        'intervention-mismatch',
        'safety-overreach',
      ]),
    );
    const answers = await popup
      .getByTestId('checklist-item')
      .evaluateAll((items) =>
        Object.fromEntries(items.map((item) => [item.getAttribute('data-criterion'), item.getAttribute('data-answer')])),
      );
    expect(Object.keys(answers)).toHaveLength(12);
    expect(answers).toMatchObject({ 'sources-cited': 'yes', 'benefit-quantified-absolute': 'no', 'sensational-language': 'yes' });
  });

  it('is usable by keyboard alone: Tab reaches every control, Enter opens a section and follows a warning', async () => {
    // Start where a reader starts: at the top of the popup.
    await popup.evaluate(() => {
      const heading = document.querySelector('h1')!;
      heading.tabIndex = -1;
      heading.focus();
      heading.removeAttribute('tabindex');
    });
    const seen: string[] = [];
    for (let i = 0; i < 14; i += 1) {
      await popup.keyboard.press('Tab');
      seen.push(await focused(popup));
    }
    expect(seen[0]).toBe('button:Settings');
    expect(seen[1]).toBe('button:On for localhost');
    expect(seen.filter((s) => s.startsWith('a:⚑'))).toHaveLength(3);
    expect(seen).toContain('button:Read the page again');
    expect(seen).toContain('summary:Sources, strongest first4');
    // Back to the first warning, and follow it.
    while (!(await focused(popup)).startsWith('a:⚑')) await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toMatch(/^el-claim-\d+$/);
    expect(await popup.locator('#el-claims').getAttribute('open')).not.toBeNull();
    await popup.locator('#el-claims > summary').focus();
    await popup.keyboard.press('Enter');
    expect(await popup.locator('#el-claims').getAttribute('open')).toBeNull();
  });

  it('has no serious or critical axe-core violation, light or dark, with every section open', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = false)));
    }
  });

  it('turns dark with the reader’s colour scheme', async () => {
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(28, 30, 33)');
    await popup.screenshot({ path: screenshotPath('chromium-popup-dark.png') });
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  });

  it('stops the retrying spinner’s motion for readers who ask for reduced motion', async () => {
    await popup.emulateMedia({ reducedMotion: 'reduce' });
    const none = await popup.evaluate(() => {
      const probe = Object.assign(document.createElement('span'), { className: 'el-spin' });
      document.body.append(probe);
      const name = getComputedStyle(probe).animationName;
      probe.remove();
      return name;
    });
    expect(none).toBe('none');
    await popup.emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('exports BibTeX that Citation.js parses back into the page’s four works, and RIS and CSL-JSON', async () => {
    await popup.locator('#el-export > summary').click();
    const save = async (label: string) => {
      const [download] = await Promise.all([
        popup.waitForEvent('download'),
        popup.getByRole('button', { name: label, exact: true }).click(),
      ]);
      return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
    };
    const bibtex = await save('BibTeX');
    expect(bibtex.name).toBe('references.bib');
    const works = new Cite(bibtex.text).data as Array<{ DOI?: string }>;
    expect(works.map((work) => work.DOI)).toEqual([
      '10.1016/s1474-4422(18)30054-1',
      '10.1001/jamaneurol.2022.0901',
      '10.1136/jnnp-2018-319294',
      '10.1016/j.freeradbiomed.2009.04.023',
    ]);
    const ris = await save('RIS');
    expect(ris.text.match(/^TY {2}- /gm)).toHaveLength(4);
    const csl = await save('CSL-JSON');
    expect((JSON.parse(csl.text) as unknown[]).length).toBe(4);
    await expect.poll(() => popup.getByTestId('export-status').textContent()).toBe('Saved references.json.');
  });

  it('looks up a pasted DOI link with the same resolver and the same source summary', async () => {
    await popup.locator('#el-lookup > summary').click();
    await popup.locator('#el-lookup-input').fill('https://doi.org/10.1136/jnnp-2018-319294');
    await popup.getByRole('button', { name: 'Look up', exact: true }).click();
    const result = popup.getByTestId('lookup-result');
    await expect.poll(() => result.innerText()).toContain('Ultra-high-dose methylcobalamin in amyotrophic lateral sclerosis');
    expect(await result.innerText()).toContain('Level 2 of 5: a randomised trial');
    await popup.locator('#el-lookup-input').fill('https://www.example.org/health/b12');
    await popup.getByRole('button', { name: 'Look up', exact: true }).click();
    await expect.poll(() => result.innerText()).toContain('Not an identifier Evidence Lens can look up');
  });

  it('rescans: the page is read again and the popup shows its report once more', async () => {
    // The content script does not answer `rescan` yet, so the popup reloads the tab.
    const reloaded = page.waitForEvent('load', { timeout: 20_000 });
    await popup.getByRole('button', { name: 'Read the page again' }).click({ timeout: 10_000 });
    await reloaded;
    await readInFront(page, popup);
    // As below: a popup whose polling ran out while the page was read behind it shows no report.
    await popup.close();
    popup = await openPopup(tabId);
    await popup.bringToFront();
    await expect
      .poll(() => popup.getByTestId('verdict-sources').textContent(), { timeout: 20_000 })
      .toBe('4 sources cited · 4 found in a database');
  });

  it('switches off for this site (remembered when the popup opens again) and on again', async () => {
    await popup.getByTestId('site-switch').click({ timeout: 10_000 });
    await expect.poll(() => popup.getByTestId('site-off').isVisible()).toBe(true);
    expect(await popup.getByTestId('site-switch').getAttribute('aria-pressed')).toBe('false');
    await expect.poll(async () => (await storedSettings(popup))?.disabledSites).toEqual(['localhost']);
    // The page is read afresh under the new setting: on a switched-off site the extension adds nothing.
    await expect.poll(() => page.locator('evidence-lens-badge').count(), { timeout: 20_000 }).toBe(0);
    await popup.close();
    popup = await openPopup(tabId);
    await popup.bringToFront();
    await expect.poll(() => popup.getByTestId('site-switch').getAttribute('aria-pressed')).toBe('false');
    expect(await popup.getByTestId('verdict').count()).toBe(0);
    await popup.getByTestId('site-switch').click({ timeout: 10_000 });
    await expect.poll(async () => (await storedSettings(popup))?.disabledSites).toEqual([]);
    await readInFront(page, popup);
    // This popup gave up polling while the page, in its background tab, was still being read.
    await popup.close();
    popup = await openPopup(tabId);
    await popup.bringToFront();
    await expect
      .poll(() => popup.getByTestId('verdict-sources').textContent(), { timeout: 20_000 })
      .toBe('4 sources cited · 4 found in a database');
    await expect.poll(() => page.locator('evidence-lens-badge').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await popup.close();
  });
});

describe('Chromium options page', () => {
  it('keeps the settings, lists switched-off sites, shows and clears the stored sources, and passes axe light and dark', async () => {
    const options = await openOptions();
    await expect
      .poll(() => options.getByTestId('cache-size').textContent())
      .toMatch(/^\d+ sources kept, [\d.,]+ (bytes|kB|MB) in this browser\.$/);
    expect(await options.locator('#reference-text').isChecked()).toBe(false);
    await options.locator('#email').fill('reader@example.org');
    await options.locator('input[value="on-click"]').check();
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.locator('form [role="status"]').textContent()).toBe('Saved.');
    await options.reload();
    expect(await options.locator('#email').inputValue()).toBe('reader@example.org');
    expect(await options.locator('input[value="on-click"]').isChecked()).toBe(true);
    await options.locator('input[value="automatic"]').check();
    await options.getByRole('button', { name: 'Save' }).click();
    await options.screenshot({ path: screenshotPath('chromium-options-light.png'), fullPage: true });
    expect(await seriousViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    await options.screenshot({ path: screenshotPath('chromium-options-dark.png'), fullPage: true });
    expect(await seriousViolations(options)).toEqual([]);
    await options.getByRole('button', { name: 'Clear stored sources' }).click();
    await expect.poll(() => options.getByTestId('cache-size').textContent()).toBe('No sources stored.');
    await options.close();
  });
});

describe('Chromium popup with every service failing', () => {
  it('says "retrying", never "0 with issues", and gives each unresolved source its text, identifier and links', async () => {
    RECORDED_API_HOSTS.forEach((host) => internet.failingHosts.add(host));
    try {
      const page = await openPage('/pages/unreachable-sources.html');
      await expect.poll(() => page.locator('evidence-lens-badge button[data-state="retrying"]').count(), { timeout: 15_000 }).toBe(4);
      const popup = await openPopupFor(page, 'dark');
      await expect.poll(() => popup.getByTestId('retrying').textContent(), { timeout: 10_000 }).toContain('Service unavailable, retrying');
      const first = await popup.getByTestId('verdict').innerText();
      expect(first).not.toMatch(/0 with issues/);
      expect(first).toMatch(/not checked yet: (its|their) sources?'s? service did not answer, retrying/);
      await popup.locator('#el-sources > summary').click();
      const unresolved = popup.getByTestId('unresolved');
      expect(await unresolved.count()).toBeGreaterThan(0);
      const text = await unresolved.first().innerText();
      expect(text).toMatch(/DOI\s+10\.5555\//);
      const hrefs = await unresolved
        .first()
        .locator('a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs.some((href) => href?.startsWith('https://doi.org/10.5555/'))).toBe(true);
      expect(hrefs.some((href) => href?.startsWith('https://pubmed.ncbi.nlm.nih.gov/?term='))).toBe(true);
      expect(await unresolved.first().getByRole('button', { name: 'Try again' }).count()).toBe(1);
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.screenshot({ path: screenshotPath('chromium-popup-offline-dark.png'), fullPage: true });
      await popup.close();
    } finally {
      internet.failingHosts.clear();
    }
  });
});
