import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { launchChromium, type ChromiumWithExtension } from '../support/chromium';
import { startExtensionPageServer } from '../support/extension-page-server';
import { FakeInternet } from '../support/fake-internet';
import { startPageServer } from '../support/page-server';
import { screenshotPath } from '../support/screenshots';
import { focusedElement, read, type ReadRequest } from './in-page';
import type { Driver, SavedFile, Scheme, Tab } from './types';

/** The size a browser gives a popup. */
const POPUP_VIEWPORT = { width: 400, height: 600 };
const OPTIONS_VIEWPORT = { width: 800, height: 1000 };

/** Playwright's CSS pierces open shadow roots by itself, so ` >>> ` is a plain descendant step. */
const playwrightSelector = (selector: string) => selector.replaceAll(' >>> ', ' ');

function chromiumTab(page: Page): Tab {
  const ask = (request: ReadRequest) => page.evaluate(read, request);
  return {
    count: async (selector) => (await ask({ selector, what: 'count' })) as number,
    texts: async (selector) => (await ask({ selector, what: 'innerText' })) as string[],
    contents: async (selector) => (await ask({ selector, what: 'textContent' })) as string[],
    attributes: async (selector, name) => (await ask({ selector, what: 'attribute', name })) as Array<string | null>,
    click: (selector, nth = 0) => page.locator(playwrightSelector(selector)).nth(nth).click({ timeout: 10_000 }),
    clickLabel: (label) => page.getByRole('button', { name: label, exact: true }).click({ timeout: 10_000 }),
    fill: (selector, value) => page.locator(playwrightSelector(selector)).fill(value),
    press: (key) => page.keyboard.press(key),
    focused: () => page.evaluate(focusedElement),
    evaluate: (run, arg) => page.evaluate(run as (a: unknown) => never, arg),
    screenshot: async (name, fullPage = false) => void (await page.screenshot({ path: screenshotPath(name), fullPage })),
    axe: () => seriousViolations(page),
    download: async (label): Promise<SavedFile> => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label, exact: true }).click()]);
      return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
    },
    front: () => page.bringToFront(),
    reload: async () => void (await page.reload()),
    close: () => page.close(),
  };
}

/**
 * Chromium with the Chrome MV3 build. The popup is the extension's popup page opened in a tab of
 * its own with the reader's tab id (`?tab=`): a test cannot click the toolbar button, so the site
 * that the click would share through `activeTab` comes in `?site=`.
 */
export function chromiumDriver(): Driver {
  const internet = new FakeInternet();
  let pages: Awaited<ReturnType<typeof startPageServer>>;
  let chromium: ChromiumWithExtension;
  const standIns: Array<Awaited<ReturnType<typeof startExtensionPageServer>>> = [];
  const pageOf = new WeakMap<Tab, Page>();
  const wrap = (page: Page) => {
    const tab = chromiumTab(page);
    pageOf.set(tab, page);
    return tab;
  };
  const newPage = async (viewport: { width: number; height: number }, scheme: Scheme) => {
    const page = await chromium.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize(viewport);
    return page;
  };
  const tabIdOf = async (page: Page): Promise<number> => {
    await page.bringToFront();
    const id = await chromium.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } };
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id;
    });
    if (typeof id !== 'number') throw new Error('No tab id for the page');
    return id;
  };
  const tabIds = new WeakMap<Page, number>();
  const driver: Driver = {
    name: 'chromium',
    family: 'chromium',
    can: { popupForPage: true, switchScheme: true, stopBackground: true },
    internet,
    async start() {
      const proxyPort = await internet.start();
      pages = await startPageServer();
      chromium = await launchChromium(proxyPort);
    },
    async stop() {
      await chromium?.close();
      await pages?.stop();
      for (const server of standIns) await server.stop();
      await internet.stop();
    },
    async openPage(path) {
      const page = await chromium.context.newPage();
      await page.goto(`${pages.origin}${path}`);
      return wrap(page);
    },
    async openPopup(tab, scheme = 'light') {
      const page = pageOf.get(tab)!;
      // A reload keeps the tab's id; asking once is enough.
      const id = tabIds.get(page) ?? (await tabIdOf(page));
      tabIds.set(page, id);
      const popup = await newPage(POPUP_VIEWPORT, scheme);
      await popup.goto(`chrome-extension://${chromium.extensionId}/popup.html?tab=${id}&site=localhost`);
      return wrap(popup);
    },
    async openStandIn(name, world, scheme = 'light') {
      const server = await startExtensionPageServer('chrome-mv3', world);
      standIns.push(server);
      const page = await newPage(name === 'popup' ? POPUP_VIEWPORT : OPTIONS_VIEWPORT, scheme);
      await page.goto(`${server.origin}/${name}.html`);
      return wrap(page);
    },
    async openOptions(_world, scheme = 'light') {
      const page = await newPage(OPTIONS_VIEWPORT, scheme);
      await page.goto(`chrome-extension://${chromium.extensionId}/options.html`);
      return wrap(page);
    },
    async setScheme(tab, scheme, reducedMotion = false) {
      await pageOf.get(tab)!.emulateMedia({ colorScheme: scheme, reducedMotion: reducedMotion ? 'reduce' : 'no-preference' });
    },
    async stopBackground(tab) {
      const cdp = await chromium.context.newCDPSession(pageOf.get(tab)!);
      const { targetInfos } = (await cdp.send('Target.getTargets')) as {
        targetInfos: Array<{ targetId: string; type: string; url: string }>;
      };
      const worker = targetInfos.find(
        (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${chromium.extensionId}/`),
      );
      if (!worker) throw new Error('No background worker to stop');
      await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    },
    storedSettings: (tab) =>
      pageOf.get(tab)!.evaluate(async () => {
        const standIn = (window as unknown as { __standIn?: { sync: Record<string, unknown> } }).__standIn;
        if (standIn) return standIn.sync.settings as { disabledSites?: string[] } | undefined;
        const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } };
        return (await chrome.storage.sync.get('settings')).settings as { disabledSites?: string[] } | undefined;
      }),
  };
  return driver;
}
