import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { seriousViolations } from '../support/axe';
import type { BuildTarget } from '../support/build-output';
import { startExtensionPageServer } from '../support/extension-page-server';
import { FakeInternet } from '../support/fake-internet';
import { FIREFOX_PATH, launchFirefox, setFirefoxViewport } from '../support/firefox';
import { startPageServer } from '../support/page-server';
import { screenshotPath } from '../support/screenshots';
import { focusedElement, keepDownloads, read, savedFiles, type ReadRequest } from './in-page';
import type { Driver, SavedFile, Scheme, Tab } from './types';

const POPUP_WIDTH = 400;
const OPTIONS_WIDTH = 800;
/** How long a saved file may take to reach the test. */
const SAVE_WAIT_MS = 10_000;
/** How long a control may take to appear before a click on it fails. */
const CONTROL_WAIT_MS = 10_000;

function firefoxTab(page: Page): Tab {
  const ask = (request: ReadRequest) => page.evaluate(read, request);
  const press = async (key: string) => {
    const keys = key.split('+') as KeyInput[];
    for (const modifier of keys.slice(0, -1)) await page.keyboard.down(modifier);
    await page.keyboard.press(keys.at(-1)!);
    for (const modifier of keys.slice(0, -1).reverse()) await page.keyboard.up(modifier);
  };
  const click = async (selector: string, nth = 0) => {
    const handles = await page.$$(selector);
    if (!handles[nth]) throw new Error(`Nothing to click: ${selector} #${nth}`);
    await handles[nth].click();
  };
  // Waits for the control as Playwright's clicks do: a popup shows its buttons once the page answered.
  const clickLabel = async (label: string) => {
    const deadline = Date.now() + CONTROL_WAIT_MS;
    while (!(await ask({ selector: 'body', what: 'mark', name: label }))) {
      if (Date.now() > deadline) throw new Error(`No control labelled ${label}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await click('[data-e2e-target]');
  };
  return {
    count: async (selector) => (await ask({ selector, what: 'count' })) as number,
    texts: async (selector) => (await ask({ selector, what: 'innerText' })) as string[],
    contents: async (selector) => (await ask({ selector, what: 'textContent' })) as string[],
    attributes: async (selector, name) => (await ask({ selector, what: 'attribute', name })) as Array<string | null>,
    click,
    clickLabel,
    fill: async (selector, value) => {
      await page.$eval(selector, (input) => ((input as HTMLInputElement).value = ''));
      await page.type(selector, value);
    },
    press,
    focused: () => page.evaluate(focusedElement),
    evaluate: (run, arg) => page.evaluate(run as (a: unknown) => never, arg),
    screenshot: async (name, fullPage = false) => void (await page.screenshot({ path: screenshotPath(name), fullPage })),
    axe: () => seriousViolations(page),
    download: async (label): Promise<SavedFile> => {
      // WebDriver BiDi in this Firefox reports no downloads: the page's saved blob is kept instead.
      await page.evaluate(keepDownloads);
      const before = (await page.evaluate(savedFiles)).length;
      await clickLabel(label);
      const deadline = Date.now() + SAVE_WAIT_MS;
      while (Date.now() < deadline) {
        const files = await page.evaluate(savedFiles);
        if (files.length > before) return files.at(-1)!;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`Nothing saved after clicking ${label}`);
    },
    front: () => page.bringToFront(),
    reload: async () => void (await page.reload()),
    close: () => page.close(),
  };
}

/**
 * Firefox over WebDriver BiDi with a Firefox build installed (MV2 or MV3). What BiDi does not
 * allow here: navigating to moz-extension:// pages, so the real popup and options pages cannot be
 * opened for a page; the build's own popup and options bundles run instead, unchanged, against a
 * stand-in of the extension APIs (`support/extension-page-server.ts`). Nor can a tab's colour
 * scheme be switched while open (no media emulation), so dark pages open in a second Firefox
 * whose preferences ask for dark and reduced motion, as a reader would set them. The background
 * cannot be stopped from a test.
 */
export function firefoxDriver(target: Extract<BuildTarget, `firefox-${string}`>): Driver {
  const internet = new FakeInternet();
  let pages: Awaited<ReturnType<typeof startPageServer>>;
  let firefox: Browser;
  let dark: Browser | null = null;
  const standIns: Array<Awaited<ReturnType<typeof startExtensionPageServer>>> = [];
  const pageOf = new WeakMap<Tab, Page>();
  const wrap = (page: Page) => {
    const tab = firefoxTab(page);
    pageOf.set(tab, page);
    return tab;
  };
  const browserFor = async (scheme: Scheme): Promise<Browser> => {
    if (scheme === 'light') return firefox;
    dark ??= await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      extraPrefsFirefox: { 'layout.css.prefers-color-scheme.content-override': 0, 'ui.prefersReducedMotion': 1 },
    });
    return dark;
  };
  const openStandIn: Driver['openStandIn'] = async (name, world, scheme = 'light') => {
    const server = await startExtensionPageServer(target, world);
    standIns.push(server);
    const page = await (await browserFor(scheme)).newPage();
    await setFirefoxViewport(page, { width: name === 'popup' ? POPUP_WIDTH : OPTIONS_WIDTH, height: 900 });
    await page.goto(`${server.origin}/${name}.html`);
    return wrap(page);
  };
  return {
    name: target,
    family: 'firefox',
    can: { popupForPage: false, switchScheme: false, stopBackground: false },
    internet,
    async start() {
      const proxyPort = await internet.start();
      pages = await startPageServer();
      firefox = await launchFirefox(proxyPort, target);
    },
    async stop() {
      await dark?.close();
      await firefox?.close();
      await pages?.stop();
      for (const server of standIns) await server.stop();
      await internet.stop();
    },
    async openPage(path) {
      const page = await firefox.newPage();
      await page.goto(`${pages.origin}${path}`);
      return wrap(page);
    },
    openPopup: () => Promise.reject(new Error('Firefox refuses WebDriver BiDi navigation to moz-extension:// pages')),
    openStandIn,
    openOptions: (world, scheme) => openStandIn('options', world, scheme),
    setScheme: () => Promise.reject(new Error('No media emulation over WebDriver BiDi in this Firefox')),
    stopBackground: () => Promise.reject(new Error('The background cannot be stopped from a Firefox test')),
    storedSettings: (tab) =>
      pageOf
        .get(tab)!
        .evaluate(
          () =>
            (window as unknown as { __standIn: { sync: Record<string, unknown> } }).__standIn.sync.settings as
              { disabledSites?: string[] } | undefined,
        ),
  };
}
