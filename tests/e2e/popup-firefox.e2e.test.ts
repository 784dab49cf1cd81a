import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { builtExtension } from './support/build-output';
import { startExtensionPageServer } from './support/extension-page-server';
import { FIREFOX_PATH } from './support/firefox';
import { screenshotPath } from './support/screenshots';

/**
 * Firefox refuses WebDriver BiDi navigation to moz-extension:// pages, so the popup cannot be
 * opened there as in Chromium. What BiDi allows is tested instead: the Firefox build's own popup
 * and options bundles, unchanged, rendered by Gecko against a stand-in of the extension APIs
 * (a page whose every source failed to answer), and the Firefox manifests.
 */

const offlineReport = {
  title: 'Coffee and heart rhythm: what the studies say',
  status: 'done',
  markerCount: 2,
  references: [
    {
      id: 'ref-1',
      number: 1,
      text: 'Rivera M, Chen L. Coffee intake and incident arrhythmia in a prospective cohort. Heart J Test. 2021;12(3):101-109. doi:10.5555/heart.2021.0101',
      sameAs: null,
      keys: ['doi:10.5555/heart.2021.0101'],
      result: { key: 'doi:10.5555/heart.2021.0101', state: 'unavailable', record: null, assessment: null },
      match: null,
    },
    {
      id: 'ref-2',
      number: 2,
      text: 'Okafor A, et al. Caffeine and ectopic beats: a randomised crossover trial. Test Cardiol. 2023;4:22-30.',
      sameAs: null,
      keys: [],
      result: null,
      match: null,
    },
  ],
  claims: [
    {
      text: 'A cohort of 3,000 adults found no rise in arrhythmia with coffee.',
      referenceIds: ['ref-1'],
      citedBy: 'marker',
      design: 'cohort',
      participants: 3000,
      duration: null,
      effects: [],
      strength: 1,
    },
  ],
  disclaimers: [],
  evaluation: { claimChecks: [], checklist: [], summary: '2 sources: 2 not resolved; 1 claim checked, 0 with issues' },
  timing: null,
};

let firefox: Browser;
let server: Awaited<ReturnType<typeof startExtensionPageServer>>;

beforeAll(async () => {
  server = await startExtensionPageServer('firefox-mv2', {
    report: offlineReport,
    site: 'news.example.org',
    sync: {},
    local: { 'source:doi:10.1001/x': { version: 2 }, 'source-index': {} },
  });
  firefox = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
});

afterAll(async () => {
  await firefox?.close();
  await server?.stop();
});

async function open(path: string, width: number): Promise<Page> {
  const page = await firefox.newPage();
  await page.setViewport({ width, height: 900 });
  await page.goto(`${server.origin}${path}`);
  return page;
}

async function waitForText(page: Page, selector: string, text: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  let seen = '';
  while (Date.now() < deadline) {
    seen = await page.$eval(selector, (element) => (element as HTMLElement).innerText).catch(() => '');
    if (seen.includes(text)) return seen;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return seen;
}

describe('Firefox: the built popup in Gecko, every service failing', () => {
  let popup: Page;
  beforeAll(async () => {
    popup = await open('/popup.html', 400);
  });

  it('says "retrying", never "0 with issues", and asks the background again', async () => {
    const verdict = await waitForText(popup, '[data-testid="verdict"]', 'retrying');
    expect(verdict).toContain('Service unavailable, retrying');
    expect(verdict).not.toMatch(/0 with issues/);
    expect(verdict).toContain('none could be checked against a source yet');
    const asked = () => popup.evaluate(() => (window as unknown as { __standIn: { resolved: string[][] } }).__standIn.resolved);
    for (let i = 0; i < 60 && (await asked()).length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await asked())[0]).toEqual(['doi:10.5555/heart.2021.0101']);
  });

  it('shows the unresolved sources with their text, identifier and links', async () => {
    await popup.click('#el-sources > summary');
    const items = await popup.$$eval('[data-testid="unresolved"]', (nodes) =>
      nodes.map((node) => ({ text: (node as HTMLElement).innerText, links: [...node.querySelectorAll('a')].map((a) => a.href) })),
    );
    expect(items).toHaveLength(2);
    expect(items[0]!.text).toContain('Coffee intake and incident arrhythmia');
    expect(items[0]!.text).toMatch(/DOI\s+10\.5555\/heart\.2021\.0101/);
    expect(items[0]!.links).toContain('https://doi.org/10.5555/heart.2021.0101');
    expect(items[1]!.text).toContain('this reference has no DOI, PubMed or trial number');
    expect(items[1]!.links.some((href) => href.startsWith('https://pubmed.ncbi.nlm.nih.gov/?term='))).toBe(true);
  });

  it('is reachable by keyboard: Tab goes through the controls and Enter opens a section', async () => {
    await popup.evaluate(() => {
      const heading = document.querySelector('h1')!;
      heading.tabIndex = -1;
      heading.focus();
      heading.removeAttribute('tabindex');
    });
    const seen: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      await popup.keyboard.press('Tab');
      seen.push(
        await popup.evaluate(() => `${document.activeElement?.tagName.toLowerCase()}:${document.activeElement?.textContent?.trim()}`),
      );
    }
    expect(seen.slice(0, 3)).toEqual(['button:Settings', 'button:On for news.example.org', 'button:Read the page again']);
    expect(seen[3]).toBe('summary:Claims about studies1');
    await popup.keyboard.press('Enter');
    const open = () => popup.$eval('#el-claims', (details) => (details as HTMLDetailsElement).open);
    for (let i = 0; i < 20 && !(await open()); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await open()).toBe(true);
  });

  it('has no serious or critical axe-core violation', async () => {
    await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.screenshot({ path: screenshotPath('firefox-popup-offline.png'), fullPage: true });
  });
});

describe('Firefox: the built options page in Gecko', () => {
  it('shows the stored sources and the privacy statement, and passes axe', async () => {
    const options = await open('/options.html', 800);
    expect(await waitForText(options, '[data-testid="cache-size"]', 'sources kept')).toMatch(
      /^1 sources? kept, \d+ bytes in this browser\.$/,
    );
    expect(await options.$eval('#reference-text', (box) => (box as HTMLInputElement).checked)).toBe(false);
    expect(await options.$eval('#privacy', (section) => (section as HTMLElement).innerText)).toContain('never sends the address');
    expect(await seriousViolations(options)).toEqual([]);
    await options.screenshot({ path: screenshotPath('firefox-options.png'), fullPage: true });
  });
});

describe('Firefox: dark colour scheme and reduced motion (set as the reader would, in preferences)', () => {
  let dark: Browser;
  beforeAll(async () => {
    dark = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      extraPrefsFirefox: { 'layout.css.prefers-color-scheme.content-override': 0, 'ui.prefersReducedMotion': 1 },
    });
  });
  afterAll(async () => {
    await dark?.close();
  });

  it.each([
    ['popup', 400],
    ['options', 800],
  ] as const)('the %s turns dark, keeps still, and passes axe', async (name, width) => {
    const page = await dark.newPage();
    await page.setViewport({ width, height: 900 });
    await page.goto(`${server.origin}/${name}.html`);
    await waitForText(page, 'main', name === 'popup' ? 'retrying' : 'Privacy');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      name === 'popup' ? 'rgb(28, 30, 33)' : 'rgb(21, 22, 24)',
    );
    if (name === 'popup') {
      expect(await page.$eval('.el-spin', (spin) => getComputedStyle(spin).animationName)).toBe('none');
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    }
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath(`firefox-${name}-dark.png`), fullPage: true });
    await page.close();
  });
});

describe('Firefox manifests', () => {
  it.each(['firefox-mv2', 'firefox-mv3'] as const)('%s: icons at 16, 32, 48, 96 and 128 px, English messages, activeTab', (target) => {
    const root = builtExtension(target);
    const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as {
      icons: Record<string, string>;
      default_locale: string;
      permissions: string[];
    };
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '96', '128']);
    for (const [size, file] of Object.entries(manifest.icons)) {
      const png = readFileSync(join(root, file));
      // PNG width and height are the two big-endian words after the IHDR tag.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
    expect(manifest.default_locale).toBe('en');
    expect(manifest.permissions).toContain('activeTab');
    const messages = JSON.parse(readFileSync(join(root, '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
    expect(messages.popup_title?.message).toBe('Evidence Lens');
    expect(Object.keys(messages).every((name) => /^[A-Za-z0-9_@]+$/.test(name))).toBe(true);
  });
});
